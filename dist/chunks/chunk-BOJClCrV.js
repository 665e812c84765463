import { createRequire } from 'node:module';
import { o as oneOfError, f as elementError, c as builtinError, b as asString } from './rego-CkdsLX6W.js';
import { R as RE2JS } from './chunk-CBgF0fSm.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/glob/pattern.ts
var TEXT_BREAKERS = ["*", "?", "[", "{"];
var TERMS_BREAKERS = [...TEXT_BREAKERS, "}", ","];
var GlobSyntaxError = class extends Error {
};
function esc(ch) {
  return /[\\^$.*+?()[\]{}|\-/]/.test(ch) ? "\\" + ch : ch;
}
function compileGlob(pattern, delimiters2) {
  const runes = [...pattern];
  let i = 0;
  let depth = 0;
  const notDelim = delimiters2.length === 0 ? "[\\s\\S]" : "[^" + delimiters2.map(esc).join("") + "]";
  let out = "";
  const text = (breakers) => {
    let data = "";
    let escaped = false;
    while (i < runes.length) {
      const r = runes[i++];
      if (!escaped) {
        if (r === "\\") {
          escaped = true;
          continue;
        }
        if (breakers.includes(r)) {
          i--;
          break;
        }
      }
      escaped = false;
      data += esc(r);
    }
    if (escaped) throw new GlobSyntaxError("unexpected end of input after escape");
    return data;
  };
  const range = () => {
    let negate = false;
    let body = "";
    let wantHi = false;
    let wantClose = false;
    for (; ; ) {
      if (i >= runes.length) throw new GlobSyntaxError("unexpected end of input");
      const r = runes[i++];
      if (wantClose) {
        if (r !== "]") throw new GlobSyntaxError("expected close range character");
        break;
      }
      if (wantHi) {
        body += esc(r);
        wantClose = true;
        continue;
      }
      if (!negate && body === "" && r === "!") {
        negate = true;
        continue;
      }
      if (runes[i] === "-") {
        i++;
        body += esc(r) + "-";
        wantHi = true;
        continue;
      }
      i--;
      const before = i;
      body += text(["]"]);
      if (i === before) throw new GlobSyntaxError("empty range");
      wantClose = true;
    }
    return "[" + (negate ? "^" : "") + body + "]";
  };
  while (i < runes.length) {
    const r = runes[i];
    if (r === "{") {
      i++;
      depth++;
      out += "(?:";
      continue;
    }
    if (r === "," && depth > 0) {
      i++;
      out += "|";
      continue;
    }
    if (r === "}" && depth > 0) {
      i++;
      depth--;
      out += ")";
      continue;
    }
    if (r === "[") {
      i++;
      out += range();
      continue;
    }
    if (r === "?") {
      i++;
      out += notDelim;
      continue;
    }
    if (r === "*") {
      i++;
      if (runes[i] === "*") {
        i++;
        out += "[\\s\\S]*";
      } else out += notDelim + "*";
      continue;
    }
    out += text(depth > 0 ? TERMS_BREAKERS : TEXT_BREAKERS);
  }
  if (depth > 0) throw new GlobSyntaxError("unexpected end of input");
  return RE2JS.compile("^(?:" + out + ")$");
}
function quoteGlobMeta(s) {
  let out = "";
  for (const ch of s) out += "*?\\[]{}".includes(ch) ? "\\" + ch : ch;
  return out;
}

// src/rego/builtins/glob.ts
function delimiters(v) {
  if (v === null) return [];
  if (!Array.isArray(v)) throw oneOfError(2, ["array", "null"], v);
  const out = v.map((d) => {
    if (typeof d !== "string") throw elementError(2, v, d, ["string"]);
    if (Array.from(d).length !== 1) throw elementError(2, v, d, ["rune"]);
    return d;
  });
  return out.length === 0 ? ["."] : out;
}
function compiled(pattern, delims, ctx) {
  const key = "glob\0" + pattern + "\0" + delims.join("");
  let re = ctx.cache.get(key);
  if (!re) {
    try {
      re = compileGlob(pattern, delims);
    } catch (e) {
      throw builtinError(e.message);
    }
    ctx.cache.set(key, re);
  }
  return re;
}
var builtins = {
  "glob.match": ([p, d, m], ctx) => {
    const pattern = asString(p, 1);
    const delims = delimiters(d);
    const subject = asString(m, 3);
    return compiled(pattern, delims, ctx).test(subject);
  },
  "glob.quote_meta": ([p]) => quoteGlobMeta(asString(p, 1))
};

export { builtins as b };
