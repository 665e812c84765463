// OPA's float arithmetic: Go's big.Float at the precision `SetString` gives a number (64-bit mantissa, rounding to
// nearest even, unbounded exponent), and results written back as text with `Text('g', -1)` — the shortest decimal
// that reads back as the same 64-bit float — or `Text('f', -1)` when the result is an integer. Values are m * 2^e.
import { type Num, RFloat, num, numToString } from './value.ts';

export interface BigFloat { m: bigint; e: number }

const PREC = 64;
const ZERO: BigFloat = { m: 0n, e: 0 };

const bitLen = (a: bigint): number => (a === 0n ? 0 : a.toString(2).length);

/** Rounds the exact value n * 2^e (with `sticky`: plus a nonzero amount below its last bit) to 64 bits. */
function round(n: bigint, e: number, sticky = false): BigFloat {
  if (n === 0n) return ZERO;
  const neg = n < 0n;
  let a = neg ? -n : n;
  const shift = bitLen(a) - PREC;
  if (shift <= 0) return { m: neg ? -(a << BigInt(-shift)) : a << BigInt(-shift), e: e + shift };
  const s = BigInt(shift);
  const rem = a & ((1n << s) - 1n);
  const half = 1n << (s - 1n);
  a >>= s;
  if (rem > half || (rem === half && (sticky || (a & 1n) === 1n))) a += 1n;
  let exp = e + shift;
  if (bitLen(a) > PREC) { a >>= 1n; exp += 1; }
  return { m: neg ? -a : a, e: exp };
}

/** A decimal literal (`0.1`, `-2.5e-3`, `12`) as big.Float.SetString reads it. */
export function fromDecimal(text: string): BigFloat {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`invalid number: ${text}`);
  const digits = BigInt((m[2] ?? '') + (m[3] ?? '') || '0');
  const p10 = Number(m[4] ?? 0) - (m[3] ?? '').length;
  const sign = m[1] === '-' ? -1n : 1n;
  if (p10 >= 0) return round(sign * digits * 10n ** BigInt(p10), 0);
  const d = 10n ** BigInt(-p10);
  const s = Math.max(0, PREC + 2 + bitLen(d) - bitLen(digits));
  const scaled = digits << BigInt(s);
  return round(sign * (scaled / d), -s, scaled % d !== 0n);
}

/** A Rego number as OPA reads its text into a big.Float (integers beyond 64 bits are rounded too). */
export function fromNumber(n: Num): BigFloat {
  if (n instanceof RFloat) return fromDecimal(n.text);
  if (typeof n === 'bigint' || Number.isInteger(n)) return round(BigInt(n), 0);
  return fromDecimal(numToString(n));
}

export const add = (a: BigFloat, b: BigFloat): BigFloat => {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  return round((a.m << BigInt(a.e - e)) + (b.m << BigInt(b.e - e)), e);
};
export const neg = (a: BigFloat): BigFloat => ({ m: -a.m, e: a.e });
export const sub = (a: BigFloat, b: BigFloat): BigFloat => add(a, neg(b));
export const mul = (a: BigFloat, b: BigFloat): BigFloat => round(a.m * b.m, a.e + b.e);
export const abs = (a: BigFloat): BigFloat => (a.m < 0n ? neg(a) : a);
export const isZero = (a: BigFloat): boolean => a.m === 0n;

/** a / b, correctly rounded (b must not be zero). */
export function quo(a: BigFloat, b: BigFloat): BigFloat {
  if (a.m === 0n) return ZERO;
  const n = a.m << 130n;
  return round(n / b.m, a.e - 130 - b.e, n % b.m !== 0n);
}

/** The integer part, truncated towards zero (big.Float.Int). */
export function trunc(a: BigFloat): bigint {
  if (a.e >= 0) return a.m << BigInt(a.e);
  const neg = a.m < 0n;
  const v = (neg ? -a.m : a.m) >> BigInt(-a.e);
  return neg ? -v : v;
}

export const isInt = (a: BigFloat): boolean => a.e >= 0 || trunc(a) << BigInt(-a.e) === a.m;
export const fromBigInt = (i: bigint): BigFloat => round(i, 0);
export const cmp = (a: BigFloat, b: BigFloat): number => { const d = sub(a, b).m; return d < 0n ? -1 : d > 0n ? 1 : 0; };

// -- text ----------------------------------------------------------------------------------------------------------

interface Decimal { mant: string; dp: number }

/** Exact decimal digits of n * 2^e (n > 0), trailing zeros trimmed; the point sits after `dp` digits. */
function decimalOf(n: bigint, e: number): Decimal {
  let digits: string;
  let dp: number;
  if (e >= 0) { digits = (n << BigInt(e)).toString(); dp = digits.length; } else {
    digits = (n * 5n ** BigInt(-e)).toString();
    dp = digits.length + e;
  }
  return { mant: digits.replace(/0+$/, ''), dp };
}

const at = (d: Decimal, i: number): string => (i < d.mant.length ? d.mant[i] : '0');

function roundUp(d: Decimal, n: number) {
  let i = n;
  while (i > 0 && d.mant[i - 1] === '9') i--;
  if (i === 0) { d.mant = '1'; d.dp++; return; }
  d.mant = d.mant.slice(0, i - 1) + String.fromCharCode(d.mant.charCodeAt(i - 1) + 1);
}
function roundDown(d: Decimal, n: number) { d.mant = d.mant.slice(0, n).replace(/0+$/, ''); }
function shouldRoundUp(d: Decimal, n: number): boolean {
  if (d.mant[n] === '5' && n + 1 === d.mant.length) return n > 0 && (d.mant.charCodeAt(n - 1) - 48) % 2 === 1;
  return d.mant[n] >= '5';
}

/** Go's big.Float shortest-decimal walk (roundShortest): the fewest digits between the half-ulp neighbours. */
function shortest(a: BigFloat): Decimal {
  const m = a.m < 0n ? -a.m : a.m;
  const d = decimalOf(m, a.e);
  const mant = m << 1n; // lsb is half an ulp
  const lower = decimalOf(mant - 1n, a.e - 1);
  const upper = decimalOf(mant + 1n, a.e - 1);
  const inclusive = (m & 1n) === 0n;
  for (let i = 0; i < d.mant.length; i++) {
    const c = d.mant[i];
    const l = at(lower, i);
    const u = at(upper, i);
    const okdown = l !== c || (inclusive && i + 1 === lower.mant.length);
    const okup = c !== u && (inclusive || c.charCodeAt(0) + 1 < u.charCodeAt(0) || i + 1 < upper.mant.length);
    if (okdown && okup) { if (shouldRoundUp(d, i + 1)) roundUp(d, i + 1); else roundDown(d, i + 1); return d; }
    if (okdown) { roundDown(d, i + 1); return d; }
    if (okup) { roundUp(d, i + 1); return d; }
  }
  return d;
}

/** OPA's text of a float result: `Text('f', -1)` for integers, else `Text('g', -1)` (exponent when < 1e-4 or >= 1e6). */
export function toText(a: BigFloat): string {
  if (a.m === 0n) return '0';
  const d = shortest(a);
  const sign = a.m < 0n ? '-' : '';
  // 'f' pads the shortest digits with zeros: 2^70 * 1.1 prints 1298650782789152433000000, not its exact digits
  if (isInt(a)) return sign + d.mant + '0'.repeat(d.dp - d.mant.length);
  const exp = d.dp - 1;
  if (exp < -4 || exp >= 6) {
    const frac = d.mant.slice(1);
    const es = exp < 0 ? '-' : '+';
    const ev = String(Math.abs(exp)).padStart(2, '0');
    return `${sign}${d.mant[0]}${frac ? '.' + frac : ''}e${es}${ev}`;
  }
  if (d.dp <= 0) return `${sign}0.${'0'.repeat(-d.dp)}${d.mant}`;
  return `${sign}${d.mant.slice(0, d.dp)}${d.mant.length > d.dp ? '.' + d.mant.slice(d.dp) : ''}`;
}

/** The Rego number for a float result: OPA's text, exact when it is an integer, else read as the nearest double. */
export function toNumber(a: BigFloat): Num {
  const text = toText(a);
  if (isInt(a)) return num(BigInt(text));
  const n = num(Number(text));
  return numToString(n) === text ? n : new RFloat(text);
}

// -- rounding (OPA's arithRound / arithCeil / arithFloor, whose results are exact integers) ----------------------

const HALF: BigFloat = { m: 1n, e: -1 };

/** Half away from zero, the ±0.5 added at 64 bits first as OPA does. */
export const roundInt = (a: BigFloat): bigint => trunc(a.m < 0n ? sub(a, HALF) : add(a, HALF));

/** OPA tests the sign of the truncated integer, so ceil(-0.5) is 1 (and floor(-0.5) is 0) in OPA v1.19. */
export function ceilInt(a: BigFloat): bigint {
  const i = trunc(a);
  return i < 0n || isInt(a) ? i : i + 1n;
}

export function floorInt(a: BigFloat): bigint {
  const i = trunc(a);
  return i >= 0n || isInt(a) ? i : i - 1n;
}
