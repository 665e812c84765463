// base64.*, base64url.*, hex.* and urlquery.* with Go's strict decoders and their error messages.
import { type Value, RObject, RSet } from '../value/value.ts';
import { type BuiltinFn, asString, asObject, builtinError, operandError, typeError } from './types.ts';
import { goUnescape } from './uri.ts';

const STD_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Go's base64 DecodeString (padded alphabets): newlines are skipped; errors name the offending input byte. */
function b64decode(s: string, url: boolean): string {
  const alphabet = url ? URL_CHARS : STD_CHARS;
  const src = Buffer.from(s, 'utf8');
  const fail = (at: number) => builtinError(`illegal base64 data at input byte ${at}`);
  const isNL = (c: number) => c === 0x0a || c === 0x0d;
  const out: number[] = [];
  let si = 0;
  for (;;) {
    const q: number[] = [];
    let padded = false;
    while (q.length < 4) {
      if (si === src.length) {
        if (q.length === 0) return Buffer.from(out).toString('utf8');
        throw fail(si - q.length);
      }
      const c = src[si++];
      const v = alphabet.indexOf(String.fromCharCode(c));
      if (v >= 0 && c < 0x80) { q.push(v); continue; }
      if (isNL(c)) continue;
      if (c !== 0x3d || q.length < 2) throw fail(si - 1);
      if (q.length === 2) {
        while (si < src.length && isNL(src[si])) si++;
        if (si === src.length) throw fail(src.length);
        if (src[si] !== 0x3d) throw fail(si - 1);
        si++;
      }
      while (si < src.length && isNL(src[si])) si++;
      if (si < src.length) throw fail(si);
      padded = true;
      break;
    }
    const n = q.length;
    const bits = (q[0] << 18) | (q[1] << 12) | ((q[2] ?? 0) << 6) | (q[3] ?? 0);
    out.push((bits >> 16) & 255);
    if (n > 2) out.push((bits >> 8) & 255);
    if (n > 3) out.push(bits & 255);
    if (padded) return Buffer.from(out).toString('utf8');
  }
}

function b64valid(s: string): boolean {
  try { b64decode(s, false); return true; } catch { return false; }
}

/** Go's hex.DecodeString: the first byte (not character) that is no hex digit, as `%#U` of that byte, else the length. */
function hexDecode(s: string): string {
  for (const b of Buffer.from(s, 'utf8')) {
    if (/[0-9a-fA-F]/.test(String.fromCharCode(b))) continue;
    // %#U adds the character only when strconv.IsPrint holds: U+0020-U+007E, U+00A1-U+00FF except U+00AD
    const printable = (b >= 0x20 && b <= 0x7e) || (b >= 0xa1 && b !== 0xad);
    const ch = printable ? ` '${String.fromCharCode(b)}'` : '';
    throw builtinError(`encoding/hex: invalid byte: U+${b.toString(16).toUpperCase().padStart(4, '0')}${ch}`);
  }
  if (s.length % 2 === 1) throw builtinError('encoding/hex: odd length hex string');
  return Buffer.from(s, 'hex').toString('utf8');
}

/** Go's url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Go's url.QueryUnescape. */
export const queryUnescape = (s: string): string => goUnescape(s, 'query', builtinError);

function encodeObject(o: RObject): string {
  const parts: [string, string][] = [];
  for (const [k, v] of o.entries()) {
    if (typeof k !== 'string') throw typeError(1, 'object[string]', k);
    const vals = typeof v === 'string' ? [v] : Array.isArray(v) ? v : v instanceof RSet ? v.sorted() : undefined;
    if (!vals) throw operandError(1, 'values must be string, array[string], or set[string]');
    for (const x of vals) {
      if (typeof x !== 'string') throw operandError(1, 'values must be string, array[string], or set[string]');
      parts.push([k, x]);
    }
  }
  // url.Values.Encode: keys sorted, values in their given order.
  const keys = [...new Set(parts.map((p) => p[0]))].sort();
  return keys.flatMap((k) => parts.filter((p) => p[0] === k).map(([, v]) => queryEscape(k) + '=' + queryEscape(v))).join('&');
}

function decodeObject(s: string): RObject {
  const out = new Map<string, Value[]>();
  for (const part of s.split(/&/)) {
    if (part === '') continue;
    if (part.includes(';')) throw builtinError('invalid semicolon separator in query');
    const eq = part.indexOf('=');
    const k = queryUnescape(eq < 0 ? part : part.slice(0, eq));
    const v = eq < 0 ? '' : queryUnescape(part.slice(eq + 1));
    out.set(k, [...(out.get(k) ?? []), v]);
  }
  return new RObject([...out.entries()]);
}

export const builtins: Record<string, BuiltinFn> = {
  'base64.encode': ([s]) => Buffer.from(asString(s, 1), 'utf8').toString('base64'),
  'base64.decode': ([s]) => b64decode(asString(s, 1), false),
  // OPA answers false for a non-string, as the type tests do
  'base64.is_valid': ([s]) => typeof s === 'string' && b64valid(s),
  'base64url.encode': ([s]) => {
    const raw = Buffer.from(asString(s, 1), 'utf8').toString('base64url');
    return raw + '='.repeat((4 - (raw.length % 4)) % 4);
  },
  'base64url.encode_no_pad': ([s]) => Buffer.from(asString(s, 1), 'utf8').toString('base64url'),
  'base64url.decode': ([s]) => {
    let str = asString(s, 1);
    if (!str.endsWith('=')) {
      const r = str.length % 4;
      if (r === 1) throw builtinError(`illegal base64url string: ${str}`);
      str += r === 2 ? '==' : r === 3 ? '=' : '';
    }
    return b64decode(str, true);
  },
  'hex.encode': ([s]) => Buffer.from(asString(s, 1), 'utf8').toString('hex'),
  'hex.decode': ([s]) => hexDecode(asString(s, 1)),
  'urlquery.encode': ([s]) => queryEscape(asString(s, 1)),
  'urlquery.decode': ([s]) => queryUnescape(asString(s, 1)),
  'urlquery.encode_object': ([o]) => encodeObject(asObject(o, 1)),
  'urlquery.decode_object': ([s]) => decodeObject(asString(s, 1)),
};
