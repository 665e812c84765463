import { createRequire } from 'node:module';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/ini.ts
var GO_FLOAT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+)$/;
var GO_BOOL = {
  1: true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  0: false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false
};
function typedValue(v) {
  if (GO_FLOAT.test(v)) {
    const n = v.includes("x") || v.includes("X") ? hexFloat(v) : Number(v);
    if (Number.isFinite(n)) return n;
  }
  if (Object.hasOwn(GO_BOOL, v)) return GO_BOOL[v];
  return v;
}
function hexFloat(v) {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(v);
  const mant = parseInt(m[2] || "0", 16) + (m[3] ? parseInt(m[3], 16) / 16 ** m[3].length : 0);
  return (m[1] === "-" ? -1 : 1) * mant * 2 ** Number(m[4]);
}
var surrounded = (s, q) => s.length >= 2 && s[0] === q && s.endsWith(q) && s.indexOf(q, 1) === s.length - 1;
var iniParser = {
  parse(text, file) {
    const lines = text.replace(/^(\uFEFF|\uFFFE)/, "").split("\n");
    const sections = /* @__PURE__ */ new Map();
    const keyLines = /* @__PURE__ */ new Map();
    let section = "DEFAULT";
    const fail = (message, line) => new DocumentSyntaxError(file, message, line, void 0, "INI");
    for (let n = 0; n < lines.length; n++) {
      const lineNo = n + 1;
      const line = lines[n].trimStart();
      const bare = line.trimEnd();
      if (!bare || bare[0] === "#" || bare[0] === ";") continue;
      if (bare[0] === "[") {
        const close = bare.lastIndexOf("]");
        if (close < 0) throw fail(`unclosed section: ${bare}`, lineNo);
        const name = bare.slice(1, close);
        if (!name) throw fail("empty section name", lineNo);
        section = name;
        if (name !== "DEFAULT" && !sections.has(name)) sections.set(name, {});
        if (!keyLines.has(name)) keyLines.set(name, lineNo);
        continue;
      }
      let key;
      let rest;
      const quote = line.startsWith('"""') && line.length > 6 ? '"""' : line[0] === '"' ? '"' : line[0] === "`" ? "`" : "";
      if (quote) {
        const end = line.indexOf(quote, quote.length);
        if (end < 0) throw fail(`missing closing key quote: ${bare}`, lineNo);
        const d = line.slice(end + quote.length).search(/[=:]/);
        if (d < 0) throw fail(`key-value delimiter not found: ${bare}`, lineNo);
        key = line.slice(quote.length, end).trim();
        rest = line.slice(end + quote.length + d + 1);
      } else {
        const d = line.search(/[=:]/);
        if (d < 0) throw fail(`key-value delimiter not found: ${bare}`, lineNo);
        if (d === 0) throw fail(`empty key name: ${bare}`, lineNo);
        key = line.slice(0, d).trim();
        rest = line.slice(d + 1);
      }
      const read = readValue(rest, lines, n, fail);
      n = read.last;
      if (section === "DEFAULT") continue;
      sections.get(section)[key] = typedValue(read.value);
      keyLines.set(`${section}\0${key}`, lineNo);
    }
    const value = Object.fromEntries(sections);
    return { value, documents: [value], lineOf: (_i, path) => path.length ? keyLines.get(path.join("\0")) : 1 };
  }
};
function readValue(rest, lines, n, fail) {
  const line = rest.trimStart();
  if (!line.trim()) return { value: "", last: n };
  const quote = line.length > 3 && line.startsWith('"""') ? '"""' : line[0] === "`" ? "`" : "";
  if (quote) {
    const first = line.slice(quote.length) + (n < lines.length - 1 ? "\n" : "");
    const pos = first.lastIndexOf(quote);
    if (pos >= 0) return { value: first.slice(0, pos), last: n };
    let value2 = first;
    for (let k = n + 1; k < lines.length; k++) {
      const next = lines[k] + (k < lines.length - 1 ? "\n" : "");
      const at = next.lastIndexOf(quote);
      if (at >= 0) return { value: value2 + next.slice(0, at), last: k };
      value2 += next;
    }
    throw fail(`missing closing quote ${quote}`, n + 1);
  }
  let value = line.trim();
  let last = n;
  if (value.endsWith("\\")) {
    value = value.slice(0, -1);
    for (let k = n + 1; k < lines.length; k++) {
      const next = lines[k].trim();
      last = k;
      if (!next) break;
      value += next;
      if (!value.endsWith("\\")) break;
      value = value.slice(0, -1);
    }
    return { value, last };
  }
  const comment = value.search(/[#;]/);
  if (comment >= 0) value = value.slice(0, comment).trim();
  if (surrounded(value, "'") || surrounded(value, '"')) value = value.slice(1, -1);
  return { value, last };
}

export { iniParser, typedValue };
