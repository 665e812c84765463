// A reader for the regular subset of TOML the lock tools write (uv, poetry, pip's pylock.toml): table and
// array-of-tables headers with dotted paths, `key = value` with bare or plain quoted keys, basic strings with the
// short escapes, literal strings, decimal integers, booleans, UTC date-times, inline tables and arrays, comments, LF
// or CRLF. Native sticky regexes take whole tokens, so even the first call in a process (code not yet optimized)
// stays fast, where smol-toml spends most of a large lock's time per character. Anything outside the subset (dotted
// keys, multi-line strings, floats, other dates, other escapes, a table defined twice, any error) returns null and
// the caller parses with smol-toml, so a document is always what smol-toml gives and every error is smol-toml's.
// The one difference: tables here are plain objects where smol-toml's have no prototype (so a key an object
// inherits, `__proto__` or `valueOf`, is left to smol-toml).

import { TomlDate } from 'smol-toml';

type Table = Record<string, unknown>;

/** Thrown inside the reader when the text leaves the subset; never escapes `readRegularToml`. */
const OUTSIDE = Symbol('outside the regular subset');

const BARE_KEY = /[A-Za-z0-9_-]+/y;
/* eslint-disable no-control-regex -- TOML allows no control character but tab in strings and comments: that is the rule checked */
const BASIC = /"[^"\\\x00-\x08\x0a-\x1f\x7f]*(?:\\["\\bfnrt][^"\\\x00-\x08\x0a-\x1f\x7f]*)*"/y;
const LITERAL = /'[^'\x00-\x08\x0a-\x1f\x7f]*'/y;
// No leading zero, `+`, `-0` or underscore, and short enough to be exact as a number; what ends it must end a value
// (a `-`, `:`, `.`, `e` or `_` after the digits makes a date, time, float or other integer: left to smol-toml).
const INTEGER = /(?:0|-?[1-9][0-9]{0,14})(?=[ \t\r\n,\]}#]|$)/y;
// An offset date-time in UTC as uv writes it (pylock.toml's `upload-time`); other date and time forms go to smol-toml.
const UTC_DATE_TIME = /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?Z(?=[ \t\r\n,\]}#]|$)/y;
const BOOLEAN = /(?:true|false)(?=[ \t\r\n,\]}#]|$)/y;
const BLANK = /[ \t]*/y;
// Inside an array: blanks, newlines and comments.
const ARRAY_VOID = /(?:[ \t]|\r?\n|#[^\x00-\x08\x0a-\x1f\x7f]*(?=\r?\n))*/y;
// The end of a line after a value or header: blanks, a comment, the newline (or the end of the text).
const LINE_TAIL = '[ \\t]*(?:#[^\\x00-\\x08\\x0a-\\x1f\\x7f]*)?(?:\\r?\\n|$)';
const LINE_END = new RegExp(LINE_TAIL, 'y');
// The common entry of an inline table, as a regex source: a bare key, and a plain string or an integer.
const SIMPLE_PAIR = '([A-Za-z0-9_-]+)[ \\t]*=[ \\t]*(?:"([^"\\\\\\x00-\\x08\\x0a-\\x1f\\x7f]*)"(?!")|(0|-?[1-9][0-9]{0,14}))';
// Such an entry in one step, and what follows it.
const SIMPLE_ENTRY = new RegExp(`${SIMPLE_PAIR}[ \\t]*([,}])[ \\t]*`, 'y');
// A whole inline table of one to four such entries on one line, the common one (uv's wheels, sdist, source and
// dependencies): one match where entry by entry takes five.
const SIMPLE_TABLE_SOURCE = `\\{[ \\t]*${SIMPLE_PAIR}(?:[ \\t]*,[ \\t]*${SIMPLE_PAIR}(?:[ \\t]*,[ \\t]*${SIMPLE_PAIR}(?:[ \\t]*,[ \\t]*${SIMPLE_PAIR})?)?)?[ \\t]*\\}`;
const SIMPLE_TABLE = new RegExp(SIMPLE_TABLE_SOURCE, 'y');
// Such a table as the next element of an array, with the blanks and newlines before it and the comma after it.
const SIMPLE_ELEMENT = new RegExp(`(?:[ \\t]|\\r?\\n)*${SIMPLE_TABLE_SOURCE}[ \\t]*(,?)`, 'y');
// A key and such a table as a whole line of a table (uv's `source` and `sdist`), its line end taken too.
const TABLE_LINE = new RegExp(`([A-Za-z0-9_-]+)[ \\t]*=[ \\t]*${SIMPLE_TABLE_SOURCE}${LINE_TAIL}`, 'y');
// The same as a whole line of a table: the line end (a comment, the newline) taken too.
const SIMPLE_LINE = new RegExp(`${SIMPLE_PAIR}${LINE_TAIL}`, 'y');
/* eslint-enable no-control-regex */
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Deeper nesting than locks have is left to smol-toml, which bounds it (and so no input runs this reader's stack out). */
const MAX_DEPTH = 64;

/** The table of a SIMPLE_TABLE match; a key given twice (or one a plain object inherits) is left to smol-toml. */
function simpleTable(m: RegExpExecArray, at = 1): Table {
  // uv's file entry (each wheel and sdist) as one literal: a table filled key by key costs a lookup and a store by
  // name each, in code not yet compiled.
  if (m[at] === 'url' && m[at + 3] === 'hash' && m[at + 6] === 'size' && m[at + 9] === 'upload-time' && m[at + 8] !== undefined && m[at + 10] !== undefined)
    return { url: m[at + 1] ?? Number(m[at + 2]), hash: m[at + 4] ?? Number(m[at + 5]), size: Number(m[at + 8]), 'upload-time': m[at + 10] };
  const t: Table = {};
  for (let i = at; i < at + 12 && m[i] !== undefined; i += 3) {
    if (t[m[i]] !== undefined || m[i] === '__proto__') throw OUTSIDE;
    t[m[i]] = m[i + 1] ?? Number(m[i + 2]);
  }
  return t;
}

class Reader {
  p = 0;
  private depth = 0;
  /** Tables a header defined (`[a]`, or an entry of `[[a]]`): keys may be added under them by later headers. */
  private readonly defined = new Set<Table>();
  /** Tables a header's path made on the way (`a` of `[a.b]`); defining one later is left to smol-toml. */
  private readonly implicit = new Set<Table>();
  /** Arrays made by `[[...]]` headers: a header walks into their last entry. */
  private readonly arrays = new Set<Table[]>();

  constructor(private readonly s: string) {}

  private sticky(re: RegExp): number {
    re.lastIndex = this.p;
    return re.test(this.s) ? re.lastIndex : -1;
  }

  private skip(re: RegExp): void {
    re.lastIndex = this.p;
    re.test(this.s);
    this.p = re.lastIndex;
  }

  private key(): string {
    const c = this.s.charCodeAt(this.p);
    if (c === 0x22 || c === 0x27) {
      const end = this.sticky(c === 0x22 ? BASIC : LITERAL);
      const k = this.s.slice(this.p + 1, end - 1);
      if (end < 0 || (c === 0x22 && k.includes('\\'))) throw OUTSIDE;
      this.p = end;
      return k;
    }
    const end = this.sticky(BARE_KEY);
    if (end < 0) throw OUTSIDE;
    const k = this.s.slice(this.p, end);
    this.p = end;
    return k;
  }

  /** `key =` with blanks around the `=`; a dotted key is left to smol-toml. */
  private keyAssign(): string {
    const k = this.key();
    if (k === '__proto__') throw OUTSIDE;
    this.skip(BLANK);
    if (this.s.charCodeAt(this.p) !== 0x3d) throw OUTSIDE;
    this.p++;
    this.skip(BLANK);
    return k;
  }

  private value(): unknown {
    const s = this.s;
    const c = s.charCodeAt(this.p);
    if (c === 0x22) {
      const end = this.sticky(BASIC);
      if (end < 0 || (end === this.p + 2 && s.charCodeAt(end) === 0x22)) throw OUTSIDE; // `"""`
      let v = s.slice(this.p + 1, end - 1);
      if (v.includes('\\')) v = v.replace(/\\(.)/g, (_, e: string) => ESCAPES[e]);
      this.p = end;
      return v;
    }
    if (c === 0x27) {
      const end = this.sticky(LITERAL);
      if (end < 0 || (end === this.p + 2 && s.charCodeAt(end) === 0x27)) throw OUTSIDE; // `'''`
      const v = s.slice(this.p + 1, end - 1);
      this.p = end;
      return v;
    }
    if (c === 0x7b || c === 0x5b) {
      if (++this.depth > MAX_DEPTH) throw OUTSIDE;
      const v = c === 0x7b ? this.inlineTable() : this.array();
      this.depth--;
      return v;
    }
    if (c === 0x74 || c === 0x66) {
      const end = this.sticky(BOOLEAN);
      if (end < 0) throw OUTSIDE;
      this.p = end;
      return c === 0x74;
    }
    if (s.charCodeAt(this.p + 4) === 0x2d) return this.dateTime();
    const end = this.sticky(INTEGER);
    if (end < 0) throw OUTSIDE;
    const v = Number(s.slice(this.p, end));
    this.p = end;
    return v;
  }

  /** A TomlDate as smol-toml makes it (its constructor also checks the fields' ranges). */
  private dateTime(): TomlDate {
    const end = this.sticky(UTC_DATE_TIME);
    if (end < 0) throw OUTSIDE;
    const d = new TomlDate(this.s.slice(this.p, end));
    if (!d.isValid()) throw OUTSIDE;
    this.p = end;
    return d;
  }

  /** `{ k = v, ... }` on one line, no trailing comma (TOML 1.0). */
  private inlineTable(): Table {
    SIMPLE_TABLE.lastIndex = this.p;
    const m = SIMPLE_TABLE.exec(this.s);
    if (m) {
      this.p = SIMPLE_TABLE.lastIndex;
      return simpleTable(m);
    }
    const t: Table = {};
    this.p++;
    this.skip(BLANK);
    if (this.s.charCodeAt(this.p) === 0x7d) {
      this.p++;
      return t;
    }
    for (;;) {
      SIMPLE_ENTRY.lastIndex = this.p;
      const m = SIMPLE_ENTRY.exec(this.s);
      if (m) {
        if (t[m[1]] !== undefined || m[1] === '__proto__') throw OUTSIDE;
        t[m[1]] = m[2] ?? Number(m[3]);
        this.p = SIMPLE_ENTRY.lastIndex;
        if (m[4] === '}') return t;
        continue;
      }
      const k = this.keyAssign();
      if (t[k] !== undefined) throw OUTSIDE;
      t[k] = this.value();
      this.skip(BLANK);
      const c = this.s.charCodeAt(this.p++);
      if (c === 0x7d) return t;
      if (c !== 0x2c) throw OUTSIDE;
      this.skip(BLANK);
    }
  }

  /** `[ v, ... ]` over any lines, comments between values, a trailing comma allowed. */
  private array(): unknown[] {
    const a: unknown[] = [];
    this.p++;
    for (;;) {
      SIMPLE_ELEMENT.lastIndex = this.p;
      const m = this.depth < MAX_DEPTH ? SIMPLE_ELEMENT.exec(this.s) : null;
      if (m) {
        a.push(simpleTable(m));
        this.p = SIMPLE_ELEMENT.lastIndex;
        if (m[13]) continue;
        this.skip(ARRAY_VOID);
        const c = this.s.charCodeAt(this.p++);
        if (c === 0x5d) return a;
        if (c !== 0x2c) throw OUTSIDE;
        continue;
      }
      this.skip(ARRAY_VOID);
      if (this.s.charCodeAt(this.p) === 0x5d) {
        this.p++;
        return a;
      }
      a.push(this.value());
      this.skip(ARRAY_VOID);
      const c = this.s.charCodeAt(this.p++);
      if (c === 0x5d) return a;
      if (c !== 0x2c) throw OUTSIDE;
    }
  }

  private lineEnd(): void {
    const end = this.sticky(LINE_END);
    if (end < 0) throw OUTSIDE;
    this.p = end;
  }

  /** The dotted path of a header, up to its closing bracket. */
  private headerPath(): string[] {
    const path: string[] = [];
    for (;;) {
      this.skip(BLANK);
      const k = this.key();
      if (k === '__proto__') throw OUTSIDE;
      path.push(k);
      this.skip(BLANK);
      if (this.s.charCodeAt(this.p) !== 0x2e) return path;
      this.p++;
    }
  }

  /** The table a header names, made as TOML makes it; any redefinition is left to smol-toml. */
  private header(root: Table, path: string[], isArray: boolean): Table {
    let t = root;
    for (let i = 0; i < path.length - 1; i++) {
      const v = t[path[i]];
      if (v === undefined) {
        const made: Table = {};
        this.implicit.add(made);
        t = t[path[i]] = made;
      } else if (this.arrays.has(v as Table[])) t = (v as Table[])[(v as Table[]).length - 1];
      else if (this.defined.has(v as Table) || this.implicit.has(v as Table)) t = v as Table;
      else throw OUTSIDE;
    }
    const last = path[path.length - 1];
    const v = t[last];
    const made: Table = {};
    this.defined.add(made);
    if (!isArray) {
      if (v !== undefined) throw OUTSIDE;
      t[last] = made;
    } else if (v === undefined) {
      const list = [made];
      this.arrays.add(list);
      t[last] = list;
    } else if (this.arrays.has(v as Table[])) (v as Table[]).push(made);
    else throw OUTSIDE;
    return made;
  }

  document(): Table {
    const s = this.s;
    const root: Table = {};
    let table = root;
    while (this.p < s.length) {
      this.skip(BLANK);
      const c = s.charCodeAt(this.p);
      if (c === 0x5b) {
        const isArray = s.charCodeAt(this.p + 1) === 0x5b;
        this.p += isArray ? 2 : 1;
        const path = this.headerPath();
        if (s.charCodeAt(this.p) !== 0x5d || (isArray && s.charCodeAt(this.p + 1) !== 0x5d)) throw OUTSIDE;
        this.p += isArray ? 2 : 1;
        table = this.header(root, path, isArray);
      } else if (c !== 0x23 && c !== 0x0a && c !== 0x0d && this.p < s.length) {
        SIMPLE_LINE.lastIndex = this.p;
        const m = SIMPLE_LINE.exec(s);
        if (m) {
          if (table[m[1]] !== undefined || m[1] === '__proto__') throw OUTSIDE;
          table[m[1]] = m[2] ?? Number(m[3]);
          this.p = SIMPLE_LINE.lastIndex;
          continue;
        }
        TABLE_LINE.lastIndex = this.p;
        const t = TABLE_LINE.exec(s);
        if (t) {
          if (table[t[1]] !== undefined || t[1] === '__proto__') throw OUTSIDE;
          table[t[1]] = simpleTable(t, 2);
          this.p = TABLE_LINE.lastIndex;
          continue;
        }
        const k = this.keyAssign();
        if (table[k] !== undefined) throw OUTSIDE;
        table[k] = this.value();
      }
      this.lineEnd();
    }
    return root;
  }
}

/** The document, or null when the text is outside the regular subset (smol-toml then decides). */
export function readRegularToml(text: string): Table | null {
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e === OUTSIDE) return null;
    throw e;
  }
}
