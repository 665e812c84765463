// Strict JSON text -> Rego value, keeping integers of any size exact (JSON.parse would round them), with the
// error messages of Go's encoding/json scanner ("invalid character 'x' looking for beginning of value").
import { type Value, RObject, RFloat, MAX_DEPTH, parseNumber, num, numToString } from '../../value/value.ts';
import { quoteString } from '../strings/gofmt.ts';

export class JSONSyntaxError extends Error {}

/** Go's quoteChar. */
/** Go's scanner quotes the offending byte, read as a rune: the lead byte of a UTF-8 sequence (é shows as 'Ã'). */
function leadByte(c: string): string {
  const u = c.charCodeAt(0);
  if (u < 0x80) return c;
  // a high surrogate alone still says which 4-byte sequence it starts
  if (u >= 0xd800 && u <= 0xdbff) return String.fromCharCode(0xf0 | ((0x10000 + ((u - 0xd800) << 10)) >> 18));
  return String.fromCharCode(Buffer.from(c, 'utf8')[0]);
}

function quoteChar(ch: string): string {
  const c = leadByte(ch);
  if (c === "'") return "'\\''";
  if (c === '"') return "'\"'";
  const q = quoteString(c);
  return "'" + q.slice(1, -1) + "'";
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const WS = ' \t\n\r';

/**
 * `decoder`: read as OPA's util.UnmarshalJSON reads (json.unmarshal): Go's json.Decoder for the first value (`EOF` for
 * no value, `unexpected EOF` inside one), then one more token, which must be none: a token is
 * `error: invalid character '<token>' after top-level value`, a `null` is accepted, anything else the scanner's error.
 */
export function parseJSONValue(text: string, opts: { decoder?: boolean } = {}): Value {
  let i = 0;
  const end = (): never => { throw new JSONSyntaxError(opts.decoder ? 'unexpected EOF' : 'unexpected end of JSON input'); };
  // At the end of input Go's scanner sees a space, which literals and numbers then reject.
  const at = (k: number) => text[k] ?? ' ';
  const bad = (c: string, context: string): never => { throw new JSONSyntaxError(`invalid character ${quoteChar(c)} ${context}`); };
  const ws = () => { while (i < text.length && WS.includes(text[i])) i++; };

  const literal = (word: string, v: Value): Value => {
    for (let k = 1; k < word.length; k++) {
      const c = at(i + k);
      if (c !== word[k]) bad(c, `in literal ${word} (expecting ${quoteChar(word[k])})`);
    }
    i += word.length;
    return v;
  };

  const number = (): Value => {
    const start = i;
    if (text[i] === '-') {
      i++;
      if (!isDigit(text[i])) bad(at(i), 'in numeric literal');
    }
    if (text[i] === '0') i++;
    else while (isDigit(text[i])) i++;
    if (text[i] === '.') {
      i++;
      if (!isDigit(text[i])) bad(at(i), 'after decimal point in numeric literal');
      while (isDigit(text[i])) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text[i])) bad(at(i), 'in exponent of numeric literal');
      while (isDigit(text[i])) i++;
    }
    const t = text.slice(start, i);
    // Beyond float64 range (1e400): keep integers exact; tiny magnitudes underflow to 0.
    // like OPA's json.Number, a number keeps its text (3.0, 1e2) where we would print its value otherwise
    const n = parseNumber(t);
    if (n !== undefined) return numToString(n) === t ? n : new RFloat(t);
    return (/e\+?\d/i.test(t) ? num(BigInt(Number(t.split(/e/i)[0]) * 0 === 0 ? bigFromExp(t) : 0n)) : 0);
  };

  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) end();
      if (c === '"') break;
      if (c === '\\') {
        const e = at(i + 1);
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            const h = at(i + k);
            if (!/[0-9a-fA-F]/.test(h)) bad(h, 'in \\u hexadecimal character escape');
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) bad(e, 'in string escape code');
        i += 2;
        continue;
      }
      if (c < ' ') bad(c, 'in string literal');
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const key = (): string => {
    ws();
    if (i >= text.length) end();
    if (text[i] !== '"') bad(text[i], 'looking for beginning of object key string');
    const k = string();
    ws();
    if (i >= text.length) end();
    if (text[i] !== ':') bad(text[i], 'after object key');
    i++;
    return k;
  };

  const scalar = (c: string): Value => {
    if (c === '"') return string();
    if (c === '-' || isDigit(c)) return number();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    return bad(c, 'looking for beginning of value');
  };

  // Iterative, with Go's nesting limit: deep documents neither exhaust the stack nor pass unchecked.
  type Open = { a: Value[]; o?: undefined; k?: undefined } | { o: RObject; k: string; a?: undefined };
  const value = (): Value => {
    const open: Open[] = [];
    for (;;) {
      ws();
      const c = text[i];
      if (c === undefined) return end();
      let v: Value;
      if (c === '[' || c === '{') {
        if (open.length >= MAX_DEPTH) bad(c, 'exceeded max depth');
        i++;
        ws();
        if (c === '[' && text[i] === ']') { i++; v = []; }
        else if (c === '{' && text[i] === '}') { i++; v = new RObject(); }
        else { open.push(c === '[' ? { a: [] } : { o: new RObject(), k: key() }); continue; }
      } else {
        v = scalar(c);
      }
      // a complete value: add it to its container, closing the containers that end here
      for (;;) {
        const top = open[open.length - 1];
        if (!top) return v;
        if (top.a) top.a.push(v); else top.o.set(top.k, v);
        ws();
        if (i >= text.length) end();
        if (text[i] === ',') { i++; if (top.o) top.k = key(); break; }
        if (text[i] !== (top.a ? ']' : '}')) bad(text[i], top.a ? 'after array element' : 'after object key:value pair');
        i++;
        open.pop();
        v = top.a ?? top.o;
      }
    }
  };

  if (opts.decoder) {
    ws();
    if (i === text.length) throw new JSONSyntaxError('EOF');
  }
  const v = value();
  ws();
  if (i < text.length && opts.decoder) {
    const c = text[i];
    const start = i;
    if (c === '{' || c === '[') throw new JSONSyntaxError(`error: invalid character '${c}' after top-level value`);
    if (c === '"' || c === '-' || isDigit(c) || c === 't' || c === 'f' || c === 'n') {
      const tok = scalar(c);
      if (tok === null) return v;
      // Go's %s of the token: a string or number as written, a boolean as %!s(bool=...)
      const shown = typeof tok === 'boolean' ? `%!s(bool=${tok})` : typeof tok === 'string' ? tok : text.slice(start, i);
      throw new JSONSyntaxError(`error: invalid character '${shown}' after top-level value`);
    }
    bad(c, 'looking for beginning of value');
  }
  if (i < text.length) bad(text[i], 'after top-level value');
  return v;
}

/** An integer-valued exponent literal (1.5e400) as an exact integer. */
function bigFromExp(t: string): bigint {
  const [m, e] = t.toLowerCase().split('e');
  const [ip, fp = ''] = m.replace('-', '').split('.');
  const exp = Number(e) - fp.length;
  const digits = BigInt(ip + fp) * (exp >= 0 ? 10n ** BigInt(exp) : 1n) / (exp < 0 ? 10n ** BigInt(-exp) : 1n);
  return m.startsWith('-') ? -digits : digits;
}
