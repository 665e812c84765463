import { createRequire } from 'node:module';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/sshd-config.ts
var section = () => ({ settings: {}, values: {}, directives: [] });
function splitArgs(text, fail) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === " " || text[i] === "	") {
      i++;
      continue;
    }
    if (text[i] === "#") break;
    let arg = "";
    let quoted = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "\\" && (text[i + 1] === '"' || text[i + 1] === "\\" || !quoted && (text[i + 1] === " " || text[i + 1] === "	"))) arg += text[++i];
      else if (c === '"') quoted = !quoted;
      else if (!quoted && (c === " " || c === "	")) break;
      else arg += c;
    }
    if (quoted) throw fail("unclosed double quote");
    out.push(arg);
  }
  return out;
}
var MATCH_CRITERIA = /* @__PURE__ */ new Set(["all", "user", "group", "host", "localaddress", "localport", "rdomain", "address", "invalid-user", "version"]);
function criteria(args, fail) {
  if (!args.length) throw fail('Match needs criteria (e.g. "Match User alice" or "Match All")');
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const eq = args[i].indexOf("=");
    const name = (eq > 0 ? args[i].slice(0, eq) : args[i]).toLowerCase();
    if (!MATCH_CRITERIA.has(name)) throw fail(`unknown Match criterion "${args[i]}"`);
    if (name === "all" || name === "invalid-user") {
      out.push({ name, patterns: [] });
      continue;
    }
    const pattern = eq > 0 ? args[i].slice(eq + 1) : args[++i];
    if (pattern === void 0 || pattern === "") throw fail(`Match ${args[i - 1] ?? name} needs a pattern`);
    out.push({ name, patterns: pattern.split(",") });
  }
  return out;
}
var sshdConfigParser = {
  parse(text, file) {
    const global = section();
    const match = [];
    const lines = /* @__PURE__ */ new Map([["", 1]]);
    const src = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    let current = global;
    let base = [];
    for (let n = 0; n < src.length; n++) {
      const lineNo = n + 1;
      const fail = (message) => new DocumentSyntaxError(file, message, lineNo, void 0, "sshd_config");
      const line = src[n].trim();
      if (!line || line[0] === "#") continue;
      const kw = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+|$)/.exec(line);
      if (!kw) throw fail(`"${line.split(/\s/)[0]}" is not a keyword`);
      const args = splitArgs(line.slice(kw[0].length), fail);
      const key = kw[1].toLowerCase();
      if (key === "match") {
        const m = { criteria: criteria(args, fail), line: lineNo, ...section() };
        base = ["match", match.length];
        lines.set(base.join("\0"), lineNo);
        match.push(m);
        current = m;
        continue;
      }
      if (!args.length) throw fail(`${kw[1]} needs a value`);
      const d = { keyword: kw[1], key, args, value: args.join(" "), line: lineNo };
      lines.set([...base, "directives", current.directives.length].join("\0"), lineNo);
      current.directives.push(d);
      if (!Object.hasOwn(current.settings, key)) {
        current.settings[key] = d.value;
        lines.set([...base, "settings", key].join("\0"), lineNo);
        lines.set([...base, "values", key].join("\0"), lineNo);
        current.values[key] = [];
      }
      lines.set([...base, "values", key, current.values[key].length].join("\0"), lineNo);
      current.values[key].push(d.value);
    }
    const value = { ...global, match };
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join("\0")) };
  }
};

export { sshdConfigParser };
