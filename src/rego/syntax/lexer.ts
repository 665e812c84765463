// Rego lexer: source text -> tokens with exact positions. Newlines are not tokens; each token records whether a
// newline came before it, which the parser uses to end expressions.
import { RegoError, type Loc } from '../errors.ts';

export type TokKind = 'ident' | 'string' | 'rawstring' | 'template' | 'number' | 'op' | 'eof';

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

// Character classes by code (a regular expression per character was a tenth of every compile).
const isIdentStart = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isIdentPart = (c: string | undefined) => isIdentStart(c) || isDigit(c);

const OPS = [':=', '==', '!=', '<=', '>=', '<', '>', '=', '+', '-', '*', '/', '%', '|', '&', '(', ')', '[', ']', '{', '}', ',', ';', ':', '.'];

export function lex(src: string, file: string): { tokens: Token[]; comments: Comment[] } {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  let i = 0;
  let row = 1;
  let lineStart = 0;
  let nl = true;
  const loc = (at: number): Loc => ({ file, row, col: at - lineStart + 1 });
  const fail = (at: number, msg: string): never => { throw new RegoError('rego_parse_error', msg, loc(at)); };

  while (i < src.length) {
    const c = src[i];
    if (c === '\n') { i++; row++; lineStart = i; nl = true; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '#') {
      const s = i;
      while (i < src.length && src[i] !== '\n') i++;
      comments.push({ text: src.slice(s + 1, i).replace(/\r$/, ''), loc: loc(s), start: s, end: i });
      continue;
    }
    const start = i;
    const at = loc(i);
    const push = (kind: TokKind, text: string, extra: Partial<Token> = {}) => {
      tokens.push({ kind, text, loc: at, nl, start, end: i, ...extra });
      nl = false;
    };
    if (isIdentStart(c)) {
      while (i < src.length && isIdentPart(src[i])) i++;
      push('ident', src.slice(start, i));
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1]))) {
      while (i < src.length && isDigit(src[i])) i++;
      if (src[i] === '.' && isDigit(src[i + 1])) { i++; while (i < src.length && isDigit(src[i])) i++; }
      if ((src[i] === 'e' || src[i] === 'E') && (isDigit(src[i + 1]) || src[i + 1] === '+' || src[i + 1] === '-')) {
        i++;
        if (src[i] === '+' || src[i] === '-') i++;
        if (!isDigit(src[i])) fail(start, 'illegal number format');
        while (i < src.length && isDigit(src[i])) i++;
      }
      if (isIdentStart(src[i])) fail(start, 'illegal number format');
      if (/^0[0-9]/.test(src.slice(start, i))) fail(start, 'unexpected number token: expected number without leading zero');
      push('number', src.slice(start, i));
      continue;
    }
    if (c === '"') {
      i++;
      const s = i;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') i++;
        if (src[i] === '\n') fail(start, 'non-terminated string');
        i++;
      }
      if (i >= src.length) fail(start, 'non-terminated string');
      const body = src.slice(s, i);
      i++;
      push('string', decodeString(body, () => fail(start, 'illegal escape sequence in string')));
      continue;
    }
    if (c === '`') {
      i++;
      const s = i;
      while (i < src.length && src[i] !== '`') {
        if (src[i] === '\n') { row++; lineStart = i + 1; }
        i++;
      }
      if (i >= src.length) fail(start, 'non-terminated string');
      const body = src.slice(s, i);
      i++;
      tokens.push({ kind: 'rawstring', text: body, loc: at, nl, start, end: i });
      nl = false;
      continue;
    }
    if (c === '$' && (src[i + 1] === '"' || src[i + 1] === '`')) {
      const q = src[i + 1];
      i += 2;
      const s = i;
      let depth = 0;
      while (i < src.length) {
        const d = src[i];
        if (q === '"' && d === '\\') { i += 2; continue; }
        // `\{` escapes a brace in raw templates too
        if (d === '\\' && src[i + 1] === '{') { i += 2; continue; }
        if (d === '\n') { if (q === '"' && depth === 0) fail(start, 'non-terminated template string'); row++; lineStart = i + 1; }
        if (depth === 0 && d === q) break;
        if (d === '{') depth++;
        else if (d === '}' && depth > 0) depth--;
        else if (depth > 0 && d === '"') { i++; while (i < src.length && src[i] !== '"') { if (src[i] === '\\') i++; i++; } }
        else if (depth > 0 && d === '`') { i++; while (i < src.length && src[i] !== '`') i++; }
        i++;
      }
      if (i >= src.length) fail(start, 'non-terminated template string');
      const body = src.slice(s, i);
      i++;
      tokens.push({ kind: 'template', text: body, raw: body, rawTemplate: q === '`', bodyStart: s, loc: at, nl, start, end: i });
      nl = false;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    // OPA's wording: `!` alone has its own message
    if (!op) fail(i, c === '!' ? 'illegal ! character' : 'illegal token');
    i += op!.length;
    push('op', op!);
  }
  tokens.push({ kind: 'eof', text: '', loc: loc(i), nl: true, start: i, end: i });
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
