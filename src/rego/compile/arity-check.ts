// Compile-time checks of builtin calls that need no type inference, made before names are resolved: arity
// (`count: arity mismatch\n\thave: (number, number, ???)\n\twant: (collection: any<...>)`; a call may pass one
// more argument than the operands, the output) and literal arrays indexed by what is no integer. Types in `have` are
// those of literal arguments; other arguments show as `any`. Argument types are checked by type-check.ts.
import type { Term, Module, Expr } from '../syntax/ast.ts';
import { callTerms } from './call-terms.ts';
import { RegoError } from '../errors.ts';
import { ARITY, signature } from '../builtins/declarations/declarations.ts';
import { typeName, toRegoText, type Value, RSet, RObject } from '../value/value.ts';

function valueType(v: Value): string {
  if (Array.isArray(v)) return v.length ? `array<${v.map(valueType).join(', ')}>` : 'array[any]';
  if (v instanceof RSet) return `set[${v.size ? [...new Set(v.sorted().map(valueType))].join(', ') : 'any'}]`;
  if (v instanceof RObject) return 'object';
  return typeName(v);
}

function termType(t: Term): string {
  switch (t.t) {
    case 'scalar': return valueType(t.value);
    case 'array': return t.items.length ? `array<${t.items.map(termType).join(', ')}>` : 'array[any]';
    case 'set': return `set[${t.items.length ? [...new Set(t.items.map(termType))].join(', ') : 'any'}]`;
    case 'object': return 'object';
    case 'template': return 'string';
    case 'arraycompr': return 'array[any]';
    case 'setcompr': return 'set[any]';
    case 'objectcompr': return 'object[any: any]';
    default: return 'any';
  }
}

/** The same checks on a query's calls (OPA type-checks queries as it does modules). */
export function checkQueryArity(body: Expr[]) {
  const pseudo = { rules: [{ body, head: { ref: [{ t: 'var', name: '' }] } }], imports: [] } as unknown as Module;
  checkArity(pseudo);
}

/** `terms`: the module's calls and array refs (callTerms), when the caller collected them already. */
export function checkArity(m: Module, terms: readonly Term[] = callTerms(m)) {
  const own = new Set(m.rules.map((r) => (r.head.ref[0].t === 'var' ? r.head.ref[0].name : '')));
  for (const i of m.imports) {
    const p = i.path;
    own.add(i.alias ?? (p.t === 'ref' && p.path.length ? String((p.path[p.path.length - 1] as { value?: unknown }).value) : ''));
  }
  for (const t of terms) {
    if (t.t === 'ref') checkArrayIndex(t);
    if (t.t !== 'call') continue;
    const n = ARITY[t.op];
    if (n === undefined || (t.args.length >= n && t.args.length <= n + 1)) continue;
    const sig = signature(t.op);
    if (sig !== undefined && !own.has(t.op.split('.')[0])) {
      const have = [...t.args.map(termType), '???'].join(', ');
      throw new RegoError('rego_type_error', `${t.op}: arity mismatch\n\thave: (${have})\n\twant: (${sig})`, t.loc);
    }
  }
}

/** An array written out indexed by a literal that is no integer (`[1, 2][1.0]`, `[1, 2]["a"]`): OPA's type error. */
function checkArrayIndex(t: Extract<Term, { t: 'ref' }>) {
  const key = t.path[0];
  if (t.head.t !== 'array' || !key || key.t !== 'scalar') return;
  const v = key.value;
  if (typeof v === 'number' && Number.isInteger(v)) return;
  if (typeof v === 'bigint') return;
  const shown = toRegoText(v);
  const items = t.head.items;
  const array = items.every((x) => x.t === 'scalar') ? toRegoText(items.map((x) => (x as { value: Value }).value)) : '[...]';
  throw new RegoError('rego_type_error', `undefined ref: ${array}[${shown}]\n\thave: ${shown}\n\twant (type): number`, key.loc);
}
