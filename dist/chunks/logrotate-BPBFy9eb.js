import { createRequire } from 'node:module';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/logrotate.ts
var SCRIPTS = /* @__PURE__ */ new Set(["postrotate", "prerotate", "firstaction", "lastaction", "preremove"]);
var NEEDS_ARG = /* @__PURE__ */ new Set([
  "rotate",
  "size",
  "maxsize",
  "minsize",
  "maxage",
  "minage",
  "olddir",
  "su",
  "include",
  "extension",
  "start",
  "dateformat",
  "tabooext",
  "taboopat",
  "mail",
  "compresscmd",
  "uncompresscmd",
  "compressext",
  "compressoptions",
  "shredcycles",
  "createolddir"
]);
var INTEGER = /* @__PURE__ */ new Set(["rotate", "maxage", "minage", "start", "shredcycles"]);
function words(text, fail) {
  const out = [];
  const re = /"([^"]*)"|'([^']*)'|([^\s"']+)|(["'])/g;
  for (const m of text.matchAll(re)) {
    if (m[4]) throw fail(`unclosed ${m[4]} quote`);
    out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}
var logrotateParser = {
  parse(text, file) {
    const settings = {};
    const directives = [];
    const includes = [];
    const stanzas = [];
    const lines = /* @__PURE__ */ new Map([["", 1]]);
    const at = (path, line) => lines.set(path.join("\0"), line);
    const src = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    let stanza = null;
    let pending = null;
    for (let n = 0; n < src.length; n++) {
      const lineNo = n + 1;
      const fail = (message, line2 = lineNo) => new DocumentSyntaxError(file, message, line2, void 0, "logrotate");
      let line = src[n].trim();
      if (!line || line[0] === "#") continue;
      if (!stanza) {
        const open = line.indexOf("{");
        const head = open >= 0 ? line.slice(0, open) : line;
        const isPath = pending || open >= 0 || /^["'/~*]/.test(line);
        if (isPath) {
          const paths = words(head, fail);
          pending ??= { paths: [], line: lineNo };
          pending.paths.push(...paths);
          if (open < 0) continue;
          if (!pending.paths.length) throw fail('"{" opens a stanza without a log file path');
          const rest = line.slice(open + 1).trim();
          const s = { paths: pending.paths, line: pending.line, settings: {}, effective: { ...settings }, directives: [], scripts: {} };
          const si = stanzas.length;
          at(["stanzas", si], s.line);
          s.paths.forEach((_, k) => at(["stanzas", si, "paths", k], s.line));
          stanzas.push(s);
          stanza = s;
          pending = null;
          if (!rest) continue;
          line = rest;
        }
      }
      if (line === "}" || line.startsWith("}")) {
        if (!stanza) throw fail('"}" closes no stanza');
        if (line.slice(1).trim() && line.slice(1).trim()[0] !== "#") throw fail('text after "}" on the same line');
        stanza = null;
        continue;
      }
      if (line.includes("{")) throw fail(stanza ? 'a stanza inside a stanza: close the first one with "}"' : '"{" after an option');
      const [name, ...args] = words(line, fail);
      const key = name.toLowerCase();
      if (!/^[a-z][a-z0-9_]*$/.test(key)) throw fail(`"${name}" is not a logrotate option (a log file path starts with /, ~, * or a quote)`);
      const base = stanza ? ["stanzas", stanzas.length - 1] : [];
      if (SCRIPTS.has(key)) {
        if (!stanza) throw fail(`${name} is only allowed inside a log file stanza`);
        const body = [];
        const start = lineNo;
        for (n++; n < src.length && src[n].trim() !== "endscript"; n++) body.push(src[n]);
        if (n >= src.length) throw fail(`${name} is not ended with "endscript"`, start);
        stanza.scripts[key] = body.join("\n");
        at([...base, "scripts", key], start);
        continue;
      }
      if (key === "endscript") throw fail("endscript without a script");
      if (NEEDS_ARG.has(key) && !args.length) throw fail(`${name} needs an argument`);
      if (INTEGER.has(key) && !/^-?\d+$/.test(args[0])) throw fail(`${name} needs a whole number, not "${args[0]}"`);
      const list = stanza ? stanza.directives : directives;
      at([...base, "directives", list.length], lineNo);
      list.push({ name, args, line: lineNo });
      if (key === "include") {
        if (!stanza) {
          at(["includes", includes.length], lineNo);
          includes.push({ path: args.join(" "), line: lineNo });
        }
        continue;
      }
      const v = args.length ? args.join(" ") : true;
      for (const target of stanza ? ["settings", "effective"] : ["settings"]) {
        (stanza ? stanza[target] : settings)[key] = v;
        at([...base, target, key], lineNo);
      }
    }
    if (stanza) throw new DocumentSyntaxError(file, 'the stanza opened here is not closed with "}"', stanza.line, void 0, "logrotate");
    if (pending) throw new DocumentSyntaxError(file, 'log file paths without a "{ ... }" stanza', pending.line, void 0, "logrotate");
    const value = { settings, directives, includes, stanzas };
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join("\0")) };
  }
};

export { logrotateParser };
