// The rule tree (OPA's ast.TreeNode / RuleTree): `data`'s virtual documents as nodes by path, each holding the rules
// that define it, with their rule indices; and what a compilation produces around it.
import type { Term, Rule, Module, VarTerm } from '../syntax/ast.ts';
import type { Value } from '../value/value.ts';
import { RuleIndex } from './indexer.ts';

/** A node of `data`'s virtual tree. */
export class TreeNode {
  readonly children = new Map<string, TreeNode>();
  /** Rules whose static reference ends here. */
  complete: Rule[] = [];
  defaults: Rule[] = [];
  setRules: Rule[] = [];
  functions: Rule[] = [];
  /** Rules with a non-static suffix after this node (`p[k] := v`, `a.b[c] contains x`). */
  dynamic: { rule: Rule; suffix: Term[] }[] = [];
  constructor(readonly path: string[]) {}
  get hasRules(): boolean {
    return this.complete.length + this.defaults.length + this.setRules.length + this.dynamic.length > 0;
  }
  get isFunction(): boolean { return this.functions.length > 0; }
  child(name: string): TreeNode {
    let c = this.children.get(name);
    if (!c) { c = new TreeNode([...this.path, name]); this.children.set(name, c); }
    return c;
  }
  find(path: string[]): TreeNode | undefined {
    let n: TreeNode | undefined = this;
    for (const p of path) { n = n.children.get(p); if (!n) return undefined; }
    return n;
  }

  // Rule indices, built on first use (bodies are final by then): only the rules that may succeed for an input.
  private completeIndex?: RuleIndex<Rule> | null;
  private setIndex?: RuleIndex<Rule> | null;
  private dynamicIndex?: RuleIndex<{ rule: Rule; suffix: Term[] }> | null;

  /** Evaluate every rule (for measuring what the index saves). */
  disableIndex(): void {
    this.completeIndex = this.setIndex = this.dynamicIndex = null;
    this.children.forEach((c) => c.disableIndex());
  }

  completeFor(input: Value | undefined): Rule[] {
    if (this.completeIndex === undefined) this.completeIndex = RuleIndex.build(this.complete, (r) => r) ?? null;
    return this.completeIndex ? this.completeIndex.candidates(input) : this.complete;
  }

  setRulesFor(input: Value | undefined): Rule[] {
    if (this.setIndex === undefined) this.setIndex = RuleIndex.build(this.setRules, (r) => r) ?? null;
    return this.setIndex ? this.setIndex.candidates(input) : this.setRules;
  }

  dynamicFor(input: Value | undefined): { rule: Rule; suffix: Term[] }[] {
    if (this.dynamicIndex === undefined) this.dynamicIndex = RuleIndex.build(this.dynamic, (d) => d.rule) ?? null;
    return this.dynamicIndex ? this.dynamicIndex.candidates(input) : this.dynamic;
  }
}

export interface Compiled {
  root: TreeNode;
  modules: Module[];
  /** Names of user functions by dotted path `data.pkg.f`. */
  functions: Map<string, TreeNode>;
  /** Arity of user functions by dotted path, owned by this compilation (queries compiled later use it too). */
  arity: Map<string, number>;
}

/** Puts a rule (resolved) at its node of the rule tree: its static reference, then a dynamic suffix if any. */
export function place(pkgNode: TreeNode, r: Rule, functions: Map<string, TreeNode>) {
  const ref = r.head.ref;
  let node = pkgNode.child((ref[0] as VarTerm).name);
  let i = 1;
  for (; i < ref.length; i++) {
    const p = ref[i];
    if (p.t === 'scalar' && typeof p.value === 'string') node = node.child(p.value);
    else break;
  }
  const suffix = ref.slice(i);
  if (r.head.args) {
    node.functions.push(r);
    functions.set(['data', ...node.path].join('.'), node);
    return;
  }
  if (suffix.length) { node.dynamic.push({ rule: r, suffix }); return; }
  if (r.default) node.defaults.push(r);
  else if (r.head.key) node.setRules.push(r);
  else node.complete.push(r);
}
