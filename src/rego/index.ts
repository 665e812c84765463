// The public API of the Rego engine: compile modules (+ data) once, evaluate queries or rule paths many times. Importing
// it registers every builtin, so a policy compiled through it can call any of them synchronously.
import './builtins/index.ts';

export * from './policy.ts';

import { BUILTINS } from './builtins/registry.ts';
import { ARITY } from './builtins/declarations/declarations.ts';
import type { BuiltinFn } from './builtins/types.ts';
export type { BuiltinFn, BuiltinContext } from './builtins/types.ts';
export { BuiltinError } from './builtins/types.ts';

/** A host's own builtin (conftest's parse_config, ...): once registered, the compiler and evaluator know it as OPA's. */
export function registerBuiltin(name: string, arity: number, fn: BuiltinFn): void {
  BUILTINS[name] = fn;
  ARITY[name] = arity;
}
