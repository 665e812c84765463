// The terms of a module that the checks before name resolution look at (deprecated calls, arity, literal arrays
// indexed by what is no integer): its calls and its refs into an array written out, in source order (each rule's
// body, then its head's key, value and arguments; a term before its operands), so the first mistake reported is the
// first written. Collecting only these keeps the list short.
import type { Expr, Module, Rule, Term } from '../syntax/ast.ts';

export function callTerms(m: Module): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < m.rules.length; i++) {
    for (let cur: Rule | undefined = m.rules[i]; cur; cur = cur.else) {
      body(cur.body, out);
      if (cur.head.key) term(cur.head.key, out);
      if (cur.head.value) term(cur.head.value, out);
      const args = cur.head.args;
      if (args) for (let j = 0; j < args.length; j++) term(args[j], out);
    }
  }
  return out;
}

function terms(ts: Term[], out: Term[]) {
  for (let i = 0; i < ts.length; i++) if (ts[i].t !== 'scalar') term(ts[i], out);
}

function term(t: Term, out: Term[]): void {
  switch (t.t) {
    case 'call': out.push(t); terms(t.args, out); break;
    case 'ref': if (t.head.t === 'array') out.push(t); term(t.head, out); terms(t.path, out); break;
    case 'array': case 'set': terms(t.items, out); break;
    case 'object': for (let i = 0; i < t.items.length; i++) { term(t.items[i][0], out); term(t.items[i][1], out); } break;
    case 'template': for (let i = 0; i < t.parts.length; i++) { const p = t.parts[i]; if (typeof p !== 'string') term(p, out); } break;
    case 'arraycompr': case 'setcompr': term(t.term, out); body(t.body, out); break;
    case 'objectcompr': term(t.key, out); term(t.value, out); body(t.body, out); break;
    default: break;
  }
}

function body(b: Expr[], out: Term[]): void {
  for (let i = 0; i < b.length; i++) {
    const e = b[i];
    for (let j = 0; j < e.with.length; j++) term(e.with[j].value, out);
    switch (e.e) {
      case 'term': term(e.term, out); break;
      case 'somein': term(e.domain, out); break;
      case 'every': term(e.domain, out); body(e.body, out); break;
      case 'or': for (let j = 0; j < e.branches.length; j++) body(e.branches[j], out); break;
      default: break;
    }
  }
}
