// OPA's compiler moves the calls and the refs that an expression's operands contain out of it into `__localN__ = t`
// expressions before it (stages RewriteExprTerms and RewriteDynamicTerms). Under `not` this is visible: an undefined
// operand makes the whole body undefined instead of the negation true, so `not startswith(input.missing, "a")` and
// `not input.env in {"dev"}` are undefined when the operand is. We do the same for negated expressions (elsewhere the
// rewrite changes nothing). In modules OPA rewrites `==` to `=` first, whose operands keep their refs; in a query
// `==` stays a call.
import type { Expr, Term } from '../syntax/ast.ts';

type Fresh = () => string;

/** `body` with every negated expression (also in nested bodies) preceded by its hoisted operands. */
export function hoistNegated(body: Expr[], fresh: Fresh, inQuery: boolean): Expr[] {
  const nested = (t: Term) => hoistInClosures(t, fresh, inQuery);
  const out: Expr[] = [];
  for (const e0 of body) {
    let e: Expr = e0;
    switch (e.e) {
      case 'term': e = { ...e, term: nested(e.term) }; break;
      case 'every': e = { ...e, domain: nested(e.domain), body: hoistNegated(e.body, fresh, inQuery) }; break;
      case 'or': e = { ...e, branches: e.branches.map((b) => hoistNegated(b, fresh, inQuery)) }; break;
      case 'somein': e = { ...e, domain: nested(e.domain) }; break;
    }
    if (e.e === 'term' && e.negated) out.push(...hoist(e, fresh, inQuery));
    else out.push(e);
  }
  return out;
}

/** `t` with the bodies of the comprehensions in it rewritten (for rule heads and operands). */
export function hoistInClosures(t: Term, fresh: Fresh, inQuery: boolean): Term {
  const nested = (x: Term) => hoistInClosures(x, fresh, inQuery);
  switch (t.t) {
    case 'arraycompr': case 'setcompr': case 'objectcompr': return { ...t, body: hoistNegated(t.body, fresh, inQuery) };
    case 'ref': return { ...t, head: nested(t.head), path: t.path.map(nested) };
    case 'array': case 'set': return { ...t, items: t.items.map(nested) };
    case 'object': return { ...t, items: t.items.map(([k, v]) => [nested(k), nested(v)] as [Term, Term]) };
    case 'call': return { ...t, args: t.args.map(nested) };
    case 'template': return { ...t, parts: t.parts.map((p) => (typeof p === 'string' ? p : nested(p))) };
    default: return t;
  }
}

function hoist(e: Expr & { e: 'term' }, fresh: Fresh, inQuery: boolean): Expr[] {
  const support: Expr[] = [];
  const bind = (t: Term): Term => {
    const v: Term = { t: 'var', name: fresh(), loc: t.loc };
    support.push({ e: 'term', negated: false, with: e.with, loc: t.loc, term: { t: 'call', op: 'eq', args: [v, t], loc: t.loc } });
    return v;
  };
  // RewriteExprTerms: nested calls (not those in closures) become expressions of their own.
  const calls = (t: Term): Term => {
    switch (t.t) {
      case 'call': return t.fnRef ? t : bind({ ...t, args: t.args.map(calls) });
      case 'ref': return { ...t, head: isComposite(t.head) ? bind(calls(t.head)) : t.head, path: t.path.map(calls) };
      case 'array': case 'set': return { ...t, items: t.items.map(calls) };
      case 'object': return { ...t, items: t.items.map(([k, v]) => [calls(k), calls(v)] as [Term, Term]) };
      default: return t;
    }
  };
  // RewriteDynamicTerms: refs among the operands (and inside composite operands) are bound first.
  const one = (t: Term): Term => {
    switch (t.t) {
      case 'ref': return bind({ ...t, path: t.path.map(one) });
      case 'var': return t.name === 'input' || t.name === 'data' ? bind(t) : t;
      case 'array': case 'set': return { ...t, items: t.items.map(one) };
      case 'object': return { ...t, items: t.items.map(([k, v]) => [one(k), one(v)] as [Term, Term]) };
      default: return t;
    }
  };
  const inTerm = (t: Term): Term => (t.t === 'ref' ? { ...t, path: t.path.map(one) } : isClosure(t) ? t : one(t));
  let term = e.term;
  if (term.t === 'call' && !term.fnRef) {
    const args = term.args.map(calls);
    const unify = term.op === 'eq' || (term.op === 'equal' && !inQuery);
    term = { ...term, args: args.map(unify ? inTerm : one) };
  } else {
    term = inTerm(calls(term));
  }
  return [...support, { ...e, term }];
}

const isClosure = (t: Term) => t.t === 'arraycompr' || t.t === 'setcompr' || t.t === 'objectcompr';
const isComposite = (t: Term) => t.t !== 'var' && t.t !== 'ref' && t.t !== 'scalar';
