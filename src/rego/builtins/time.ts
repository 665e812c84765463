// time.* builtins: nanoseconds since the epoch as exact integers, Go layouts (time-layout.ts), Go durations, and
// IANA time zones through Intl (offsets and abbreviations at the instant).
import { type Num, type Value, num, isNum, numToBigInt } from '../value/value.ts';
import { type BuiltinFn, type BuiltinContext, asString, asInt, builtinError, typeError } from './types.ts';
import { loadTz, tzAbbrFor, tzTypeAt } from './time/tzif.ts';
import { DAYS, type Wall, daysIn, formatTime, nsFromFields, parseTime, quote, wallFromNs, weekday } from './time/layout.ts';

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

// The layout constants OPA accepts by name in time.parse_ns and time.format.
const GO_LAYOUTS: Record<string, string> = {
  ANSIC: 'Mon Jan _2 15:04:05 2006',
  UnixDate: 'Mon Jan _2 15:04:05 MST 2006',
  RubyDate: 'Mon Jan 02 15:04:05 -0700 2006',
  RFC822: '02 Jan 06 15:04 MST',
  RFC822Z: '02 Jan 06 15:04 -0700',
  RFC850: 'Monday, 02-Jan-06 15:04:05 MST',
  RFC1123: 'Mon, 02 Jan 2006 15:04:05 MST',
  RFC1123Z: 'Mon, 02 Jan 2006 15:04:05 -0700',
  RFC3339: '2006-01-02T15:04:05Z07:00',
  RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
};

// ---------------------------------------------------------------------------------------------------------------
// zones

interface Zone { name: string; at(ns: bigint): { offset: number; abbr: string } }

const UTC: Zone = { name: 'UTC', at: () => ({ offset: 0, abbr: 'UTC' }) };
const zoneCache = new Map<string, Zone>();

function ianaZone(name: string): Zone {
  const hit = zoneCache.get(name);
  if (hit) return hit;
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: name, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short',
    });
  } catch {
    throw builtinError(`unknown time zone ${name}`);
  }
  const tz = loadTz(name);
  const zone: Zone = {
    name,
    at(ns) {
      // The zone database gives Go's exact answer where it covers the instant; Intl covers the rest.
      if (tz) {
        const ty = tzTypeAt(tz, ns / 1_000_000_000n - (ns % 1_000_000_000n < 0n ? 1n : 0n));
        if (ty) return { offset: ty.offset, abbr: ty.abbr };
      }
      const ms = Number(ns / 1_000_000n) - (ns % 1_000_000n < 0n ? 1 : 0);
      const clamped = Math.max(Math.min(ms, 8.64e15), -8.64e15);
      const whole = clamped - (((clamped % 1000) + 1000) % 1000);
      const parts = Object.fromEntries(fmt.formatToParts(new Date(whole)).map((p) => [p.type, p.value]));
      const y = Number(parts.year) * (parts.era === 'BC' || parts.era === 'B' ? -1 : 1) + (parts.era === 'BC' || parts.era === 'B' ? 1 : 0);
      const wallSec = Number(nsFromFields(y, Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second), 0, 0) / 1_000_000_000n);
      const offset = wallSec - Math.floor(whole / 1000);
      const abbr = /^GMT$/.test(parts.timeZoneName ?? '') ? 'GMT' : parts.timeZoneName ?? '';
      const known = tz ? tzAbbrFor(tz, offset) : undefined;
      return { offset, abbr: known ?? (/^GMT[+-]/.test(abbr) ? goOffsetName(offset) : abbr) };
    },
  };
  zoneCache.set(name, zone);
  return zone;
}

/** Go names zones without an abbreviation by their offset: "+03", "-0930". */
function goOffsetName(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  const h = String(Math.floor(a / 3600)).padStart(2, '0');
  const m = Math.floor(a / 60) % 60;
  return sign + h + (m ? String(m).padStart(2, '0') : '');
}

function zone(name: string): Zone {
  if (name === '' || name === 'UTC') return UTC;
  if (name === 'Local') return ianaZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  return ianaZone(name);
}

// ---------------------------------------------------------------------------------------------------------------
// operands

function nsOperand(v: Value): bigint {
  if (!isNum(v)) throw typeError(1, 'number', v);
  return nsValue(v);
}

function nsValue(v: Num): bigint {
  const b = numToBigInt(v);
  if (b === undefined || b < INT64_MIN || b > INT64_MAX) throw builtinError('timestamp too big');
  return b;
}

/** OPA's tzTime: ns, [ns, tz] or [ns, tz, layout]. */
function tzTime(v: Value): { ns: bigint; zone: Zone; layout: string } {
  let layout = GO_LAYOUTS.RFC3339Nano;
  if (isNum(v)) return { ns: nsOperand(v), zone: UTC, layout };
  if (!Array.isArray(v) || v.length === 0) throw typeError(1, 'either number (ns) or [number (ns), string (tz)]', v);
  // OPA reads the zone and the layout before it checks the time's range
  const n = v[0];
  if (!isNum(n)) throw typeError(1, 'number', n);
  const z = v.length > 1 ? zone(asString(v[1], 1)) : UTC;
  if (v.length > 2) {
    const l = asString(v[2], 1);
    layout = l === '' ? GO_LAYOUTS.RFC3339Nano : GO_LAYOUTS[l] ?? l;
  }
  return { ns: nsValue(n), zone: z, layout };
}

function wallOf(t: { ns: bigint; zone: Zone }): Wall {
  const { offset, abbr } = t.zone.at(t.ns);
  return wallFromNs(t.ns, offset, abbr);
}

function checkRange(ns: bigint): Value {
  if (ns < INT64_MIN || ns > INT64_MAX) throw builtinError('time outside of valid range');
  return num(ns);
}

function parseWith(layout: string, value: string): Value {
  try {
    return checkRange(parseTime(layout, value));
  } catch (e) {
    throw builtinError((e as Error).message);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// durations

// Go's units, and OPA's additions: d (24h), w (7d), y (365d).
const UNITS: Record<string, number> = {
  ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9, d: 86400e9, w: 604800e9, y: 31536000e9,
};

/** Go's time.ParseDuration. */
export function parseDuration(orig: string): bigint {
  const invalid = () => builtinError(`time: invalid duration ${quote(orig)}`);
  let s = orig;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') { neg = s[0] === '-'; s = s.slice(1); }
  if (s === '0') return 0n;
  if (s === '') throw invalid();
  let total = 0n;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if (m[0] === '' || m[0] === '.' || (m[1] === '' && (m[2] ?? '') === '')) throw invalid();
    s = s.slice(m[0].length);
    const u = /^[^0-9.]*/.exec(s)![0];
    if (u === '') throw builtinError(`time: missing unit in duration ${quote(orig)}`);
    s = s.slice(u.length);
    const unit = UNITS[u];
    if (unit === undefined) throw builtinError(`time: unknown unit ${quote(u)} in duration ${quote(orig)}`);
    let v = BigInt(m[1] === '' ? '0' : m[1]) * BigInt(unit);
    const frac = m[2] ?? '';
    if (frac !== '') {
      const digits = frac.slice(0, 18);
      v += BigInt(Math.trunc(Number(digits) * (unit / 10 ** digits.length)));
    }
    total += v;
    if (total > 1n << 63n) throw invalid();
  }
  if (neg) return -total;
  if (total > INT64_MAX) throw invalid();
  return total;
}

// ---------------------------------------------------------------------------------------------------------------

function diff(a: Value, b: Value): Value {
  const t1 = tzTime(a);
  const t2 = { ...tzTime(b), zone: t1.zone };
  const [x, y] = t1.ns > t2.ns ? [t2, t1] : [t1, t2];
  const w1 = wallOf(x);
  const w2 = wallOf(y);
  let year = w2.year - w1.year;
  let month = w2.month - w1.month;
  let day = w2.day - w1.day;
  let hour = w2.hour - w1.hour;
  let min = w2.min - w1.min;
  let sec = w2.sec - w1.sec;
  if (sec < 0) { sec += 60; min--; }
  if (min < 0) { min += 60; hour--; }
  if (hour < 0) { hour += 24; day--; }
  if (day < 0) { day += daysIn(w1.year, w1.month); month--; }
  if (month < 0) { month += 12; year--; }
  return [year, month, day, hour, min, sec];
}

export const builtins: Record<string, BuiltinFn> = {
  'time.now_ns': (_args, ctx: BuiltinContext) => num(ctx.nowNs()),
  'time.parse_ns': ([l, v]) => {
    const layout = asString(l, 1);
    return parseWith(GO_LAYOUTS[layout] ?? layout, asString(v, 2));
  },
  'time.parse_rfc3339_ns': ([v]) => parseWith(GO_LAYOUTS.RFC3339, asString(v, 1)),
  'time.parse_duration_ns': ([v]) => num(parseDuration(asString(v, 1))),
  'time.date': ([v]) => { const w = wallOf(tzTime(v)); return [w.year, w.month, w.day]; },
  'time.clock': ([v]) => { const w = wallOf(tzTime(v)); return [w.hour, w.min, w.sec]; },
  'time.weekday': ([v]) => DAYS[weekday(wallOf(tzTime(v)))],
  'time.add_date': ([v, y, m, d]) => {
    const t = tzTime(v);
    const years = asInt(y, 2);
    const months = asInt(m, 3);
    const days = asInt(d, 4);
    const w = wallOf(t);
    const local = nsFromFields(w.year + years, w.month + months, w.day + days, w.hour, w.min, w.sec, w.nsec, 0);
    // Go's Date: the offset in effect at the wall time read as UTC, then re-checked at the instant that gives.
    const first = t.zone.at(local).offset;
    const offset = t.zone.at(local - BigInt(first) * 1_000_000_000n).offset;
    return checkRange(local - BigInt(offset) * 1_000_000_000n);
  },
  'time.diff': ([a, b]) => diff(a, b),
  'time.format': ([v]) => {
    const t = tzTime(v);
    return formatTime(wallOf(t), t.layout);
  },
};

