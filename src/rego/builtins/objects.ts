// object.filter, object.remove, object.union_n and object.subset (object.get/keys/union are in core.ts).
import { type Value, RObject, RSet, equal } from '../value/value.ts';
import { type BuiltinFn, BuiltinError, asObject, asArray, oneOfError } from './types.ts';
import { elementError } from './operands.ts';
import { filterValue } from './json/paths.ts';

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

/** Nested values: objects, sets and arrays recurse with their own kind; anything else must be equal. */
function isSubset(sup: Value, sub: Value): boolean {
  if (equal(sup, sub)) return true;
  if (sup instanceof RObject && sub instanceof RObject) {
    for (const [k, v] of sub.entries()) {
      const s = sup.get(k);
      if (s === undefined || !isSubset(s, v)) return false;
    }
    return true;
  }
  if (sup instanceof RSet && sub instanceof RSet) return [...sub.values()].every((v) => sup.has(v));
  if (Array.isArray(sup) && Array.isArray(sub)) return isSubarray(sup, sub);
  return false;
}

/** OPA counts array elements found in the set (repeats included) until it has seen as many as the set holds. */
function arraySetSubset(sup: Value[], sub: RSet): boolean {
  let unmatched = sub.size;
  for (const x of sup) {
    if (sub.has(x)) unmatched--;
    if (unmatched === 0) return true;
  }
  return false;
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
    if (Array.isArray(sup) && sub instanceof RSet) return arraySetSubset(sup, sub);
    const same = (sup instanceof RObject && sub instanceof RObject) || (sup instanceof RSet && sub instanceof RSet)
      || (Array.isArray(sup) && Array.isArray(sub));
    if (!same) throw new BuiltinError('eval_type_error', 'both arguments object.subset must be of the same type or array and set');
    return isSubset(sup, sub);
  },
};
