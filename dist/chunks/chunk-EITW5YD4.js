import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  quoteString
} from "./chunk-526PL4AG.js";
import {
  MAX_DEPTH,
  RFloat,
  RObject,
  num,
  numToString,
  parseNumber
} from "./chunk-KKPUH464.js";

// src/rego/builtins/json/text.ts
var JSONSyntaxError = class extends Error {
};
function leadByte(c) {
  const u = c.charCodeAt(0);
  if (u < 128) return c;
  if (u >= 55296 && u <= 56319) return String.fromCharCode(240 | 65536 + (u - 55296 << 10) >> 18);
  return String.fromCharCode(Buffer.from(c, "utf8")[0]);
}
function quoteChar(ch) {
  const c = leadByte(ch);
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  const q = quoteString(c);
  return "'" + q.slice(1, -1) + "'";
}
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
var WS = " 	\n\r";
function parseJSONValue(text, opts = {}) {
  let i = 0;
  const end = () => {
    throw new JSONSyntaxError(opts.decoder ? "unexpected EOF" : "unexpected end of JSON input");
  };
  const at = (k) => text[k] ?? " ";
  const bad = (c, context) => {
    throw new JSONSyntaxError(`invalid character ${quoteChar(c)} ${context}`);
  };
  const ws = () => {
    while (i < text.length && WS.includes(text[i])) i++;
  };
  const literal = (word, v2) => {
    for (let k = 1; k < word.length; k++) {
      const c = at(i + k);
      if (c !== word[k]) bad(c, `in literal ${word} (expecting ${quoteChar(word[k])})`);
    }
    i += word.length;
    return v2;
  };
  const number = () => {
    const start = i;
    if (text[i] === "-") {
      i++;
      if (!isDigit(text[i])) bad(at(i), "in numeric literal");
    }
    if (text[i] === "0") i++;
    else while (isDigit(text[i])) i++;
    if (text[i] === ".") {
      i++;
      if (!isDigit(text[i])) bad(at(i), "after decimal point in numeric literal");
      while (isDigit(text[i])) i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!isDigit(text[i])) bad(at(i), "in exponent of numeric literal");
      while (isDigit(text[i])) i++;
    }
    const t = text.slice(start, i);
    const n = parseNumber(t);
    if (n !== void 0) return numToString(n) === t ? n : new RFloat(t);
    return /e\+?\d/i.test(t) ? num(BigInt(Number(t.split(/e/i)[0]) * 0 === 0 ? bigFromExp(t) : 0n)) : 0;
  };
  const string = () => {
    const start = i;
    i++;
    for (; ; ) {
      const c = text[i];
      if (c === void 0) end();
      if (c === '"') break;
      if (c === "\\") {
        const e = at(i + 1);
        if (e === "u") {
          for (let k = 2; k < 6; k++) {
            const h = at(i + k);
            if (!/[0-9a-fA-F]/.test(h)) bad(h, "in \\u hexadecimal character escape");
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) bad(e, "in string escape code");
        i += 2;
        continue;
      }
      if (c < " ") bad(c, "in string literal");
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const key = () => {
    ws();
    if (i >= text.length) end();
    if (text[i] !== '"') bad(text[i], "looking for beginning of object key string");
    const k = string();
    ws();
    if (i >= text.length) end();
    if (text[i] !== ":") bad(text[i], "after object key");
    i++;
    return k;
  };
  const scalar = (c) => {
    if (c === '"') return string();
    if (c === "-" || isDigit(c)) return number();
    if (c === "t") return literal("true", true);
    if (c === "f") return literal("false", false);
    if (c === "n") return literal("null", null);
    return bad(c, "looking for beginning of value");
  };
  const value = () => {
    const open = [];
    for (; ; ) {
      ws();
      const c = text[i];
      if (c === void 0) return end();
      let v2;
      if (c === "[" || c === "{") {
        if (open.length >= MAX_DEPTH) bad(c, "exceeded max depth");
        i++;
        ws();
        if (c === "[" && text[i] === "]") {
          i++;
          v2 = [];
        } else if (c === "{" && text[i] === "}") {
          i++;
          v2 = new RObject();
        } else {
          open.push(c === "[" ? { a: [] } : { o: new RObject(), k: key() });
          continue;
        }
      } else {
        v2 = scalar(c);
      }
      for (; ; ) {
        const top = open[open.length - 1];
        if (!top) return v2;
        if (top.a) top.a.push(v2);
        else top.o.set(top.k, v2);
        ws();
        if (i >= text.length) end();
        if (text[i] === ",") {
          i++;
          if (top.o) top.k = key();
          break;
        }
        if (text[i] !== (top.a ? "]" : "}")) bad(text[i], top.a ? "after array element" : "after object key:value pair");
        i++;
        open.pop();
        v2 = top.a ?? top.o;
      }
    }
  };
  if (opts.decoder) {
    ws();
    if (i === text.length) throw new JSONSyntaxError("EOF");
  }
  const v = value();
  ws();
  if (i < text.length && opts.decoder) {
    const c = text[i];
    const start = i;
    if (c === "{" || c === "[") throw new JSONSyntaxError(`error: invalid character '${c}' after top-level value`);
    if (c === '"' || c === "-" || isDigit(c) || c === "t" || c === "f" || c === "n") {
      const tok = scalar(c);
      if (tok === null) return v;
      const shown = typeof tok === "boolean" ? `%!s(bool=${tok})` : typeof tok === "string" ? tok : text.slice(start, i);
      throw new JSONSyntaxError(`error: invalid character '${shown}' after top-level value`);
    }
    bad(c, "looking for beginning of value");
  }
  if (i < text.length) bad(text[i], "after top-level value");
  return v;
}
function bigFromExp(t) {
  const [m, e] = t.toLowerCase().split("e");
  const [ip, fp = ""] = m.replace("-", "").split(".");
  const exp = Number(e) - fp.length;
  const digits = BigInt(ip + fp) * (exp >= 0 ? 10n ** BigInt(exp) : 1n) / (exp < 0 ? 10n ** BigInt(-exp) : 1n);
  return m.startsWith("-") ? -digits : digits;
}

export {
  JSONSyntaxError,
  parseJSONValue
};
