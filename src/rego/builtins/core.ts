// Operators and core builtins: comparison, membership, aggregates, sets, arrays, types, objects.
import { type Value, type Num, RSet, RObject, compare, equal, typeName, isNum, numToJs, num, parseNumber, isInteger, toRegoText } from '../value/value.ts';
import { type BuiltinFn, asArray, asSet, asObject, asNum, asInt, oneOfError, typeError, builtinError, operandError } from './types.ts';
import { HTTP_KEYS } from './providers.ts';
import { builtins as arith, add, mul } from './arith.ts';

const elems = (v: Value, pos: number, types: string[]): Value[] => {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  throw oneOfError(pos, types, v);
};

function member(x: Value, coll: Value): boolean {
  if (Array.isArray(coll)) return coll.some((e) => equal(e, x));
  if (coll instanceof RSet) return coll.has(x);
  if (coll instanceof RObject) { for (const [, v] of coll.entries()) if (equal(v, x)) return true; }
  return false;
}

function objectUnion(a: RObject, b: RObject): RObject {
  const out = new RObject(a.entries());
  for (const [k, v] of b.entries()) {
    const prev = out.get(k);
    out.set(k, prev instanceof RObject && v instanceof RObject ? objectUnion(prev, v) : v);
  }
  return out;
}

export const builtins: Record<string, BuiltinFn> = {
  ...arith,
  equal: ([a, b]) => equal(a, b),
  neq: ([a, b]) => !equal(a, b),
  lt: ([a, b]) => compare(a, b) < 0,
  gt: ([a, b]) => compare(a, b) > 0,
  lte: ([a, b]) => compare(a, b) <= 0,
  gte: ([a, b]) => compare(a, b) >= 0,
  'internal.member_2': ([x, coll]) => member(x, coll),
  'internal.member_3': ([k, x, coll]) => {
    if (Array.isArray(coll)) return typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < coll.length && equal(coll[k], x);
    if (coll instanceof RObject) { const v = coll.get(k); return v !== undefined && equal(v, x); }
    if (coll instanceof RSet) return coll.has(x) && equal(k, x);
    return false;
  },
  and: ([a, b]) => { const x = asSet(a, 1); const y = asSet(b, 2); return new RSet([...x.values()].filter((v) => y.has(v))); },
  or: ([a, b]) => { const x = asSet(a, 1); const y = asSet(b, 2); return new RSet([...x.values(), ...y.values()]); },
  intersection: ([a]) => {
    const sets = [...asSet(a, 1).values()].map((s, i) => asSet(s, i + 1));
    if (!sets.length) return new RSet();
    return new RSet([...sets[0].values()].filter((v) => sets.every((s) => s.has(v))));
  },
  union: ([a]) => {
    const out = new RSet();
    for (const s of asSet(a, 1).values()) for (const v of asSet(s, 1).values()) out.add(v);
    return out;
  },
  count: ([a]) => {
    if (typeof a === 'string') return [...a].length;
    if (Array.isArray(a)) return a.length;
    if (a instanceof RSet || a instanceof RObject) return a.size;
    throw oneOfError(1, ['array', 'object', 'set', 'string'], a);
  },
  sum: ([a]) => elems(a, 1, ['set', 'array']).reduce<Num>((s, v) => add(s, asNum(v, 1)), 0),
  product: ([a]) => elems(a, 1, ['set', 'array']).reduce<Num>((s, v) => mul(s, asNum(v, 1)), 1),
  max: ([a]) => { const xs = elems(a, 1, ['set', 'array']); return xs.length ? xs.reduce((m, v) => (compare(v, m) >= 0 ? v : m)) : undefined; },
  min: ([a]) => { const xs = elems(a, 1, ['set', 'array']); return xs.length ? xs.reduce((m, v) => (compare(v, m) <= 0 ? v : m)) : undefined; },
  sort: ([a]) => [...elems(a, 1, ['set', 'array'])].sort(compare),
  'array.concat': ([a, b]) => [...asArray(a, 1), ...asArray(b, 2)],
  'array.flatten': ([a]) => asArray(a, 1).flatMap((x) => (Array.isArray(x) ? x : [x])),
  'array.reverse': ([a]) => [...asArray(a, 1)].reverse(),
  'array.slice': ([a, s, e]) => {
    const xs = asArray(a, 1);
    let i = asInt(s, 2);
    let j = asInt(e, 3);
    if (j > xs.length) j = xs.length;
    if (i < 0) i = 0;
    if (i > j) return [];
    return xs.slice(i, j);
  },
  // OPA 1.19 answers false for a value of another type (older versions were undefined)
  is_number: ([a]) => isNum(a),
  is_string: ([a]) => typeof a === 'string',
  is_boolean: ([a]) => typeof a === 'boolean',
  is_array: ([a]) => Array.isArray(a),
  is_set: ([a]) => a instanceof RSet,
  is_object: ([a]) => a instanceof RObject,
  is_null: ([a]) => a === null,
  type_name: ([a]) => typeName(a),
  to_number: ([a]) => {
    if (a === null) return 0;
    if (typeof a === 'boolean') return a ? 1 : 0;
    if (isNum(a)) return a;
    if (typeof a === 'string') {
      const n = parseNumber(a);
      if (n === undefined || a.trim() !== a) throw builtinError(`invalid syntax`);
      return n;
    }
    throw oneOfError(1, ['null', 'boolean', 'number', 'string'], a);
  },
  'object.get': ([o, key, dflt]) => {
    const obj = asObject(o, 1);
    if (Array.isArray(key)) {
      let cur: Value = obj;
      for (const k of key) {
        let next: Value | undefined;
        if (cur instanceof RObject) next = cur.get(k);
        else if (Array.isArray(cur) && typeof k === 'number' && isInteger(k)) next = cur[k];
        else if (cur instanceof RSet) next = cur.has(k) ? k : undefined;
        if (next === undefined) return dflt;
        cur = next;
      }
      return cur;
    }
    const v = obj.get(key);
    return v === undefined ? dflt : v;
  },
  'object.keys': ([o]) => new RSet(asObject(o, 1).keys()),
  'object.union': ([a, b]) => objectUnion(asObject(a, 1), asObject(b, 2)),
  trace: () => true,
  'http.send': ([req], ctx) => {
    // The request is checked first, as OPA does, so a malformed request is a type error even without network.
    const obj = asObject(req, 1);
    const keys = obj.sorted().map(([k]) => k);
    const invalid = keys.filter((k) => typeof k !== 'string' || !HTTP_KEYS.has(k));
    if (invalid.length) throw operandError(1, `invalid request parameters(s): ${toRegoText(new RSet(invalid))}`);
    const missing = ['method', 'url'].filter((k) => !obj.get(k));
    if (missing.length) throw operandError(1, `missing required request parameters(s): ${toRegoText(new RSet(missing))}`);
    if (!ctx.allowNet) throw builtinError('network access is disabled (http.send); mock it with `with http.send as ...`');
    throw builtinError('http.send is not supported');
  },
  // As OPA: `{}` when the host gave no runtime information (OPA's test runner), else `{"env": {...}}`.
  'opa.runtime': (_a, ctx) => (ctx.env === undefined ? new RObject() : new RObject([['env', new RObject(Object.entries(ctx.env))]])),
};

export { numToJs, num, typeError };
