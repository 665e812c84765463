// uuid.*: RFC 4122 parsing with google/uuid's accepted forms and the properties OPA reports, and random v4 UUIDs
// that stay the same for the same key within one query (OPA caches them per evaluation).
import type { Value } from '../value/value.ts';
import { RObject, num } from '../value/value.ts';
import { type BuiltinFn, asString } from './types.ts';

/** google/uuid's Parse: 36 chars, urn:uuid: prefixed, 38 chars (any wrapping pair), or 32 hex digits. */
export function parseUUIDBytes(s: string): Buffer | undefined {
  let t = s;
  if (t.length === 45) {
    if (t.slice(0, 9).toLowerCase() !== 'urn:uuid:') return undefined;
    t = t.slice(9);
  } else if (t.length === 38) t = t.slice(1, 37);
  else if (t.length === 32) return /^[0-9a-fA-F]{32}$/.test(t) ? Buffer.from(t, 'hex') : undefined;
  if (t.length !== 36 || t[8] !== '-' || t[13] !== '-' || t[18] !== '-' || t[23] !== '-') return undefined;
  const hex = t.replace(/-/g, '');
  return /^[0-9a-fA-F]{32}$/.test(hex) ? Buffer.from(hex, 'hex') : undefined;
}

function variant(b: number): string {
  if ((b & 0xc0) === 0x80) return 'RFC4122';
  if ((b & 0xe0) === 0xc0) return 'Microsoft';
  if ((b & 0xe0) === 0xe0) return 'Future';
  return 'Reserved';
}

const GREGORIAN_OFFSET = 122192928000000000n; // 100ns intervals between 1582-10-15 and 1970-01-01

export function uuidProperties(u: Buffer): RObject {
  const version = u[6] >> 4;
  const out = new RObject();
  out.set('version', version);
  out.set('variant', variant(u[8]));
  if (version === 1 || version === 2) {
    const t = BigInt(u.readUInt32BE(0)) | (BigInt(u.readUInt16BE(4)) << 32n) | (BigInt(u.readUInt16BE(6) & 0xfff) << 48n);
    const since = t - GREGORIAN_OFFSET;
    const sec = since / 10000000n;
    const nsec = (since % 10000000n) * 100n;
    out.set('time', num(sec * 1000000000n + nsec));
    out.set('clocksequence', u.readUInt16BE(8) & 0x3fff);
    out.set('nodeid', [...u.subarray(10)].map((b) => b.toString(16).padStart(2, '0')).join('-'));
    out.set('macvariables', `${u[10] & 2 ? 'local' : 'global'}:${u[10] & 1 ? 'multicast' : 'unicast'}`);
  }
  if (version === 2) {
    const domains = ['Person', 'Group', 'Org'];
    out.set('domain', domains[u[9]] ?? `Domain${u[9]}`);
    out.set('id', u.readUInt32BE(0));
  }
  return out;
}

export const builtins: Record<string, BuiltinFn> = {
  'uuid.parse': ([s]): Value | undefined => {
    const u = parseUUIDBytes(asString(s, 1));
    return u ? uuidProperties(u) : undefined;
  },
  'uuid.rfc4122': ([k], ctx) => {
    const key = `uuid.rfc4122\u0000${asString(k, 1)}`;
    const cached = ctx.cache.get(key);
    if (typeof cached === 'string') return cached;
    const b = Buffer.alloc(16);
    for (let i = 0; i < 16; i++) b[i] = Math.floor(ctx.random() * 256) & 0xff;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    ctx.cache.set(key, id);
    return id;
  },
};
