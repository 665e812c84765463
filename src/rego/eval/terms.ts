// The term tests unification and calls need: which terms are ground in a frame, which are patterns (bind without
// evaluating), which are constants, and the order OPA inserts an object literal's items in.
import type { Term, Rule } from '../syntax/ast.ts';
import { compare } from '../value/value.ts';
import type { Frame } from './context.ts';

export function isGlobal(name: string) { return name === 'data' || name === 'input'; }

/** True when the term has no unbound variables outside closures. */
export function isGround(t: Term, f: Frame): boolean {
  switch (t.t) {
    case 'scalar': return true;
    case 'var': return f.has(t.name) || isGlobal(t.name);
    case 'ref': return isGround(t.head, f) && t.path.every((p) => isGround(p, f));
    case 'array': case 'set': return t.items.every((x) => isGround(x, f));
    case 'object': return t.items.every(([a, b]) => isGround(a, f) && isGround(b, f));
    case 'call': return t.args.every((x) => isGround(x, f));
    case 'template': return t.parts.every((p) => typeof p === 'string' || isGround(p, f));
    default: return true;
  }
}

const insertOrderCache = new WeakMap<Term, number[]>();
const KEY_RANK: Record<string, number> = { var: 4, ref: 5, array: 6, object: 7, set: 8, arraycompr: 9, setcompr: 10, objectcompr: 11, call: 12, template: 12 };
/** The order in which OPA inserts an object literal's items: source order when every key is a constant, else the
 * order of its (sorted) key terms: scalars by value, then variables by name, then the other kinds. */
export function objectInsertOrder(t: Extract<Term, { t: 'object' }>): number[] {
  let order = insertOrderCache.get(t);
  if (!order) {
    order = t.items.map((_, i) => i);
    if (t.items.some(([kt]) => kt.t !== 'scalar')) {
      const rank = (x: Term) => (x.t === 'scalar' ? 0 : KEY_RANK[x.t] ?? 13);
      order.sort((i, j) => {
        const [a, b] = [t.items[i][0], t.items[j][0]];
        const r = rank(a) - rank(b);
        if (r) return r;
        if (a.t === 'scalar' && b.t === 'scalar') return compare(a.value, b.value) || i - j;
        if (a.t === 'var' && b.t === 'var') return (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || i - j;
        return i - j;
      });
    }
    insertOrderCache.set(t, order);
  }
  return order;
}

/** A term whose value needs no evaluation context: scalars and collections of them. */
export function isConstTerm(t: Term): boolean {
  switch (t.t) {
    case 'scalar': return true;
    case 'array': case 'set': return t.items.every(isConstTerm);
    case 'object': return t.items.every(([k, v]) => isConstTerm(k) && isConstTerm(v));
    default: return false;
  }
}

const computedArgsCache = new WeakMap<Rule, boolean[]>();
/** Per function rule: which arguments compute a value (not patterns), so they are compared after the body. */
export function computedArgs(r: Rule): boolean[] {
  let c = computedArgsCache.get(r);
  if (!c) { c = r.head.args!.map((a) => !isPattern(a)); computedArgsCache.set(r, c); }
  return c;
}

/** A term that unifies with a value without evaluating anything: variables, scalars and collections of them. */
function isPattern(t: Term): boolean {
  switch (t.t) {
    case 'var': case 'scalar': return true;
    case 'array': case 'set': return t.items.every(isPattern);
    case 'object': return t.items.every(([, v]) => isPattern(v));
    default: return false;
  }
}
