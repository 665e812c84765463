// Rego numbers, with OPA's semantics (an OPA ast.Number is the number's text, read on use): plain JS `number` for
// safe integers and floats, `bigint` beyond 2^53, normalised so one numeric value has one representation (see `num`):
//   - integers are exact at any size (OPA: big.Int when both operands are integers);
//   - a number whose text is not how we would print its value is an `RFloat` keeping the text: literals and JSON
//     numbers such as `3.0`, `1.5e6`, `12.50` (printed so, as OPA does; 3.0 == 3 and they are one set element/key,
//     the first form kept), and float results OPA writes with more than 17 digits or an exponent
//     (1 / 3 is 0.33333333333333333334, 1.1 + 2.2 is 3.3000000000000000002, 0.00001 * 2 is 2e-05);
//     comparison is exact on the texts' values, as OPA's (so 1.1 + 2.2 == 3.3 is false);
//   - float arithmetic is OPA's: big.Float at 64-bit mantissa, rounded to nearest even, and the result is the text
//     Text('g', -1) gives, or Text('f', -1) for an integer result (bigfloat.ts);
//   - `/` is a float operation in OPA even on integers (a dividend beyond 2^64 is rounded to 64 bits first), and so are
//     abs/round/ceil/floor: OPA v1.19 gives ceil(-0.5) = 1 and floor(-0.5) = 0, and we do the same;
//   - where a builtin reads an int (IntOperand), a text such as `1.0` or `1e2` is a floating-point number, as in
//     OPA; builtins reading plain numbers get `plain`, the nearest double (exact for integers).

export type RNumber = number | bigint;

const SAFE = Number.MAX_SAFE_INTEGER;

/** A number whose text matters, as OPA keeps it (an ast.Number is its text): a literal written otherwise than we'd
 *  print its value (`3.0`, `1.5e6`, `12.50`), or a float result needing more than 17 digits or an exponent
 *  (`0.33333333333333333334`, `2e-05`). `key` is the exact value's canonical text, equal to the plain number's when
 *  the values are equal; `plain` is the nearest plain number (exact for integers). */
export class RFloat {
  readonly key: string;
  readonly plain: RNumber;
  constructor(readonly text: string) {
    const d = decOf(text);
    this.key = decKey(d);
    if (d.exp >= 0 && d.exp < 400) this.plain = num(d.mant * 10n ** BigInt(d.exp));
    else this.plain = num(Number(text));
  }
  canonical(): string { return '#' + this.key; }
}

interface Dec { mant: bigint; exp: number }
/** Exact decimal value of a number's text, normalised (no trailing zeros in mant). */
function decOf(text: string): Dec {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) return { mant: 0n, exp: 0 };
  let digits = (m[2] ?? '') + (m[3] ?? '');
  let exp = Number(m[4] ?? 0) - (m[3] ?? '').length;
  digits = digits.replace(/^0+/, '');
  if (digits === '') return { mant: 0n, exp: 0 };
  const t = digits.replace(/0+$/, '');
  exp += digits.length - t.length;
  return { mant: (m[1] === '-' ? -1n : 1n) * BigInt(t), exp };
}
const decKey = (d: Dec): string => {
  if (d.exp >= 0 && d.exp < 400) return (d.mant * 10n ** BigInt(d.exp)).toString();
  const f = Number(d.mant.toString() + 'e' + d.exp);
  if (Number.isFinite(f) && !Number.isInteger(f)) {
    const e = decOf(String(f));
    if (e.mant === d.mant && e.exp === d.exp) return String(f);
  }
  return d.mant.toString() + 'e' + d.exp;
};
const numDec = (n: Num): Dec => (n instanceof RFloat ? decOf(n.text) : typeof n === 'bigint' ? { mant: n, exp: 0 } : decOf(String(n)));

/** A Rego number in any representation. */
export type Num = RNumber | RFloat;

/** The number for a literal's text: plain when we print it the same way, else an RFloat keeping the text. */
export function numLiteral(text: string): Num {
  const n = num(text);
  if (numToString(n) === text) return n;
  const f = new RFloat(text);
  return f;
}

/** The plain number (nearest double, exact integers) of any number. */
export const plain = (n: Num): RNumber => (n instanceof RFloat ? n.plain : n);

/** A Rego number from a JS number, a bigint or a numeric literal (any size). Undefined for non-numeric text. */
export function num(x: number | bigint | string): RNumber {
  if (typeof x === 'number') {
    if (Object.is(x, -0)) return 0;
    if (Number.isInteger(x) && (x > SAFE || x < -SAFE)) return BigInt(x);
    return x;
  }
  if (typeof x === 'bigint') {
    return x <= BigInt(SAFE) && x >= -BigInt(SAFE) ? Number(x) : x;
  }
  const n = parseNumber(x);
  if (n === undefined) throw new Error(`invalid number: ${x}`);
  return n;
}

/** Parses a JSON/Rego number literal exactly when it is an integer; undefined when the text is not a number. */
export function parseNumber(text: string): RNumber | undefined {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return t.length < 16 ? num(Number(t)) : num(BigInt(t));
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  // Integer-valued exponent forms such as 1e30 stay exact as integers.
  const m = /^(-?)(\d+)(?:\.(\d*))?[eE]\+?(\d+)$/.exec(t);
  if (m) {
    const frac = (m[3] ?? '').replace(/0+$/, '');
    const exp = Number(m[4]);
    if (frac.length <= exp && exp < 400) {
      return num(BigInt(m[1] + m[2] + frac + '0'.repeat(exp - frac.length)));
    }
  }
  const f = Number(t);
  return Number.isFinite(f) ? num(f) : undefined;
}

export const isNum = (v: unknown): v is Num => typeof v === 'number' || typeof v === 'bigint' || v instanceof RFloat;

/** The JS number closest to a Rego number. */
export const numToJs = (n: Num): number => (typeof n === 'number' ? n : n instanceof RFloat ? Number(n.plain) : Number(n));

/** The exact integer, or undefined when the number is not an integer. */
export function numToBigInt(n: Num): bigint | undefined {
  if (n instanceof RFloat) n = n.plain;
  if (typeof n === 'bigint') return n;
  return Number.isInteger(n) ? BigInt(n) : undefined;
}

export const isInteger = (n: Num): boolean => (n instanceof RFloat ? isInteger(n.plain) && /^-?\d+$/.test(n.key) : typeof n === 'bigint' || Number.isInteger(n));

export function numCompare(a: Num, b: Num): number {
  if (a instanceof RFloat || b instanceof RFloat) {
    const x = numDec(a);
    const y = numDec(b);
    const e = Math.min(x.exp, y.exp);
    const xm = x.mant * 10n ** BigInt(x.exp - e);
    const ym = y.mant * 10n ** BigInt(y.exp - e);
    return xm < ym ? -1 : xm > ym ? 1 : 0;
  }
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  // Mixed bigint/number comparisons are exact in JS.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text of a number as OPA prints it in JSON. */
export function numToString(n: Num): string {
  if (n instanceof RFloat) return n.text;
  if (typeof n === 'bigint') return n.toString();
  if (Number.isInteger(n)) return String(n);
  const s = String(n);
  // JS uses `1e-7` / `1.5e+21`; Go's JSON encoding uses the same exponent threshold (1e21) but writes `e-07`.
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

