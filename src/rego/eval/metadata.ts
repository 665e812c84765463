// rego.metadata.chain / rego.metadata.rule, with OPA's annotation model: scopes rule, document, package and
// subpackages; authors and related resources normalised to objects; package annotations found in any module of the
// package.
import type { Rule, Annotation, Module } from '../syntax/ast.ts';
import type { Compiled } from '../compile/rule-tree.ts';
import { fromJSON, type Value } from '../value/value.ts';

interface Author { name?: string; email?: string }

/** `Jane Doe <jane@example.com>` -> {name, email}, as OPA's parseAuthor. */
export function parseAuthor(s: string): Author {
  const parts = s.trim().split(/\s+/).filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  let email: string | undefined;
  if (last.length >= 2 && last.startsWith('<') && last.endsWith('>')) { email = last.slice(1, -1); parts.pop(); }
  const name = parts.join(' ');
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

function author(a: unknown): unknown {
  if (typeof a === 'string') return parseAuthor(a);
  if (a && typeof a === 'object') {
    const o = a as Record<string, unknown>;
    return { ...(o.name ? { name: o.name } : {}), ...(o.email ? { email: o.email } : {}) };
  }
  return a;
}

function resource(r: unknown): unknown {
  if (typeof r === 'string') return { ref: r };
  if (r && typeof r === 'object') {
    const o = r as Record<string, unknown>;
    return { ref: o.ref, ...(o.description ? { description: o.description } : {}) };
  }
  return r;
}

/** `- input.a: schema.foo` -> {path: [input, a], schema: [schema, foo]}; an inline schema is a `definition`. */
function schema(entry: unknown): unknown[] {
  if (!entry || typeof entry !== 'object') return [];
  return Object.entries(entry as Record<string, unknown>).map(([path, v]) => ({
    path: path.split('.'),
    ...(typeof v === 'string' ? { schema: v.split('.') } : { definition: v }),
  }));
}

/** An annotation as the builtins return it (OPA's JSON form of ast.Annotations; empty fields left out). */
export function annotationValue(a: Annotation): Value {
  const d = a.data;
  const out: Record<string, unknown> = { scope: a.scope };
  for (const key of ['title', 'description', 'entrypoint', 'custom', 'organizations']) {
    if (d[key] !== undefined && d[key] !== null && d[key] !== '' && d[key] !== false) out[key] = d[key];
  }
  if (Array.isArray(d.authors) && d.authors.length) out.authors = d.authors.map(author);
  if (Array.isArray(d.related_resources) && d.related_resources.length) out.related_resources = d.related_resources.map(resource);
  if (Array.isArray(d.schemas) && d.schemas.length) out.schemas = d.schemas.flatMap(schema);
  return fromJSON(out);
}

const ofScope = (as: Annotation[] | undefined, scope: string) => as?.find((a) => a.scope === scope);

/** The rule's path without `data`: package, then the reference up to its first non-constant part. */
function rulePath(r: Rule): string[] {
  const out = [...r.module.package];
  for (const [i, t] of r.head.ref.entries()) {
    if (i === 0 && t.t === 'var') out.push(t.name);
    else if (t.t === 'scalar' && typeof t.value === 'string') out.push(t.value);
    else break;
  }
  return out;
}

const samePath = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function modulesOf(compiled: Compiled, pkg: string[]): Module[] {
  return compiled.modules.filter((m) => samePath(m.package, pkg));
}

export function metadataRule(stack: Rule[]): Value {
  const r = stack[stack.length - 1];
  const a = ofScope(r?.annotations, 'rule');
  return a ? annotationValue(a) : fromJSON({});
}

/** The chain from the rule being evaluated outward: its rule annotation (always an entry, even without one), the
 * document annotation of its path, its package's, then `subpackages` annotations from the package to the root. */
export function metadataChain(stack: Rule[], compiled: Compiled): Value {
  const r = stack[stack.length - 1];
  if (!r) return [];
  const path = rulePath(r);
  const entry = (p: string[], a?: Annotation) => fromJSON(a ? { path: p, annotations: annotationValue(a) } : { path: p });
  const out: Value[] = [entry(path, ofScope(r.annotations, 'rule'))];
  const pkg = r.module.package;
  const doc = modulesOf(compiled, pkg).flatMap((m) => m.rules)
    .map((x) => (samePath(rulePath(x), path) ? ofScope(x.annotations, 'document') : undefined)).find(Boolean);
  if (doc) out.push(entry(path, doc));
  const pkgAnn = modulesOf(compiled, pkg).map((m) => ofScope(m.annotations, 'package')).find(Boolean);
  if (pkgAnn) out.push(entry(pkg, pkgAnn));
  for (let n = pkg.length; n >= 0; n--) {
    const prefix = pkg.slice(0, n);
    const sub = modulesOf(compiled, prefix).map((m) => ofScope(m.annotations, 'subpackages')).find(Boolean);
    if (sub) out.push(entry(prefix, sub));
  }
  return out;
}
