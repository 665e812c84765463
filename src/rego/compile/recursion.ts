// The rule dependency graph and the recursion check (OPA's checkRecursion): a rule depends on every rule a reference
// in it could reach — `data.pkg.q`, `data.pkg[x]` (all rules under pkg), function calls, `with` targets and values —
// and a cycle is a compile error naming the path, e.g. `rule data.x.p is recursive: data.x.p -> data.x.q -> data.x.p`.
import type { Term, Expr, Rule } from '../syntax/ast.ts';
import type { TreeNode } from './rule-tree.ts';
import { RegoError } from '../errors.ts';
import { displayName } from './compiler.ts';
import { toRegoText } from '../value/value.ts';

interface RuleInfo { rule: Rule; path: string }
type Part = string | undefined | null;

/** Every rule of the tree (else branches included) with its dotted path, in a stable order (keys sorted). */
function allRules(root: TreeNode): RuleInfo[] {
  const out: RuleInfo[] = [];
  const visit = (n: TreeNode) => {
    const path = ['data', ...n.path].join('.');
    for (const r of rulesAt(n)) {
      // a rule with a variable in its reference is named by the whole reference, as OPA does (`data.p.r[k]`)
      const dyn = n.dynamic.find((d) => d.rule === r);
      const named = dyn ? path + refSuffix(dyn.suffix) : path;
      for (let x: Rule | undefined = r; x; x = x.else) out.push({ rule: x, path: named });
    }
    for (const k of [...n.children.keys()].sort()) visit(n.children.get(k)!);
  };
  visit(root);
  return out;
}

function refSuffix(suffix: Term[]): string {
  return suffix.map((t) => {
    if (t.t === 'var') return `[${displayName(t.name)}]`;
    if (t.t === 'scalar' && typeof t.value === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.value)) return `.${t.value}`;
    return t.t === 'scalar' ? `[${toRegoText(t.value)}]` : '[...]';
  }).join('');
}

function rulesAt(n: TreeNode): Rule[] {
  return [...n.defaults, ...n.complete, ...n.setRules, ...n.dynamic.map((d) => d.rule), ...n.functions];
}

/** Rules a reference `data.<parts>` may refer to: `undefined` (a variable) matches every child, `null` none. */
function rulesFor(root: TreeNode, parts: Part[]): Rule[] {
  const out: Rule[] = [];
  const subtree = (n: TreeNode) => { out.push(...rulesAt(n)); n.children.forEach(subtree); };
  const walk = (n: TreeNode, i: number) => {
    if (i === parts.length) { subtree(n); return; }
    out.push(...rulesAt(n));
    const p = parts[i];
    if (p === null) return;
    if (p === undefined) n.children.forEach((c) => walk(c, i + 1));
    else { const c = n.children.get(p); if (c) walk(c, i + 1); }
  };
  walk(root, 0);
  return out;
}

/** `data` references and user calls (by dotted name) appearing anywhere in a rule, closures included. */
function collectRefs(r: Rule, onRef: (parts: Part[]) => void) {
  const term = (t: Term | undefined): void => {
    if (!t) return;
    switch (t.t) {
      case 'var': if (t.name === 'data') onRef([]); break;
      case 'ref':
        if (t.head.t === 'var' && t.head.name === 'data') {
          const parts: Part[] = [];
          for (const p of t.path) {
            if (p.t === 'scalar' && typeof p.value === 'string') { parts.push(p.value); continue; }
            // a constant key that is not a string names no rule; a variable may name any (OPA over-approximates)
            parts.push(p.t === 'scalar' ? null : undefined);
            break;
          }
          onRef(parts);
        } else term(t.head);
        for (const p of t.path) if (p.t !== 'scalar') term(p);
        break;
      case 'array': case 'set': t.items.forEach(term); break;
      case 'object': t.items.forEach(([k, v]) => { term(k); term(v); }); break;
      case 'arraycompr': case 'setcompr': term(t.term); t.body.forEach(expr); break;
      case 'objectcompr': term(t.key); term(t.value); t.body.forEach(expr); break;
      case 'call':
        if (t.op.startsWith('data.')) onRef(t.op.split('.').slice(1));
        t.args.forEach(term);
        break;
      case 'template': t.parts.forEach((p) => { if (typeof p !== 'string') term(p); }); break;
      default: break;
    }
  };
  const expr = (e: Expr): void => {
    for (const w of e.with) { term(w.target); term(w.value); }
    switch (e.e) {
      case 'term': term(e.term); break;
      case 'some': break;
      case 'somein': term(e.key); term(e.value); term(e.domain); break;
      case 'every': term(e.key); term(e.value); term(e.domain); e.body.forEach(expr); break;
      case 'or': e.branches.forEach((b) => b.forEach(expr)); break;
    }
  };
  const h = r.head;
  h.ref.slice(1).forEach(term);
  h.args?.forEach(term);
  term(h.key);
  term(h.value);
  r.body.forEach(expr);
}

/** Edges rule -> rules it depends on. */
export function dependencyGraph(root: TreeNode): { rules: RuleInfo[]; edges: Map<Rule, Set<Rule>> } {
  const rules = allRules(root);
  const edges = new Map<Rule, Set<Rule>>();
  const memo = new Map<string, Rule[]>();
  for (const { rule } of rules) {
    const deps = new Set<Rule>();
    collectRefs(rule, (parts) => {
      const key = parts.map((p) => (p === undefined ? '\u0000' : p === null ? '\u0002' : p)).join('\u0001');
      let rs = memo.get(key);
      if (!rs) { rs = rulesFor(root, parts); memo.set(key, rs); }
      for (const d of rs) for (let x: Rule | undefined = d; x; x = x.else) deps.add(x);
    });
    edges.set(rule, deps);
  }
  return { rules, edges };
}

/** Throws rego_recursion_error for the first rule (in tree order) that reaches itself. */
export function checkRecursion(root: TreeNode): void {
  const { rules, edges } = dependencyGraph(root);
  // a cycle needs an edge: most policy sets refer to no rule of theirs
  let edge = false;
  for (const deps of edges.values()) if (deps.size) { edge = true; break; }
  if (!edge) return;
  const cyclic = rulesOnCycles(rules.map((r) => r.rule), edges);
  for (const { rule, path } of rules) {
    if (!cyclic.has(rule)) continue;
    const cycle = pathBack(rule, edges);
    if (cycle) {
      const pathOf = new Map(rules.map((r) => [r.rule, r.path]));
      const names = [path, ...cycle.map((r) => pathOf.get(r) ?? '?')];
      throw new RegoError('rego_recursion_error', `rule ${path} is recursive: ${names.join(' -> ')}`, rule.loc);
    }
  }
}

/** Rules in a strongly connected component with a cycle (Tarjan), so the path search runs only where it finds one. */
function rulesOnCycles(nodes: Rule[], edges: Map<Rule, Set<Rule>>): Set<Rule> {
  const index = new Map<Rule, number>();
  const low = new Map<Rule, number>();
  const onStack = new Set<Rule>();
  const stack: Rule[] = [];
  const out = new Set<Rule>();
  let next = 0;
  // iterative to survive long dependency chains
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { v: Rule; it: Iterator<Rule> }[] = [];
    const enter = (v: Rule) => {
      index.set(v, next); low.set(v, next); next++;
      stack.push(v); onStack.add(v);
      work.push({ v, it: (edges.get(v) ?? new Set()).values() });
    };
    enter(start);
    while (work.length) {
      const top = work[work.length - 1];
      const n = top.it.next();
      if (!n.done) {
        const w = n.value;
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) { const p = work[work.length - 1].v; low.set(p, Math.min(low.get(p)!, low.get(top.v)!)); }
      if (low.get(top.v) === index.get(top.v)) {
        const comp: Rule[] = [];
        let w: Rule;
        do { w = stack.pop()!; onStack.delete(w); comp.push(w); } while (w !== top.v);
        if (comp.length > 1 || edges.get(top.v)?.has(top.v)) comp.forEach((r) => out.add(r));
      }
    }
  }
  return out;
}

/** A shortest path of rules from `start` back to itself (excluding the start), or undefined. */
function pathBack(start: Rule, edges: Map<Rule, Set<Rule>>): Rule[] | undefined {
  const prev = new Map<Rule, Rule | null>();
  const queue: Rule[] = [];
  for (const d of edges.get(start) ?? []) {
    if (d === start) return [start];
    if (!prev.has(d)) { prev.set(d, null); queue.push(d); }
  }
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const d of edges.get(v) ?? []) {
      if (d === start) {
        const path: Rule[] = [start];
        for (let x: Rule | null = v; x; x = prev.get(x) ?? null) path.unshift(x);
        return path;
      }
      if (!prev.has(d)) { prev.set(d, v); queue.push(d); }
    }
  }
  return undefined;
}
