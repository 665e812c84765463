// graph.reachable and graph.reachable_paths over an adjacency object (vertex -> array or set of neighbours).
// Vertices missing from the graph are not reached; non-collection edge values count as "no edges".
import { type Value, RSet, equal } from '../value/value.ts';
import { type BuiltinFn, asObject, typeError } from './types.ts';

function vertices(v: Value | undefined): Value[] {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  return [];
}

function initialOperand(v: Value): Value[] {
  if (Array.isArray(v) || v instanceof RSet) return vertices(v);
  throw typeError(2, '{array, set}', v);
}

export const builtins: Record<string, BuiltinFn> = {
  'graph.reachable': ([g, i]) => {
    const graph = asObject(g, 1);
    const queue = [...initialOperand(i)];
    const reached = new RSet();
    while (queue.length > 0) {
      const node = queue.shift()!;
      const edges = graph.get(node);
      if (edges === undefined || reached.has(node)) continue;
      reached.add(node);
      for (const n of vertices(edges)) if (!reached.has(n)) queue.push(n);
    }
    return reached;
  },
  'graph.reachable_paths': ([g, i]) => {
    const graph = asObject(g, 1);
    const out = new RSet();
    // A path ends at a vertex without edges, before a vertex missing from the graph, or before a cycle.
    const walk = (node: Value, path: Value[]): void => {
      const edges = graph.get(node);
      if (edges === undefined) { out.add(path); return; }
      const here = [...path, node];
      const next = vertices(edges);
      if (next.length === 0) { out.add(here); return; }
      for (const n of next) {
        if (here.some((p) => equal(p, n))) out.add(here);
        else walk(n, here);
      }
    };
    for (const root of initialOperand(i)) if (graph.get(root) !== undefined) walk(root, []);
    return out;
  },
};
