// Helpers shared by io.jwt.*, crypto.* and friends: Go-compatible base64 and JSON, PEM blocks.
import { type Value, toJSONText } from '../../value/value.ts';

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Strict base64 decoding with Go's error text (`illegal base64 data at input byte N`). Go skips CR/LF; padding is
 * required unless `raw`.
 */
export function goBase64Decode(s: string, alphabet: 'std' | 'url', raw = false): Buffer {
  const chars = alphabet === 'std' ? STD : URL;
  const clean: string[] = [];
  const index: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\r' || s[i] === '\n') continue;
    clean.push(s[i]);
    index.push(i);
  }
  const bad = (at: number) => new Error(`illegal base64 data at input byte ${at}`);
  let data = clean.length;
  const firstPad = clean.indexOf('=');
  if (firstPad >= 0) {
    if (raw) throw bad(index[firstPad]);
    data = firstPad;
  }
  for (let i = 0; i < data; i++) if (!chars.includes(clean[i])) throw bad(index[i]);
  if (firstPad >= 0) {
    const pads = clean.length - firstPad;
    for (let i = firstPad; i < clean.length; i++) if (clean[i] !== '=') throw bad(index[i]);
    const rem = firstPad % 4;
    if (rem < 2 || pads !== 4 - rem) throw bad(index[Math.min(firstPad + (rem < 2 ? 0 : 4 - rem), clean.length - 1)] ?? s.length);
  } else if (!raw && data % 4 !== 0) {
    // Go: the input ends inside a quantum of j characters: CorruptInputError(len - j)
    throw bad(s.length - (data % 4));
  } else if (raw && data % 4 === 1) {
    throw bad(index[data - 1]);
  }
  return Buffer.from(clean.slice(0, data).join(''), alphabet === 'std' ? 'base64' : 'base64url');
}

/** OPA's base64url.decode: missing padding is added first (RFC 7515 appendix C). */
export function base64UrlDecode(s: string): Buffer {
  let t = s;
  if (!t.endsWith('=')) {
    const rem = t.length % 4;
    if (rem === 2) t += '==';
    else if (rem === 3) t += '=';
    else if (rem === 1) throw new Error(`illegal base64url string: ${s}`);
  }
  return goBase64Decode(t, 'url');
}

export const base64UrlEncodeRaw = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

/** JSON text as Go's json.Marshal writes it (sorted keys, HTML-sensitive characters escaped). */
export function goJSONMarshal(v: Value): string {
  return toJSONText(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface PemBlock { type: string; bytes: Buffer; headers: Record<string, string> }

/**
 * Go's pem.Decode: the first well-formed block and the text after it (its END line and line break consumed), or
 * undefined when there is none.
 */
export function pemDecode(text: string): { block: PemBlock; rest: string } | undefined {
  let from = 0;
  for (;;) {
    const begin = text.indexOf('-----BEGIN ', from);
    if (begin < 0) return undefined;
    if (begin > 0 && text[begin - 1] !== '\n') {
      from = begin + 1;
      continue;
    }
    const typeEnd = text.indexOf('-----', begin + 11);
    const lineEnd = text.indexOf('\n', begin);
    if (typeEnd < 0 || (lineEnd >= 0 && typeEnd > lineEnd)) return undefined;
    const type = text.slice(begin + 11, typeEnd);
    const endMarker = `-----END ${type}-----`;
    const end = text.indexOf(endMarker, typeEnd);
    if (end < 0) {
      from = begin + 1;
      continue;
    }
    let body = text.slice(typeEnd + 5, end);
    const headers: Record<string, string> = {};
    const lines = body.split(/\r?\n/);
    const colon = lines.findIndex((l) => l.includes(':'));
    if (colon >= 0 && colon <= 1) {
      let i = colon;
      while (i < lines.length && lines[i].includes(':')) {
        const [k, ...v] = lines[i].split(':');
        headers[k.trim()] = v.join(':').trim();
        i++;
      }
      body = lines.slice(i).join('\n');
    }
    const b64 = body.replace(/[\s]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
      from = begin + 1;
      continue;
    }
    let rest = text.slice(end + endMarker.length);
    rest = rest.replace(/^[ \t]*\r?\n/, '');
    return { block: { type, bytes: Buffer.from(b64, 'base64'), headers }, rest };
  }
}

export function pemEncode(type: string, der: Buffer): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN ${type}-----\n${b64}\n-----END ${type}-----\n`;
}
