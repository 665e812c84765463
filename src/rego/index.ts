// The public API of the Rego engine: compile modules (+ data) once, evaluate queries or rule paths many times, and
// `go-xenv rego eval`'s whole run. The builtins behind large libraries load on demand (builtins/registry.ts): a caller
// that compiles a policy first awaits `loadBuiltinsFor` its texts (or `loadAllBuiltins`), then compiles synchronously.
export * from './policy.ts';
export { evalCommand, type EvalRequest } from './opa-eval.ts';

import { BUILTINS, loadBuiltinsNamedIn } from './builtins/registry.ts';
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

/** A host's own builtin (conftest's parse_config, ...): once registered, the compiler and evaluator know it as OPA's. */
export function registerBuiltin(name: string, arity: number, fn: BuiltinFn): void {
  BUILTINS[name] = fn;
  ARITY[name] = arity;
}
