// RE2 patterns that V8 can run with the same yes-or-no answer and, like RE2, in linear time: a pattern of the subset
// read here becomes a RegExp of V8's linear-time engine (flag `l`, which cannot backtrack, so a pattern from a pull
// request cannot make a match take exponential time: RE2's guarantee, and why OPA's regex builtins use it). Anything
// outside the subset, every pattern RE2 refuses, and a V8 without that engine get null: re2js, a port of RE2, runs
// them and reports RE2's errors. The engine runs neither `i` nor `u`, so case folding and code points are spelled out:
// a class is a set of code points, folded as RE2 folds ASCII letters (k and s have a third form each), and whatever
// matches a code point beyond the BMP matches its surrogate pair as one.

type Ranges = [number, number][];

const MAX = 0x10ffff;
const SURROGATE_PAIR = '[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]';
// RE2's Perl classes are ASCII.
const DIGIT: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const SPACE: Ranges = [
  [0x09, 0x0a],
  [0x0c, 0x0d],
  [0x20, 0x20],
];
const PERL: Record<string, Ranges> = { d: DIGIT, w: WORD, s: SPACE };
const CONTROL: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
/** Go's regexp/syntax: a repetition count above this is an error. */
const MAX_REPEAT = 1000;
const MAX_DEPTH = 100;

function normalize(r: Ranges): Ranges {
  const s = [...r].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of s) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function negate(r: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [lo, hi] of normalize(r)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

/** RE2's simple case folding of an ASCII set: both cases of a letter, and the Kelvin sign and long s with k and s. */
function fold(r: Ranges): Ranges {
  const out: Ranges = [...r];
  for (const [lo, hi] of r) {
    for (let c = Math.max(lo, 0x41); c <= Math.min(hi, 0x7a); c++) {
      const lower = c | 0x20;
      if (lower < 0x61 || lower > 0x7a) continue;
      out.push([lower, lower], [lower - 0x20, lower - 0x20]);
      if (lower === 0x6b) out.push([0x212a, 0x212a]);
      if (lower === 0x73) out.push([0x17f, 0x17f]);
    }
  }
  return normalize(out);
}

const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const unit = (c: number) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : hex4(c));

/** A set as JavaScript source for one code point; null when it holds part of the astral planes (not in the subset). */
function emitSet(r: Ranges): string | null {
  const bmp: string[] = [];
  let astral = 0;
  for (const [lo, hi] of r) {
    // surrogate code points never occur: the input is made well-formed first (as Go reads a string)
    for (const [a, b] of [
      [lo, Math.min(hi, 0xd7ff)],
      [Math.max(lo, 0xe000), Math.min(hi, 0xffff)],
    ])
      if (a <= b) bmp.push(a === b ? unit(a) : `${unit(a)}-${unit(b)}`);
    if (hi >= 0x10000) astral += hi - Math.max(lo, 0x10000) + 1;
  }
  if (astral && astral !== MAX - 0xffff) return null;
  const cls = `[${bmp.join('')}]`;
  if (!astral) return cls;
  return bmp.length ? `(?:${cls}|${SURROGATE_PAIR})` : `(?:${SURROGATE_PAIR})`;
}

class Unsupported extends Error {}
const no = (): never => {
  throw new Unsupported();
};

class Reader {
  i = 0;
  depth = 0;
  fold = false;
  dotNL = false;
  readonly names = new Set<string>();
  constructor(readonly p: string) {}

  /** alternation := concat ('|' concat)* */
  alternation(): string {
    const parts = [this.concat()];
    while (this.p[this.i] === '|') {
      this.i++;
      parts.push(this.concat());
    }
    return parts.join('|');
  }

  concat(): string {
    let out = '';
    for (;;) {
      const c = this.p[this.i];
      if (c === undefined || c === '|' || c === ')') return out;
      const atom = this.atom();
      out += this.quantified(atom);
    }
  }

  /** The atom with its repetition, if any; an atom that cannot repeat (an assertion) is not followed by one. */
  quantified(atom: { src: string; repeatable: boolean }): string {
    const q = this.quantifier();
    if (q === null) return atom.src;
    if (!atom.repeatable || this.quantifier() !== null) no(); // RE2: missing argument, or nested repetition
    return atom.src + q;
  }

  quantifier(): string | null {
    const c = this.p[this.i];
    let q: string;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      q = c;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i));
      if (!m) return null; // a `{` that starts no repetition is a literal, as in RE2
      const lo = Number(m[1]);
      const hi = m[3] ? Number(m[3]) : m[2] ? null : lo;
      if (lo > MAX_REPEAT || (hi !== null && (hi > MAX_REPEAT || hi < lo))) no();
      this.i += m[0].length;
      q = m[0];
    } else return null;
    if (this.p[this.i] === '?') {
      this.i++;
      q += '?';
    }
    return q;
  }

  atom(): { src: string; repeatable: boolean } {
    const c = this.p[this.i];
    switch (c) {
      case '(':
        return { src: this.group(), repeatable: true };
      case '[':
        return { src: this.bracket(), repeatable: true };
      case '.':
        this.i++;
        return { src: emitSet(this.dotNL ? [[0, MAX]] : negate([[10, 10]]))!, repeatable: true };
      case '^':
      case '$':
        this.i++;
        return { src: c, repeatable: false };
      case '*':
      case '+':
      case '?':
        return no(); // RE2: missing argument to repetition operator
      case '{':
        if (/^\{\d+(,\d*)?\}/.test(this.p.slice(this.i))) no();
        return { src: this.literal(this.codePoint()), repeatable: true };
      case '\\':
        return this.escape();
      default:
        return { src: this.literal(this.codePoint()), repeatable: true };
    }
  }

  codePoint(): number {
    const c = this.p.codePointAt(this.i)!;
    if (c >= 0xd800 && c <= 0xdfff) no(); // a lone surrogate in the pattern
    this.i += c > 0xffff ? 2 : 1;
    return c;
  }

  literal(c: number): string {
    if (this.fold) {
      if (c >= 0x80) no();
      if (/[A-Za-z]/.test(String.fromCharCode(c))) return emitSet(fold([[c, c]]))!;
    }
    if (c <= 0xffff) return unit(c);
    return `(?:${hex4(0xd800 + ((c - 0x10000) >> 10))}${hex4(0xdc00 + ((c - 0x10000) & 0x3ff))})`;
  }

  group(): string {
    if (++this.depth > MAX_DEPTH) no();
    this.i++;
    if (this.p.startsWith('?', this.i)) {
      const named = /^\?P?<(\w+)>/.exec(this.p.slice(this.i));
      if (named) {
        if (this.names.has(named[1])) no();
        this.names.add(named[1]);
        this.i += named[0].length;
      } else if (this.p.startsWith('?:', this.i)) this.i += 2;
      else no(); // flags inside the pattern, or something RE2 refuses
    }
    const inner = this.alternation();
    if (this.p[this.i] !== ')') no();
    this.i++;
    this.depth--;
    return `(?:${inner})`;
  }

  /** `\d`, `\w`, `\s` and their negations, folded first as RE2 folds them. */
  perl(letter: string): Ranges | null {
    const base = PERL[letter.toLowerCase()];
    if (!base) return null;
    const set = this.fold ? fold(base) : base;
    return letter === letter.toUpperCase() ? negate(set) : set;
  }

  /** A character escape (`\n`, `\x41`, `\x{1F600}`, `\.`), as a code point; null for any other escape. */
  charEscape(): number | null {
    const e = this.p[this.i + 1];
    if (e === undefined) return null;
    if (e in CONTROL) {
      this.i += 2;
      return CONTROL[e];
    }
    if (e === 'x') {
      const m = /^x(?:([0-9A-Fa-f]{2})|\{([0-9A-Fa-f]{1,6})\})/.exec(this.p.slice(this.i + 1));
      if (!m) no();
      const c = parseInt(m![1] ?? m![2], 16);
      if (c > MAX || (c >= 0xd800 && c <= 0xdfff)) no();
      this.i += 1 + m![0].length;
      return c;
    }
    // RE2: an ASCII punctuation character escaped is itself
    if (e.charCodeAt(0) < 0x80 && !/[A-Za-z0-9]/.test(e)) {
      this.i += 2;
      return e.charCodeAt(0);
    }
    return null;
  }

  escape(): { src: string; repeatable: boolean } {
    const e = this.p[this.i + 1];
    const perl = e === undefined ? null : this.perl(e);
    if (perl) {
      this.i += 2;
      return { src: emitSet(perl)!, repeatable: true };
    }
    const assertion = { A: '^', z: '$', b: '\\b' }[e ?? ''];
    if (assertion) {
      this.i += 2;
      return { src: assertion, repeatable: false };
    }
    const c = this.charEscape();
    if (c === null) no(); // \B (true inside a surrogate pair here), \pN, \Q, \C, octal, or an escape RE2 refuses
    return { src: this.literal(c!), repeatable: true };
  }

  /** One character of a class, as a code point. */
  classChar(): number {
    if (this.p[this.i] === '\\') {
      const c = this.charEscape();
      return c === null ? no() : c;
    }
    if (this.i >= this.p.length) no();
    return this.codePoint();
  }

  bracket(): string {
    this.i++;
    const negated = this.p[this.i] === '^';
    if (negated) this.i++;
    let set: Ranges = [];
    for (let first = true; first || this.p[this.i] !== ']'; first = false) {
      if (this.i >= this.p.length || this.p.startsWith('[:', this.i)) no();
      const perl = this.p[this.i] === '\\' && this.p[this.i + 1] !== undefined ? this.perl(this.p[this.i + 1]) : null;
      if (perl) {
        this.i += 2;
        set.push(...perl);
        continue;
      }
      const lo = this.classChar();
      let hi = lo;
      if (this.p[this.i] === '-' && this.p[this.i + 1] !== ']' && this.p[this.i + 1] !== undefined) {
        this.i++;
        hi = this.classChar();
        if (hi < lo) no();
      }
      if (this.fold) {
        if (hi >= 0x80) no();
        set.push(...fold([[lo, hi]]));
      } else set.push([lo, hi]);
    }
    this.i++;
    set = normalize(set);
    const src = emitSet(negated ? negate(set) : set);
    return src ?? no();
  }
}

/** V8's linear-time engine (eslint's regexp checks know no such flag). */
const LINEAR = 'l';
let engine: boolean | undefined;

/** Whether V8's linear-time engine can be used, turned on the first time (a V8 flag; Node has had it since 16). */
function linearEngine(): boolean {
  if (engine === undefined) {
    try {
      new RegExp('', LINEAR);
      engine = true;
    } catch {
      try {
        process.getBuiltinModule?.('node:v8')?.setFlagsFromString('--enable-experimental-regexp-engine');
        new RegExp('', LINEAR);
        engine = true;
      } catch {
        engine = false;
      }
    }
  }
  return engine;
}

/** Flags RE2 reads at the start of a pattern: `(?i)`, `(?s)`, `(?is)`. Others (and flags elsewhere) are outside the subset. */
function leadingFlags(r: Reader): void {
  for (let m; (m = /^\(\?([is]+)\)/.exec(r.p.slice(r.i))); r.i += m[0].length) {
    for (const f of m[1]) {
      if (f === 'i') r.fold = true;
      else r.dotNL = true;
    }
  }
}

/** The RegExp that answers as RE2 does whether `pattern` matches a (well-formed) string, or null (use RE2). */
export function linearRegExp(pattern: string): RegExp | null {
  if (pattern.length > 2000 || !linearEngine()) return null;
  const r = new Reader(pattern);
  try {
    leadingFlags(r);
    const src = r.alternation();
    if (r.i !== pattern.length) return null; // an unbalanced `)`
    return new RegExp(src, LINEAR);
  } catch (e) {
    // Unsupported: outside the subset; a SyntaxError: V8 cannot run it in linear time (large repetition counts)
    if (e instanceof Unsupported || e instanceof SyntaxError) return null;
    throw e;
  }
}

/** What RE2 reads of a JavaScript string: a lone surrogate is U+FFFD, as Go reads invalid UTF-8. */
export function wellFormed(s: string): string {
  const es2024 = s as string & { isWellFormed(): boolean; toWellFormed(): string }; // Node 20 has both; the target lib is ES2022
  return es2024.isWellFormed() ? s : es2024.toWellFormed();
}
