// bits.* on integers of any size (Go big.Int semantics: two's complement for negative operands).
import { num } from '../value/value.ts';
import { type BuiltinFn, operandError } from './types.ts';
import { asBigInt } from './operands.ts';

const binary = (f: (a: bigint, b: bigint) => bigint): BuiltinFn => ([a, b]) => num(f(asBigInt(a, 1), asBigInt(b, 2)));

const shift = (f: (a: bigint, b: bigint) => bigint): BuiltinFn => ([a, b]) => {
  const x = asBigInt(a, 1);
  const n = asBigInt(b, 2);
  if (n < 0n) throw operandError(2, 'must be an unsigned integer number but got a negative integer');
  return num(f(x, n));
};

export const builtins: Record<string, BuiltinFn> = {
  'bits.and': binary((a, b) => a & b),
  'bits.or': binary((a, b) => a | b),
  'bits.xor': binary((a, b) => a ^ b),
  'bits.negate': ([a]) => num(~asBigInt(a, 1)),
  'bits.lsh': shift((a, n) => a << n),
  'bits.rsh': shift((a, n) => a >> n),
};
