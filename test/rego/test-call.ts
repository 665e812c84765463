// Calls a builtin the way the evaluator does, for the namespace files' unit tests.
import type { Value } from '../../src/rego/value/value.ts';
import { type BuiltinContext, type BuiltinFn, BuiltinError } from '../../src/rego/builtins/types.ts';

export function testContext(over: Partial<BuiltinContext> = {}): BuiltinContext {
  return {
    strict: true, print: () => {}, nowNs: () => 1700000000123456789n, random: () => 0.5, allowNet: false,
    env: {}, cache: new Map(), ...over,
  };
}

/** The builtin's result, or `error: <code>: <name>: <message>` when it throws. */
export function call(table: Record<string, BuiltinFn>, name: string, ...args: Value[]): Value | undefined | string {
  try {
    return table[name](args, testContext());
  } catch (e) {
    if (e instanceof BuiltinError) return `error: ${e.code}: ${name}: ${e.message}`;
    return `error: eval_builtin_error: ${name}: ${(e as Error).message}`;
  }
}
