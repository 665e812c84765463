// Walking terms: the operands directly inside a term, and a ref's dotted name.
import type { Term } from './ast.ts';

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
