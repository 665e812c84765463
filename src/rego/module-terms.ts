// Every term of a module, parents before children: rule heads and bodies (else branches included), `with` values,
// `some ... in` and `every` domains, `or` groups, comprehensions and template parts. For checks that look at each term.
import type { Expr, Module, Rule, Term } from './ast.ts';

export function forEachTerm(m: Module, fn: (t: Term) => void): void {
  const visit = (t: Term | undefined): void => {
    if (!t) return;
    fn(t);
    switch (t.t) {
      case 'call': t.args.forEach(visit); break;
      case 'ref': visit(t.head); t.path.forEach(visit); break;
      case 'array': case 'set': t.items.forEach(visit); break;
      case 'object': t.items.forEach(([k, v]) => { visit(k); visit(v); }); break;
      case 'template': t.parts.forEach((p) => { if (typeof p !== 'string') visit(p); }); break;
      case 'arraycompr': case 'setcompr': visit(t.term); visitBody(t.body); break;
      case 'objectcompr': visit(t.key); visit(t.value); visitBody(t.body); break;
      default: break;
    }
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
