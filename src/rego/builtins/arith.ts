// Arithmetic operators on Rego numbers: exact on integers of any size, OPA's 64-bit big.Float otherwise.
import { type Num, type RNumber, type Value, num, isNum, isInteger, RSet, RFloat } from '../value/value.ts';
import { type BuiltinFn, asNum as asNumber, asNumber as asPlain, asSet, builtinError, typeError } from './types.ts';
import * as bf from '../value/bigfloat.ts';

function intOp(a: Num, b: Num, small: (x: number, y: number) => number, big: (x: bigint, y: bigint) => bigint): RNumber {
  if (a instanceof RFloat) a = a.plain;
  if (b instanceof RFloat) b = b.plain;
  if (typeof a === 'number' && typeof b === 'number') {
    const r = small(a, b);
    if (Number.isSafeInteger(r)) return num(r);
  }
  return num(big(BigInt(a), BigInt(b)));
}

// Floats follow OPA (see bigfloat.ts): computed at 64-bit precision and written back as OPA's text, so 0.1 + 0.2 is
// 0.3 and 2.5 * 1.1 is 2.75 as in OPA; only a result needing more than 17 digits (1 / 3 is 0.33333333333333333334
// in OPA) is kept as the nearest double.
const float = (f: (a: bf.BigFloat, b: bf.BigFloat) => bf.BigFloat) => (a: Num, b: Num): Num =>
  bf.toNumber(f(bf.fromNumber(a), bf.fromNumber(b)));
const floatAdd = float(bf.add);
const floatSub = float(bf.sub);
const floatMul = float(bf.mul);

export const add = (a: Num, b: Num): Num => (isInteger(a) && isInteger(b)
  ? intOp(a, b, (x, y) => x + y, (x, y) => x + y) : floatAdd(a, b));
export const sub = (a: Num, b: Num): Num => (isInteger(a) && isInteger(b)
  ? intOp(a, b, (x, y) => x - y, (x, y) => x - y) : floatSub(a, b));
export const mul = (a: Num, b: Num): Num => (isInteger(a) && isInteger(b)
  ? intOp(a, b, (x, y) => x * y, (x, y) => x * y) : floatMul(a, b));

/** OPA divides in floats even for integers (a big dividend is rounded to 64 bits first); small exact quotients agree. */
const isZero = (n: Num): boolean => (n instanceof RFloat ? n.key === '0' : n === 0 || n === 0n);

function div(a: Num, b: Num): Num {
  if (isZero(b)) throw builtinError('divide by zero');
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && a % b === 0) return num(a / b);
  return bf.toNumber(bf.quo(bf.fromNumber(a), bf.fromNumber(b)));
}

function rem(a: Num, b: Num): Num {
  if (!isInteger(a) || !isInteger(b)) throw builtinError('modulo on floating-point number');
  // OPA v1.19.1 tested big divisors by their low 64 bits (10 % 2^64 was "modulo by zero"); the compliance corpus
  // (OPA main after v1.19.1) expects the fixed behaviour, which we follow
  if (isZero(b)) throw builtinError('modulo by zero');
  return intOp(a, b, (x, y) => x % y, (x, y) => x % y);
}

const LIMIT = 2n ** 64n;
/** Integers below 2^64 are exact in OPA's floats; larger ones are rounded to 64 bits like any float operand. */
const small = (n: Num): boolean => (n instanceof RFloat ? small(n.plain) : typeof n === 'number' || (n < LIMIT && n > -LIMIT));

const rounding = (f: (a: bf.BigFloat) => bigint): BuiltinFn => ([a]) => {
  const n = asNumber(a, 1);
  if (isInteger(n) && small(n)) return n instanceof RFloat ? n.plain : n;
  return num(f(bf.fromNumber(n)));
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
  abs: ([a]) => {
    const n = asNumber(a, 1);
    if (typeof n === 'number') return Math.abs(n);
    if (n instanceof RFloat) return bf.toNumber(bf.abs(bf.fromNumber(n)));
    return small(n) ? (n < 0n ? -n : n) : bf.toNumber(bf.abs(bf.fromNumber(n)));
  },
  round: rounding(bf.roundInt),
  ceil: rounding(bf.ceilInt),
  floor: rounding(bf.floorInt),
};

export const numberArgs = (vals: Value[]): RNumber[] => vals.map((v, i) => asPlain(v, i + 1));
