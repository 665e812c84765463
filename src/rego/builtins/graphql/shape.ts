// OPA's post-processing of gqlparser ASTs: "Position" keys, nulls and empty lists/objects are dropped
// (recursively) before the AST is returned to a policy.
import type { Json } from './parser.ts';

export function prune(v: Json): Json {
  if (Array.isArray(v)) {
    const out: Json[] = [];
    for (const x of v) {
      if (x === null) continue;
      const p = prune(x);
      if (isEmpty(p)) continue;
      out.push(p);
    }
    return out;
  }
  if (v !== null && typeof v === 'object') {
    const out: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'Position' || x === null) continue;
      const p = prune(x);
      if (isEmpty(p)) continue;
      out[k] = p;
    }
    return out;
  }
  return v;
}

function isEmpty(v: Json): boolean {
  if (Array.isArray(v)) return v.length === 0;
  return v !== null && typeof v === 'object' && Object.keys(v).length === 0;
}
