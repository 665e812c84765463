// `with`: the context an expression's `with` modifiers give (input replaced at a path, data paths overridden,
// functions replaced by a value or another function), and the path arithmetic the overrides need.
import type { Expr } from '../syntax/ast.ts';
import { type Value, RObject } from '../value/value.ts';
import type { Ctx } from './context.ts';
import { DocumentCache } from './document-cache.ts';

/** The context for evaluating `e` under its `with` modifiers, given their values in order (a function as `{ fn }`). */
export function withContext(old: Ctx, e: Expr, vals: Value[]): Ctx {
  const next: Ctx = { ...old, overrides: [...old.overrides], fnOverrides: new Map(old.fnOverrides), cache: new DocumentCache() };
  e.with.forEach((w, i) => {
    const v = vals[i];
    const tgt = w.target;
    if (tgt.t === 'call') {
      const fn = (v as unknown as { fn?: string })?.fn;
      next.fnOverrides.set(tgt.op, fn !== undefined ? { fn } : { t: 'scalar', value: v, loc: w.loc });
      return;
    }
    const head = tgt.t === 'var' ? tgt.name : tgt.t === 'ref' && tgt.head.t === 'var' ? tgt.head.name : '';
    const path = tgt.t === 'ref' ? tgt.path.map((p) => (p.t === 'scalar' ? String(p.value) : '')) : [];
    if (head === 'input') {
      next.input = path.length ? setPath(next.input, path, v) : v;
    } else if (head === 'data') {
      next.overrides = next.overrides.filter((o) => !isPrefix(path, o.path));
      next.overrides.push({ path, value: v });
    }
  });
  return next;
}

export function isPrefix(pre: string[], path: string[]) {
  if (pre.length > path.length) return false;
  for (let i = 0; i < pre.length; i++) if (pre[i] !== path[i]) return false;
  return true;
}
export const sameArr = (a: string[], b: string[]) => a.length === b.length && isPrefix(a, b);

function setPath(root: Value | undefined, path: string[], v: Value): Value {
  const o = root instanceof RObject ? new RObject(root.entries()) : new RObject();
  if (path.length === 1) { o.set(path[0], v); return o; }
  o.set(path[0], setPath(o.get(path[0]), path.slice(1), v));
  return o;
}

export function setIn(o: RObject, path: string[], v: Value) {
  if (path.length === 1) { o.set(path[0], v); return; }
  const c = o.get(path[0]);
  const next = c instanceof RObject ? new RObject(c.entries()) : new RObject();
  o.set(path[0], next);
  setIn(next, path.slice(1), v);
}
