// OPA's types (ast/types) as the type checker (type-check.ts) uses them: a builtin's declared types, unions, selection
// by index and key, and whether two types unify (OPA's types.unifies: arrays and objects position by position / key by
// key, both ways, unions via `any of`).
import type { DeclType } from '../builtins/declarations/types.ts';

export type T =
  | { k: 'any'; of: T[] }
  | { k: 'null' | 'boolean' | 'number' | 'string' }
  | { k: 'array'; static: T[]; dynamic?: T }
  | { k: 'set'; of: T }
  | { k: 'object'; static: Map<string, T>; dynamic?: { key: T; value: T } };

export const ANY: T = { k: 'any', of: [] };
/** The scalar types, one object each (types are never mutated): no allocation per literal, and `or` of equal ones is
 * found by identity. */
export const NULL: T = { k: 'null' };
export const BOOLEAN: T = { k: 'boolean' };
export const NUMBER: T = { k: 'number' };
export const STRING: T = { k: 'string' };

export function fromDecl(d: DeclType): T {
  switch (d.type) {
    case 'any': return { k: 'any', of: (Array.isArray(d.of) ? d.of : d.of ? [d.of] : []).map(fromDecl) };
    case 'null': case 'boolean': case 'number': case 'string': return { k: d.type };
    case 'array': return { k: 'array', static: ((d.static ?? []) as DeclType[]).map(fromDecl), dynamic: d.dynamic ? fromDecl(d.dynamic as DeclType) : undefined };
    case 'set': return { k: 'set', of: d.of ? fromDecl(d.of as DeclType) : ANY };
    case 'object': {
      const dyn = d.dynamic as { key: DeclType; value: DeclType } | undefined;
      return {
        k: 'object',
        static: new Map(((d.static ?? []) as { key: unknown; value: DeclType }[]).map((e) => [JSON.stringify(e.key), fromDecl(e.value)])),
        dynamic: dyn ? { key: fromDecl(dyn.key), value: fromDecl(dyn.value) } : undefined,
      };
    }
    default: return ANY;
  }
}

export const or = (ts: T[]): T => {
  if (ts.length && ts.every((t) => t === ts[0])) return ts[0];
  const uniq = [...new Map(ts.map((t) => [JSON.stringify(t, (_k, v) => (v instanceof Map ? [...v] : v)), t])).values()];
  return uniq.length === 1 ? uniq[0] : { k: 'any', of: uniq };
};

const keyType = (json: string): T => {
  const v = JSON.parse(json) as unknown;
  return typeof v === 'string' ? STRING : typeof v === 'number' ? NUMBER : typeof v === 'boolean' ? BOOLEAN : v === null ? NULL : ANY;
};

export const selectIndex = (a: Extract<T, { k: 'array' }>, i: number): T | undefined => a.static[i] ?? a.dynamic;

export function selectKey(o: Extract<T, { k: 'object' }>, key: string): T | undefined {
  const s = o.static.get(key);
  if (s) return s;
  if (o.dynamic && contains(o.dynamic.key, keyType(key))) return o.dynamic.value;
  return undefined;
}

/** OPA's types.Contains for key types: `a` admits every value of `b`. */
function contains(a: T, b: T): boolean {
  if (a.k === 'any') return a.of.length === 0 || a.of.some((x) => contains(x, b));
  return a.k === b.k;
}

export function unifies(a: T | undefined, b: T | undefined): boolean {
  if (!a || !b) return false;
  if (a.k === 'any' && (a.of.length === 0 || a.of.some((x) => unifies(x, b)))) return true;
  if (b.k === 'any' && (b.of.length === 0 || b.of.some((x) => unifies(a, x)))) return true;
  if (a.k === 'any' || b.k === 'any') return false;
  if (a.k !== b.k) return false;
  if (a.k === 'array') {
    const bb = b as typeof a;
    return a.static.every((_, i) => unifies(a.static[i], selectIndex(bb, i)))
      && bb.static.every((_, i) => unifies(bb.static[i], selectIndex(a, i)))
      && (!a.dynamic || !bb.dynamic || unifies(a.dynamic, bb.dynamic));
  }
  if (a.k === 'object') {
    const bb = b as typeof a;
    // `a` is the written argument, `b` the declared type: every key written must be admitted, but a declared key
    // may be left out (OPA accepts `{"pretty": true}` for an options object)
    return [...a.static].every(([k, v]) => unifies(v, selectKey(bb, k)))
      && [...bb.static].every(([k, v]) => { const w = selectKey(a, k); return w === undefined || unifies(w, v); })
      && (!a.dynamic || !bb.dynamic || unifies(a.dynamic.value, bb.dynamic.value));
  }
  if (a.k === 'set') return unifies(a.of, (b as typeof a).of);
  return true;
}
