// Which schemas type `input` and `data` inside a rule, as OPA's checker applies them (ast/check.go checkRule): the
// global input schema (a file given to --schema), then the `schemas:` annotations in scope, subpackages (outermost
// first), package, document, rule, each one replacing the type at its path or, below a typed prefix, overriding that
// part of the prefix's object type. A reference to `schema.x` without a schema set is ignored, as OPA does without
// --schema; one the set does not hold is a type error at the rule.
import type { Annotation, Module, Rule } from '../syntax/ast.ts';
import { schemaAnnotations, type SchemaAnnotation } from '../syntax/annotation-schemas.ts';
import { RegoError } from '../errors.ts';
import { schemaKey, schemaType, type SchemaSet } from './schema-types.ts';
import { ANY, type T } from './type-unify.ts';

export interface SchemaOptions {
  /** Schemas by `schemaKey(path)`; the empty path is the input schema of every rule and query (a --schema file). */
  set?: SchemaSet;
}

/** The types a rule's body sees: `input`'s (undefined: unknown) and those of annotated paths under `data`. */
export interface RuleSchemas { input?: T; data: { path: string[]; type: T }[] }

type Key = string | number;

const refText = (path: string[]) => path.map((k, i) => (i === 0 ? k : /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('');

const ofScope = (as: readonly Annotation[] | undefined, scope: string) => (as ?? []).filter((a) => a.scope === scope);

/** The rule's document path: package and the head's leading string keys (OPA's Ref().GroundPrefix()). */
function documentKey(r: Rule): string {
  const out = [...r.module.package];
  for (const [i, t] of r.head.ref.entries()) {
    if (i === 0 && t.t === 'var') out.push(t.name);
    else if (t.t === 'scalar' && typeof t.value === 'string') out.push(t.value);
    else break;
  }
  return JSON.stringify(out);
}

export class SchemaScopes {
  /** The global input type, from the schema set's root. */
  readonly input?: T;
  private packages = new Map<string, Annotation[]>();
  private subpackages = new Map<string, Annotation[]>();
  private documents = new Map<string, Annotation[]>();
  private byRef = new Map<string, T>();
  private byDefinition = new WeakMap<object, T>();

  constructor(private opts: SchemaOptions, modules: readonly Module[]) {
    const root = opts.set?.get(schemaKey([]));
    if (root !== undefined) this.input = schemaType(root);
    const add = (m: Map<string, Annotation[]>, k: string, as: Annotation[]) => { if (as.length) m.set(k, [...(m.get(k) ?? []), ...as]); };
    for (const m of modules) {
      const pkg = JSON.stringify(m.package);
      add(this.packages, pkg, ofScope(m.annotations, 'package'));
      add(this.subpackages, pkg, ofScope(m.annotations, 'subpackages'));
      for (const r of m.rules) add(this.documents, documentKey(r), ofScope(r.annotations, 'document'));
    }
  }

  /** The schemas in force in `rule`, or undefined when only the global input schema applies. */
  forRule(rule: Rule): RuleSchemas | undefined {
    const pkg = rule.module.package;
    const annotations: Annotation[] = [];
    for (let n = 0; n <= pkg.length; n++) annotations.push(...(this.subpackages.get(JSON.stringify(pkg.slice(0, n))) ?? []));
    annotations.push(...(this.packages.get(JSON.stringify(pkg)) ?? []), ...(this.documents.get(documentKey(rule)) ?? []), ...ofScope(rule.annotations, 'rule'));
    const entries = annotations.flatMap((a) => { const s = schemaAnnotations(a.data.schemas); return typeof s === 'string' ? [] : s; });
    if (!entries.length) return undefined;
    const out: RuleSchemas = { input: this.input, data: [] };
    for (const e of entries) {
      const t = this.typeOf(e, rule);
      if (!t) continue;
      const keys = e.path.slice(1).map((k): Key => {
        if (typeof k === 'object') throw new RegoError('rego_type_error', 'error getting key from value: var requires evaluation', rule.loc);
        return k;
      });
      if (e.path[0] === 'input') out.input = keys.length ? override(out.input ?? ANY, keys, t) : t;
      else if (e.path[0] === 'data' && keys.length && keys.every((k) => typeof k === 'string')) putData(out, keys as string[], t);
    }
    return out;
  }

  private typeOf(e: SchemaAnnotation, rule: Rule): T | undefined {
    if (e.schema !== undefined) {
      if (!this.opts.set) return undefined;
      const key = schemaKey(e.schema);
      let t = this.byRef.get(key);
      if (!t) {
        const raw = this.opts.set.get(key);
        if (raw === undefined) throw new RegoError('rego_type_error', `undefined schema: ${refText(['schema', ...e.schema])}`, rule.loc);
        t = schemaType(raw, rule.loc);
        this.byRef.set(key, t);
      }
      return t;
    }
    const def = e.definition as object;
    let t = this.byDefinition.get(def);
    if (!t) { t = schemaType(def, rule.loc); this.byDefinition.set(def, t); }
    return t;
  }
}

/** A path under `data` gets its type; below an annotated prefix, the prefix's type is overridden there. */
function putData(s: RuleSchemas, path: string[], t: T) {
  const prefix = s.data.find((d) => d.path.length < path.length && d.path.every((k, i) => k === path[i]));
  if (prefix) { prefix.type = override(prefix.type, path.slice(prefix.path.length), t); return; }
  const same = s.data.findIndex((d) => d.path.length === path.length && d.path.every((k, i) => k === path[i]));
  if (same >= 0) s.data.splice(same, 1);
  s.data.push({ path, type: t });
}

const sortedKeys = (m: Map<string, T>) => new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** `t` with the type at `keys` replaced by `o` (OPA's override): a non-object on the way becomes an object. */
function override(t: T, keys: Key[], o: T): T {
  if (!keys.length) return o;
  if (t.k !== 'object') return nest(keys, o, { key: ANY, value: ANY });
  const k = JSON.stringify(keys[0]);
  const stat = new Map(t.static);
  const prev = stat.get(k);
  stat.set(k, prev ? override(prev, keys.slice(1), o) : keys.length === 1 ? o : nest(keys.slice(1), o, t.dynamic));
  return { k: 'object', static: sortedKeys(stat), ...(t.dynamic ? { dynamic: t.dynamic } : {}) };
}

function nest(keys: Key[], o: T, dynamic: { key: T; value: T } | undefined): T {
  const value = keys.length === 1 ? o : nest(keys.slice(1), o, dynamic);
  return { k: 'object', static: new Map([[JSON.stringify(keys[0]), value]]), ...(dynamic ? { dynamic } : {}) };
}
