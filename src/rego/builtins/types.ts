// The interface between the evaluator and builtin functions. Each namespace file `builtins/<namespace>.ts` exports
// `builtins: Record<string, BuiltinFn>` keyed by the full builtin name ("upper", "strings.replace_n", ...).
//
// Errors: throw `BuiltinError` (or use the operand helpers below) WITHOUT the builtin's name in the message: the
// evaluator prefixes `<name>: ` as OPA does (`strings.split_n: operand 3 must be integer number but got ...`).
// Any other thrown Error becomes an eval_builtin_error with its message. In non-strict mode a failing call is simply
// undefined; with strict builtin errors the first failure becomes the query's error.
import type { Loc } from '../errors.ts';
import { type Value, type RNumber, type Num, typeName, isNum, isInteger, numToJs, plain, RFloat, RSet, RObject } from '../value/value.ts';

export interface BuiltinContext {
  /** OPA's strict-builtin-errors. Builtins normally just throw; this is informational. */
  strict: boolean;
  /** Where `print` output goes. */
  print(line: string): void;
  /** Nanoseconds since the epoch, fixed for the whole query as OPA does. */
  nowNs(): bigint;
  /** Random source in [0, 1) (replaceable for tests). */
  random(): number;
  /** Whether builtins may use the network (http.send, net.lookup_ip_addr). Off by default. */
  allowNet: boolean;
  /** Environment variables visible to builtins (opa.runtime); undefined when the caller gave no runtime info. */
  env?: Record<string, string>;
  /** Per-query cache, e.g. for compiled regular expressions or rand.intn results keyed by arguments. */
  cache: Map<string, unknown>;
}

/** `loc`: where the call is written (conftest's parse_config_file reads paths relative to the calling policy file). */
export type BuiltinFn = (args: Value[], ctx: BuiltinContext, loc?: Loc) => Value | undefined;

export type BuiltinErrorCode = 'eval_builtin_error' | 'eval_type_error';

export class BuiltinError extends Error {
  constructor(readonly code: BuiltinErrorCode, message: string) {
    super(message);
    this.name = 'BuiltinError';
  }
}

/** A generic failure of a builtin (eval_builtin_error). */
export const builtinError = (message: string) => new BuiltinError('eval_builtin_error', message);

/** OPA's operand type error: `operand 1 must be string but got number`. `pos` is 1-based. */
export function typeError(pos: number, expected: string, got: Value): BuiltinError {
  return new BuiltinError('eval_type_error', `operand ${pos} must be ${expected} but got ${typeName(got)}`);
}

/** `operand 2 must be one of {string, set, array} but got number`. */
export const oneOfError = (pos: number, types: string[], got: Value) =>
  new BuiltinError('eval_type_error', `operand ${pos} must be one of {${types.join(', ')}} but got ${typeName(got)}`);

/** A free-form operand message: `operand 2 <text>`. */
export const operandError = (pos: number, text: string) => new BuiltinError('eval_type_error', `operand ${pos} ${text}`);

export function asString(v: Value, pos: number): string {
  if (typeof v !== 'string') throw new BuiltinError('eval_type_error', `operand ${pos} must be string but got ${typeName(v)}`);
  return v;
}

/** A number operand as its plain value (a literal's text such as `3.0` is dropped; see `asNum` to keep it). */
export function asNumber(v: Value, pos: number): RNumber {
  return plain(asNum(v, pos));
}

/** A number operand in any representation (arithmetic keeps OPA's text of floats). */
export function asNum(v: Value, pos: number): Num {
  if (!isNum(v)) throw new BuiltinError('eval_type_error', `operand ${pos} must be number but got ${typeName(v)}`);
  return v;
}

/** An integer operand as a JS number (`operand 3 must be integer number but got floating-point number`). */
export function asInt(v: Value, pos: number): number {
  const n = asNumber(v, pos);
  // OPA reads an int operand's text as an integer: `1.0` and `1e2` are floating-point numbers there
  // and an integer beyond Go's int (64 bits) is no int either
  const outside = typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n);
  if (!isInteger(n) || outside || (v instanceof RFloat && /[.eE]/.test(v.text))) {
    throw new BuiltinError('eval_type_error', `operand ${pos} must be integer number but got floating-point number`);
  }
  return numToJs(n);
}

export function asBoolean(v: Value, pos: number): boolean {
  if (typeof v !== 'boolean') throw new BuiltinError('eval_type_error', `operand ${pos} must be boolean but got ${typeName(v)}`);
  return v;
}

export function asArray(v: Value, pos: number): Value[] {
  if (!Array.isArray(v)) throw new BuiltinError('eval_type_error', `operand ${pos} must be array but got ${typeName(v)}`);
  return v;
}

export function asSet(v: Value, pos: number): RSet {
  if (!(v instanceof RSet)) throw new BuiltinError('eval_type_error', `operand ${pos} must be set but got ${typeName(v)}`);
  return v;
}

export function asObject(v: Value, pos: number): RObject {
  if (!(v instanceof RObject)) throw new BuiltinError('eval_type_error', `operand ${pos} must be object but got ${typeName(v)}`);
  return v;
}

/** Elements of an array or set operand (sets in sorted order), else `operand N must be one of {array, set} ...`. */
export function asCollection(v: Value, pos: number, types: string[] = ['array', 'set']): Value[] {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  throw oneOfError(pos, types, v);
}
