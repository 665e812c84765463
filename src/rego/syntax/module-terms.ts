// Walking terms. Every term of a module, parents before children: rule heads and bodies (else branches included), `with` values,
// `some ... in` and `every` domains, `or` groups, comprehensions and template parts. For checks that look at each term.
import type { Expr, Module, Rule, Term } from './ast.ts';

/**
 * Calls `f(x, a, b)` for each term directly inside `t`, not looking into comprehensions (closures have their own
 * scope). The walks pass themselves and their state as `f`, `a`, `b`: no array or closure per term on a cold compile.
 */
export function forEachOperand<A, B>(t: Term, f: (x: Term, a: A, b: B) => void, a: A, b: B): void {
  switch (t.t) {
    case 'call': for (const x of t.args) f(x, a, b); break;
    case 'ref': f(t.head, a, b); for (const x of t.path) f(x, a, b); break;
    case 'array': case 'set': for (const x of t.items) f(x, a, b); break;
    case 'object': for (const [k, v] of t.items) { f(k, a, b); f(v, a, b); } break;
    case 'template': for (const p of t.parts) if (typeof p !== 'string') f(p, a, b); break;
    default: break;
  }
}

/** The dotted name of a reference made of a var and string keys (`f`, `strings.replace_n`, `data.pkg.f`), or undefined. */
export function dottedName(t: Term): string | undefined {
  if (t.t === 'var') return t.name;
  if (t.t !== 'ref' || t.head.t !== 'var') return undefined;
  const parts = [t.head.name];
  for (const p of t.path) {
    if (p.t !== 'scalar' || typeof p.value !== 'string') return undefined;
    parts.push(p.value);
  }
  return parts.join('.');
}

export function forEachTerm(m: Module, fn: (t: Term) => void): void {
  const visit = (t: Term | undefined): void => {
    if (!t) return;
    fn(t);
    if (t.t === 'arraycompr' || t.t === 'setcompr') { visit(t.term); visitBody(t.body); }
    else if (t.t === 'objectcompr') { visit(t.key); visit(t.value); visitBody(t.body); }
    else forEachOperand(t, visit, undefined, undefined);
  };
  const visitBody = (body: Expr[]): void => {
    for (const e of body) {
      for (const w of e.with) visit(w.value);
      if (e.e === 'term') visit(e.term);
      else if (e.e === 'somein') visit(e.domain);
      else if (e.e === 'every') { visit(e.domain); visitBody(e.body); }
      else if (e.e === 'or') for (const b of e.branches) visitBody(b);
    }
  };
  for (const r of m.rules) {
    for (let cur: Rule | undefined = r; cur; cur = cur.else) {
      visitBody(cur.body);
      visit(cur.head.key);
      visit(cur.head.value);
      if (cur.head.args) for (const a of cur.head.args) visit(a);
    }
  }
}

/** Every term of a module in forEachTerm's order, for checks that each look at all of them (one walk for them all). */
export function moduleTerms(m: Module): Term[] {
  const out: Term[] = [];
  forEachTerm(m, (t) => { out.push(t); });
  return out;
}
