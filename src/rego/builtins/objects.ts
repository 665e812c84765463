// object.filter, object.remove, object.union_n and object.subset (object.get/keys/union are in core.ts).
import { type Value, RObject, RSet, equal } from '../value.ts';
import { type BuiltinFn, asObject, asArray, oneOfError, typeError } from './types.ts';
import { elementError } from './operands.ts';
import { filterValue } from './json-paths.ts';

function keysOperand(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  if (v instanceof RObject) return v.keys();
  throw oneOfError(2, ['object', 'set', 'array'], v);
}

/** object.union: keys of b win, except where both sides hold objects, which merge recursively. */
export function unionObjects(a: RObject, b: RObject): RObject {
  const out = new RObject(a.entries());
  for (const [k, v] of b.entries()) {
    const mine = a.get(k);
    out.set(k, mine instanceof RObject && v instanceof RObject ? unionObjects(mine, v) : v);
  }
  return out;
}

function isSubarray(sup: Value[], sub: Value[]): boolean {
  if (sub.length === 0) return true;
  outer: for (let i = 0; i + sub.length <= sup.length; i++) {
    for (let j = 0; j < sub.length; j++) if (!equal(sup[i + j], sub[j])) continue outer;
    return true;
  }
  return false;
}

function isSubset(sup: Value, sub: Value): boolean {
  if (sup instanceof RObject) {
    if (!(sub instanceof RObject)) return false;
    for (const [k, v] of sub.entries()) {
      const s = sup.get(k);
      if (s === undefined || !isSubset(s, v)) return false;
    }
    return true;
  }
  if (sup instanceof RSet) {
    if (!(sub instanceof RSet)) return false;
    for (const v of sub.values()) if (!sup.has(v)) return false;
    return true;
  }
  if (Array.isArray(sup)) {
    if (Array.isArray(sub)) return isSubarray(sup, sub);
    if (sub instanceof RSet) return [...sub.values()].every((v) => sup.some((x) => equal(x, v)));
  }
  return equal(sup, sub);
}

export const builtins: Record<string, BuiltinFn> = {
  'object.filter': ([o, k]) => {
    const obj = asObject(o, 1);
    const filter = new RObject(keysOperand(k).map((key) => [key, null] as [Value, Value]));
    return filterValue(obj, filter);
  },
  'object.remove': ([o, k]) => {
    const obj = asObject(o, 1);
    const out = new RObject(obj.entries());
    for (const key of keysOperand(k)) out.delete(key);
    return out;
  },
  'object.union_n': ([a]) => {
    const arr = asArray(a, 1);
    let out = new RObject();
    for (const x of arr) {
      if (!(x instanceof RObject)) throw elementError(1, arr, x, ['object']);
      out = unionObjects(out, x);
    }
    return out;
  },
  'object.subset': ([sup, sub]) => {
    if (sup instanceof RObject) { if (!(sub instanceof RObject)) throw typeError(2, 'object', sub); }
    else if (sup instanceof RSet) { if (!(sub instanceof RSet)) throw typeError(2, 'set', sub); }
    else if (Array.isArray(sup)) { if (!Array.isArray(sub) && !(sub instanceof RSet)) throw oneOfError(2, ['array', 'set'], sub); }
    else throw oneOfError(1, ['object', 'array', 'set'], sup);
    return isSubset(sup, sub);
  },
};
