// The compiler as an ordered list of stages, named after the stages of OPA's compiler (ast/compile.go) that each one
// does the work of. The order is the one errors are reported in: a module's declarations and literal operands are
// checked before names are resolved, rule bodies are safe before the rule tree is built, and the tree exists before
// recursion and conflicts can be checked.
import type { Module, Term, VarTerm } from '../syntax/ast.ts';
import { RObject, type Value } from '../value/value.ts';
import { checkDeclarations } from './declarations.ts';
import { checkArity } from './arity-check.ts';
import { callTerms } from './call-terms.ts';
import { resolveRules } from './compiler.ts';
import { checkRecursion } from './recursion.ts';
import { checkConflicts, checkDataConflicts, checkWithOverrides } from './conflicts.ts';
import { TreeNode, place, type Compiled } from './rule-tree.ts';
import { typeCheckerOf } from './type-check.ts';
import { SchemaScopes, type SchemaOptions } from './schema-scope.ts';

export interface CompileState {
  modules: Module[];
  /** Base data, checked against the rule tree for conflicts. */
  data: Value;
  /** Rule indexing on `input` equalities (off only to measure it). */
  ruleIndex: boolean;
  root: TreeNode;
  /** Rule names per package (dotted), for name resolution. */
  packageRules: Map<string, Set<string>>;
  functions: Map<string, TreeNode>;
  /** Arity of user functions by dotted path `data.pkg.f`. */
  arity: Map<string, number>;
  /** JSON Schemas for `input` and `data` (given: `schemas:` annotations apply too, as in opa eval). */
  schemas?: SchemaOptions;
  /** Per module, its calls and refs into written-out arrays before name resolution (termsOf). */
  parsedTerms: Map<Module, Term[]>;
}

/** A module's calls and array refs as parsed, collected once for the checks before name resolution (which rewrites the bodies). */
function termsOf(s: CompileState, m: Module): Term[] {
  let ts = s.parsedTerms.get(m);
  if (!ts) { ts = callTerms(m); s.parsedTerms.set(m, ts); }
  return ts;
}

export interface Stage {
  name: string;
  /** The stages of OPA's compiler whose checks or rewrites this one makes. */
  opa: string[];
  run: (s: CompileState) => void;
}

/** What builds the rule tree from parsed modules: `compileModules`. */
export const RULE_TREE_STAGES: readonly Stage[] = [
  {
    name: 'set module tree',
    opa: ['SetModuleTree'],
    run: (s) => {
      for (const m of s.modules) {
        const key = m.package.join('.');
        const names = s.packageRules.get(key) ?? new Set<string>();
        for (const r of m.rules) names.add((r.head.ref[0] as VarTerm).name);
        s.packageRules.set(key, names);
        for (const r of m.rules) {
          if (r.head.args && r.head.ref.every((p, i) => i === 0 || p.t === 'scalar')) {
            const path = ['data', ...m.package, (r.head.ref[0] as VarTerm).name, ...r.head.ref.slice(1).map((p) => String((p as { value: unknown }).value))];
            s.arity.set(path.join('.'), r.head.args.length);
          }
        }
      }
    },
  },
  {
    name: 'resolve names, rename locals, order bodies for safety, hoist negated calls',
    opa: ['ResolveRefs', 'RewriteLocalVars', 'RewriteExprTerms', 'CheckSafetyRuleHeads', 'CheckSafetyRuleBodies'],
    run: (s) => { for (const m of s.modules) resolveRules(m, s.packageRules.get(m.package.join('.'))!, s.arity); },
  },
  {
    name: 'set rule tree',
    opa: ['SetRuleTree'],
    run: (s) => {
      for (const m of s.modules) {
        const pkgNode = m.package.reduce((n, p) => n.child(p), s.root);
        for (const r of m.rules) place(pkgNode, r, s.functions);
      }
    },
  },
  { name: 'check recursion', opa: ['CheckRecursion'], run: (s) => checkRecursion(s.root) },
  // the indices themselves are built on a node's first evaluation, when its bodies are final
  { name: 'rule indices', opa: ['BuildRuleIndices'], run: (s) => { if (!s.ruleIndex) s.root.disableIndex(); } },
];

/** Every stage, in order: what `compile` runs on parsed modules. */
export const STAGES: readonly Stage[] = [
  {
    name: 'check declarations, deprecated calls and with targets',
    opa: ['RewriteLocalVars (its declaration errors)', 'CheckDeprecatedBuiltins', 'RewriteWithValues (its target check)'],
    // Each module with all the others: a `with` target may be a function another module of its package defines.
    run: (s) => s.modules.forEach((m) => checkDeclarations(m, s.modules, termsOf(s, m))),
  },
  { name: 'check arity and literal operand types', opa: ['CheckTypes'], run: (s) => s.modules.forEach((m) => checkArity(m, termsOf(s, m))) },
  ...RULE_TREE_STAGES,
  { name: 'check rule conflicts', opa: ['CheckRuleConflicts'], run: (s) => checkConflicts(s.root) },
  { name: 'check with targets', opa: ['RewriteWithValues'], run: (s) => checkWithOverrides(s.root, s.modules) },
  { name: 'infer and check types', opa: ['CheckTypes'], run: (s) => typeCheckerOf(s.root, s.schemas && new SchemaScopes(s.schemas, s.modules)).checkTree() },
  { name: 'check conflicts with base data', opa: ['checkPathConflicts'], run: (s) => checkDataConflicts(s.root, s.data) },
];

export function runStages(stages: readonly Stage[], modules: Module[], opts: { data?: Value; ruleIndex?: boolean; schemas?: SchemaOptions } = {}): Compiled {
  const s: CompileState = {
    modules, data: opts.data ?? new RObject(), ruleIndex: opts.ruleIndex !== false, schemas: opts.schemas,
    root: new TreeNode([]), packageRules: new Map(), functions: new Map(), arity: new Map(), parsedTerms: new Map(),
  };
  for (const stage of stages) stage.run(s);
  return { root: s.root, modules, functions: s.functions, arity: s.arity };
}

/** The rule tree of parsed modules (no declaration, conflict or data checks). */
export function compileModules(modules: Module[], opts: { ruleIndex?: boolean } = {}): Compiled {
  return runStages(RULE_TREE_STAGES, modules, opts);
}
