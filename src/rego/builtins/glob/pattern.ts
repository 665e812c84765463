// Glob patterns with gobwas/glob semantics (what OPA's glob.match uses), compiled to an anchored RE2 expression
// (linear-time matching, so a pattern with many stars cannot make a policy backtrack for ever).
//   *      any run of characters without a delimiter      **     any run of characters
//   ?      one character that is not a delimiter          [abc] [!abc] [a-z] [!a-z]  one character (delimiters too)
//   {a,b}  alternatives (nested patterns)                 \x     the character x literally
import { RE2JS } from 're2js';

const TEXT_BREAKERS = ['*', '?', '[', '{'];
const TERMS_BREAKERS = [...TEXT_BREAKERS, '}', ','];

export class GlobSyntaxError extends Error {}

/** Escapes a rune for use inside a JS character class or outside one (u-mode escapes). */
function esc(ch: string): string {
  return /[\\^$.*+?()[\]{}|\-/]/.test(ch) ? '\\' + ch : ch;
}

export function compileGlob(pattern: string, delimiters: string[]): RE2JS {
  const runes = [...pattern];
  let i = 0;
  let depth = 0;
  const notDelim = delimiters.length === 0 ? '[\\s\\S]' : '[^' + delimiters.map(esc).join('') + ']';
  let out = '';

  const text = (breakers: string[]): string => {
    let data = '';
    let escaped = false;
    while (i < runes.length) {
      const r = runes[i++];
      if (!escaped) {
        if (r === '\\') { escaped = true; continue; }
        if (breakers.includes(r)) { i--; break; }
      }
      escaped = false;
      data += esc(r);
    }
    if (escaped) throw new GlobSyntaxError('unexpected end of input after escape');
    return data;
  };

  const range = (): string => {
    let negate = false;
    let body = '';
    let wantHi = false;
    let wantClose = false;
    for (;;) {
      if (i >= runes.length) throw new GlobSyntaxError('unexpected end of input');
      const r = runes[i++];
      if (wantClose) {
        if (r !== ']') throw new GlobSyntaxError('expected close range character');
        break;
      }
      if (wantHi) { body += esc(r); wantClose = true; continue; }
      if (!negate && body === '' && r === '!') { negate = true; continue; }
      if (runes[i] === '-') {
        i++;
        body += esc(r) + '-';
        wantHi = true;
        continue;
      }
      i--;
      const before = i;
      body += text([']']);
      if (i === before) throw new GlobSyntaxError('empty range');
      wantClose = true;
    }
    return '[' + (negate ? '^' : '') + body + ']';
  };

  while (i < runes.length) {
    const r = runes[i];
    if (r === '{') { i++; depth++; out += '(?:'; continue; }
    if (r === ',' && depth > 0) { i++; out += '|'; continue; }
    if (r === '}' && depth > 0) { i++; depth--; out += ')'; continue; }
    if (r === '[') { i++; out += range(); continue; }
    if (r === '?') { i++; out += notDelim; continue; }
    if (r === '*') {
      i++;
      if (runes[i] === '*') { i++; out += '[\\s\\S]*'; } else out += notDelim + '*';
      continue;
    }
    out += text(depth > 0 ? TERMS_BREAKERS : TEXT_BREAKERS);
  }
  if (depth > 0) throw new GlobSyntaxError('unexpected end of input');
  return RE2JS.compile('^(?:' + out + ')$');
}

/** glob.quote_meta: escapes every character that has a meaning in a glob pattern. */
export function quoteGlobMeta(s: string): string {
  let out = '';
  for (const ch of s) out += '*?\\[]{}'.includes(ch) ? '\\' + ch : ch;
  return out;
}
