// Rule indexing (as OPA's baseDocEqIndex, restricted to `input`): among the rules of one name, a body expression
// `input.a.b == "const"` (or `=`, either side) is a condition the input must meet for the rule to succeed. The index
// groups rules by one such condition, so evaluation looks the values up in the input once and tries only the rules
// whose condition can hold, plus the rules without an indexable condition — in their original order.
import type { Expr, Rule, Term } from '../syntax/ast.ts';
import { type Value, RObject, hashKey } from '../value/value.ts';

/** The input path and constant of an indexable body expression, or undefined. */
export function indexableCondition(e: Expr): { path: Value[]; value: Value } | undefined {
  if (e.e !== 'term' || e.negated || e.with.length) return undefined;
  const t = e.term;
  if (t.t !== 'call' || (t.op !== 'eq' && t.op !== 'equal') || t.args.length !== 2) return undefined;
  const [a, b] = t.args;
  const ref = a.t === 'ref' ? a : b.t === 'ref' ? b : undefined;
  const other = ref === a ? b : a;
  if (!ref || other.t !== 'scalar') return undefined;
  const path = inputPath(ref);
  return path ? { path, value: other.value } : undefined;
}

function inputPath(t: Extract<Term, { t: 'ref' }>): Value[] | undefined {
  if (t.head.t !== 'var' || t.head.name !== 'input' || t.path.length === 0) return undefined;
  const out: Value[] = [];
  for (const p of t.path) {
    if (p.t !== 'scalar' || (typeof p.value !== 'string' && typeof p.value !== 'number')) return undefined;
    out.push(p.value);
  }
  return out;
}

interface PathGroup { path: Value[]; byValue: Map<string, number[]> }

export class RuleIndex<T> {
  private constructor(private items: T[], private groups: PathGroup[], private unindexed: number[]) {}

  /** An index over items (rules, or entries holding a rule); undefined when fewer than two rules have a condition. */
  static build<T>(items: T[], ruleOf: (item: T) => Rule): RuleIndex<T> | undefined {
    const groups = new Map<string, PathGroup>();
    const unindexed: number[] = [];
    let indexed = 0;
    items.forEach((item, i) => {
      const r = ruleOf(item);
      // an else branch runs when the first body fails, so the first body's conditions do not bound the chain
      const cond = r.else || r.default ? undefined : firstCondition(r.body);
      if (!cond) { unindexed.push(i); return; }
      indexed++;
      const pk = cond.path.map((p) => hashKey(p)).join('\u0001');
      let g = groups.get(pk);
      if (!g) { g = { path: cond.path, byValue: new Map() }; groups.set(pk, g); }
      const vk = hashKey(cond.value);
      const list = g.byValue.get(vk);
      if (list) list.push(i); else g.byValue.set(vk, [i]);
    });
    if (indexed < 2) return undefined;
    return new RuleIndex(items, [...groups.values()], unindexed);
  }

  /** The items whose indexed condition holds for this input (and all unindexed ones), in their original order. */
  candidates(input: Value | undefined): T[] {
    const picked: number[] = this.unindexed.slice();
    if (input !== undefined) {
      for (const g of this.groups) {
        let v: Value | undefined = input;
        for (const p of g.path) { v = lookup(v, p); if (v === undefined) break; }
        if (v === undefined) continue;
        const list = g.byValue.get(hashKey(v));
        if (list) picked.push(...list);
      }
    }
    if (picked.length === this.items.length) return this.items;
    picked.sort((a, b) => a - b);
    return picked.map((i) => this.items[i]);
  }
}

/** `input.a[0]` steps: object members and array elements (what the condition's reference would read). */
function lookup(v: Value, key: Value): Value | undefined {
  if (v instanceof RObject) return typeof key === 'string' ? v.getStr(key) : v.get(key);
  if (Array.isArray(v) && typeof key === 'number') return v[key];
  return undefined;
}

function firstCondition(body: Expr[]): { path: Value[]; value: Value } | undefined {
  for (const e of body) {
    const c = indexableCondition(e);
    if (c) return c;
  }
  return undefined;
}
