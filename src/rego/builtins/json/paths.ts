// Path handling shared by json.filter, json.remove and json.patch: "a/b/0" strings (JSON-pointer escapes ~0 ~1)
// or arrays of segments; a set of paths becomes a tree of objects whose leaves are null (OPA's pathsToObject).
import { type Value, RObject, RSet } from '../../value/value.ts';
import { oneOfError, operandError } from '../types.ts';
import { typeName } from '../../value/value.ts';

export function parsePath(p: Value, pos = 2): Value[] {
  if (typeof p === 'string') {
    if (p === '') return [];
    return p.replace(/^\/+/, '').split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  }
  if (Array.isArray(p)) return p;
  throw operandError(pos, `must be one of {set, array} containing string paths or array of path segments but got ${typeName(p)}`);
}

export function pathsOperand(v: Value, pos = 2): Value[][] {
  if (Array.isArray(v)) return v.map((p) => parsePath(p, pos));
  if (v instanceof RSet) return v.sorted().map((p) => parsePath(p, pos));
  throw oneOfError(pos, ['set', 'array'], v);
}

export function pathsToObject(paths: Value[][]): RObject {
  const root = new RObject();
  for (const path of paths) {
    if (path.length === 0) continue;
    let node = root;
    let done = false;
    for (let i = 0; i < path.length - 1 && !done; i++) {
      const child = node.get(path[i]);
      if (child === undefined) {
        const o = new RObject();
        node.set(path[i], o);
        node = o;
      } else if (child === null) done = true;
      else node = child as RObject;
    }
    if (!done) node.set(path[path.length - 1], null);
  }
  return root;
}

/** OPA's Object.Filter: keep only what the filter tree names. */
export function filterValue(v: Value, filter: Value): Value {
  if (filter === null) return v;
  const f = filter as RObject;
  if (Array.isArray(v)) {
    const out: Value[] = [];
    v.forEach((x, i) => {
      const sub = f.get(String(i));
      if (sub !== undefined) out.push(filterValue(x, sub));
    });
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.sorted()) {
      const sub = f.get(x);
      if (sub !== undefined) out.add(filterValue(x, sub));
    }
    return out;
  }
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.sorted()) {
      const sub = f.get(k);
      if (sub !== undefined) out.set(k, filterValue(x, sub));
    }
    return out;
  }
  return v;
}

/** OPA's jsonRemove: undefined means "removed". */
export function removeValue(v: Value, tree: Value | undefined): Value | undefined {
  if (tree === undefined) return v;
  if (tree === null) return undefined;
  const t = tree as RObject;
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.sorted()) {
      const r = removeValue(x, t.get(k));
      if (r !== undefined) out.set(k, r);
    }
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.sorted()) {
      const r = removeValue(x, t.get(x));
      if (r !== undefined) out.add(r);
    }
    return out;
  }
  if (Array.isArray(v)) {
    const out: Value[] = [];
    v.forEach((x, i) => {
      const r = removeValue(x, t.get(String(i)));
      if (r !== undefined) out.push(r);
    });
    return out;
  }
  return v;
}
