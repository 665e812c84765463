// Arithmetic operators on Rego numbers: exact on integers of any size, IEEE doubles otherwise.
import { type RNumber, type Value, num, isNum, numToJs, isInteger, RSet } from '../value.ts';
import { type BuiltinFn, asNumber, asSet, builtinError, typeError } from './types.ts';

const SAFE = Number.MAX_SAFE_INTEGER;

function intOp(a: RNumber, b: RNumber, small: (x: number, y: number) => number, big: (x: bigint, y: bigint) => bigint): RNumber {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = small(a, b);
    if (Number.isSafeInteger(r)) return num(r);
  }
  return num(big(BigInt(a), BigInt(b)));
}

/** Floats rounded to 15 significant digits when that is within one unit of the last place (0.1+0.2 -> 0.3). */
function tidy(x: number): RNumber {
  if (!Number.isFinite(x)) throw builtinError('arithmetic result is not a finite number');
  const r = Number(x.toPrecision(15));
  return num(Math.abs(r - x) <= Math.abs(x) * 4e-16 ? r : x);
}

export const add = (a: RNumber, b: RNumber): RNumber => (isInteger(a) && isInteger(b)
  ? intOp(a, b, (x, y) => x + y, (x, y) => x + y) : tidy(numToJs(a) + numToJs(b)));
export const sub = (a: RNumber, b: RNumber): RNumber => (isInteger(a) && isInteger(b)
  ? intOp(a, b, (x, y) => x - y, (x, y) => x - y) : tidy(numToJs(a) - numToJs(b)));
export const mul = (a: RNumber, b: RNumber): RNumber => (isInteger(a) && isInteger(b)
  ? intOp(a, b, (x, y) => x * y, (x, y) => x * y) : tidy(numToJs(a) * numToJs(b)));

function div(a: RNumber, b: RNumber): RNumber {
  if (numToJs(b) === 0 && (b === 0 || b === 0n)) throw builtinError('divide by zero');
  if (isInteger(a) && isInteger(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    if (x % y === 0n) return num(x / y);
  }
  return tidy(numToJs(a) / numToJs(b));
}

function rem(a: RNumber, b: RNumber): RNumber {
  if (!isInteger(a) || !isInteger(b)) throw builtinError('modulo on floating-point number');
  if (b === 0 || b === 0n) throw builtinError('modulo by zero');
  return intOp(a, b, (x, y) => x % y, (x, y) => x % y);
}

function round(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

const unary = (f: (x: number) => number, intId = true): BuiltinFn => ([a]) => {
  const n = asNumber(a, 1);
  if (intId && isInteger(n)) return n;
  return num(f(numToJs(n)));
};

export const builtins: Record<string, BuiltinFn> = {
  plus: ([a, b]) => add(asNumber(a, 1), asNumber(b, 2)),
  minus: ([a, b]) => {
    if (isNum(a)) return sub(a, asNumber(b, 2));
    if (a instanceof RSet) {
      const s = asSet(b, 2);
      return new RSet([...a.values()].filter((v) => !s.has(v)));
    }
    throw typeError(1, 'one of {number, set}', a);
  },
  mul: ([a, b]) => mul(asNumber(a, 1), asNumber(b, 2)),
  div: ([a, b]) => div(asNumber(a, 1), asNumber(b, 2)),
  rem: ([a, b]) => rem(asNumber(a, 1), asNumber(b, 2)),
  abs: ([a]) => { const n = asNumber(a, 1); return typeof n === 'bigint' ? (n < 0n ? -n : n) : Math.abs(n); },
  round: unary(round),
  ceil: unary(Math.ceil),
  floor: unary(Math.floor),
};

export const numberArgs = (vals: Value[]): RNumber[] => vals.map((v, i) => asNumber(v, i + 1));
