// units.parse and units.parse_bytes: exact decimal arithmetic (an amount times a unit), integers when the result
// is whole, as OPA's big.Rat computation gives.
import { type RNumber, num } from '../value.ts';
import { type BuiltinFn, asString, builtinError } from './types.ts';

const K = 1000n;
const Ki = 1024n;
const SI = ['k', 'm', 'g', 't', 'p', 'e'];

/** Multiplier as a power of ten (exp10) times an integer. */
interface Mult { factor: bigint; exp10: number }

const PARSE_UNITS: Record<string, Mult> = { '': { factor: 1n, exp10: 0 }, m: { factor: 1n, exp10: -3 } };
const BYTE_UNITS: Record<string, Mult> = { '': { factor: 1n, exp10: 0 } };
SI.forEach((p, i) => {
  const si: Mult = { factor: K ** BigInt(i + 1), exp10: 0 };
  const bin: Mult = { factor: Ki ** BigInt(i + 1), exp10: 0 };
  const up = p.toUpperCase();
  if (p !== 'm') PARSE_UNITS[p] = si;
  PARSE_UNITS[up] = si;
  PARSE_UNITS[p + 'i'] = bin;
  PARSE_UNITS[up + 'i'] = bin;
  BYTE_UNITS[p] = si;
  BYTE_UNITS[p + 'b'] = si;
  BYTE_UNITS[p + 'i'] = bin;
  BYTE_UNITS[p + 'ib'] = bin;
});

const AMOUNT = /^([+-]?[0-9.]*(?:[eE][+-]?[0-9]+)?)(.*)$/s;

interface Parsed { mantissa: bigint; exp10: number }

function parseAmount(text: string, err: () => Error): Parsed {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw err();
  const exp = Number(m[4] ?? '0');
  if (Math.abs(exp) > 10000) throw builtinError('exponent too large');
  const frac = m[3] ?? '';
  const mantissa = BigInt(m[1] + (m[2] + frac === '' ? '0' : m[2] + frac));
  return { mantissa, exp10: exp - frac.length };
}

function scaled(p: Parsed, mult: Mult): { n: bigint; d: bigint } {
  const n = p.mantissa * mult.factor;
  const e = p.exp10 + mult.exp10;
  return e >= 0 ? { n: n * 10n ** BigInt(e), d: 1n } : { n, d: 10n ** BigInt(-e) };
}

function split(s: string): [string, string] {
  const m = AMOUNT.exec(s)!;
  return [m[1], m[2]];
}

function clean(s: string): string {
  const t = s.replaceAll('"', '');
  if (t.includes(' ')) throw builtinError('spaces not allowed in resource strings');
  return t;
}

function unitsParse(s: string): RNumber {
  const [amount, unit0] = split(clean(s));
  if (amount === '' || amount === '+' || amount === '-') throw builtinError('no amount provided');
  const unit = unit0.length > 1 ? unit0[0] + unit0.slice(1).toLowerCase() : unit0;
  const mult = PARSE_UNITS[unit];
  if (!mult) throw builtinError(`unit ${unit} not recognized`);
  const { n, d } = scaled(parseAmount(amount, () => builtinError('could not parse amount to a number')), mult);
  if (n % d === 0n) return num(n / d);
  const e = d.toString().length - 1;
  return num(Number(`${n}e-${e}`));
}

function unitsParseBytes(s: string): RNumber {
  const [amount, unit0] = split(clean(s).toLowerCase());
  if (amount === '' || amount === '+' || amount === '-') throw builtinError('no byte amount provided');
  const mult = BYTE_UNITS[unit0];
  if (!mult) throw builtinError(`byte unit ${unit0} not recognized`);
  const { n, d } = scaled(parseAmount(amount, () => builtinError('could not parse byte amount to a number')), mult);
  return num(n / d);
}

export const builtins: Record<string, BuiltinFn> = {
  'units.parse': ([s]) => unitsParse(asString(s, 1)),
  'units.parse_bytes': ([s]) => unitsParseBytes(asString(s, 1)),
};
