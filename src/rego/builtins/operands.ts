// Operand checks shared by the namespace files, beyond those in types.ts, with OPA's exact messages.
import { type Value, typeName, RSet, RObject, isNum, numToBigInt } from '../value/value.ts';
import { BuiltinError, oneOfError, operandError } from './types.ts';

/** `operand 1 must be array of strings but got array containing number` (OPA's NewOperandElementErr). */
export function elementError(pos: number, composite: Value, got: Value, expected: string[]): BuiltinError {
  const t = typeName(composite);
  return operandError(pos, `must be ${t} of ${expected.join(' or ')}s but got ${t} containing ${typeName(got)}`);
}

/** Strings of an array or set operand (sets in sorted order). */
export function asStrings(v: Value, pos: number, types: string[] = ['array', 'set']): string[] {
  const items = Array.isArray(v) ? v : v instanceof RSet ? v.sorted() : undefined;
  if (!items) throw oneOfError(pos, types, v);
  return items.map((x) => {
    if (typeof x !== 'string') throw elementError(pos, v, x, ['string']);
    return x;
  });
}

/** A string, or the strings of an array/set: `operand 1 must be one of {string, set, array} but got number`. */
export function asStringOrStrings(v: Value, pos: number): string[] {
  if (typeof v === 'string') return [v];
  return asStrings(v, pos, ['string', 'set', 'array']);
}

/** An integer operand of any size. */
export function asBigInt(v: Value, pos: number): bigint {
  if (!isNum(v)) throw new BuiltinError('eval_type_error', `operand ${pos} must be integer but got ${typeName(v)}`);
  const b = numToBigInt(v);
  if (b === undefined) throw operandError(pos, 'must be integer number but got floating-point number');
  return b;
}

export const isObj = (v: Value): v is RObject => v instanceof RObject;

/** Code points of a string (OPA works on runes). */
export const runes = (s: string): string[] => Array.from(s);
