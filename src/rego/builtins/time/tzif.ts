// The system time zone database (TZif files, as Go's time.LoadLocation reads them), for exact zone abbreviations
// and offsets. Undefined when the zone file is not installed; callers then fall back to Intl.
import { readFileSync } from 'node:fs';

interface ZoneType { offset: number; isDst: boolean; abbr: string }
export interface TzData { transitions: bigint[]; indexes: number[]; types: ZoneType[]; fixed?: ZoneType }

const ROOTS = ['/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo'];
const cache = new Map<string, TzData | undefined>();

function parse(buf: Buffer): TzData | undefined {
  if (buf.toString('latin1', 0, 4) !== 'TZif') return undefined;
  const header = (at: number) => ({
    version: buf[at + 4],
    isut: buf.readUInt32BE(at + 20), isstd: buf.readUInt32BE(at + 24), leap: buf.readUInt32BE(at + 28),
    time: buf.readUInt32BE(at + 32), type: buf.readUInt32BE(at + 36), chars: buf.readUInt32BE(at + 40),
  });
  let h = header(0);
  let at = 44;
  let wide = false;
  if (h.version >= 0x32) {
    // skip the 32-bit block; the 64-bit one follows with its own header
    at += h.time * 5 + h.type * 6 + h.chars + h.leap * 8 + h.isstd + h.isut;
    h = header(at);
    at += 44;
    wide = true;
  }
  const transitions: bigint[] = [];
  for (let i = 0; i < h.time; i++) {
    transitions.push(wide ? buf.readBigInt64BE(at) : BigInt(buf.readInt32BE(at)));
    at += wide ? 8 : 4;
  }
  const indexes = [...buf.subarray(at, at + h.time)];
  at += h.time;
  const raw: [number, boolean, number][] = [];
  for (let i = 0; i < h.type; i++) {
    raw.push([buf.readInt32BE(at), buf[at + 4] === 1, buf[at + 5]]);
    at += 6;
  }
  const chars = buf.toString('latin1', at, at + h.chars);
  const types = raw.map(([offset, isDst, i]) => ({ offset, isDst, abbr: chars.slice(i, chars.indexOf('\0', i)) }));
  at += h.chars + h.leap * (wide ? 12 : 8) + h.isstd + h.isut;
  return { transitions, indexes, types, fixed: wide ? fixedFooter(buf.toString('latin1', at).split('\n')[1] ?? '') : undefined };
}

export function loadTz(name: string): TzData | undefined {
  if (cache.has(name)) return cache.get(name);
  let data: TzData | undefined;
  if (/^[A-Za-z0-9_+\-]+(\/[A-Za-z0-9_+\-]+)*$/.test(name)) {
    for (const root of ROOTS) {
      try {
        data = parse(readFileSync(`${root}/${name}`));
        if (data) break;
      } catch {
        // not installed here
      }
    }
  }
  cache.set(name, data);
  return data;
}

/**
 * The zone type in effect at `sec` (Unix seconds), as Go's Location.lookup picks it: before the first transition
 * the first standard-time type; after the last transition the footer's fixed type, else undefined (daylight-saving
 * rules: the caller takes the offset from Intl).
 */
export function tzTypeAt(tz: TzData, sec: bigint): ZoneType | undefined {
  const t = tz.transitions;
  if (t.length === 0 || sec < t[0]) return tz.types.find((x) => !x.isDst) ?? tz.types[0];
  if (sec >= t[t.length - 1]) return tz.fixed;
  let lo = 0;
  let hi = t.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t[mid] <= sec) lo = mid; else hi = mid;
  }
  return tz.types[tz.indexes[lo]];
}

/** The abbreviation of the most recently used type with this offset (for instants past the last transition). */
export function tzAbbrFor(tz: TzData, offset: number): string | undefined {
  for (let i = tz.indexes.length - 1; i >= 0; i--) {
    const ty = tz.types[tz.indexes[i]];
    if (ty.offset === offset) return ty.abbr;
  }
  return tz.types.find((x) => x.offset === offset)?.abbr;
}

/** A POSIX TZ footer without daylight saving ("<+01>-1", "JST-9"): the zone type for every later instant. */
function fixedFooter(tz: string): ZoneType | undefined {
  const m = /^(<[^>]+>|[A-Za-z]{3,})([+-]?\d{1,2})(?::(\d{2}))?(?::(\d{2}))?$/.exec(tz);
  if (!m) return undefined;
  const sign = m[2].startsWith('-') ? 1 : -1; // POSIX offsets are west-positive
  const secs = Math.abs(Number(m[2])) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return { offset: sign * secs, isDst: false, abbr: m[1].replace(/^<|>$/g, '') };
}
