// Walking terms. Every term of a module, parents before children: rule heads and bodies (else branches included), `with` values,
// `some ... in` and `every` domains, `or` groups, comprehensions and template parts. For checks that look at each term.
import type { Expr, Module, Rule, Term } from './ast.ts';

/** The terms directly inside a term, not looking into comprehensions (closures have their own scope). */
export function operands(t: Term): Term[] {
  switch (t.t) {
    case 'call': return t.args;
    case 'ref': return [t.head, ...t.path];
    case 'array': case 'set': return t.items;
    case 'object': return t.items.flat();
    case 'template': return t.parts.filter((p): p is Term => typeof p !== 'string');
    default: return [];
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
    operands(t).forEach(visit);
    if (t.t === 'arraycompr' || t.t === 'setcompr') { visit(t.term); visitBody(t.body); }
    else if (t.t === 'objectcompr') { visit(t.key); visit(t.value); visitBody(t.body); }
  };
  const visitBody = (body: Expr[]): void => body.forEach((e) => {
    e.with.forEach((w) => visit(w.value));
    if (e.e === 'term') visit(e.term);
    else if (e.e === 'somein') visit(e.domain);
    else if (e.e === 'every') { visit(e.domain); visitBody(e.body); }
    else if (e.e === 'or') e.branches.forEach(visitBody);
  });
  for (const r of m.rules) {
    for (let cur: Rule | undefined = r; cur; cur = cur.else) {
      visitBody(cur.body);
      [cur.head.key, cur.head.value, ...(cur.head.args ?? [])].forEach(visit);
    }
  }
}
