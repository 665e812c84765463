// json.patch: RFC 6902 operations on Rego values (objects with any keys, arrays, and sets, where the last path
// segment of an add/remove names the set element itself). Values are never mutated: each op returns a new document.
import { type Value, RObject, RSet, equal, toRegoText } from '../../value/value.ts';
import { asArray, builtinError } from '../types.ts';
import { parsePath } from './paths.ts';

const fail = (msg: string) => builtinError(msg);

function arrayIndex(seg: Value, len: number, allowEnd: boolean): number {
  if (allowEnd && seg === '-') return len;
  let n: number | undefined;
  if (typeof seg === 'number' && Number.isInteger(seg)) n = seg;
  else if (typeof seg === 'string' && /^(0|[1-9]\d*)$/.test(seg)) n = Number(seg);
  if (n === undefined || n < 0 || n > (allowEnd ? len : len - 1)) throw fail(`invalid patch path segment ${toRegoText(seg)}`);
  return n;
}

function child(doc: Value, seg: Value): Value {
  if (doc instanceof RObject) {
    const v = doc.get(seg);
    if (v === undefined) throw fail(`path segment ${toRegoText(seg)} does not exist`);
    return v;
  }
  if (Array.isArray(doc)) return doc[arrayIndex(seg, doc.length, false)];
  if (doc instanceof RSet) {
    if (!doc.has(seg)) throw fail(`path segment ${toRegoText(seg)} does not exist`);
    return doc.get(seg)!;
  }
  throw fail('path does not exist');
}

export function getAt(doc: Value, path: Value[]): Value {
  let cur = doc;
  for (const seg of path) cur = child(cur, seg);
  return cur;
}

/** Rebuilds the document with `op` applied to the parent of the path's last segment. */
function atParent(doc: Value, path: Value[], op: (parent: Value, last: Value) => Value): Value {
  if (path.length === 1) return op(doc, path[0]);
  const seg = path[0];
  const sub = atParent(child(doc, seg), path.slice(1), op);
  if (doc instanceof RObject) return new RObject([...doc.entries()]).set(seg, sub);
  if (Array.isArray(doc)) {
    const out = doc.slice();
    out[arrayIndex(seg, doc.length, false)] = sub;
    return out;
  }
  const s = new RSet([...(doc as RSet).values()].filter((x) => !equal(x, seg)));
  return s.add(sub);
}

export function addAt(doc: Value, path: Value[], value: Value): Value {
  if (path.length === 0) return value;
  return atParent(doc, path, (parent, last) => {
    if (parent instanceof RObject) return new RObject([...parent.entries()]).set(last, value);
    if (Array.isArray(parent)) {
      const out = parent.slice();
      out.splice(arrayIndex(last, parent.length, true), 0, value);
      return out;
    }
    if (parent instanceof RSet) {
      if (!equal(last, value)) throw fail(`set element ${toRegoText(last)} does not match value ${toRegoText(value)}`);
      return new RSet(parent.values()).add(value);
    }
    throw fail('path does not exist');
  });
}

export function removeAt(doc: Value, path: Value[]): Value {
  if (path.length === 0) throw fail('cannot remove the document root');
  return atParent(doc, path, (parent, last) => {
    if (parent instanceof RObject) {
      if (!parent.has(last)) throw fail(`path segment ${toRegoText(last)} does not exist`);
      const out = new RObject([...parent.entries()]);
      out.delete(last);
      return out;
    }
    if (Array.isArray(parent)) {
      const out = parent.slice();
      out.splice(arrayIndex(last, parent.length, false), 1);
      return out;
    }
    if (parent instanceof RSet) {
      if (!parent.has(last)) throw fail(`path segment ${toRegoText(last)} does not exist`);
      return new RSet([...parent.values()].filter((x) => !equal(x, last)));
    }
    throw fail('path does not exist');
  });
}

function isPrefix(a: Value[], b: Value[]): boolean {
  return a.length < b.length && a.every((x, i) => equal(x, b[i]));
}

export function applyPatch(target: Value, ops: Value): Value {
  let doc = target;
  for (const item of asArray(ops, 2)) {
    if (!(item instanceof RObject)) throw fail('must be an array of JSON-Patch objects, but at least one element is not an object');
    const attr = (name: string): Value => {
      const v = item.get(name);
      if (v === undefined) throw fail(`missing '${name}' attribute`);
      return v;
    };
    const op = attr('op');
    if (typeof op !== 'string') throw fail("attribute 'op' must be a string");
    const path = parsePath(attr('path'));
    switch (op) {
      case 'add': doc = addAt(doc, path, attr('value')); break;
      case 'remove': doc = removeAt(doc, path); break;
      case 'replace': {
        const value = attr('value');
        if (path.length === 0) { doc = value; break; }
        getAt(doc, path);
        doc = addAt(removeAt(doc, path), path, value);
        break;
      }
      case 'move': {
        const from = parsePath(attr('from'));
        if (isPrefix(from, path)) throw fail('a location cannot be moved into one of its children');
        const value = getAt(doc, from);
        doc = addAt(removeAt(doc, from), path, value);
        break;
      }
      case 'copy': doc = addAt(doc, path, getAt(doc, parsePath(attr('from')))); break;
      case 'test': {
        if (!equal(getAt(doc, path), attr('value'))) throw fail('test failed');
        break;
      }
      default: throw fail(`unrecognized op '${op}'`);
    }
  }
  return doc;
}
