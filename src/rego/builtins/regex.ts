// regex.* builtins. OPA uses Go's regexp (RE2 syntax, leftmost-first); re2js is a port of the same engine, so
// patterns, flags and match positions agree. Go's API shapes (Split, FindAll with n, ReplaceAllString's `$1`/`${name}`
// expansion) are rebuilt here over re2js's submatch indexes. regex.match is regex-match.ts's, which takes RE2 from
// here for the patterns V8 cannot run as RE2 does.
import { RE2JS } from 're2js';
import type { Value } from '../value/value.ts';
import { type BuiltinContext, type BuiltinFn, asString, asInt, builtinError } from './types.ts';
import { regexGlobsIntersect, tokenizeRegexGlob } from './glob/intersect.ts';
import { quoteString } from './strings/gofmt.ts';
import { useRe2 } from './regex-match.ts';

interface Compiled { re: RE2JS; names: Record<string, number> }

function compile(pattern: string, ctx: BuiltinContext): Compiled {
  const key = 're\u0000' + pattern;
  const hit = ctx.cache.get(key) as Compiled | undefined;
  if (hit) return hit;
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (e) {
    throw builtinError((e as Error).message);
  }
  const c = { re, names: re.namedGroups() };
  ctx.cache.set(key, c);
  return c;
}

/** Go's FindAllStringSubmatchIndex: flat [start, end] pairs per match, -1 for groups that did not take part. */
function findAll(c: Compiled, s: string, n: number): number[][] {
  return c.re.re2().findAllSubmatchIndex(s, n < 0 ? s.length + 1 : n) ?? [];
}

/** Go's Regexp.Split(s, -1). */
export function goRegexSplit(c: Compiled, s: string): string[] {
  if (c.re.pattern() !== '' && s === '') return [''];
  const out: string[] = [];
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

const WORD = /^[\p{L}\p{Nd}_]+/u;

/** Go's Regexp.Expand for one match. */
function expand(template: string, s: string, m: number[], names: Record<string, number>): string {
  let out = '';
  let t = template;
  for (;;) {
    const at = t.indexOf('$');
    if (at < 0) break;
    out += t.slice(0, at);
    t = t.slice(at + 1);
    if (t.startsWith('$')) { out += '$'; t = t.slice(1); continue; }
    let name: string | undefined;
    let rest = t;
    if (t.startsWith('{')) {
      const close = t.indexOf('}');
      const inner = close > 0 ? t.slice(1, close) : '';
      if (inner !== '' && WORD.exec(inner)?.[0] === inner) { name = inner; rest = t.slice(close + 1); }
    } else {
      const w = WORD.exec(t);
      if (w) { name = w[0]; rest = t.slice(w[0].length); }
    }
    if (name === undefined) { out += '$'; continue; }
    t = rest;
    const idx = /^\d+$/.test(name) ? Number(name) : names[name] ?? -1;
    if (idx >= 0 && 2 * idx + 1 < m.length && m[2 * idx] >= 0) out += s.slice(m[2 * idx], m[2 * idx + 1]);
  }
  return out + t;
}

function replaceAll(c: Compiled, s: string, template: string): string {
  let out = '';
  let last = 0;
  for (const m of findAll(c, s, -1)) {
    out += s.slice(last, m[0]) + expand(template, s, m, c.names);
    last = m[1];
  }
  return out + s.slice(last);
}

function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

function delimiterIndices(s: string, open: string, close: string): number[] {
  let level = 0;
  let idx = 0;
  const out: number[] = [];
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

function templatePattern(tpl: string, open: string, close: string, ctx: BuiltinContext): string {
  const idxs = delimiterIndices(tpl, open, close);
  let pattern = '^';
  let end = 0;
  for (let i = 0; i < idxs.length; i += 2) {
    const raw = tpl.slice(end, idxs[i]);
    end = idxs[i + 1];
    const patt = tpl.slice(idxs[i] + 1, end - 1);
    compile(`^${patt}$`, ctx);
    pattern += `${quoteMeta(raw)}(${patt})`;
  }
  return pattern + quoteMeta(tpl.slice(end)) + '$';
}

useRe2((pattern, ctx) => {
  const { re } = compile(pattern, ctx);
  return (s) => re.test(s);
});

export const builtins: Record<string, BuiltinFn> = {
  'regex.is_valid': ([p], ctx) => {
    if (typeof p !== 'string') return false;
    try { compile(p, ctx); return true; } catch { return false; }
  },
  'regex.split': ([p, v], ctx) => goRegexSplit(compile(asString(p, 1), ctx), asString(v, 2)),
  'regex.find_n': ([p, v, n], ctx) => {
    // OPA checks all operands before it compiles the pattern
    const [pattern, s, limit] = [asString(p, 1), asString(v, 2), asInt(n, 3)];
    return findAll(compile(pattern, ctx), s, limit).map((m) => s.slice(m[0], m[1]));
  },
  'regex.find_all_string_submatch_n': ([p, v, n], ctx) => {
    const [pattern, s, limit] = [asString(p, 1), asString(v, 2), asInt(n, 3)];
    return findAll(compile(pattern, ctx), s, limit).map((m) => {
      const groups: Value[] = [];
      for (let i = 0; i < m.length; i += 2) groups.push(m[i] >= 0 ? s.slice(m[i], m[i + 1]) : '');
      return groups;
    });
  },
  'regex.replace': ([s, p, r], ctx) => {
    const str = asString(s, 1);
    const c = compile(asString(p, 2), ctx);
    return replaceAll(c, str, asString(r, 3));
  },
  'regex.template_match': ([t, v, ds, de], ctx) => {
    const tpl = asString(t, 1);
    const value = asString(v, 2);
    const open = asString(ds, 3);
    const close = asString(de, 4);
    // OPA checks byte lengths, and reports the start delimiter's length in both messages.
    const n = Buffer.byteLength(open);
    if (n !== 1) throw builtinError(`start delimiter has to be exactly one character long but is ${n} long`);
    if (Buffer.byteLength(close) !== 1) throw builtinError(`end delimiter has to be exactly one character long but is ${n} long`);
    return compile(templatePattern(tpl, open[0], close[0], ctx), ctx).re.test(value);
  },
  'regex.globs_match': ([a, b]) => {
    const ga = asString(a, 1);
    const gb = asString(b, 2);
    try {
      return regexGlobsIntersect(tokenizeRegexGlob(ga), tokenizeRegexGlob(gb));
    } catch (e) {
      throw builtinError((e as Error).message);
    }
  },
};
