import { createRequire } from 'node:module';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/dotenv.ts
var LINE = /^[ \t\n\f\r]*(?:export[ \t\n\f\r]+)?([\w.]+)(?:[ \t\n\f\r]*=[ \t\n\f\r]*|:[ \t\n\f\r]+?)('[^]*'|"[^]*"|[^#\n]+)?[ \t\n\f\r]*(?:[ \t\n\f\r]*#.*)?$/;
var VARIABLE = /(\\)?(\$)(\{?([A-Z0-9_]+)?\}?)/g;
var NAME = /(\$)(\{?([A-Z0-9_]+)\}?)/;
var dotenvParser = {
  parse(text, file) {
    const env = {};
    const keyLines = /* @__PURE__ */ new Map();
    const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
    const fail = (message, line) => new DocumentSyntaxError(file, message, line, void 0, "dotenv");
    for (let n = 0; n < lines.length; n++) {
      const lineNo = n + 1;
      let line = lines[n].trim();
      if (!line || line[0] === "#") continue;
      let quote = "";
      let idx = line.indexOf("=");
      if (idx === -1) idx = line.indexOf(":");
      if (idx > 0 && idx < line.length - 1) {
        const val2 = line.slice(idx + 1).trim();
        if (val2[0] === '"' || val2[0] === "'") {
          quote = val2[0];
          const at = val2.slice(1).trim().lastIndexOf(quote);
          if (at >= 0 && val2[at] !== "\\") quote = "";
        }
      }
      while (quote && n + 1 < lines.length) {
        const l = lines[++n];
        line += "\n" + l;
        const at = l.lastIndexOf(quote);
        if (at > 0 && l[at - 1] === "\\") continue;
        if (at >= 0) quote = "";
      }
      if (quote) throw fail("missing quotes", lineNo);
      const m = LINE.exec(line);
      if (!m) {
        const exported = /^export\s(.*)$/.exec(line.trim());
        if (exported && !Object.hasOwn(env, exported[1])) throw fail(`line \`${line}\` has an unset variable`, lineNo);
        throw fail(`line \`${line}\` doesn't match format`, lineNo);
      }
      const key = m[1].trim();
      let val = (m[2] ?? "").trim();
      const last = val.length - 1;
      const dq = val.length >= 2 && val[0] === '"' && val[last] === '"';
      const sq = val.length >= 2 && val[0] === "'" && val[last] === "'";
      if (dq || sq) val = val.slice(1, last);
      if (dq)
        val = val.replaceAll("\\n", "\n").replaceAll("\\r", "\r").replace(/\\([^$])/g, "$1");
      if (!sq) {
        val = val.replace(VARIABLE, (s) => {
          if (s[0] === "\\") return s.slice(1);
          const name = NAME.exec(s);
          return name ? env[name[3]] ?? "" : s;
        });
      }
      env[key] = val;
      keyLines.set(key, lineNo);
    }
    return { value: env, documents: [env], lineOf: (_i, path) => path.length ? keyLines.get(String(path[0])) : 1 };
  }
};

export { dotenvParser };
