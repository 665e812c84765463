import { createRequire } from 'node:module';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/nginx.ts
function tokenize(text, file) {
  const out = [];
  let line = 1;
  let i = 0;
  const fail = (message, at) => new DocumentSyntaxError(file, message, at, void 0, "nginx");
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r" || c === "\f") i++;
    else if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "{" || c === "}" || c === ";") {
      out.push({ text: c, line, punct: true });
      i++;
    } else {
      const start = i;
      const startLine = line;
      while (i < text.length && !/[\s{};]/.test(text[i])) {
        const q = text[i];
        if (q === "\\") i += 2;
        else if ((q === '"' || q === "'") && i === start) {
          i++;
          while (i < text.length && text[i] !== q) {
            if (text[i] === "\\") i++;
            else if (text[i] === "\n") line++;
            i++;
          }
          if (i >= text.length) throw fail(`unclosed ${q} quote`, startLine);
          i++;
          break;
        } else i++;
      }
      out.push({ text: text.slice(start, i), line: startLine, punct: false });
    }
  }
  return out;
}
var nginxParser = {
  parse(text, file) {
    const tokens = tokenize(text.replace(/^\uFEFF/, ""), file);
    const lines = /* @__PURE__ */ new Map([["", 1]]);
    const fail = (message, line) => new DocumentSyntaxError(file, message, line, void 0, "nginx");
    let i = 0;
    const block = (path, openLine) => {
      const list = [];
      for (; ; ) {
        const t = tokens[i];
        if (!t) {
          if (openLine !== null) throw fail('the block opened here is not closed with "}"', openLine);
          return list;
        }
        if (t.punct && t.text === "}") {
          if (openLine === null) throw fail('"}" closes no block', t.line);
          i++;
          return list;
        }
        if (t.punct) throw fail(`unexpected "${t.text}": a directive name is missing`, t.line);
        const d = { name: t.text };
        const at = [...path, list.length];
        lines.set(at.join("\0"), t.line);
        list.push(d);
        i++;
        const params = [];
        for (; ; ) {
          const p = tokens[i];
          if (!p) throw fail(`directive "${t.text}" is not ended with ";" or a block`, t.line);
          i++;
          if (!p.punct) {
            lines.set([...at, "parameters", params.length].join("\0"), p.line);
            params.push(p.text);
            continue;
          }
          if (p.text === "}") throw fail(`directive "${t.text}" is not ended with ";"`, t.line);
          if (params.length) d.parameters = params;
          if (p.text === "{") {
            lines.set([...at, "block"].join("\0"), p.line);
            d.block = { directives: block([...at, "block", "directives"], p.line) };
          }
          break;
        }
      }
    };
    const value = { directives: block(["directives"], null) };
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join("\0")) };
  }
};

export { nginxParser };
