// A parsed module as OPA's AST JSON (ast.Module marshalled without locations), for rego.parse_module. Terms are
// {"type", "value"}; operators are references (`x = 1` is [eq, x, 1]); `some x in xs` is a declaration of the call
// internal.member_2(x, xs), as OPA represents them. Sets and objects list their items in OPA's term order.
import type { Term, Expr, Rule, Module, With } from './ast.ts';
import type { Loc } from '../errors.ts';
import { type Value, RObject, compare, strCompare } from '../value/value.ts';

const o = (entries: [string, Value | undefined][]): RObject => {
  const out = new RObject();
  for (const [k, v] of entries) if (v !== undefined) out.set(k, v);
  return out;
};
const term = (type: string, value: Value): RObject => o([['type', type], ['value', value]]);
const opRef = (op: string): RObject => {
  const [head, ...rest] = op.split('.');
  return term('ref', [term('var', head), ...rest.map((p) => term('string', p))]);
};

function scalarType(v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string') return 'string';
  return 'number';
}

// OPA's order of term types (ast.Compare): scalars by value, then vars, refs, arrays, objects, sets,
// comprehensions and calls
const TYPE_RANK: Record<Term['t'], number> = {
  scalar: 0, var: 4, ref: 5, array: 6, object: 7, set: 8, arraycompr: 9, objectcompr: 10, setcompr: 11, call: 12, template: 12,
};

function termCompare(a: Term, b: Term): number {
  const ra = TYPE_RANK[a.t];
  const rb = TYPE_RANK[b.t];
  if (ra !== rb) return ra - rb;
  if (a.t === 'scalar' && b.t === 'scalar') return compare(a.value, b.value);
  if (a.t === 'var' && b.t === 'var') return strCompare(a.name, b.name);
  if (a.t === 'ref' && b.t === 'ref') return listCompare([a.head, ...a.path], [b.head, ...b.path]);
  if ((a.t === 'array' && b.t === 'array') || (a.t === 'set' && b.t === 'set')) return listCompare(a.items, b.items);
  // the rest keeps the source order (a stable sort)
  return 0;
}

function listCompare(a: Term[], b: Term[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const c = termCompare(a[i], b[i]);
    if (c) return c;
  }
  return a.length - b.length;
}

export function termJSON(t: Term): RObject {
  switch (t.t) {
    // OPA writes null's value as an empty object
    case 'scalar': return term(scalarType(t.value), t.value === null ? new RObject() : t.value);
    case 'var': return term('var', t.name);
    case 'ref': return term('ref', [termJSON(t.head), ...t.path.map(termJSON)]);
    case 'array': return term('array', t.items.map(termJSON));
    case 'set': return term('set', [...t.items].sort(termCompare).map(termJSON));
    case 'object': return term('object', [...t.items].sort(([a], [b]) => termCompare(a, b)).map(([k, v]) => [termJSON(k), termJSON(v)]));
    case 'arraycompr': return term('arraycomprehension', o([['term', termJSON(t.term)], ['body', bodyJSON(t.body)]]));
    case 'setcompr': return term('setcomprehension', o([['term', termJSON(t.term)], ['body', bodyJSON(t.body)]]));
    case 'objectcompr':
      return term('objectcomprehension', o([['key', termJSON(t.key)], ['value', termJSON(t.value)], ['body', bodyJSON(t.body)]]));
    case 'call': return term('call', [opRef(t.op), ...t.args.map(termJSON)]);
    case 'template': return term('call', [opRef('internal.template_string'), term('array', t.parts.map((p) => (typeof p === 'string' ? term('string', p) : termJSON(p))))]);
  }
}

const withJSON = (w: With): RObject => o([['target', termJSON(w.target)], ['value', termJSON(w.value)]]);

function exprTerms(e: Expr): Value {
  switch (e.e) {
    case 'term': return e.term.t === 'call' ? [opRef(e.term.op), ...e.term.args.map(termJSON)] : termJSON(e.term);
    case 'some': return o([['symbols', e.vars.map(termJSON)]]);
    case 'somein': {
      const args = [...(e.key ? [e.key] : []), e.value, e.domain].map(termJSON);
      return o([['symbols', [term('call', [opRef(e.key ? 'internal.member_3' : 'internal.member_2'), ...args])]]]);
    }
    case 'every':
      return o([['key', e.key ? termJSON(e.key) : null], ['value', termJSON(e.value)], ['domain', termJSON(e.domain)], ['body', bodyJSON(e.body)]]);
    case 'or': return e.branches.map((b) => bodyJSON(b));
  }
}

export function bodyJSON(body: Expr[]): Value[] {
  return body.map((e, index) => o([
    ['index', index],
    ['terms', exprTerms(e)],
    ['negated', e.negated || undefined],
    ['with', e.with.length ? e.with.map(withJSON) : undefined],
  ]));
}

function headJSON(r: Rule): RObject {
  const h = r.head;
  const ref = h.ref.map(termJSON);
  // as OPA: a head `p` or a two-part head with a value (`p[x] := 1`, `p.q = 1`) has a name; the latter's key is its
  // second part
  const valued = h.ref.length === 2 && !h.key && !!h.value && !h.args;
  const name = (h.ref.length === 1 || valued) && h.ref[0].t === 'var' ? h.ref[0].name : undefined;
  const key = h.key ?? (valued || (h.ref.length === 2 && !h.args) ? h.ref[1] : undefined);
  // OPA's parser gives a value of true to rules and functions without one (`p if ...`), but not to partial sets.
  const value = h.value ? termJSON(h.value) : h.key ? undefined : term('boolean', true);
  return o([
    ['name', name],
    ['args', h.args ? h.args.map(termJSON) : undefined],
    ['key', key ? termJSON(key) : undefined],
    ['value', value],
    ['assign', h.assign || undefined],
    ['ref', ref],
  ]);
}

function ruleJSON(r: Rule): RObject {
  return o([
    ['default', r.default || undefined],
    ['head', headJSON(r)],
    ['body', bodyJSON(r.body)],
    ['else', r.else ? ruleJSON(r.else) : undefined],
  ]);
}

export function moduleJSON(m: Module): RObject {
  return o([
    ['package', o([['path', [term('var', 'data'), ...m.package.map((p) => term('string', p))]]])],
    ['imports', m.imports.length ? m.imports.map((i) => o([['path', termJSON(i.path)], ['alias', i.alias]])) : undefined],
    ['rules', m.rules.length ? m.rules.map(ruleJSON) : undefined],
    ['comments', m.comments?.length ? m.comments.map(commentJSON) : undefined],
  ]);
}

// as OPA's ast.Comment: the text as bytes (base64 in JSON, null when empty), the location without the text
function commentJSON(c: { text: string; loc: Loc }): RObject {
  return o([
    ['Text', c.text ? Buffer.from(c.text, 'utf8').toString('base64') : null],
    ['Location', o([['file', c.loc.file], ['row', c.loc.row], ['col', c.loc.col]])],
  ]);
}
