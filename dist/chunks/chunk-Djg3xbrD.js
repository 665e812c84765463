import { createRequire } from 'node:module';
import { b as asString, c as builtinError, q as quoteString } from './rego-CkdsLX6W.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/semver.ts
var IDENT = /^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;
var INT64 = /^[+-]?\d+$/;
var cut = (s, sep) => {
  const i = s.indexOf(sep);
  return i >= 0 ? [s.slice(0, i), s.slice(i + 1)] : [s, ""];
};
function parseSemver(text) {
  const [rest1, meta] = cut(text.startsWith("v") ? text.slice(1) : text, "+");
  if (meta !== "" && !IDENT.test(meta)) return void 0;
  const [core, pre] = cut(rest1, "-");
  if (pre !== "" && !IDENT.test(pre)) return void 0;
  const parts = core.split(".");
  if (parts.length !== 3 || !parts.every((p) => INT64.test(p))) return void 0;
  const nums = parts.map((p) => BigInt(p));
  if (nums.some((n) => n > 0x7fffffffffffffffn || n < -0x8000000000000000n)) return void 0;
  return { nums, pre };
}
var decimals = (s) => /^\d+$/.test(s);
function comparePre(x, y) {
  if (x === y) return 0;
  if (x === "") return 1;
  if (y === "") return -1;
  let [a, restA] = cut(x, ".");
  let [b, restB] = cut(y, ".");
  for (; ; ) {
    if (a === "" && b !== "") return -1;
    if (a !== "" && b === "") return 1;
    const na = decimals(a);
    const nb = decimals(b);
    if (na !== nb) return na ? -1 : 1;
    if (na) {
      const ia = BigInt(a);
      const ib = BigInt(b);
      if (ia !== ib) return ia > ib ? 1 : -1;
    } else if (a !== b) return a > b ? 1 : -1;
    if (restA !== "" && restB === "") return 1;
    if (restA === "" && restB !== "") return -1;
    if (restA === "" && restB === "") return 0;
    [a, restA] = cut(restA, ".");
    [b, restB] = cut(restB, ".");
  }
}
function compareSemver(a, b) {
  for (let i = 0; i < 3; i++) if (a.nums[i] !== b.nums[i]) return a.nums[i] < b.nums[i] ? -1 : 1;
  return comparePre(a.pre, b.pre);
}
var builtins = {
  "semver.is_valid": ([v]) => typeof v === "string" && parseSemver(v) !== void 0,
  "semver.compare": ([a, b]) => {
    const sa = asString(a, 1);
    const sb = asString(b, 2);
    const va = parseSemver(sa);
    if (!va) throw builtinError(`operand 1: string ${quoteString(sa)} is not a valid SemVer`);
    const vb = parseSemver(sb);
    if (!vb) throw builtinError(`operand 2: string ${quoteString(sb)} is not a valid SemVer`);
    return compareSemver(va, vb);
  }
};

export { builtins as b, compareSemver as c, parseSemver as p };
