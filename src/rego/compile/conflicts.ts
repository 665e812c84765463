// Compile-time rule conflicts, as OPA's checkRuleConflicts and checkPathConflicts report them: rules of different
// kinds or arities at one path, several defaults, a constant-path rule with rules inside its extent, and rules
// whose path is already taken by base data.
import type { Rule, Term, Expr, Module } from '../syntax/ast.ts';
import type { TreeNode } from './rule-tree.ts';
import { RegoError } from '../errors.ts';
import { type Value, RObject } from '../value/value.ts';

const locText = (r: Rule) => `${r.loc.file}:${r.loc.row}`;
// Code-unit order, as Go compares strings (localeCompare would also load ICU's collator, ~10 ms of every start).
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function refText(node: TreeNode, suffix: Term[] = []): string {
  let s = ['data', ...node.path].join('.');
  for (const t of suffix) s += t.t === 'scalar' && typeof t.value === 'string' ? `.${t.value}` : t.t === 'var' ? `[${t.name}]` : '[_]';
  return s;
}

interface Entry { rule: Rule; ground: boolean; kind: 'single' | 'multi'; arity: number; node: TreeNode; suffix: Term[] }

/** An entry's path as the messages name it (built only for a message). */
const nameOf = (e: Entry) => refText(e.node, e.suffix);

function entries(node: TreeNode): Entry[] {
  const out: Entry[] = [];
  const add = (rule: Rule, ground: boolean, suffix: Term[] = []) => out.push({
    rule, ground, kind: rule.head.key && !rule.head.value ? 'multi' : 'single', arity: rule.head.args?.length ?? 0, node, suffix,
  });
  for (const r of [...node.complete, ...node.defaults, ...node.setRules, ...node.functions]) add(r, true);
  for (const d of node.dynamic) add(d.rule, false, d.suffix);
  return out.sort((a, b) => compareText(a.rule.loc.file, b.rule.loc.file) || a.rule.loc.row - b.rule.loc.row || a.rule.loc.col - b.rule.loc.col);
}

function descendants(node: TreeNode, out: Entry[] = []): Entry[] {
  for (const c of node.children.values()) { out.push(...entries(c)); descendants(c, out); }
  return out;
}

/** Throws the first conflict found, depth first. */
export function checkConflicts(root: TreeNode) {
  const visit = (node: TreeNode) => {
    const es = entries(node);
    if (es.length) {
      const first = es[0].rule;
      const kinds = new Set(es.map((e) => e.kind));
      const arities = new Set(es.map((e) => e.arity));
      const complete = es.filter((e) => e.kind === 'single' && e.ground && e.arity === 0).length;
      const partial = es.filter((e) => !(e.kind === 'single' && e.ground)).length;
      const defaults = es.filter((e) => e.rule.default);
      if (kinds.size > 1 || arities.size > 1 || (complete >= 1 && partial >= 1)) {
        throw new RegoError('rego_type_error', `conflicting rules ${nameOf(es[0])} found`, first.loc);
      }
      if (defaults.length > 1) {
        throw new RegoError('rego_type_error', `multiple default rules ${nameOf(es[0])} found at ${defaults.map((e) => locText(e.rule)).join(', ')}`, first.loc);
      }
      if (es.some((e) => e.ground)) {
        const inside = descendants(node);
        if (inside.length) {
          throw new RegoError('rego_type_error', `rule ${nameOf(es[0])} conflicts with:\n  ${inside.map((e) => `rule ${nameOf(e)} at ${locText(e.rule)}`).join('\n  ')}`, first.loc);
        }
      }
    }
    for (const c of node.children.values()) visit(c);
  };
  visit(root);
}

function read(v: Value, key: string): Value | undefined {
  if (v instanceof RObject) return v.getStr(key);
  if (Array.isArray(v) && /^(0|[1-9]\d*)$/.test(key)) return v[Number(key)];
  return undefined;
}

/** Base data at a rule's path, or a non-object above it, conflicts with the rule (OPA's storage.NonEmpty). */
function taken(data: Value, path: string[]): boolean {
  let cur: Value | undefined = data;
  let i = 0;
  for (; i < path.length && cur !== undefined; i++) {
    const next: Value | undefined = read(cur, path[i]);
    if (next === undefined) return !(cur instanceof RObject);
    cur = next;
  }
  return true;
}

export function checkDataConflicts(root: TreeNode, data: Value) {
  const visit = (node: TreeNode) => {
    // the data first: it is seldom there, and then the node's rules need not be listed
    if (taken(data, node.path)) {
      const es = entries(node);
      if (es.length) throw new RegoError('rego_compile_error', `conflicting rule for data path ${node.path.join('/')} found`, es[0].rule.loc);
    }
    for (const c of node.children.values()) visit(c);
  };
  for (const c of root.children.values()) visit(c);
}

/** `with data.p.q as ...` where data.p is a rule: a virtual document is replaced whole or not at all (OPA). */
export function checkWithOverrides(root: TreeNode, modules: Module[]) {
  const visitBody = (body: Expr[]): void => body.forEach((e) => {
    for (const w of e.with) {
      const t = w.target;
      if (t.t !== 'ref' || t.head.t !== 'var' || t.head.name !== 'data') continue;
      let node: TreeNode | undefined = root;
      for (const p of t.path) {
        if (p.t !== 'scalar' || typeof p.value !== 'string') break;
        if (node !== root && (node.hasRules || node.isFunction)) {
          throw new RegoError('rego_compile_error', 'with keyword cannot partially replace virtual document(s)', w.loc);
        }
        node = node.children.get(p.value);
        if (!node) break;
      }
    }
    if (e.e === 'every') visitBody(e.body);
    else if (e.e === 'or') e.branches.forEach(visitBody);
  });
  for (const m of modules) for (const r of m.rules) for (let cur: Rule | undefined = r; cur; cur = cur.else) visitBody(cur.body);
}
