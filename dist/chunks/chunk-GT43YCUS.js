import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  toJSONText
} from "./chunk-KKPUH464.js";

// src/rego/builtins/crypto/util.ts
var STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
function goBase64Decode(s, alphabet, raw = false) {
  const chars = alphabet === "std" ? STD : URL;
  const clean = [];
  const index = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\r" || s[i] === "\n") continue;
    clean.push(s[i]);
    index.push(i);
  }
  const bad = (at) => new Error(`illegal base64 data at input byte ${at}`);
  let data = clean.length;
  const firstPad = clean.indexOf("=");
  if (firstPad >= 0) {
    if (raw) throw bad(index[firstPad]);
    data = firstPad;
  }
  for (let i = 0; i < data; i++) if (!chars.includes(clean[i])) throw bad(index[i]);
  if (firstPad >= 0) {
    const pads = clean.length - firstPad;
    for (let i = firstPad; i < clean.length; i++) if (clean[i] !== "=") throw bad(index[i]);
    const rem = firstPad % 4;
    if (rem < 2 || pads !== 4 - rem) throw bad(index[Math.min(firstPad + (rem < 2 ? 0 : 4 - rem), clean.length - 1)] ?? s.length);
  } else if (!raw && data % 4 !== 0) {
    throw bad(s.length - data % 4);
  } else if (raw && data % 4 === 1) {
    throw bad(index[data - 1]);
  }
  return Buffer.from(clean.slice(0, data).join(""), alphabet === "std" ? "base64" : "base64url");
}
function base64UrlDecode(s) {
  let t = s;
  if (!t.endsWith("=")) {
    const rem = t.length % 4;
    if (rem === 2) t += "==";
    else if (rem === 3) t += "=";
    else if (rem === 1) throw new Error(`illegal base64url string: ${s}`);
  }
  return goBase64Decode(t, "url");
}
var base64UrlEncodeRaw = (b) => Buffer.from(b).toString("base64url");
function goJSONMarshal(v) {
  return toJSONText(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function pemDecode(text) {
  let from = 0;
  for (; ; ) {
    const begin = text.indexOf("-----BEGIN ", from);
    if (begin < 0) return void 0;
    if (begin > 0 && text[begin - 1] !== "\n") {
      from = begin + 1;
      continue;
    }
    const typeEnd = text.indexOf("-----", begin + 11);
    const lineEnd = text.indexOf("\n", begin);
    if (typeEnd < 0 || lineEnd >= 0 && typeEnd > lineEnd) return void 0;
    const type = text.slice(begin + 11, typeEnd);
    const endMarker = `-----END ${type}-----`;
    const end = text.indexOf(endMarker, typeEnd);
    if (end < 0) {
      from = begin + 1;
      continue;
    }
    let body = text.slice(typeEnd + 5, end);
    const headers = {};
    const lines = body.split(/\r?\n/);
    const colon = lines.findIndex((l) => l.includes(":"));
    if (colon >= 0 && colon <= 1) {
      let i = colon;
      while (i < lines.length && lines[i].includes(":")) {
        const [k, ...v] = lines[i].split(":");
        headers[k.trim()] = v.join(":").trim();
        i++;
      }
      body = lines.slice(i).join("\n");
    }
    const b64 = body.replace(/[\s]/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
      from = begin + 1;
      continue;
    }
    let rest = text.slice(end + endMarker.length);
    rest = rest.replace(/^[ \t]*\r?\n/, "");
    return { block: { type, bytes: Buffer.from(b64, "base64"), headers }, rest };
  }
}
function pemEncode(type, der) {
  const b64 = der.toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN ${type}-----
${b64}
-----END ${type}-----
`;
}

export {
  goBase64Decode,
  base64UrlDecode,
  base64UrlEncodeRaw,
  goJSONMarshal,
  pemDecode,
  pemEncode
};
