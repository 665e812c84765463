// A semantic diff of two parsed documents by key path: what changed in the configuration, not which text lines did.
// Every format's parser yields a JSON document (YAML, JSON, TOML, INI sections, and the line-based formats as their
// key -> value objects), so one walk serves all of them: objects by key, lists by index.
import type { Json } from './snapshot.ts';

export type KeyPath = (string | number)[];

export interface ValueChange {
  path: KeyPath;
  kind: 'added' | 'removed' | 'changed';
  /** Absent when the key is new. */
  old?: Json;
  /** Absent when the key is gone. */
  new?: Json;
}

export interface KeyPathDiff {
  changes: ValueChange[];
  /** Changes beyond the limit, counted but not listed. */
  omitted: number;
}

/** Past this depth two subtrees are compared whole (the snapshot reader bounds depth at 200 too). */
const DEEPEST = 200;

const isObject = (v: Json | undefined): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);

function equal(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffKeyPaths(base: Json, head: Json, limit = 500): KeyPathDiff {
  const out: KeyPathDiff = { changes: [], omitted: 0 };
  const push = (c: ValueChange) => (out.changes.length < limit ? out.changes.push(c) : out.omitted++);
  const walk = (a: Json, b: Json, path: KeyPath) => {
    if (a === b) return;
    if (path.length < DEEPEST && isObject(a) && isObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const k of keys) {
        const inA = Object.hasOwn(a, k);
        const inB = Object.hasOwn(b, k);
        if (!inB) push({ path: [...path, k], kind: 'removed', old: a[k] });
        else if (!inA) push({ path: [...path, k], kind: 'added', new: b[k] });
        else walk(a[k], b[k], [...path, k]);
      }
      return;
    }
    if (path.length < DEEPEST && Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= b.length) push({ path: [...path, i], kind: 'removed', old: a[i] });
        else if (i >= a.length) push({ path: [...path, i], kind: 'added', new: b[i] });
        else walk(a[i], b[i], [...path, i]);
      }
      return;
    }
    if (!equal(a, b)) push({ path, kind: 'changed', old: a, new: b });
  };
  walk(base, head, []);
  return out;
}

/** A key path as people read it: `server.ports[0].name`, keys that are not identifiers quoted (`labels["app.kubernetes.io/name"]`). */
export function formatKeyPath(path: KeyPath): string {
  if (!path.length) return '(whole document)';
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? `${i ? '.' : ''}${k}` : `[${JSON.stringify(k)}]`))
    .join('');
}
