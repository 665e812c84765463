// numbers.range and numbers.range_step: inclusive integer ranges (descending when the start is above the end).
import { type Value, num } from '../value/value.ts';
import { type BuiltinFn, builtinError } from './types.ts';
import { asBigInt } from './operands.ts';

const MAX_RANGE = 10_000_000n;

function range(a: bigint, b: bigint, step: bigint): Value[] {
  const count = (a > b ? a - b : b - a) / step + 1n;
  if (count > MAX_RANGE) throw builtinError(`range too large: ${count} elements`);
  const out: Value[] = [];
  if (a <= b) for (let x = a; x <= b; x += step) out.push(num(x));
  else for (let x = a; x >= b; x -= step) out.push(num(x));
  return out;
}

export const builtins: Record<string, BuiltinFn> = {
  'numbers.range': ([a, b]) => range(asBigInt(a, 1), asBigInt(b, 2), 1n),
  'numbers.range_step': ([a, b, s]) => {
    const from = asBigInt(a, 1);
    const to = asBigInt(b, 2);
    const step = asBigInt(s, 3);
    if (step <= 0n) throw builtinError('numbers.range_step: step must be a positive integer');
    return range(from, to, step);
  },
};
