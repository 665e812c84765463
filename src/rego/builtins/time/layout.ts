// Go's time layouts ("2006-01-02T15:04:05Z07:00"): the chunk scanner, formatting and parsing, over plain civil
// fields. Calendar arithmetic is proleptic Gregorian on numbers (no JS Date), so every Go year and nanosecond fits.

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Civil fields of an instant in a zone. */
export interface Wall {
  year: number; month: number; day: number; hour: number; min: number; sec: number; nsec: number;
  offset: number; zone: string;
}

// ---------------------------------------------------------------------------------------------------------------
// calendar

export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z0: number): { year: number; month: number; day: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);

const NS_PER_DAY = 86_400_000_000_000n;

/** Go's time.Date: fields may overflow and are normalised; the result is UTC nanoseconds (offset subtracted). */
export function nsFromFields(y: number, mon: number, d: number, h: number, mi: number, s: number, ns: number, offset: number): bigint {
  const m0 = mon - 1;
  const year = y + Math.floor(m0 / 12);
  const month = ((m0 % 12) + 12) % 12 + 1;
  const days = BigInt(daysFromCivil(year, month, 1) + d - 1);
  return days * NS_PER_DAY + BigInt(h) * 3_600_000_000_000n + BigInt(mi) * 60_000_000_000n + BigInt(s - offset) * 1_000_000_000n + BigInt(ns);
}

export function wallFromNs(ns: bigint, offset: number, zone: string): Wall {
  const local = ns + BigInt(offset) * 1_000_000_000n;
  let days = local / NS_PER_DAY;
  let rem = local % NS_PER_DAY;
  if (rem < 0n) { rem += NS_PER_DAY; days -= 1n; }
  const { year, month, day } = civilFromDays(Number(days));
  const secs = Number(rem / 1_000_000_000n);
  return { year, month, day, hour: Math.floor(secs / 3600), min: Math.floor(secs / 60) % 60, sec: secs % 60, nsec: Number(rem % 1_000_000_000n), offset, zone };
}

export const weekday = (w: Wall) => ((daysFromCivil(w.year, w.month, w.day) % 7) + 11) % 7;
export const yearDay = (w: Wall) => daysFromCivil(w.year, w.month, w.day) - daysFromCivil(w.year, 1, 1) + 1;

// ---------------------------------------------------------------------------------------------------------------
// layout chunks

type Std =
  | 'LongMonth' | 'Month' | 'NumMonth' | 'ZeroMonth' | 'LongWeekDay' | 'WeekDay' | 'Day' | 'UnderDay' | 'ZeroDay'
  | 'UnderYearDay' | 'ZeroYearDay' | 'Hour' | 'Hour12' | 'ZeroHour12' | 'Minute' | 'ZeroMinute' | 'Second'
  | 'ZeroSecond' | 'LongYear' | 'Year' | 'PM' | 'pm' | 'TZ' | 'ISO8601TZ' | 'ISO8601SecondsTZ' | 'ISO8601ShortTZ'
  | 'ISO8601ColonTZ' | 'ISO8601ColonSecondsTZ' | 'NumTZ' | 'NumSecondsTz' | 'NumShortTZ' | 'NumColonTZ'
  | 'NumColonSecondsTZ' | 'Frac0' | 'Frac9';

interface Chunk { prefix: string; std?: Std; digits?: number; sep?: string; suffix: string }

const isLower = (s: string) => s.length > 0 && s[0] >= 'a' && s[0] <= 'z';
const isDigitAt = (s: string, i: number) => i < s.length && s[i] >= '0' && s[i] <= '9';
const ZERO_STD: Std[] = ['ZeroMonth', 'ZeroDay', 'ZeroHour12', 'ZeroMinute', 'ZeroSecond', 'Year'];
const TZ_FORMS: [string, Std][] = [
  ['Z070000', 'ISO8601SecondsTZ'], ['Z07:00:00', 'ISO8601ColonSecondsTZ'], ['Z0700', 'ISO8601TZ'], ['Z07:00', 'ISO8601ColonTZ'], ['Z07', 'ISO8601ShortTZ'],
  ['-070000', 'NumSecondsTz'], ['-07:00:00', 'NumColonSecondsTZ'], ['-0700', 'NumTZ'], ['-07:00', 'NumColonTZ'], ['-07', 'NumShortTZ'],
];

export function nextChunk(layout: string): Chunk {
  const at = (i: number, std: Std, len: number): Chunk => ({ prefix: layout.slice(0, i), std, suffix: layout.slice(i + len) });
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i];
    const rest = layout.slice(i);
    switch (c) {
      case 'J':
        if (rest.startsWith('Jan')) {
          if (rest.startsWith('January')) return at(i, 'LongMonth', 7);
          if (!isLower(rest.slice(3))) return at(i, 'Month', 3);
        }
        break;
      case 'M':
        if (rest.startsWith('Mon')) {
          if (rest.startsWith('Monday')) return at(i, 'LongWeekDay', 6);
          if (!isLower(rest.slice(3))) return at(i, 'WeekDay', 3);
        }
        if (rest.startsWith('MST')) return at(i, 'TZ', 3);
        break;
      case '0':
        if (rest.length >= 2 && rest[1] >= '1' && rest[1] <= '6') return at(i, ZERO_STD[rest.charCodeAt(1) - 49], 2);
        if (rest.startsWith('002')) return at(i, 'ZeroYearDay', 3);
        break;
      case '1':
        if (rest[1] === '5') return at(i, 'Hour', 2);
        return at(i, 'NumMonth', 1);
      case '2':
        if (rest.startsWith('2006')) return at(i, 'LongYear', 4);
        return at(i, 'Day', 1);
      case '_':
        if (rest[1] === '2') {
          if (rest.startsWith('_2006')) return { prefix: layout.slice(0, i + 1), std: 'LongYear', suffix: layout.slice(i + 5) };
          return at(i, 'UnderDay', 2);
        }
        if (rest.startsWith('__2')) return at(i, 'UnderYearDay', 3);
        break;
      case '3': return at(i, 'Hour12', 1);
      case '4': return at(i, 'Minute', 1);
      case '5': return at(i, 'Second', 1);
      case 'P': if (rest[1] === 'M') return at(i, 'PM', 2); break;
      case 'p': if (rest[1] === 'm') return at(i, 'pm', 2); break;
      case '-': case 'Z':
        for (const [form, std] of TZ_FORMS) if (form[0] === c && rest.startsWith(form)) return at(i, std, form.length);
        break;
      case '.': case ',':
        if (rest[1] === '0' || rest[1] === '9') {
          let j = i + 1;
          while (j < layout.length && layout[j] === rest[1]) j++;
          if (!isDigitAt(layout, j)) {
            return { prefix: layout.slice(0, i), std: rest[1] === '0' ? 'Frac0' : 'Frac9', digits: j - i - 1, sep: c, suffix: layout.slice(j) };
          }
        }
        break;
    }
  }
  return { prefix: layout, suffix: '' };
}

// ---------------------------------------------------------------------------------------------------------------
// format

const pad = (n: number, w: number) => (n < 0 ? '-' + String(-n).padStart(w, '0') : String(n).padStart(w, '0'));

function tzText(offset: number, std: Std): string {
  if (std.startsWith('ISO8601') && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  const hh = pad(Math.floor(a / 3600), 2);
  const mm = pad(Math.floor(a / 60) % 60, 2);
  const ss = pad(a % 60, 2);
  if (std === 'ISO8601ShortTZ' || std === 'NumShortTZ') return sign + hh;
  if (std === 'ISO8601ColonTZ' || std === 'NumColonTZ') return `${sign}${hh}:${mm}`;
  if (std === 'ISO8601ColonSecondsTZ' || std === 'NumColonSecondsTZ') return `${sign}${hh}:${mm}:${ss}`;
  if (std === 'ISO8601SecondsTZ' || std === 'NumSecondsTz') return sign + hh + mm + ss;
  return sign + hh + mm;
}

export function formatTime(w: Wall, layout: string): string {
  let out = '';
  let rest = layout;
  while (rest !== '') {
    const ch = nextChunk(rest);
    out += ch.prefix;
    if (!ch.std) break;
    rest = ch.suffix;
    const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
    switch (ch.std) {
      case 'Year': out += pad(((w.year % 100) + 100) % 100, 2); break;
      case 'LongYear': out += pad(w.year, 4); break;
      case 'Month': out += MONTHS[w.month - 1].slice(0, 3); break;
      case 'LongMonth': out += MONTHS[w.month - 1]; break;
      case 'NumMonth': out += w.month; break;
      case 'ZeroMonth': out += pad(w.month, 2); break;
      case 'WeekDay': out += DAYS[weekday(w)].slice(0, 3); break;
      case 'LongWeekDay': out += DAYS[weekday(w)]; break;
      case 'Day': out += w.day; break;
      case 'UnderDay': out += String(w.day).padStart(2, ' '); break;
      case 'ZeroDay': out += pad(w.day, 2); break;
      case 'UnderYearDay': out += String(yearDay(w)).padStart(3, ' '); break;
      case 'ZeroYearDay': out += pad(yearDay(w), 3); break;
      case 'Hour': out += pad(w.hour, 2); break;
      case 'Hour12': out += h12; break;
      case 'ZeroHour12': out += pad(h12, 2); break;
      case 'Minute': out += w.min; break;
      case 'ZeroMinute': out += pad(w.min, 2); break;
      case 'Second': out += w.sec; break;
      case 'ZeroSecond': out += pad(w.sec, 2); break;
      case 'PM': out += w.hour >= 12 ? 'PM' : 'AM'; break;
      case 'pm': out += w.hour >= 12 ? 'pm' : 'am'; break;
      case 'TZ': out += w.zone !== '' ? w.zone : tzText(w.offset, 'NumTZ'); break;
      case 'Frac0': out += ch.sep + pad(w.nsec, 9).slice(0, ch.digits); break;
      case 'Frac9': {
        const digits = pad(w.nsec, 9).slice(0, ch.digits).replace(/0+$/, '');
        if (digits !== '') out += ch.sep + digits;
        break;
      }
      default: out += tzText(w.offset, ch.std);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// parse

export class TimeParseError extends Error {}

/** Go's time.quote: ASCII as is (`"` and `\` escaped), every other byte of the UTF-8 text as \xNN. */
export function quote(s: string): string {
  let out = '"';
  for (const c of s) {
    if (c < ' ' || c > '\x7f') out += [...Buffer.from(c, 'utf8')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
    else out += c === '"' || c === '\\' ? `\\${c}` : c;
  }
  return out + '"';
}

/** Go's skip: `prefix` off the front of `value`, a run of spaces matching any run of spaces; on a mismatch, what is
 * left of the value at that point. */
function skip(value: string, prefix: string): { value: string; bad: boolean } {
  let v = value;
  let p = prefix;
  while (p.length) {
    if (p[0] === ' ') {
      if (v.length && v[0] !== ' ') return { value: v, bad: true };
      p = p.replace(/^ +/, '');
      v = v.replace(/^ +/, '');
      continue;
    }
    if (!v.length || v[0] !== p[0]) return { value: v, bad: true };
    p = p.slice(1);
    v = v.slice(1);
  }
  return { value: v, bad: false };
}

/** Go's time.Parse with no default location (UTC): the instant in UTC nanoseconds. */
export function parseTime(layout: string, value0: string): bigint {
  let value = value0;
  let rest = layout;
  let year = 0; let month = -1; let day = -1; let yday = -1; let hour = 0; let min = 0; let sec = 0; let nsec = 0;
  let pmSet = false; let amSet = false;
  let offset: number | undefined;
  const bad = (elem: string, v: string, msg = ''): never => {
    throw new TimeParseError(msg !== ''
      ? `parsing time ${quote(value0)}${msg}`
      : `parsing time ${quote(value0)} as ${quote(layout)}: cannot parse ${quote(v)} as ${quote(elem)}`);
  };
  const num = (fixed: boolean, max = 2): number => {
    const m = new RegExp(`^\\d{${fixed ? max : 1},${max}}`).exec(value);
    if (!m) throw new Error('bad');
    value = value.slice(m[0].length);
    return Number(m[0]);
  };
  const lookup = (names: string[]): number => {
    for (let i = 0; i < names.length; i++) {
      if (value.length >= names[i].length && value.slice(0, names[i].length).toLowerCase() === names[i].toLowerCase()) {
        value = value.slice(names[i].length);
        return i;
      }
    }
    throw new Error('bad');
  };
  while (true) {
    const ch = nextChunk(rest);
    const stdText = rest.slice(ch.prefix.length, rest.length - ch.suffix.length);
    const skipped = skip(value, ch.prefix);
    if (skipped.bad) bad(ch.prefix, skipped.value);
    value = skipped.value;
    if (!ch.std) {
      if (value !== '') bad('', '', `: extra text: ${quote(value)}`);
      break;
    }
    rest = ch.suffix;
    const hold = value;
    try {
      switch (ch.std) {
        case 'Year': { const y = num(true); year = y >= 69 ? y + 1900 : y + 2000; break; }
        case 'LongYear': {
          if (!/^\d{4}/.test(value)) throw new Error('bad');
          year = Number(value.slice(0, 4));
          value = value.slice(4);
          break;
        }
        case 'Month': month = lookup(MONTHS.map((m) => m.slice(0, 3))) + 1; break;
        case 'LongMonth': month = lookup(MONTHS) + 1; break;
        case 'NumMonth': case 'ZeroMonth':
          month = num(ch.std === 'ZeroMonth');
          if (month < 1 || month > 12) bad('', '', ': month out of range');
          break;
        case 'WeekDay': lookup(DAYS.map((d) => d.slice(0, 3))); break;
        case 'LongWeekDay': lookup(DAYS); break;
        case 'Day': case 'UnderDay': case 'ZeroDay':
          if (ch.std === 'UnderDay' && value[0] === ' ') value = value.slice(1);
          day = num(ch.std === 'ZeroDay');
          break;
        case 'UnderYearDay': case 'ZeroYearDay':
          if (ch.std === 'UnderYearDay') value = value.replace(/^ {1,2}/, '');
          yday = num(ch.std === 'ZeroYearDay', 3);
          break;
        case 'Hour': hour = num(false); if (hour > 23) bad('', '', ': hour out of range'); break;
        case 'Hour12': case 'ZeroHour12': hour = num(ch.std === 'ZeroHour12'); if (hour > 12) bad('', '', ': hour out of range'); break;
        case 'Minute': case 'ZeroMinute': min = num(ch.std === 'ZeroMinute'); if (min > 59) bad('', '', ': minute out of range'); break;
        case 'Second': case 'ZeroSecond': {
          sec = num(ch.std === 'ZeroSecond');
          if (sec > 59) bad('', '', ': second out of range');
          // A fractional second in the value that the layout does not spell out.
          const m = /^[.,](\d+)/.exec(value);
          if (m && !nextChunk(rest).std?.startsWith('Frac')) { nsec = fracNs(m[1]); value = value.slice(m[0].length); }
          break;
        }
        case 'PM': case 'pm': {
          const p = value.slice(0, 2);
          const up = p.toUpperCase();
          if (up === 'PM') pmSet = true; else if (up === 'AM') amSet = true; else throw new Error('bad');
          value = value.slice(2);
          break;
        }
        case 'TZ': {
          if (value.startsWith('UTC')) { value = value.slice(3); break; }
          const len = zoneNameLength(value);
          if (len === 0) throw new Error('bad');
          // Go: a zone name only labels the time (a fabricated zone); the instant is read as UTC.
          value = value.slice(len);
          break;
        }
        case 'Frac0': {
          const m = new RegExp(`^[.,]\\d{${ch.digits}}`).exec(value);
          if (!m) throw new Error('bad');
          nsec = fracNs(m[0].slice(1));
          value = value.slice(m[0].length);
          break;
        }
        case 'Frac9': {
          const m = /^[.,](\d+)/.exec(value);
          if (m) { nsec = fracNs(m[1]); value = value.slice(m[0].length); }
          break;
        }
        default: {
          if (ch.std.startsWith('ISO8601') && value[0] === 'Z') { value = value.slice(1); offset = 0; break; }
          const forms: Record<string, RegExp> = {
            ISO8601TZ: /^([+-])(\d\d)(\d\d)/, NumTZ: /^([+-])(\d\d)(\d\d)/,
            ISO8601ColonTZ: /^([+-])(\d\d):(\d\d)/, NumColonTZ: /^([+-])(\d\d):(\d\d)/,
            ISO8601ShortTZ: /^([+-])(\d\d)/, NumShortTZ: /^([+-])(\d\d)/,
            ISO8601SecondsTZ: /^([+-])(\d\d)(\d\d)(\d\d)/, NumSecondsTz: /^([+-])(\d\d)(\d\d)(\d\d)/,
            ISO8601ColonSecondsTZ: /^([+-])(\d\d):(\d\d):(\d\d)/, NumColonSecondsTZ: /^([+-])(\d\d):(\d\d):(\d\d)/,
          };
          const m = forms[ch.std].exec(value);
          if (!m) throw new Error('bad');
          value = value.slice(m[0].length);
          if (Number(m[2]) > 24) bad('', '', ': time zone offset hour out of range');
          if (Number(m[3] ?? 0) > 60) bad('', '', ': time zone offset minute out of range');
          if (Number(m[4] ?? 0) > 60) bad('', '', ': time zone offset second out of range');
          const o = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
          offset = m[1] === '-' ? -o : o;
        }
      }
    } catch (e) {
      if (e instanceof TimeParseError) throw e;
      bad(stdText, hold);
    }
  }
  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour === 12) hour = 0;
  if (yday >= 0) {
    const max = isLeap(year) ? 366 : 365;
    if (yday < 1 || yday > max) bad('', '', ': day-of-year out of range');
    if (month < 0) {
      let m = 1;
      let d = yday;
      while (d > daysIn(year, m)) { d -= daysIn(year, m); m++; }
      month = m; day = d;
    }
  }
  if (month < 0) month = 1;
  if (day < 0) day = 1;
  if (day < 1 || day > daysIn(year, month)) bad('', '', ': day out of range');
  return nsFromFields(year, month, day, hour, min, sec, nsec, offset ?? 0);
}

function fracNs(digits: string): number {
  return Number(digits.slice(0, 9).padEnd(9, '0'));
}

/** Go's parseTimeZone: how many bytes of value are a zone abbreviation (0: none). */
function zoneNameLength(value: string): number {
  if (value.startsWith('ChST') || value.startsWith('MeST')) return 4;
  if (value.startsWith('GMT')) {
    const m = /^GMT([+-]\d{1,2})?/.exec(value)!;
    return m[1] !== undefined && Math.abs(Number(m[1])) > 23 ? 3 : m[0].length;
  }
  if (value[0] === '+' || value[0] === '-') {
    const m = /^[+-]\d{2}(\d{2})?/.exec(value);
    return m ? m[0].length : 0;
  }
  const upper = /^[A-Z]{0,6}/.exec(value)![0].length;
  if (upper === 3) return 3;
  if (upper === 4 && (value[3] === 'T' || value.startsWith('WITA'))) return 4;
  if (upper === 5 && value[4] === 'T') return 5;
  return 0;
}
