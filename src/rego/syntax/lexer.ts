// Rego lexer: source text -> tokens with exact positions. Newlines are not tokens; each token records whether a
// newline came before it, which the parser uses to end expressions.
import { RegoError, type Loc } from '../errors.ts';

// `illegal`: where the lexer found bad input (its message in `text`); the parser reports it only on reaching it, so
// an earlier syntax error is named first, as OPA's lazy scanner does.
export type TokKind = 'ident' | 'string' | 'rawstring' | 'template' | 'number' | 'op' | 'illegal' | 'eof';

export interface Token {
  kind: TokKind;
  /** Identifier name, operator text, number text, or the decoded string value. */
  text: string;
  loc: Loc;
  /** A newline (or start of file) came between the previous token and this one. */
  nl: boolean;
  /** Offsets in the source (for annotations and raw text). */
  start: number;
  end: number;
  /** Template strings: the raw body (escapes not yet decoded) and whether it was a raw (backtick) template. */
  raw?: string;
  rawTemplate?: boolean;
  /** Offset of the body's first character (templates). */
  bodyStart?: number;
}

export interface Comment { text: string; loc: Loc; start: number; end: number }

// Character classes by char code: a cold lexer (one run per CLI process, interpreted) pays for every string
// comparison, closure and object spread per character or token.
const isIdentStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isIdentPart = (c: number) => isIdentStart(c) || isDigit(c);

/** Operators by first character: the two-character ones (`:=`, `==`, `!=`, `<=`, `>=`) take a following `=`. */
const SINGLE = new Set(['<', '>', '=', '+', '-', '*', '/', '%', '|', '&', '(', ')', '[', ']', '{', '}', ',', ';', ':', '.']);
const WITH_EQ = new Set([':', '=', '!', '<', '>']);

/** The last token ends a term, so a `.` after it is a ref's dot (`1.0.0`, `[1 .5]`), not a number's point. */
function afterTerm(tokens: Token[]): boolean {
  const t = tokens[tokens.length - 1];
  if (!t) return false;
  return t.kind === 'number' || t.kind === 'ident' || t.kind === 'string' || t.kind === 'rawstring' || (t.kind === 'op' && (t.text === ')' || t.text === ']' || t.text === '}'));
}

export function lex(src: string, file: string): { tokens: Token[]; comments: Comment[] } {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  const n = src.length;
  let i = 0;
  let row = 1;
  let lineStart = 0;
  let nl = true;
  const loc = (at: number): Loc => ({ file, row, col: at - lineStart + 1 });
  let failedAt = 0;
  // `place`: where a token that spans lines began
  const fail = (at: number, msg: string, place = loc(at)): never => { failedAt = at; throw new RegoError('rego_parse_error', msg, place); };
  const tok = (kind: TokKind, text: string, at: Loc, start: number): Token => ({ kind, text, loc: at, nl, start, end: i });

  // the loop stays in this function: its variables are registers here, not a closure's (a cold lexer feels it)
  try {
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 10) { i++; row++; lineStart = i; nl = true; continue; }
      if (c === 32 || c === 9 || c === 13) { i++; continue; }
      if (c === 35) { // #
        const s = i;
        while (i < n && src.charCodeAt(i) !== 10) i++;
        const e = i > s + 1 && src.charCodeAt(i - 1) === 13 ? i - 1 : i;
        comments.push({ text: src.slice(s + 1, e), loc: loc(s), start: s, end: i });
        continue;
      }
      const start = i;
      const at = loc(i);
      if (isIdentStart(c)) {
        i++;
        while (i < n && isIdentPart(src.charCodeAt(i))) i++;
        tokens.push(tok('ident', src.slice(start, i), at, start));
        nl = false;
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(i + 1)) && !afterTerm(tokens))) {
        while (i < n && isDigit(src.charCodeAt(i))) i++;
        if (src.charCodeAt(i) === 46 && isDigit(src.charCodeAt(i + 1))) { i++; while (i < n && isDigit(src.charCodeAt(i))) i++; }
        const e = src.charCodeAt(i);
        if ((e === 101 || e === 69) && (isDigit(src.charCodeAt(i + 1)) || src[i + 1] === '+' || src[i + 1] === '-')) {
          i++;
          if (src[i] === '+' || src[i] === '-') i++;
          if (!isDigit(src.charCodeAt(i))) fail(start, 'illegal number format');
          while (i < n && isDigit(src.charCodeAt(i))) i++;
        }
        if (isIdentStart(src.charCodeAt(i))) fail(start, 'illegal number format');
        if (c === 48 && i > start + 1 && isDigit(src.charCodeAt(start + 1))) fail(start, 'unexpected number token: expected number without leading zero');
        tokens.push(tok('number', src.slice(start, i), at, start));
        nl = false;
        continue;
      }
      if (c === 34) { // "
        i++;
        const s = i;
        while (i < n && src.charCodeAt(i) !== 34) {
          if (src.charCodeAt(i) === 92) i++;
          if (src.charCodeAt(i) === 10) fail(start, 'non-terminated string');
          i++;
        }
        if (i >= n) fail(start, 'non-terminated string');
        const body = src.slice(s, i);
        i++;
        tokens.push(tok('string', decodeString(body, () => fail(start, 'illegal escape sequence')), at, start));
        nl = false;
        continue;
      }
      if (c === 96) { // `
        i++;
        const s = i;
        while (i < n && src.charCodeAt(i) !== 96) {
          if (src.charCodeAt(i) === 10) { row++; lineStart = i + 1; }
          i++;
        }
        if (i >= n) fail(start, 'non-terminated string', at);
        const body = src.slice(s, i);
        i++;
        tokens.push(tok('rawstring', body, at, start));
        nl = false;
        continue;
      }
      if (c === 36 && (src[i + 1] === '"' || src[i + 1] === '`')) { // $
        const q = src[i + 1];
        i += 2;
        const s = i;
        let depth = 0;
        while (i < n) {
          const d = src[i];
          if (q === '"' && d === '\\') { i += 2; continue; }
          // `\{` escapes a brace in raw templates too
          if (d === '\\' && src[i + 1] === '{') { i += 2; continue; }
          if (d === '\n') { if (q === '"' && depth === 0) fail(start, 'non-terminated template string'); row++; lineStart = i + 1; }
          if (depth === 0 && d === q) break;
          if (d === '{') depth++;
          else if (d === '}' && depth > 0) depth--;
          else if (depth > 0 && d === '"') { i++; while (i < n && src[i] !== '"') { if (src[i] === '\\') i++; i++; } }
          else if (depth > 0 && d === '`') { i++; while (i < n && src[i] !== '`') i++; }
          i++;
        }
        if (i >= n) fail(start, 'non-terminated template string', at);
        const body = src.slice(s, i);
        i++;
        tokens.push({ kind: 'template', text: body, raw: body, rawTemplate: q === '`', bodyStart: s, loc: at, nl, start, end: i });
        nl = false;
        continue;
      }
      const ch = src[i];
      let op: string;
      if (WITH_EQ.has(ch) && src.charCodeAt(i + 1) === 61) op = ch + '=';
      // OPA's wording: `!` alone has its own message
      else if (SINGLE.has(ch)) op = ch;
      else return fail(i, ch === '!' ? 'illegal ! character' : ch === '\0' ? 'illegal null character' : 'illegal token');
      i += op.length;
      tokens.push(tok('op', op, at, start));
      nl = false;
    }
  } catch (e) {
    if (!(e instanceof RegoError)) throw e;
    tokens.push({ kind: 'illegal', text: e.detail, loc: e.loc!, nl, start: failedAt, end: i });
  }
  // OPA places the end of input on its last character (column 0 after a final newline)
  tokens.push({ kind: 'eof', text: '', loc: { file, row, col: i - lineStart }, nl: true, start: i, end: i });
  return { tokens, comments };
}

/** Decodes the escapes of a double-quoted Rego/JSON string body. */
export function decodeString(body: string, bad: () => never, extra = ''): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let j = 0; j < body.length; j++) {
    const ch = body[j];
    if (ch !== '\\') { out += ch; continue; }
    const e = body[++j];
    switch (e) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        const hex = body.slice(j + 1, j + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) bad();
        out += String.fromCharCode(parseInt(hex, 16));
        j += 4;
        break;
      }
      default:
        if (extra.includes(e)) { out += e; break; }
        bad();
    }
  }
  return out;
}
