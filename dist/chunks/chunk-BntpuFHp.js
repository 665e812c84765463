import { createRequire } from 'node:module';
import { c as builtinError, g as goUnescape, t as typeError, R as RSet, h as operandError, d as RObject, b as asString, a as asObject } from './rego-CkdsLX6W.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/encoding.ts
var STD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var URL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
function b64decode(s, url) {
  const alphabet = url ? URL_CHARS : STD_CHARS;
  const src = Buffer.from(s, "utf8");
  const fail = (at) => builtinError(`illegal base64 data at input byte ${at}`);
  const isNL = (c) => c === 10 || c === 13;
  const out = [];
  let si = 0;
  for (; ; ) {
    const q = [];
    let padded = false;
    while (q.length < 4) {
      if (si === src.length) {
        if (q.length === 0) return Buffer.from(out).toString("utf8");
        throw fail(si - q.length);
      }
      const c = src[si++];
      const v = alphabet.indexOf(String.fromCharCode(c));
      if (v >= 0 && c < 128) {
        q.push(v);
        continue;
      }
      if (isNL(c)) continue;
      if (c !== 61 || q.length < 2) throw fail(si - 1);
      if (q.length === 2) {
        while (si < src.length && isNL(src[si])) si++;
        if (si === src.length) throw fail(src.length);
        if (src[si] !== 61) throw fail(si - 1);
        si++;
      }
      while (si < src.length && isNL(src[si])) si++;
      if (si < src.length) throw fail(si);
      padded = true;
      break;
    }
    const n = q.length;
    const bits = q[0] << 18 | q[1] << 12 | (q[2] ?? 0) << 6 | (q[3] ?? 0);
    out.push(bits >> 16 & 255);
    if (n > 2) out.push(bits >> 8 & 255);
    if (n > 3) out.push(bits & 255);
    if (padded) return Buffer.from(out).toString("utf8");
  }
}
function b64valid(s) {
  try {
    b64decode(s, false);
    return true;
  } catch {
    return false;
  }
}
function hexDecode(s) {
  for (const b of Buffer.from(s, "utf8")) {
    if (/[0-9a-fA-F]/.test(String.fromCharCode(b))) continue;
    const printable = b >= 32 && b <= 126 || b >= 161 && b !== 173;
    const ch = printable ? ` '${String.fromCharCode(b)}'` : "";
    throw builtinError(`encoding/hex: invalid byte: U+${b.toString(16).toUpperCase().padStart(4, "0")}${ch}`);
  }
  if (s.length % 2 === 1) throw builtinError("encoding/hex: odd length hex string");
  return Buffer.from(s, "hex").toString("utf8");
}
function queryEscape(s) {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var queryUnescape = (s) => goUnescape(s, "query", builtinError);
function encodeObject(o) {
  const parts = [];
  for (const [k, v] of o.entries()) {
    if (typeof k !== "string") throw typeError(1, "object[string]", k);
    const vals = typeof v === "string" ? [v] : Array.isArray(v) ? v : v instanceof RSet ? v.sorted() : void 0;
    if (!vals) throw operandError(1, "values must be string, array[string], or set[string]");
    for (const x of vals) {
      if (typeof x !== "string") throw operandError(1, "values must be string, array[string], or set[string]");
      parts.push([k, x]);
    }
  }
  const keys = [...new Set(parts.map((p) => p[0]))].sort();
  return keys.flatMap((k) => parts.filter((p) => p[0] === k).map(([, v]) => queryEscape(k) + "=" + queryEscape(v))).join("&");
}
function decodeObject(s) {
  const out = /* @__PURE__ */ new Map();
  for (const part of s.split(/&/)) {
    if (part === "") continue;
    if (part.includes(";")) throw builtinError("invalid semicolon separator in query");
    const eq = part.indexOf("=");
    const k = queryUnescape(eq < 0 ? part : part.slice(0, eq));
    const v = eq < 0 ? "" : queryUnescape(part.slice(eq + 1));
    out.set(k, [...out.get(k) ?? [], v]);
  }
  return new RObject([...out.entries()]);
}
var builtins = {
  "base64.encode": ([s]) => Buffer.from(asString(s, 1), "utf8").toString("base64"),
  "base64.decode": ([s]) => b64decode(asString(s, 1), false),
  // OPA answers false for a non-string, as the type tests do
  "base64.is_valid": ([s]) => typeof s === "string" && b64valid(s),
  "base64url.encode": ([s]) => {
    const raw = Buffer.from(asString(s, 1), "utf8").toString("base64url");
    return raw + "=".repeat((4 - raw.length % 4) % 4);
  },
  "base64url.encode_no_pad": ([s]) => Buffer.from(asString(s, 1), "utf8").toString("base64url"),
  "base64url.decode": ([s]) => {
    let str = asString(s, 1);
    if (!str.endsWith("=")) {
      const r = str.length % 4;
      if (r === 1) throw builtinError(`illegal base64url string: ${str}`);
      str += r === 2 ? "==" : r === 3 ? "=" : "";
    }
    return b64decode(str, true);
  },
  "hex.encode": ([s]) => Buffer.from(asString(s, 1), "utf8").toString("hex"),
  "hex.decode": ([s]) => hexDecode(asString(s, 1)),
  "urlquery.encode": ([s]) => queryEscape(asString(s, 1)),
  "urlquery.decode": ([s]) => queryUnescape(asString(s, 1)),
  "urlquery.encode_object": ([o]) => encodeObject(asObject(o, 1)),
  "urlquery.decode_object": ([s]) => decodeObject(asString(s, 1))
};

export { queryUnescape as a, builtins as b, queryEscape as q };
