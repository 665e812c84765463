import { createRequire } from 'node:module';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/properties.ts
var WS = " \f	";
var END_OF_KEY = " \f	\r\n:=";
var ESCAPED = { f: "\f", n: "\n", r: "\r", t: "	", " ": " ", ":": ":", "=": "=" };
var MAX_EXPANSION_DEPTH = 64;
var propertiesParser = {
  parse(text, file) {
    const props = {};
    const keyLines = /* @__PURE__ */ new Map();
    let i = 0;
    let line = 1;
    const fail = (message) => new DocumentSyntaxError(file, message, line, void 0, "properties");
    const escape = () => {
      const r = text[i++];
      if (r === void 0) throw fail("premature EOF");
      if (r === "u") {
        const hex = text.slice(i, i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw fail("invalid unicode literal");
        i += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      return ESCAPED[r] ?? r;
    };
    while (i < text.length) {
      const c = text[i];
      if (c === "\n" || c === "\r") {
        if (c === "\n") line++;
        i++;
        continue;
      }
      if (WS.includes(c)) {
        i++;
        continue;
      }
      if (c === "#" || c === "!") {
        while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
        continue;
      }
      const keyLine = line;
      let key = "";
      while (i < text.length && !END_OF_KEY.includes(text[i])) key += text[i] === "\\" ? (i++, escape()) : text[i++];
      while (i < text.length && WS.includes(text[i])) i++;
      if (text[i] === ":" || text[i] === "=") i++;
      while (i < text.length && WS.includes(text[i])) i++;
      let value = "";
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") {
        if (text[i] === "\\") {
          i++;
          if (text[i] === "\n" || text[i] === "\r") {
            if (text[i] === "\n") line++;
            i++;
            while (i < text.length && WS.includes(text[i])) i++;
          } else value += escape();
        } else value += text[i++];
      }
      if (!key) throw fail(`a value without a key: ${JSON.stringify(value)}`);
      props[key] = value;
      keyLines.set(key, keyLine);
    }
    for (const [key, value] of Object.entries(props)) {
      const problem = checkExpansion(value, [key], props);
      if (problem) {
        line = keyLines.get(key);
        throw fail(problem);
      }
    }
    return { value: props, documents: [props], lineOf: (_i, path) => path.length ? keyLines.get(String(path[0])) : 1 };
  }
};
function checkExpansion(s, keys, values) {
  if (keys.length > MAX_EXPANSION_DEPTH) return "expansion too deep";
  let rest = s;
  for (; ; ) {
    const start = rest.indexOf("${");
    if (start < 0) return void 0;
    const len = rest.slice(start + 2).indexOf("}");
    if (len < 0) return "malformed expression";
    const key = rest.slice(start + 2, start + 2 + len);
    if (keys.includes(key)) return `circular reference in ${keys.join(" -> ")} -> ${key}`;
    const problem = checkExpansion(values[key] ?? "", [...keys, key], values);
    if (problem) return problem;
    rest = rest.slice(start + 3 + len);
  }
}

export { propertiesParser };
