// Reading documents: the children of a collection in OPA's order, every [path, value] pair under a value (walk), a key of a virtual or a base document, and the
// nested objects a rule with a multi-key head writes into.
import { RegoError, type Loc } from '../errors.ts';
import { type Value, RSet, RObject, isNum, toJSONText, MAX_DEPTH, DepthError } from '../value/value.ts';

/** Calls g(key, value) for each element of an array, object or set (sets: key = value), in OPA's order. */
export function forEachChild(coll: Value, g: (k: Value, v: Value) => boolean): boolean {
  if (Array.isArray(coll)) {
    for (let i = 0; i < coll.length; i++) if (g(i, coll[i])) return true;
  } else if (coll instanceof RObject) {
    for (const [k, v] of coll.sorted()) if (g(k, v)) return true;
  } else if (coll instanceof RSet) {
    for (const v of coll.sorted()) if (g(v, v)) return true;
  }
  return false;
}

export function index(v: Value, key: Value): Value | undefined {
  if (v instanceof RObject) return typeof key === 'string' ? v.getStr(key) : v.get(key);
  if (Array.isArray(v)) {
    if (typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < v.length) return v[key];
    return undefined;
  }
  if (v instanceof RSet) return v.has(key) ? key : undefined;
  return undefined;
}

/** A key into a base document: OPA's storage paths are strings, so `data.x[2]` reads the member "2" of an object. */
export function baseIndex(v: Value, key: Value): Value | undefined {
  const c = index(v, key);
  if (c === undefined && isNum(key) && v instanceof RObject) return v.getStr(toJSONText(key));
  return c;
}

export function childObj(o: RObject, key: Value, loc: Loc): RObject {
  let c = o.get(key);
  if (c === undefined) { c = new RObject(); o.set(key, c); }
  if (!(c instanceof RObject)) throw new RegoError('eval_conflict_error', 'object keys must be unique', loc);
  return c;
}

/** walk(): every [path, value] pair under `root`, pre-order as OPA; iterative, so deep values (to MAX_DEPTH) do not
 * exhaust the stack. */
export function walkPairs(root: Value, loc: Loc): Value[] {
  const pairs: Value[] = [];
  const todo: [Value[], Value][] = [[[], root]];
  while (todo.length) {
    const [path, v] = todo.pop()!;
    if (path.length >= MAX_DEPTH) throw new RegoError('eval_builtin_error', `walk: ${new DepthError().message}`, loc);
    pairs.push([path, v]);
    const kids: [Value[], Value][] = [];
    forEachChild(v, (key, val) => { kids.push([[...path, key], val]); return false; });
    for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
  }
  return pairs;
}
