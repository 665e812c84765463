// String builtins with OPA's semantics: positions and lengths count code points (Go runes), not UTF-16 units.
import { type Value, RFloat, isNum, numToBigInt, numToJs, compare, toRegoText, parseNumber, numToString } from '../value/value.ts';
import { type BuiltinFn, asString, asInt, asObject, asArray, builtinError, oneOfError, operandError, typeError } from './types.ts';
import { asStrings, asStringOrStrings, runes } from './operands.ts';
import { goSprintf, type GoArg, quoteString } from './strings/gofmt.ts';

/** Go's unicode.IsSpace. */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

function runeIndexOf(base: string[], search: string[], from: number): number {
  outer: for (let i = from; i + search.length <= base.length; i++) {
    for (let j = 0; j < search.length; j++) if (base[i + j] !== search[j]) continue outer;
    return i;
  }
  return -1;
}

function trimWith(s: string, cutset: string, left: boolean, right: boolean): string {
  const cut = new Set(runes(cutset));
  const rs = runes(s);
  let a = 0;
  let b = rs.length;
  if (left) while (a < b && cut.has(rs[a])) a++;
  if (right) while (b > a && cut.has(rs[b - 1])) b--;
  return rs.slice(a, b).join('');
}

/**
 * Go's strings.ToLower/ToUpper: one rune maps to one rune (Unicode simple case mapping), no context rules; JS's
 * full mappings (ß -> SS, final sigma) are not what Go does.
 */
function goCase(s: string, upper: boolean): string {
  if (/^[\x00-\x7f]*$/.test(s)) return upper ? s.toUpperCase() : s.toLowerCase();
  let out = '';
  for (const ch of s) {
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    if (Array.from(m).length === 1) out += m;
    else if (!upper) out += ch === '\u0130' ? 'i' : ch;
    else out += String.fromCodePoint(greekSimpleUpper(ch.codePointAt(0)!));
  }
  return out;
}

/** Simple uppercase of the Greek letters with ypogegrammeni (JS only knows their two-letter full mapping). */
function greekSimpleUpper(cp: number): number {
  if ((cp >= 0x1f80 && cp <= 0x1f87) || (cp >= 0x1f90 && cp <= 0x1f97) || (cp >= 0x1fa0 && cp <= 0x1fa7)) return cp + 8;
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return cp + 9;
  return cp;
}

/** Go's strings.Split: an empty separator splits into runes. */
export function goSplit(s: string, sep: string): string[] {
  return sep === '' ? runes(s) : s.split(sep);
}

/** Go's strings.NewReplacer(old, new).Replace for one pair (no `$` patterns). */
export function goReplaceAll(s: string, old: string, rep: string): string {
  if (old === '') return replaceN(s, [[old, rep]]);
  return s.split(old).join(rep);
}

/**
 * Go's strings.NewReplacer(pairs...).Replace: at each position the first pair (in argument order) whose key
 * matches wins, without overlaps. Go walks bytes, so an empty key also lands inside multi-byte characters, whose
 * split bytes then read as U+FFFD, as OPA's output shows them.
 */
function replaceN(s: string, pairs: [string, string][]): string {
  if (!pairs.some(([from]) => from === '')) {
    let out = '';
    let i = 0;
    outer: while (i < s.length) {
      for (const [from, to] of pairs) {
        if (s.startsWith(from, i)) { out += to; i += from.length; continue outer; }
      }
      out += s[i++];
    }
    return out;
  }
  const src = Buffer.from(s, 'utf8');
  const keys = pairs.map(([from, to]) => [Buffer.from(from, 'utf8'), Buffer.from(to, 'utf8')] as const);
  const out: Buffer[] = [];
  let prevEmpty = false;
  let i = 0;
  while (i <= src.length) {
    const hit = keys.find(([from]) => !(from.length === 0 && prevEmpty) && src.subarray(i, i + from.length).equals(from));
    if (hit) {
      out.push(hit[1]);
      prevEmpty = hit[0].length === 0;
      i += hit[0].length;
      continue;
    }
    prevEmpty = false;
    if (i < src.length) out.push(src.subarray(i, i + 1));
    i++;
  }
  return Buffer.concat(out).toString('utf8');
}

function formatInt(n: Value, base: Value): Value {
  if (!isNum(n)) throw typeError(1, 'number', n);
  if (!isNum(base)) throw typeError(2, 'number', base);
  const b = numToBigInt(base);
  if (b !== 2n && b !== 8n && b !== 10n && b !== 16n) throw operandError(2, 'must be one of {2, 8, 10, 16}');
  const i = numToBigInt(n) ?? BigInt(Math.trunc(numToJs(n)));
  return i.toString(Number(b));
}

/**
 * Rego value -> the Go argument OPA's sprintf passes to fmt.Sprintf. A number goes by its text, as OPA's: an integer
 * text is an int (a *big.Int beyond 64 bits), one with a decimal point a float64, and any other (`1e3`, `2e308`)
 * its text as a string.
 */
function goArg(v: Value): GoArg {
  if (typeof v === 'string') return { kind: 'string', v };
  if (!isNum(v)) return { kind: 'string', v: toRegoText(v) };
  const text = numToString(v);
  if (/^-?\d+$/.test(text)) {
    const i = BigInt(text);
    return { kind: 'int', v: i, big: i > 0x7fffffffffffffffn || i < -0x8000000000000000n };
  }
  return text.includes('.') ? { kind: 'float', v: Number(text) } : { kind: 'string', v: text };
}

function toNumber(v: Value): Value | undefined {
  if (v instanceof RFloat) return v;
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'string': {
      // OPA: inf/nan are rejected by name; otherwise strconv.ParseFloat decides (optional sign, ".5", "5.").
      if (/^(inf|infinity|nan)$/.test(v.replace(/^[+-]+/, '').toLowerCase())) throw typeError(1, 'valid number string', v);
      const plain = v.startsWith('+') ? v.slice(1) : v;
      const n = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? parseNumber(plain) : undefined;
      if (n === undefined) {
        const range = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? 'value out of range' : 'invalid syntax';
        throw builtinError(`strconv.ParseFloat: parsing ${quoteString(v)}: ${range}`);
      }
      if (typeof n === 'bigint' && !Number.isFinite(Number(n))) throw builtinError(`strconv.ParseFloat: parsing ${quoteString(v)}: value out of range`);
      return n;
    }
    default:
      if (v === null) return 0;
      throw oneOfError(1, ['null', 'boolean', 'number', 'string'], v);
  }
}

function anyMatch(args: Value[], test: (s: string, affix: string) => boolean): Value {
  const ss = asStringOrStrings(args[0], 1);
  const as = asStringOrStrings(args[1], 2);
  return ss.some((s) => as.some((a) => test(s, a)));
}

export const builtins: Record<string, BuiltinFn> = {
  concat: ([d, c]) => {
    const delim = asString(d, 1);
    return asStrings(c, 2, ['set', 'array']).join(delim);
  },
  contains: ([a, b]) => asString(a, 1).includes(asString(b, 2)),
  startswith: ([a, b]) => asString(a, 1).startsWith(asString(b, 2)),
  endswith: ([a, b]) => asString(a, 1).endsWith(asString(b, 2)),
  lower: ([a]) => goCase(asString(a, 1), false),
  upper: ([a]) => goCase(asString(a, 1), true),
  format_int: ([n, b]) => formatInt(n, b),
  indexof: ([a, b]) => {
    const base = asString(a, 1);
    const search = asString(b, 2);
    if (search === '') throw builtinError('empty search character');
    return runeIndexOf(runes(base), runes(search), 0);
  },
  indexof_n: ([a, b]) => {
    const base = runes(asString(a, 1));
    const search = runes(asString(b, 2));
    if (search.length === 0) throw builtinError('empty search character');
    const out: Value[] = [];
    for (let i = runeIndexOf(base, search, 0); i >= 0; i = runeIndexOf(base, search, i + 1)) out.push(i);
    return out;
  },
  substring: ([a, o, l]) => {
    const rs = runes(asString(a, 1));
    const start = asInt(o, 2);
    const length = asInt(l, 3);
    if (start < 0) throw builtinError('negative offset');
    if (start >= rs.length) return '';
    return (length < 0 ? rs.slice(start) : rs.slice(start, Math.min(start + length, rs.length))).join('');
  },
  replace: ([s, o, n]) => goReplaceAll(asString(s, 1), asString(o, 2), asString(n, 3)),
  'strings.replace_n': ([p, s]) => {
    const patterns = asObject(p, 1);
    const str = asString(s, 2);
    const pairs: [string, string][] = [];
    for (const [k, v] of [...patterns.entries()].sort((x, y) => compare(x[0], y[0]))) {
      if (typeof k !== 'string') throw operandError(1, 'non-string key found in pattern object');
      if (typeof v !== 'string') throw operandError(1, 'non-string value found in pattern object');
      pairs.push([k, v]);
    }
    return replaceN(str, pairs);
  },
  split: ([s, d]) => goSplit(asString(s, 1), asString(d, 2)),
  'strings.split_n': ([s, d, n]) => {
    const str = asString(s, 1);
    const delim = asString(d, 2);
    const count = asInt(n, 3);
    const parts = goSplit(str, delim);
    if (str === '' && delim === '') return [];
    if (count === 0) return [];
    return count > 0 ? parts.slice(0, count) : parts.slice(Math.max(parts.length + count, 0));
  },
  sprintf: ([f, a]) => {
    const format = asString(f, 1);
    const args = asArray(a, 2);
    return goSprintf(format, args.map(goArg));
  },
  trim: ([s, c]) => trimWith(asString(s, 1), asString(c, 2), true, true),
  trim_left: ([s, c]) => trimWith(asString(s, 1), asString(c, 2), true, false),
  trim_right: ([s, c]) => trimWith(asString(s, 1), asString(c, 2), false, true),
  trim_prefix: ([s, p]) => {
    const str = asString(s, 1);
    const pre = asString(p, 2);
    return str.startsWith(pre) ? str.slice(pre.length) : str;
  },
  trim_suffix: ([s, p]) => {
    const str = asString(s, 1);
    const suf = asString(p, 2);
    return suf !== '' && str.endsWith(suf) ? str.slice(0, str.length - suf.length) : str;
  },
  trim_space: ([s]) => {
    const rs = runes(asString(s, 1));
    let a = 0;
    let b = rs.length;
    while (a < b && GO_SPACE.test(rs[a])) a++;
    while (b > a && GO_SPACE.test(rs[b - 1])) b--;
    return rs.slice(a, b).join('');
  },
  'strings.any_prefix_match': (args) => anyMatch(args, (s, p) => s.startsWith(p)),
  'strings.any_suffix_match': (args) => anyMatch(args, (s, p) => s.endsWith(p)),
  'strings.count': ([s, sub]) => {
    const str = asString(s, 1);
    const needle = asString(sub, 2);
    if (needle === '') return runes(str).length + 1;
    return str.split(needle).length - 1;
  },
  'strings.reverse': ([s]) => runes(asString(s, 1)).reverse().join(''),
  to_number: ([v]) => toNumber(v),
};
