// The public API of the Rego engine: compile modules (+ data) once, evaluate queries or rule paths many times, and
// `go-xenv rego eval`'s whole run. The builtins behind large libraries load on demand (builtins/registry.ts): a caller
// that compiles a policy first awaits `loadBuiltinsFor` its texts (or `loadAllBuiltins`), then compiles synchronously.
export * from './policy.ts';
export { evalCommand, type EvalRequest } from './opa-eval.ts';

import { compile as compileModules, type CompileOptions, type Policy, type SourceModule } from './policy.ts';
import { BUILTINS, LAZY_NAMESPACES, isUnloadedBuiltin, loadBuiltinsNamedIn, namedIn, namesIn } from './builtins/registry.ts';
import { ARITY } from './builtins/declarations/declarations.ts';
import type { BuiltinFn } from './builtins/types.ts';
export type { BuiltinFn, BuiltinContext } from './builtins/types.ts';
export { BuiltinError } from './builtins/types.ts';

/** Loads the on-demand builtins that `texts` (policy sources, queries) name, so that a compile of them can call any. */
export const loadBuiltinsFor = (texts: string[]): Promise<void> => loadBuiltinsNamedIn(texts);

/** Loads every builtin (for a policy set read elsewhere, whose texts the caller does not hold). */
export async function loadAllBuiltins(): Promise<void> {
  await import('./builtins/index.ts');
}

/**
 * `compile`, safe against a builtin family nobody loaded: a module that calls a builtin of an on-demand family that is
 * not loaded fails here, naming the call and the family, rather than when (and only if) that call is evaluated.
 */
export function compile(modules: SourceModule[], data?: unknown, opts?: CompileOptions): Policy {
  const policy = compileModules(modules, data, opts);
  // A cheap look at the texts first: only a family whose name occurs (as a call, or in a comment) is looked for.
  const unloaded = LAZY_NAMESPACES.filter((ns) => ns.names.some(isUnloadedBuiltin));
  const scanned = unloaded.length ? modules.map((m) => namesIn(m.source)) : [];
  const named = unloaded.filter((ns) => scanned.some((t) => namedIn(ns.names, t)));
  if (named.length) {
    // the compiled modules: their calls are resolved (an imported `regex` package's `regex.match` is no builtin)
    const call = findCall(policy.compiled.modules, (op) => isUnloadedBuiltin(op));
    if (call) {
      const family = LAZY_NAMESPACES.find((ns) => ns.names.includes(call.op))!.names;
      const at = call.loc ? `${call.loc.file}:${call.loc.row}: ` : '';
      throw new Error(
        `internal error: ${at}${call.op} is a builtin of an on-demand family (${family.slice(0, 3).join(', ')}${family.length > 3 ? ', ...' : ''}) ` +
          'that was not loaded before compiling: await loadBuiltinsFor(<the module texts>) or loadAllBuiltins() first',
      );
    }
  }
  return policy;
}

type Call = { op: string; loc?: { file: string; row: number } };

/** A call term in the parsed modules whose operator `wanted` accepts (an explicit stack: modules nest deep; nodes are shared). */
function findCall(roots: readonly unknown[], wanted: (op: string) => boolean): Call | undefined {
  const stack: object[] = roots.filter((r): r is object => typeof r === 'object' && r !== null);
  const seen = new Set<object>(stack);
  while (stack.length) {
    const node = stack.pop()!;
    const t = node as { t?: unknown; op?: unknown };
    if (t.t === 'call' && typeof t.op === 'string' && wanted(t.op)) return t as Call;
    for (const v of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof v === 'object' && v !== null && !seen.has(v)) {
        seen.add(v);
        stack.push(v);
      }
    }
  }
  return undefined;
}

/** A host's own builtin (conftest's parse_config, ...): once registered, the compiler and evaluator know it as OPA's. */
export function registerBuiltin(name: string, arity: number, fn: BuiltinFn): void {
  BUILTINS[name] = fn;
  ARITY[name] = arity;
}
