import { createRequire } from 'node:module';
import { R as RSet, t as typeError, a as asObject, e as equal } from './rego-CkdsLX6W.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/graph.ts
function vertices(v) {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  return [];
}
function initialOperand(v) {
  if (Array.isArray(v) || v instanceof RSet) return vertices(v);
  throw typeError(2, "{array, set}", v);
}
var builtins = {
  "graph.reachable": ([g, i]) => {
    const graph = asObject(g, 1);
    const queue = [...initialOperand(i)];
    const reached = new RSet();
    while (queue.length > 0) {
      const node = queue.shift();
      const edges = graph.get(node);
      if (edges === void 0 || reached.has(node)) continue;
      reached.add(node);
      for (const n of vertices(edges)) if (!reached.has(n)) queue.push(n);
    }
    return reached;
  },
  "graph.reachable_paths": ([g, i]) => {
    const graph = asObject(g, 1);
    const out = new RSet();
    const walk = (node, path) => {
      const edges = graph.get(node);
      if (edges === void 0) {
        out.add(path);
        return;
      }
      const here = [...path, node];
      const next = vertices(edges);
      if (next.length === 0) {
        out.add(here);
        return;
      }
      for (const n of next) {
        if (here.some((p) => equal(p, n))) out.add(here);
        else walk(n, here);
      }
    };
    for (const root of initialOperand(i)) if (graph.get(root) !== void 0) walk(root, []);
    return out;
  }
};

export { builtins as b };
