import { createRequire } from 'node:module';
import { c as builtinError, n as num, b as asString } from './rego-CkdsLX6W.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/units.ts
var K = 1000n;
var Ki = 1024n;
var SI = ["k", "m", "g", "t", "p", "e"];
var MILLI = { n: 4611686018427388n, d: 1n << 62n };
var PARSE_UNITS = { "": { n: 1n, d: 1n }, m: MILLI };
var BYTE_UNITS = { "": 1n };
SI.forEach((p, i) => {
  const si = K ** BigInt(i + 1);
  const bin = Ki ** BigInt(i + 1);
  const up = p.toUpperCase();
  if (p !== "m") PARSE_UNITS[p] = { n: si, d: 1n };
  PARSE_UNITS[up] = { n: si, d: 1n };
  PARSE_UNITS[p + "i"] = { n: bin, d: 1n };
  PARSE_UNITS[up + "i"] = { n: bin, d: 1n };
  BYTE_UNITS[p] = si;
  BYTE_UNITS[p + "b"] = si;
  BYTE_UNITS[p + "i"] = bin;
  BYTE_UNITS[p + "ib"] = bin;
});
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function extractNumAndUnit(s) {
  let cut = -1;
  for (let i = 0; i < s.length; i++) {
    const r = s[i];
    if (!isDigit(r) && r !== "." && r !== "e" && r !== "E" && r !== "+" && r !== "-") {
      cut = i;
      break;
    }
    if (r === "e" || r === "E") {
      const next = s[i + 1];
      if (i === s.length - 1 || !isDigit(next) && next !== "+" && next !== "-") {
        cut = i;
        break;
      }
      if (next === "+" || next === "-") i++;
      let end = i + 1;
      while (end < s.length && isDigit(s[end])) end++;
      if (end - (i + 1) > 6) return "exponent";
    }
  }
  if (cut === -1) return [s, ""];
  return [s.slice(0, cut), s.slice(cut)];
}
function parseRat(text) {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || m[2] === "" && (m[3] ?? "") === "") return void 0;
  const frac = m[3] ?? "";
  const exp = Number(m[4] ?? "0") - frac.length;
  const mant = BigInt(m[1] + (m[2] + frac === "" ? "0" : m[2] + frac));
  return exp >= 0 ? { n: mant * 10n ** BigInt(exp), d: 1n } : { n: mant, d: 10n ** BigInt(-exp) };
}
var abs = (x) => x < 0n ? -x : x;
function toFloat64Bits(r) {
  if (r.n === 0n) return r;
  const bits = (x) => x.toString(2).length;
  let e = bits(abs(r.n)) - bits(r.d) - 64;
  const scaled = (k) => k >= 0 ? { n: r.n, d: r.d << BigInt(k) } : { n: r.n << BigInt(-k), d: r.d };
  let s = scaled(e);
  while (abs(s.n) / s.d >= 1n << 64n) {
    e++;
    s = scaled(e);
  }
  while (abs(s.n) / s.d < 1n << 63n) {
    e--;
    s = scaled(e);
  }
  const q = s.n / s.d;
  const rem = abs(s.n % s.d) * 2n;
  let mant = q;
  if (rem > s.d || rem === s.d && (q & 1n) === 1n) mant += s.n < 0n ? -1n : 1n;
  return e >= 0 ? { n: mant << BigInt(e), d: 1n } : { n: mant, d: 1n << BigInt(-e) };
}
function clean(s, name) {
  const t = s.replaceAll('"', "");
  if (t.includes(" ")) throw builtinError(`${name}: spaces not allowed in resource strings`);
  return t;
}
function unitsParse(s) {
  const name = "units.parse";
  const parts = extractNumAndUnit(clean(s, name));
  if (parts === "exponent") throw builtinError(`${name}: exponent too large`);
  const [amount, unit0] = parts;
  if (amount === "") throw builtinError(`${name}: no amount provided`);
  const unit = unit0.length > 1 ? unit0[0] + unit0.slice(1).toLowerCase() : unit0;
  const mult = PARSE_UNITS[unit];
  if (!mult) throw builtinError(`${name}: unit ${unit} not recognized`);
  const x = parseRat(amount);
  if (!x) throw builtinError(`${name}: could not parse amount to a number`);
  const n = x.n * mult.n;
  const d = x.d * mult.d;
  if (n % d === 0n) return num(n / d);
  const scaledN = n * 10n ** 10n;
  let q = scaledN / d;
  if (abs(scaledN % d) * 2n >= d) q += n < 0n ? -1n : 1n;
  if (q % 10n ** 10n === 0n) return num(q / 10n ** 10n);
  return num(Number(`${q}e-10`));
}
function unitsParseBytes(s) {
  const name = "units.parse_bytes";
  const parts = extractNumAndUnit(clean(s.toLowerCase(), name));
  if (parts === "exponent") throw builtinError(`${name}: exponent too large`);
  const [amount, unit] = parts;
  if (amount === "") throw builtinError(`${name}: no byte amount provided`);
  const mult = BYTE_UNITS[unit];
  if (mult === void 0) throw builtinError(`${name}: byte unit ${unit} not recognized`);
  const x = parseRat(amount);
  if (!x) throw builtinError(`${name}: could not parse byte amount to a number`);
  const f = toFloat64Bits(x);
  const product = toFloat64Bits({ n: f.n * mult, d: f.d });
  return num(product.n / product.d);
}
var builtins = {
  "units.parse": ([s]) => unitsParse(asString(s, 1)),
  "units.parse_bytes": ([s]) => unitsParseBytes(asString(s, 1))
};

export { builtins as b };
