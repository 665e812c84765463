// The virtual-document cache: each node of the rule tree is computed once per context (`with` starts a new cache, as
// a document's value depends on the overrides), and a node met again while it is being computed is recursion.
import type { TreeNode } from '../compile/rule-tree.ts';
import type { Value } from '../value/value.ts';

const UNDEF = Symbol('undefined');
const PENDING = Symbol('pending');

export class DocumentCache {
  private readonly values = new Map<TreeNode, Value | typeof UNDEF | typeof PENDING>();

  /** The node's value, computed on first use; `recursive` is the error for a node met while it is computed. */
  value(node: TreeNode, compute: () => Value | undefined, recursive: () => Error): Value | undefined {
    const cached = this.values.get(node);
    if (cached === PENDING) throw recursive();
    if (cached !== undefined) return cached === UNDEF ? undefined : cached;
    this.values.set(node, PENDING);
    let v: Value | undefined;
    try {
      v = compute();
    } catch (e) {
      this.values.delete(node);
      throw e;
    }
    this.values.set(node, v === undefined ? UNDEF : v);
    return v;
  }
}
