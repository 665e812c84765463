// OPA's compiler moves the calls and the refs that an expression's operands contain out of it into `__localN__ = t`
// expressions before it (stages RewriteExprTerms and RewriteDynamicTerms). Under `not` this is visible: an undefined
// operand makes the whole body undefined instead of the negation true, so `not startswith(input.missing, "a")` and
// `not input.env in {"dev"}` are undefined when the operand is. We do the same for negated expressions (elsewhere the
// rewrite changes nothing). In modules OPA rewrites `==` to `=` first, whose operands keep their refs; in a query
// `==` stays a call.
import type { Expr, Term } from '../syntax/ast.ts';

type Fresh = () => string;

/**
 * `body` with every negated expression (also in nested bodies) preceded by its hoisted operands. `closures` false: the
 * caller knows the body holds no comprehension, so its terms are not walked for one.
 */
export function hoistNegated(body: Expr[], fresh: Fresh, inQuery: boolean, closures = true): Expr[] {
  // what holds no negation nor closure is kept as it is (no copy): most of a body
  let out: Expr[] | undefined;
  for (let i = 0; i < body.length; i++) {
    const e0 = body[i];
    let e: Expr = e0;
    switch (e.e) {
      case 'term': if (closures) { const term = hoistInClosures(e.term, fresh, inQuery); if (term !== e.term) e = { ...e, term }; } break;
      case 'every': e = { ...e, domain: closures ? hoistInClosures(e.domain, fresh, inQuery) : e.domain, body: hoistNegated(e.body, fresh, inQuery, closures) }; break;
      case 'or': e = { ...e, branches: e.branches.map((b) => hoistNegated(b, fresh, inQuery, closures)) }; break;
      case 'somein': if (closures) { const domain = hoistInClosures(e.domain, fresh, inQuery); if (domain !== e.domain) e = { ...e, domain }; } break;
    }
    const hoisted = e.e === 'term' && e.negated ? hoist(e, fresh, inQuery) : undefined;
    if (!out && (hoisted || e !== e0)) out = body.slice(0, i);
    if (hoisted) out!.push(...hoisted);
    else if (out) out.push(e);
  }
  return out ?? body;
}

/** `t` with the bodies of the comprehensions in it rewritten (for rule heads and operands); `t` itself when it holds none. */
export function hoistInClosures(t: Term, fresh: Fresh, inQuery: boolean): Term {
  switch (t.t) {
    case 'arraycompr': case 'setcompr': case 'objectcompr': return { ...t, body: hoistNegated(t.body, fresh, inQuery) };
    case 'ref': {
      const head = hoistInClosures(t.head, fresh, inQuery);
      const path = mapTerms(t.path, fresh, inQuery);
      return head === t.head && path === t.path ? t : { ...t, head, path };
    }
    case 'array': case 'set': { const items = mapTerms(t.items, fresh, inQuery); return items === t.items ? t : { ...t, items }; }
    case 'object': {
      let items: [Term, Term][] | undefined;
      for (let i = 0; i < t.items.length; i++) {
        const [k, v] = t.items[i];
        const k2 = hoistInClosures(k, fresh, inQuery);
        const v2 = hoistInClosures(v, fresh, inQuery);
        if (!items && (k2 !== k || v2 !== v)) items = t.items.slice(0, i);
        if (items) items.push([k2, v2]);
      }
      return items ? { ...t, items } : t;
    }
    case 'call': { const args = mapTerms(t.args, fresh, inQuery); return args === t.args ? t : { ...t, args }; }
    case 'template': {
      let parts: (string | Term)[] | undefined;
      for (let i = 0; i < t.parts.length; i++) {
        const p = t.parts[i];
        const p2 = typeof p === 'string' ? p : hoistInClosures(p, fresh, inQuery);
        if (!parts && p2 !== p) parts = t.parts.slice(0, i);
        if (parts) parts.push(p2);
      }
      return parts ? { ...t, parts } : t;
    }
    default: return t;
  }
}

/** `ts` with hoistInClosures applied, the same array when no element changed. */
function mapTerms(ts: Term[], fresh: Fresh, inQuery: boolean): Term[] {
  let out: Term[] | undefined;
  for (let i = 0; i < ts.length; i++) {
    const x = hoistInClosures(ts[i], fresh, inQuery);
    if (!out && x !== ts[i]) out = ts.slice(0, i);
    if (out) out.push(x);
  }
  return out ?? ts;
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
