import { createRequire } from 'node:module';
import { R as RE2JS } from './chunk-CBgF0fSm.js';
import { c as builtinError, q as quoteString, b as asString, y as asInt } from './rego-CkdsLX6W.js';
import { a as useRe2 } from './chunk-DZE3PmAo.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/glob/intersect.ts
var RegexGlobError = class extends Error {
};
function invalid(input, pos, msg) {
  return new RegexGlobError(`input:${input}, pos:${pos}, ${msg}: the input provided is invalid`);
}
function tokenizeRegexGlob(input) {
  const runes = [...input].map((c) => c.codePointAt(0));
  const tokens = [];
  let i = 0;
  const next = () => {
    if (i >= runes.length) return void 0;
    if (runes[i] === 92) {
      if (i === runes.length - 1) throw invalid(input, i, "input ends with a \\ (escape) character");
      i += 2;
      return { r: runes[i - 1], escaped: true };
    }
    return { r: runes[i++], escaped: false };
  };
  for (let t = next(); t; t = next()) {
    const ch = String.fromCodePoint(t.r);
    if (!t.escaped && (ch === "*" || ch === "+")) {
      const prev = tokens[tokens.length - 1];
      if (!prev || prev.flag !== "") throw invalid(input, i, `flag '${ch}' must be preceded by a non-flag`);
      prev.flag = ch;
      continue;
    }
    if (!t.escaped && ch === "]") throw invalid(input, i, "set-close ']' with no preceding '['");
    if (!t.escaped && ch === ".") {
      tokens.push({ test: { any: true }, flag: "" });
      continue;
    }
    if (!t.escaped && ch === "[") {
      tokens.push({ test: readSet(), flag: "" });
      continue;
    }
    tokens.push({ test: { any: false, runes: /* @__PURE__ */ new Set([t.r]) }, flag: "" });
  }
  return tokens;
  function readSet() {
    const set = /* @__PURE__ */ new Set();
    let prev;
    for (let t = next(); t; t = next()) {
      if (!t.escaped && t.r === 93) return { any: false, runes: set };
      if (!t.escaped && t.r === 45) {
        if (prev === void 0) throw invalid(input, i, "range character '-' must be preceded by a Unicode character");
        if (i >= runes.length - 1) throw invalid(input, i, "range character '-' must be followed by a Unicode character");
        const hi = next();
        if (!hi.escaped && (hi.r === 93 || hi.r === 45)) {
          throw invalid(input, i, "range character '-' cannot be followed by a special symbol");
        }
        if (hi.r < prev) {
          throw invalid(input, i, `range is out of order: '${String.fromCodePoint(hi.r)}' comes before '${String.fromCodePoint(prev)}' in Unicode`);
        }
        for (let x = prev; x <= hi.r; x++) set.add(x);
        prev = void 0;
        continue;
      }
      set.add(t.r);
      prev = t.r;
    }
    throw invalid(input, i, "found [ without matching ]");
  }
}
function overlaps(a, b) {
  if (a.any) return b.any || b.runes.size > 0;
  if (b.any) return a.runes.size > 0;
  const [small, big] = a.runes.size <= b.runes.size ? [a.runes, b.runes] : [b.runes, a.runes];
  for (const r of small) if (big.has(r)) return true;
  return false;
}
function regexGlobsIntersect(a, b) {
  if (a.length === 0 && b.length === 0) return true;
  const seen = /* @__PURE__ */ new Set();
  const stack = [[0, false, 0, false, false]];
  while (stack.length > 0) {
    const [i, ia, j, jb, used] = stack.pop();
    const k = `${i},${ia ? 1 : 0},${j},${jb ? 1 : 0},${used ? 1 : 0}`;
    if (seen.has(k)) continue;
    seen.add(k);
    if (i === a.length && j === b.length && used) return true;
    if (i < a.length && (a[i].flag === "*" || a[i].flag === "+" && ia)) stack.push([i + 1, false, j, jb, used]);
    if (j < b.length && (b[j].flag === "*" || b[j].flag === "+" && jb)) stack.push([i, ia, j + 1, false, used]);
    if (i < a.length && j < b.length && overlaps(a[i].test, b[j].test)) {
      const ai = a[i].flag === "" ? [[i + 1, false]] : [[i, true], [i + 1, false]];
      const bj = b[j].flag === "" ? [[j + 1, false]] : [[j, true], [j + 1, false]];
      for (const [ni, nia] of ai) for (const [nj, njb] of bj) stack.push([ni, nia, nj, njb, true]);
    }
  }
  return false;
}

// src/rego/builtins/regex.ts
function compile(pattern, ctx) {
  const key = "re\0" + pattern;
  const hit = ctx.cache.get(key);
  if (hit) return hit;
  let re;
  try {
    re = RE2JS.compile(pattern);
  } catch (e) {
    throw builtinError(e.message);
  }
  const c = { re, names: re.namedGroups() };
  ctx.cache.set(key, c);
  return c;
}
function findAll(c, s, n) {
  return c.re.re2().findAllSubmatchIndex(s, n < 0 ? s.length + 1 : n) ?? [];
}
function goRegexSplit(c, s) {
  if (c.re.pattern() !== "" && s === "") return [""];
  const out = [];
  let beg = 0;
  let end = 0;
  for (const m of findAll(c, s, -1)) {
    end = m[0];
    if (m[1] !== 0) out.push(s.slice(beg, end));
    beg = m[1];
  }
  if (end !== s.length) out.push(s.slice(beg));
  return out;
}
var WORD = /^[\p{L}\p{Nd}_]+/u;
function expand(template, s, m, names) {
  let out = "";
  let t = template;
  for (; ; ) {
    const at = t.indexOf("$");
    if (at < 0) break;
    out += t.slice(0, at);
    t = t.slice(at + 1);
    if (t.startsWith("$")) {
      out += "$";
      t = t.slice(1);
      continue;
    }
    let name;
    let rest = t;
    if (t.startsWith("{")) {
      const close = t.indexOf("}");
      const inner = close > 0 ? t.slice(1, close) : "";
      if (inner !== "" && WORD.exec(inner)?.[0] === inner) {
        name = inner;
        rest = t.slice(close + 1);
      }
    } else {
      const w = WORD.exec(t);
      if (w) {
        name = w[0];
        rest = t.slice(w[0].length);
      }
    }
    if (name === void 0) {
      out += "$";
      continue;
    }
    t = rest;
    const idx = /^\d+$/.test(name) ? Number(name) : names[name] ?? -1;
    if (idx >= 0 && 2 * idx + 1 < m.length && m[2 * idx] >= 0) out += s.slice(m[2 * idx], m[2 * idx + 1]);
  }
  return out + t;
}
function replaceAll(c, s, template) {
  let out = "";
  let last = 0;
  for (const m of findAll(c, s, -1)) {
    out += s.slice(last, m[0]) + expand(template, s, m, c.names);
    last = m[1];
  }
  return out + s.slice(last);
}
function quoteMeta(s) {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}
function delimiterIndices(s, open, close) {
  let level = 0;
  let idx = 0;
  const out = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === open) {
      if (++level === 1) idx = i;
    } else if (s[i] === close) {
      if (--level === 0) out.push(idx, i + 1);
      else if (level < 0) throw builtinError(`unbalanced braces in ${quoteString(s)}`);
    }
  }
  if (level !== 0) throw builtinError(`unbalanced braces in ${quoteString(s)}`);
  return out;
}
function templatePattern(tpl, open, close, ctx) {
  const idxs = delimiterIndices(tpl, open, close);
  let pattern = "^";
  let end = 0;
  for (let i = 0; i < idxs.length; i += 2) {
    const raw = tpl.slice(end, idxs[i]);
    end = idxs[i + 1];
    const patt = tpl.slice(idxs[i] + 1, end - 1);
    compile(`^${patt}$`, ctx);
    pattern += `${quoteMeta(raw)}(${patt})`;
  }
  return pattern + quoteMeta(tpl.slice(end)) + "$";
}
useRe2((pattern, ctx) => {
  const { re } = compile(pattern, ctx);
  return (s) => re.test(s);
});
var builtins = {
  "regex.is_valid": ([p], ctx) => {
    if (typeof p !== "string") return false;
    try {
      compile(p, ctx);
      return true;
    } catch {
      return false;
    }
  },
  "regex.split": ([p, v], ctx) => goRegexSplit(compile(asString(p, 1), ctx), asString(v, 2)),
  "regex.find_n": ([p, v, n], ctx) => {
    const [pattern, s, limit] = [asString(p, 1), asString(v, 2), asInt(n, 3)];
    return findAll(compile(pattern, ctx), s, limit).map((m) => s.slice(m[0], m[1]));
  },
  "regex.find_all_string_submatch_n": ([p, v, n], ctx) => {
    const [pattern, s, limit] = [asString(p, 1), asString(v, 2), asInt(n, 3)];
    return findAll(compile(pattern, ctx), s, limit).map((m) => {
      const groups = [];
      for (let i = 0; i < m.length; i += 2) groups.push(m[i] >= 0 ? s.slice(m[i], m[i + 1]) : "");
      return groups;
    });
  },
  "regex.replace": ([s, p, r], ctx) => {
    const str = asString(s, 1);
    const c = compile(asString(p, 2), ctx);
    return replaceAll(c, str, asString(r, 3));
  },
  "regex.template_match": ([t, v, ds, de], ctx) => {
    const tpl = asString(t, 1);
    const value = asString(v, 2);
    const open = asString(ds, 3);
    const close = asString(de, 4);
    const n = Buffer.byteLength(open);
    if (n !== 1) throw builtinError(`start delimiter has to be exactly one character long but is ${n} long`);
    if (Buffer.byteLength(close) !== 1) throw builtinError(`end delimiter has to be exactly one character long but is ${n} long`);
    return compile(templatePattern(tpl, open[0], close[0], ctx), ctx).re.test(value);
  },
  "regex.globs_match": ([a, b]) => {
    const ga = asString(a, 1);
    const gb = asString(b, 2);
    try {
      return regexGlobsIntersect(tokenizeRegexGlob(ga), tokenizeRegexGlob(gb));
    } catch (e) {
      throw builtinError(e.message);
    }
  }
};

export { builtins as b, goRegexSplit as g };
