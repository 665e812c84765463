import { createRequire } from 'node:module';
import { a as TomlDate, p as parse, T as TomlError } from './chunk-F7-_xG6A.js';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/toml.ts
function goTime(d) {
  const iso = d.toISOString().replace(/\.(\d*?)0+(?=$|[Z+-])/, (_m, f) => f ? `.${f}` : "");
  if (d.isTime()) return `0000-01-01T${iso}Z`;
  if (d.isDate()) return `${iso}T00:00:00Z`;
  if (d.isLocal()) return `${iso}Z`;
  return iso.replace(/[+-]00:00$/, "Z");
}
function plain(v, file, lines, path = []) {
  if (v instanceof TomlDate) return goTime(v);
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" && !Number.isFinite(v)) {
    throw new DocumentSyntaxError(file, `the value ${v} at ${path.join(".")} has no JSON form`, lines.get(path.join("\0")) ?? 1, void 0, "TOML");
  }
  if (Array.isArray(v)) return v.map((x, i) => plain(x, file, lines, [...path, i]));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x, file, lines, [...path, k])]));
  }
  return v;
}
function keyParts(key) {
  const parts = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
  let m;
  while (re.lastIndex < key.length && (m = re.exec(key))) parts.push(m[1] !== void 0 ? JSON.parse(`"${m[1]}"`) : m[2] ?? m[3]);
  return parts;
}
function scanLines(text) {
  const lines = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  let table = [];
  let depth = 0;
  let multi = null;
  text.split("\n").forEach((raw, n) => {
    const line = n + 1;
    let s = raw;
    if (multi) {
      const end = s.indexOf(multi);
      if (end < 0) return;
      s = s.slice(end + 3);
      multi = null;
    } else if (depth === 0) {
      const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?/.exec(s);
      const kv = header ? null : /^\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\s-])+?)\s*=/.exec(s);
      if (header) {
        const parts = keyParts(header[2]);
        table = parts;
        if (header[1] === "[[") {
          const id = parts.join("\0");
          const i = counts.get(id) ?? 0;
          counts.set(id, i + 1);
          table = [...parts, i];
        }
        lines.set(table.join("\0"), line);
        for (let k = 1; k < parts.length; k++) if (!lines.has(parts.slice(0, k).join("\0"))) lines.set(parts.slice(0, k).join("\0"), line);
        return;
      }
      if (kv) {
        const parts = keyParts(kv[1]);
        for (let k = 1; k <= parts.length; k++) {
          const id = [...table, ...parts.slice(0, k)].join("\0");
          if (!lines.has(id)) lines.set(id, line);
        }
        s = s.slice(kv[0].length);
      }
    }
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === "#") break;
      if ((c === '"' || c === "'") && s.startsWith(c.repeat(3), i)) {
        const end = s.indexOf(c.repeat(3), i + 3);
        if (end < 0) {
          multi = c.repeat(3);
          break;
        }
        i = end + 2;
      } else if (c === '"' || c === "'") {
        const re = c === '"' ? /"(?:[^"\\]|\\.)*"/y : /'[^']*'/y;
        re.lastIndex = i;
        const m = re.exec(s);
        i = m ? i + m[0].length - 1 : s.length;
      } else if (c === "[" || c === "{") depth++;
      else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
    }
  });
  return lines;
}
var tomlParser = {
  parse(text, file) {
    let raw;
    try {
      raw = parse(text, { integersAsBigInt: "asNeeded" });
    } catch (e) {
      if (!(e instanceof TomlError)) throw e;
      const message = e.message.replace(/^Invalid TOML document: /, "").split("\n")[0];
      throw new DocumentSyntaxError(file, message, e.line, e.column, "TOML");
    }
    const lines = scanLines(text);
    const value = plain(raw, file, lines);
    const first = Math.max(1, text.slice(0, Math.max(0, text.search(/\S/))).split("\n").length);
    return { value, documents: [value], lineOf: (_i, path) => path.length ? lines.get(path.join("\0")) : first };
  }
};

export { tomlParser };
