// uri.parse / uri.is_valid: Go's net/url.Parse (the subset of its rules that decides validity and the components
// OPA reports: scheme, hostname, port, path, raw_path, raw_query, fragment; empty ones omitted).
import { RObject } from '../value/value.ts';
import { type BuiltinFn, asString, builtinError } from './types.ts';
import { quoteBytes, quoteString } from './strings/gofmt.ts';

class URLError extends Error {}

/** Go's url unescape, over the UTF-8 bytes as Go walks them (a character beyond U+FFFF is one unit, not two halves). */
export function goUnescape(s: string, mode: 'query' | 'path' | 'host' | 'fragment', fail: (msg: string) => Error): string {
  const src = Buffer.from(s, 'utf8');
  const bytes: number[] = [];
  const hex = (b: number | undefined) => b !== undefined && /[0-9a-fA-F]/.test(String.fromCharCode(b));
  for (let i = 0; i < src.length; i++) {
    const b = src[i];
    if (b === 0x25) {
      if (!hex(src[i + 1]) || !hex(src[i + 2])) throw fail(`invalid URL escape ${quoteBytes(src.subarray(i, i + 3))}`);
      const v = parseInt(String.fromCharCode(src[i + 1], src[i + 2]), 16);
      // in a host, %-encoding is only for bytes beyond ASCII (RFC 3986 3.2.2), and %25 for a zone
      if (mode === 'host' && v < 0x80 && v !== 0x25) throw fail(`invalid URL escape ${quoteBytes(src.subarray(i, i + 3))}`);
      bytes.push(v);
      i += 2;
    } else if (b === 0x2b && mode === 'query') bytes.push(0x20);
    else if (mode === 'host' && b < 0x80 && !/[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(String.fromCharCode(b))) {
      throw fail(`invalid character ${quoteBytes(src.subarray(i, i + 1))} in host name`);
    } else bytes.push(b);
  }
  return Buffer.from(bytes).toString('utf8');
}

const unescape = (s: string, mode: 'path' | 'host' | 'fragment') => goUnescape(s, mode, (m) => new URLError(m));

/** Go's escape(s, encodePath). */
export function escapePath(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-_.~$&+,/:;=@]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const validOptionalPort = (p: string) => p === '' || /^:\d*$/.test(p);

export interface ParsedURL { scheme: string; host: string; path: string; rawPath: string; rawQuery: string; fragment: string; opaque: string }

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) throw new URLError("missing ']' in host");
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) throw new URLError(`invalid port ${quoteString(colonPort)} after host`);
    // an IPv6 zone ("%25en0") is percent-decoded like the rest of the host
    return unescape(host, 'host');
  }
  const i = host.lastIndexOf(':');
  if (i >= 0) {
    const colonPort = host.slice(i);
    if (!validOptionalPort(colonPort)) throw new URLError(`invalid port ${quoteString(colonPort)} after host`);
  }
  return unescape(host, 'host');
}

export function parseURL(raw: string): ParsedURL {
  const u: ParsedURL = { scheme: '', host: '', path: '', rawPath: '', rawQuery: '', fragment: '', opaque: '' };
  const hash = raw.indexOf('#');
  let rest = hash >= 0 ? raw.slice(0, hash) : raw;
  if (hash >= 0) u.fragment = unescape(raw.slice(hash + 1), 'fragment');
  if (/[\x00-\x1f\x7f]/.test(rest)) throw new URLError('net/url: invalid control character in URL');
  if (rest === '*') { u.path = '*'; return u; }
  const sm = /^([A-Za-z][A-Za-z0-9+\-.]*):/.exec(rest);
  if (sm) { u.scheme = sm[1].toLowerCase(); rest = rest.slice(sm[0].length); } else if (rest.startsWith(':')) throw new URLError('missing protocol scheme');
  if (rest.endsWith('?') && rest.split('?').length === 2) rest = rest.slice(0, -1);
  else {
    const q = rest.indexOf('?');
    if (q >= 0) { u.rawQuery = rest.slice(q + 1); rest = rest.slice(0, q); }
  }
  if (!rest.startsWith('/')) {
    if (u.scheme !== '') { u.opaque = rest; return u; }
    const seg = rest.split('/')[0];
    if (seg.includes(':')) throw new URLError('first path segment in URL cannot contain colon');
  }
  if ((u.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    const after = rest.slice(2);
    const slash = after.indexOf('/');
    const authority = slash >= 0 ? after.slice(0, slash) : after;
    rest = slash >= 0 ? after.slice(slash) : '';
    const at = authority.lastIndexOf('@');
    if (at >= 0 && !/^[A-Za-z0-9\-_.~!$&'()*+,;=:%@]*$/.test(authority.slice(0, at))) throw new URLError('net/url: invalid userinfo');
    u.host = parseHost(at >= 0 ? authority.slice(at + 1) : authority);
  }
  u.path = unescape(rest, 'path');
  u.rawPath = escapePath(u.path) === rest ? '' : rest;
  return u;
}

function hostname(host: string): string {
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  const i = host.lastIndexOf(':');
  return i >= 0 && validOptionalPort(host.slice(i)) ? host.slice(0, i) : host;
}

function port(host: string): string {
  const i = host.lastIndexOf(':');
  const close = host.lastIndexOf(']');
  if (i < 0 || i < close) return '';
  return /^\d+$/.test(host.slice(i + 1)) ? host.slice(i + 1) : '';
}

function parseOrThrow(raw: string): ParsedURL {
  try {
    return parseURL(raw);
  } catch (e) {
    throw builtinError(`parse ${quoteString(raw)}: ${(e as Error).message}`);
  }
}

export const builtins: Record<string, BuiltinFn> = {
  'uri.parse': ([s]) => {
    const u = parseOrThrow(asString(s, 1));
    const out = new RObject();
    if (u.scheme) out.set('scheme', u.scheme);
    const h = hostname(u.host);
    if (h) out.set('hostname', h);
    const p = port(u.host);
    if (p) out.set('port', p);
    if (u.path) { out.set('path', u.path); out.set('raw_path', u.rawPath || u.path); }
    if (u.rawQuery) out.set('raw_query', u.rawQuery);
    if (u.fragment) out.set('fragment', u.fragment);
    return out;
  },
  'uri.is_valid': ([s]) => {
    if (typeof s !== 'string' || s === '') return false;
    try { parseURL(s); return true; } catch { return false; }
  },
};
