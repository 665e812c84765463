import { createRequire } from 'node:module';
import { b as asString } from './rego-CkdsLX6W.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/regex-linear.ts
var MAX = 1114111;
var SURROGATE_PAIR = "[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]";
var DIGIT = [[48, 57]];
var WORD = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
];
var SPACE = [
  [9, 10],
  [12, 13],
  [32, 32]
];
var PERL = { d: DIGIT, w: WORD, s: SPACE };
var CONTROL = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
var MAX_REPEAT = 1e3;
var MAX_DEPTH = 100;
function normalize(r) {
  const s = [...r].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [lo, hi] of s) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
function negate(r) {
  const out = [];
  let next = 0;
  for (const [lo, hi] of normalize(r)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}
function fold(r) {
  const out = [...r];
  for (const [lo, hi] of r) {
    for (let c = Math.max(lo, 65); c <= Math.min(hi, 122); c++) {
      const lower = c | 32;
      if (lower < 97 || lower > 122) continue;
      out.push([lower, lower], [lower - 32, lower - 32]);
      if (lower === 107) out.push([8490, 8490]);
      if (lower === 115) out.push([383, 383]);
    }
  }
  return normalize(out);
}
var hex4 = (c) => `\\u${c.toString(16).padStart(4, "0")}`;
var unit = (c) => /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : hex4(c);
function emitSet(r) {
  const bmp = [];
  let astral = 0;
  for (const [lo, hi] of r) {
    for (const [a, b] of [
      [lo, Math.min(hi, 55295)],
      [Math.max(lo, 57344), Math.min(hi, 65535)]
    ])
      if (a <= b) bmp.push(a === b ? unit(a) : `${unit(a)}-${unit(b)}`);
    if (hi >= 65536) astral += hi - Math.max(lo, 65536) + 1;
  }
  if (astral && astral !== MAX - 65535) return null;
  const cls = `[${bmp.join("")}]`;
  if (!astral) return cls;
  return bmp.length ? `(?:${cls}|${SURROGATE_PAIR})` : `(?:${SURROGATE_PAIR})`;
}
var Unsupported = class extends Error {
};
var no = () => {
  throw new Unsupported();
};
var Reader = class {
  constructor(p) {
    this.p = p;
  }
  p;
  i = 0;
  depth = 0;
  fold = false;
  dotNL = false;
  names = /* @__PURE__ */ new Set();
  /** alternation := concat ('|' concat)* */
  alternation() {
    const parts = [this.concat()];
    while (this.p[this.i] === "|") {
      this.i++;
      parts.push(this.concat());
    }
    return parts.join("|");
  }
  concat() {
    let out = "";
    for (; ; ) {
      const c = this.p[this.i];
      if (c === void 0 || c === "|" || c === ")") return out;
      const atom = this.atom();
      out += this.quantified(atom);
    }
  }
  /** The atom with its repetition, if any; an atom that cannot repeat (an assertion) is not followed by one. */
  quantified(atom) {
    const q = this.quantifier();
    if (q === null) return atom.src;
    if (!atom.repeatable || this.quantifier() !== null) no();
    return atom.src + q;
  }
  quantifier() {
    const c = this.p[this.i];
    let q;
    if (c === "*" || c === "+" || c === "?") {
      this.i++;
      q = c;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i));
      if (!m) return null;
      const lo = Number(m[1]);
      const hi = m[3] ? Number(m[3]) : m[2] ? null : lo;
      if (lo > MAX_REPEAT || hi !== null && (hi > MAX_REPEAT || hi < lo)) no();
      this.i += m[0].length;
      q = m[0];
    } else return null;
    if (this.p[this.i] === "?") {
      this.i++;
      q += "?";
    }
    return q;
  }
  atom() {
    const c = this.p[this.i];
    switch (c) {
      case "(":
        return { src: this.group(), repeatable: true };
      case "[":
        return { src: this.bracket(), repeatable: true };
      case ".":
        this.i++;
        return { src: emitSet(this.dotNL ? [[0, MAX]] : negate([[10, 10]])), repeatable: true };
      case "^":
      case "$":
        this.i++;
        return { src: c, repeatable: false };
      case "*":
      case "+":
      case "?":
        return no();
      // RE2: missing argument to repetition operator
      case "{":
        if (/^\{\d+(,\d*)?\}/.test(this.p.slice(this.i))) no();
        return { src: this.literal(this.codePoint()), repeatable: true };
      case "\\":
        return this.escape();
      default:
        return { src: this.literal(this.codePoint()), repeatable: true };
    }
  }
  codePoint() {
    const c = this.p.codePointAt(this.i);
    if (c >= 55296 && c <= 57343) no();
    this.i += c > 65535 ? 2 : 1;
    return c;
  }
  literal(c) {
    if (this.fold) {
      if (c >= 128) no();
      if (/[A-Za-z]/.test(String.fromCharCode(c))) return emitSet(fold([[c, c]]));
    }
    if (c <= 65535) return unit(c);
    return `(?:${hex4(55296 + (c - 65536 >> 10))}${hex4(56320 + (c - 65536 & 1023))})`;
  }
  group() {
    if (++this.depth > MAX_DEPTH) no();
    this.i++;
    if (this.p.startsWith("?", this.i)) {
      const named = /^\?P?<(\w+)>/.exec(this.p.slice(this.i));
      if (named) {
        if (this.names.has(named[1])) no();
        this.names.add(named[1]);
        this.i += named[0].length;
      } else if (this.p.startsWith("?:", this.i)) this.i += 2;
      else no();
    }
    const inner = this.alternation();
    if (this.p[this.i] !== ")") no();
    this.i++;
    this.depth--;
    return `(?:${inner})`;
  }
  /** `\d`, `\w`, `\s` and their negations, folded first as RE2 folds them. */
  perl(letter) {
    const base = PERL[letter.toLowerCase()];
    if (!base) return null;
    const set = this.fold ? fold(base) : base;
    return letter === letter.toUpperCase() ? negate(set) : set;
  }
  /** A character escape (`\n`, `\x41`, `\x{1F600}`, `\.`), as a code point; null for any other escape. */
  charEscape() {
    const e = this.p[this.i + 1];
    if (e === void 0) return null;
    if (e in CONTROL) {
      this.i += 2;
      return CONTROL[e];
    }
    if (e === "x") {
      const m = /^x(?:([0-9A-Fa-f]{2})|\{([0-9A-Fa-f]{1,6})\})/.exec(this.p.slice(this.i + 1));
      if (!m) no();
      const c = parseInt(m[1] ?? m[2], 16);
      if (c > MAX || c >= 55296 && c <= 57343) no();
      this.i += 1 + m[0].length;
      return c;
    }
    if (e.charCodeAt(0) < 128 && !/[A-Za-z0-9]/.test(e)) {
      this.i += 2;
      return e.charCodeAt(0);
    }
    return null;
  }
  escape() {
    const e = this.p[this.i + 1];
    const perl = e === void 0 ? null : this.perl(e);
    if (perl) {
      this.i += 2;
      return { src: emitSet(perl), repeatable: true };
    }
    const assertion = { A: "^", z: "$", b: "\\b" }[e ?? ""];
    if (assertion) {
      this.i += 2;
      return { src: assertion, repeatable: false };
    }
    const c = this.charEscape();
    if (c === null) no();
    return { src: this.literal(c), repeatable: true };
  }
  /** One character of a class, as a code point. */
  classChar() {
    if (this.p[this.i] === "\\") {
      const c = this.charEscape();
      return c === null ? no() : c;
    }
    if (this.i >= this.p.length) no();
    return this.codePoint();
  }
  bracket() {
    this.i++;
    const negated = this.p[this.i] === "^";
    if (negated) this.i++;
    let set = [];
    for (let first = true; first || this.p[this.i] !== "]"; first = false) {
      if (this.i >= this.p.length || this.p.startsWith("[:", this.i)) no();
      const perl = this.p[this.i] === "\\" && this.p[this.i + 1] !== void 0 ? this.perl(this.p[this.i + 1]) : null;
      if (perl) {
        this.i += 2;
        set.push(...perl);
        continue;
      }
      const lo = this.classChar();
      let hi = lo;
      if (this.p[this.i] === "-" && this.p[this.i + 1] !== "]" && this.p[this.i + 1] !== void 0) {
        this.i++;
        hi = this.classChar();
        if (hi < lo) no();
      }
      if (this.fold) {
        if (hi >= 128) no();
        set.push(...fold([[lo, hi]]));
      } else set.push([lo, hi]);
    }
    this.i++;
    set = normalize(set);
    const src = emitSet(negated ? negate(set) : set);
    return src ?? no();
  }
};
var LINEAR = "l";
var engine;
function linearEngine() {
  if (engine === void 0) {
    try {
      new RegExp("", LINEAR);
      engine = true;
    } catch {
      try {
        process.getBuiltinModule?.("node:v8")?.setFlagsFromString("--enable-experimental-regexp-engine");
        new RegExp("", LINEAR);
        engine = true;
      } catch {
        engine = false;
      }
    }
  }
  return engine;
}
function leadingFlags(r) {
  for (let m; m = /^\(\?([is]+)\)/.exec(r.p.slice(r.i)); r.i += m[0].length) {
    for (const f of m[1]) {
      if (f === "i") r.fold = true;
      else r.dotNL = true;
    }
  }
}
function linearRegExp(pattern) {
  if (pattern.length > 2e3 || !linearEngine()) return null;
  const r = new Reader(pattern);
  try {
    leadingFlags(r);
    const src = r.alternation();
    if (r.i !== pattern.length) return null;
    return new RegExp(src, LINEAR);
  } catch (e) {
    if (e instanceof Unsupported || e instanceof SyntaxError) return null;
    throw e;
  }
}
function wellFormed(s) {
  const es2024 = s;
  return es2024.isWellFormed() ? s : es2024.toWellFormed();
}

// src/rego/builtins/regex-match.ts
var re2 = null;
function useRe2(match2) {
  re2 = match2;
}
function matcher(pattern, ctx) {
  const key = "linear\0" + pattern;
  let m = ctx.cache.get(key);
  if (!m) {
    const re = linearRegExp(pattern);
    if (re) m = (s) => re.test(wellFormed(s));
    else if (re2) m = re2(pattern, ctx);
    else throw new Error(`internal error: the pattern ${JSON.stringify(pattern)} needs RE2 (builtins/regex.ts), which was not loaded`);
    ctx.cache.set(key, m);
  }
  return m;
}
var match = ([p, v], ctx) => matcher(asString(p, 1), ctx)(asString(v, 2));
var builtins = { "regex.match": match, re_match: match };
var MATCH_CALL = /(?:regex\.match|re_match)\s*\(\s*("(?:[^"\\\n]|\\.)*"|`[^`]*`)\s*,/y;
function literal(src) {
  if (src[0] === "`") return src.slice(1, -1);
  try {
    return JSON.parse(src);
  } catch {
    return null;
  }
}
function usesRe2(text) {
  for (const name of ["regex.match", "re_match"]) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      MATCH_CALL.lastIndex = at;
      const m = MATCH_CALL.exec(text);
      const pattern = m && literal(m[1]);
      if (pattern === null || linearRegExp(pattern) === null) return true;
    }
  }
  return false;
}

export { useRe2 as a, builtins as b, usesRe2 as u };
