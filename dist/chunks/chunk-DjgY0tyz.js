import { createRequire } from 'node:module';
import { c as builtinError, v as isNum, t as typeError, F as numToBigInt, b as asString, n as num, y as asInt } from './rego-CkdsLX6W.js';
import { b as readFileSync } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/time/tzif.ts
var ROOTS = ["/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo"];
var cache = /* @__PURE__ */ new Map();
function parse(buf) {
  if (buf.toString("latin1", 0, 4) !== "TZif") return void 0;
  const header = (at2) => ({
    version: buf[at2 + 4],
    isut: buf.readUInt32BE(at2 + 20),
    isstd: buf.readUInt32BE(at2 + 24),
    leap: buf.readUInt32BE(at2 + 28),
    time: buf.readUInt32BE(at2 + 32),
    type: buf.readUInt32BE(at2 + 36),
    chars: buf.readUInt32BE(at2 + 40)
  });
  let h = header(0);
  let at = 44;
  let wide = false;
  if (h.version >= 50) {
    at += h.time * 5 + h.type * 6 + h.chars + h.leap * 8 + h.isstd + h.isut;
    h = header(at);
    at += 44;
    wide = true;
  }
  const transitions = [];
  for (let i = 0; i < h.time; i++) {
    transitions.push(wide ? buf.readBigInt64BE(at) : BigInt(buf.readInt32BE(at)));
    at += wide ? 8 : 4;
  }
  const indexes = [...buf.subarray(at, at + h.time)];
  at += h.time;
  const raw = [];
  for (let i = 0; i < h.type; i++) {
    raw.push([buf.readInt32BE(at), buf[at + 4] === 1, buf[at + 5]]);
    at += 6;
  }
  const chars = buf.toString("latin1", at, at + h.chars);
  const types = raw.map(([offset, isDst, i]) => ({ offset, isDst, abbr: chars.slice(i, chars.indexOf("\0", i)) }));
  at += h.chars + h.leap * (wide ? 12 : 8) + h.isstd + h.isut;
  return { transitions, indexes, types, fixed: wide ? fixedFooter(buf.toString("latin1", at).split("\n")[1] ?? "") : void 0 };
}
function loadTz(name) {
  if (cache.has(name)) return cache.get(name);
  let data;
  if (/^[A-Za-z0-9_+\-]+(\/[A-Za-z0-9_+\-]+)*$/.test(name)) {
    for (const root of ROOTS) {
      try {
        data = parse(readFileSync(`${root}/${name}`));
        if (data) break;
      } catch {
      }
    }
  }
  cache.set(name, data);
  return data;
}
function tzTypeAt(tz, sec) {
  const t = tz.transitions;
  if (t.length === 0 || sec < t[0]) return tz.types.find((x) => !x.isDst) ?? tz.types[0];
  if (sec >= t[t.length - 1]) return tz.fixed;
  let lo = 0;
  let hi = t.length - 1;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    if (t[mid] <= sec) lo = mid;
    else hi = mid;
  }
  return tz.types[tz.indexes[lo]];
}
function tzAbbrFor(tz, offset) {
  for (let i = tz.indexes.length - 1; i >= 0; i--) {
    const ty = tz.types[tz.indexes[i]];
    if (ty.offset === offset) return ty.abbr;
  }
  return tz.types.find((x) => x.offset === offset)?.abbr;
}
function fixedFooter(tz) {
  const m = /^(<[^>]+>|[A-Za-z]{3,})([+-]?\d{1,2})(?::(\d{2}))?(?::(\d{2}))?$/.exec(tz);
  if (!m) return void 0;
  const sign = m[2].startsWith("-") ? 1 : -1;
  const secs = Math.abs(Number(m[2])) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return { offset: sign * secs, isDst: false, abbr: m[1].replace(/^<|>$/g, "") };
}

// src/rego/builtins/time/layout.ts
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function daysFromCivil(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(z0) {
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
var isLeap = (y) => y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
var daysIn = (y, m) => m === 2 ? isLeap(y) ? 29 : 28 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
var NS_PER_DAY = 86400000000000n;
function nsFromFields(y, mon, d, h, mi, s, ns, offset) {
  const m0 = mon - 1;
  const year = y + Math.floor(m0 / 12);
  const month = (m0 % 12 + 12) % 12 + 1;
  const days = BigInt(daysFromCivil(year, month, 1) + d - 1);
  return days * NS_PER_DAY + BigInt(h) * 3600000000000n + BigInt(mi) * 60000000000n + BigInt(s - offset) * 1000000000n + BigInt(ns);
}
function wallFromNs(ns, offset, zone2) {
  const local = ns + BigInt(offset) * 1000000000n;
  let days = local / NS_PER_DAY;
  let rem = local % NS_PER_DAY;
  if (rem < 0n) {
    rem += NS_PER_DAY;
    days -= 1n;
  }
  const { year, month, day } = civilFromDays(Number(days));
  const secs = Number(rem / 1000000000n);
  return { year, month, day, hour: Math.floor(secs / 3600), min: Math.floor(secs / 60) % 60, sec: secs % 60, nsec: Number(rem % 1000000000n), offset, zone: zone2 };
}
var weekday = (w) => (daysFromCivil(w.year, w.month, w.day) % 7 + 11) % 7;
var yearDay = (w) => daysFromCivil(w.year, w.month, w.day) - daysFromCivil(w.year, 1, 1) + 1;
var isLower = (s) => s.length > 0 && s[0] >= "a" && s[0] <= "z";
var isDigitAt = (s, i) => i < s.length && s[i] >= "0" && s[i] <= "9";
var ZERO_STD = ["ZeroMonth", "ZeroDay", "ZeroHour12", "ZeroMinute", "ZeroSecond", "Year"];
var TZ_FORMS = [
  ["Z070000", "ISO8601SecondsTZ"],
  ["Z07:00:00", "ISO8601ColonSecondsTZ"],
  ["Z0700", "ISO8601TZ"],
  ["Z07:00", "ISO8601ColonTZ"],
  ["Z07", "ISO8601ShortTZ"],
  ["-070000", "NumSecondsTz"],
  ["-07:00:00", "NumColonSecondsTZ"],
  ["-0700", "NumTZ"],
  ["-07:00", "NumColonTZ"],
  ["-07", "NumShortTZ"]
];
function nextChunk(layout) {
  const at = (i, std, len) => ({ prefix: layout.slice(0, i), std, suffix: layout.slice(i + len) });
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i];
    const rest = layout.slice(i);
    switch (c) {
      case "J":
        if (rest.startsWith("Jan")) {
          if (rest.startsWith("January")) return at(i, "LongMonth", 7);
          if (!isLower(rest.slice(3))) return at(i, "Month", 3);
        }
        break;
      case "M":
        if (rest.startsWith("Mon")) {
          if (rest.startsWith("Monday")) return at(i, "LongWeekDay", 6);
          if (!isLower(rest.slice(3))) return at(i, "WeekDay", 3);
        }
        if (rest.startsWith("MST")) return at(i, "TZ", 3);
        break;
      case "0":
        if (rest.length >= 2 && rest[1] >= "1" && rest[1] <= "6") return at(i, ZERO_STD[rest.charCodeAt(1) - 49], 2);
        if (rest.startsWith("002")) return at(i, "ZeroYearDay", 3);
        break;
      case "1":
        if (rest[1] === "5") return at(i, "Hour", 2);
        return at(i, "NumMonth", 1);
      case "2":
        if (rest.startsWith("2006")) return at(i, "LongYear", 4);
        return at(i, "Day", 1);
      case "_":
        if (rest[1] === "2") {
          if (rest.startsWith("_2006")) return { prefix: layout.slice(0, i + 1), std: "LongYear", suffix: layout.slice(i + 5) };
          return at(i, "UnderDay", 2);
        }
        if (rest.startsWith("__2")) return at(i, "UnderYearDay", 3);
        break;
      case "3":
        return at(i, "Hour12", 1);
      case "4":
        return at(i, "Minute", 1);
      case "5":
        return at(i, "Second", 1);
      case "P":
        if (rest[1] === "M") return at(i, "PM", 2);
        break;
      case "p":
        if (rest[1] === "m") return at(i, "pm", 2);
        break;
      case "-":
      case "Z":
        for (const [form, std] of TZ_FORMS) if (form[0] === c && rest.startsWith(form)) return at(i, std, form.length);
        break;
      case ".":
      case ",":
        if (rest[1] === "0" || rest[1] === "9") {
          let j = i + 1;
          while (j < layout.length && layout[j] === rest[1]) j++;
          if (!isDigitAt(layout, j)) {
            return { prefix: layout.slice(0, i), std: rest[1] === "0" ? "Frac0" : "Frac9", digits: j - i - 1, sep: c, suffix: layout.slice(j) };
          }
        }
        break;
    }
  }
  return { prefix: layout, suffix: "" };
}
var pad = (n, w) => n < 0 ? "-" + String(-n).padStart(w, "0") : String(n).padStart(w, "0");
function tzText(offset, std) {
  if (std.startsWith("ISO8601") && offset === 0) return "Z";
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  const hh = pad(Math.floor(a / 3600), 2);
  const mm = pad(Math.floor(a / 60) % 60, 2);
  const ss = pad(a % 60, 2);
  if (std === "ISO8601ShortTZ" || std === "NumShortTZ") return sign + hh;
  if (std === "ISO8601ColonTZ" || std === "NumColonTZ") return `${sign}${hh}:${mm}`;
  if (std === "ISO8601ColonSecondsTZ" || std === "NumColonSecondsTZ") return `${sign}${hh}:${mm}:${ss}`;
  if (std === "ISO8601SecondsTZ" || std === "NumSecondsTz") return sign + hh + mm + ss;
  return sign + hh + mm;
}
function formatTime(w, layout) {
  let out = "";
  let rest = layout;
  while (rest !== "") {
    const ch = nextChunk(rest);
    out += ch.prefix;
    if (!ch.std) break;
    rest = ch.suffix;
    const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
    switch (ch.std) {
      case "Year":
        out += pad((w.year % 100 + 100) % 100, 2);
        break;
      case "LongYear":
        out += pad(w.year, 4);
        break;
      case "Month":
        out += MONTHS[w.month - 1].slice(0, 3);
        break;
      case "LongMonth":
        out += MONTHS[w.month - 1];
        break;
      case "NumMonth":
        out += w.month;
        break;
      case "ZeroMonth":
        out += pad(w.month, 2);
        break;
      case "WeekDay":
        out += DAYS[weekday(w)].slice(0, 3);
        break;
      case "LongWeekDay":
        out += DAYS[weekday(w)];
        break;
      case "Day":
        out += w.day;
        break;
      case "UnderDay":
        out += String(w.day).padStart(2, " ");
        break;
      case "ZeroDay":
        out += pad(w.day, 2);
        break;
      case "UnderYearDay":
        out += String(yearDay(w)).padStart(3, " ");
        break;
      case "ZeroYearDay":
        out += pad(yearDay(w), 3);
        break;
      case "Hour":
        out += pad(w.hour, 2);
        break;
      case "Hour12":
        out += h12;
        break;
      case "ZeroHour12":
        out += pad(h12, 2);
        break;
      case "Minute":
        out += w.min;
        break;
      case "ZeroMinute":
        out += pad(w.min, 2);
        break;
      case "Second":
        out += w.sec;
        break;
      case "ZeroSecond":
        out += pad(w.sec, 2);
        break;
      case "PM":
        out += w.hour >= 12 ? "PM" : "AM";
        break;
      case "pm":
        out += w.hour >= 12 ? "pm" : "am";
        break;
      case "TZ":
        out += w.zone !== "" ? w.zone : tzText(w.offset, "NumTZ");
        break;
      case "Frac0":
        out += ch.sep + pad(w.nsec, 9).slice(0, ch.digits);
        break;
      case "Frac9": {
        const digits = pad(w.nsec, 9).slice(0, ch.digits).replace(/0+$/, "");
        if (digits !== "") out += ch.sep + digits;
        break;
      }
      default:
        out += tzText(w.offset, ch.std);
    }
  }
  return out;
}
var TimeParseError = class extends Error {
};
function quote(s) {
  let out = '"';
  for (const c of s) {
    if (c < " " || c > "\x7F") out += [...Buffer.from(c, "utf8")].map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
    else out += c === '"' || c === "\\" ? `\\${c}` : c;
  }
  return out + '"';
}
function skip(value, prefix) {
  let v = value;
  let p = prefix;
  while (p.length) {
    if (p[0] === " ") {
      if (v.length && v[0] !== " ") return { value: v, bad: true };
      p = p.replace(/^ +/, "");
      v = v.replace(/^ +/, "");
      continue;
    }
    if (!v.length || v[0] !== p[0]) return { value: v, bad: true };
    p = p.slice(1);
    v = v.slice(1);
  }
  return { value: v, bad: false };
}
function parseTime(layout, value0) {
  let value = value0;
  let rest = layout;
  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let pmSet = false;
  let amSet = false;
  let offset;
  const bad = (elem, v, msg = "") => {
    throw new TimeParseError(msg !== "" ? `parsing time ${quote(value0)}${msg}` : `parsing time ${quote(value0)} as ${quote(layout)}: cannot parse ${quote(v)} as ${quote(elem)}`);
  };
  const num2 = (fixed, max = 2) => {
    const m = new RegExp(`^\\d{${fixed ? max : 1},${max}}`).exec(value);
    if (!m) throw new Error("bad");
    value = value.slice(m[0].length);
    return Number(m[0]);
  };
  const lookup = (names) => {
    for (let i = 0; i < names.length; i++) {
      if (value.length >= names[i].length && value.slice(0, names[i].length).toLowerCase() === names[i].toLowerCase()) {
        value = value.slice(names[i].length);
        return i;
      }
    }
    throw new Error("bad");
  };
  while (true) {
    const ch = nextChunk(rest);
    const stdText = rest.slice(ch.prefix.length, rest.length - ch.suffix.length);
    const skipped = skip(value, ch.prefix);
    if (skipped.bad) bad(ch.prefix, skipped.value);
    value = skipped.value;
    if (!ch.std) {
      if (value !== "") bad("", "", `: extra text: ${quote(value)}`);
      break;
    }
    rest = ch.suffix;
    const hold = value;
    try {
      switch (ch.std) {
        case "Year": {
          const y = num2(true);
          year = y >= 69 ? y + 1900 : y + 2e3;
          break;
        }
        case "LongYear": {
          if (!/^\d{4}/.test(value)) throw new Error("bad");
          year = Number(value.slice(0, 4));
          value = value.slice(4);
          break;
        }
        case "Month":
          month = lookup(MONTHS.map((m) => m.slice(0, 3))) + 1;
          break;
        case "LongMonth":
          month = lookup(MONTHS) + 1;
          break;
        case "NumMonth":
        case "ZeroMonth":
          month = num2(ch.std === "ZeroMonth");
          if (month < 1 || month > 12) bad("", "", ": month out of range");
          break;
        case "WeekDay":
          lookup(DAYS.map((d) => d.slice(0, 3)));
          break;
        case "LongWeekDay":
          lookup(DAYS);
          break;
        case "Day":
        case "UnderDay":
        case "ZeroDay":
          if (ch.std === "UnderDay" && value[0] === " ") value = value.slice(1);
          day = num2(ch.std === "ZeroDay");
          break;
        case "UnderYearDay":
        case "ZeroYearDay":
          if (ch.std === "UnderYearDay") value = value.replace(/^ {1,2}/, "");
          yday = num2(ch.std === "ZeroYearDay", 3);
          break;
        case "Hour":
          hour = num2(false);
          if (hour > 23) bad("", "", ": hour out of range");
          break;
        case "Hour12":
        case "ZeroHour12":
          hour = num2(ch.std === "ZeroHour12");
          if (hour > 12) bad("", "", ": hour out of range");
          break;
        case "Minute":
        case "ZeroMinute":
          min = num2(ch.std === "ZeroMinute");
          if (min > 59) bad("", "", ": minute out of range");
          break;
        case "Second":
        case "ZeroSecond": {
          sec = num2(ch.std === "ZeroSecond");
          if (sec > 59) bad("", "", ": second out of range");
          const m = /^[.,](\d+)/.exec(value);
          if (m && !nextChunk(rest).std?.startsWith("Frac")) {
            nsec = fracNs(m[1]);
            value = value.slice(m[0].length);
          }
          break;
        }
        case "PM":
        case "pm": {
          const p = value.slice(0, 2);
          const up = p.toUpperCase();
          if (up === "PM") pmSet = true;
          else if (up === "AM") amSet = true;
          else throw new Error("bad");
          value = value.slice(2);
          break;
        }
        case "TZ": {
          if (value.startsWith("UTC")) {
            value = value.slice(3);
            break;
          }
          const len = zoneNameLength(value);
          if (len === 0) throw new Error("bad");
          value = value.slice(len);
          break;
        }
        case "Frac0": {
          const m = new RegExp(`^[.,]\\d{${ch.digits}}`).exec(value);
          if (!m) throw new Error("bad");
          nsec = fracNs(m[0].slice(1));
          value = value.slice(m[0].length);
          break;
        }
        case "Frac9": {
          const m = /^[.,](\d+)/.exec(value);
          if (m) {
            nsec = fracNs(m[1]);
            value = value.slice(m[0].length);
          }
          break;
        }
        default: {
          if (ch.std.startsWith("ISO8601") && value[0] === "Z") {
            value = value.slice(1);
            offset = 0;
            break;
          }
          const forms = {
            ISO8601TZ: /^([+-])(\d\d)(\d\d)/,
            NumTZ: /^([+-])(\d\d)(\d\d)/,
            ISO8601ColonTZ: /^([+-])(\d\d):(\d\d)/,
            NumColonTZ: /^([+-])(\d\d):(\d\d)/,
            ISO8601ShortTZ: /^([+-])(\d\d)/,
            NumShortTZ: /^([+-])(\d\d)/,
            ISO8601SecondsTZ: /^([+-])(\d\d)(\d\d)(\d\d)/,
            NumSecondsTz: /^([+-])(\d\d)(\d\d)(\d\d)/,
            ISO8601ColonSecondsTZ: /^([+-])(\d\d):(\d\d):(\d\d)/,
            NumColonSecondsTZ: /^([+-])(\d\d):(\d\d):(\d\d)/
          };
          const m = forms[ch.std].exec(value);
          if (!m) throw new Error("bad");
          value = value.slice(m[0].length);
          if (Number(m[2]) > 24) bad("", "", ": time zone offset hour out of range");
          if (Number(m[3] ?? 0) > 60) bad("", "", ": time zone offset minute out of range");
          if (Number(m[4] ?? 0) > 60) bad("", "", ": time zone offset second out of range");
          const o = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
          offset = m[1] === "-" ? -o : o;
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
    if (yday < 1 || yday > max) bad("", "", ": day-of-year out of range");
    if (month < 0) {
      let m = 1;
      let d = yday;
      while (d > daysIn(year, m)) {
        d -= daysIn(year, m);
        m++;
      }
      month = m;
      day = d;
    }
  }
  if (month < 0) month = 1;
  if (day < 0) day = 1;
  if (day < 1 || day > daysIn(year, month)) bad("", "", ": day out of range");
  return nsFromFields(year, month, day, hour, min, sec, nsec, offset ?? 0);
}
function fracNs(digits) {
  return Number(digits.slice(0, 9).padEnd(9, "0"));
}
function zoneNameLength(value) {
  if (value.startsWith("ChST") || value.startsWith("MeST")) return 4;
  if (value.startsWith("GMT")) {
    const m = /^GMT([+-]\d{1,2})?/.exec(value);
    return m[1] !== void 0 && Math.abs(Number(m[1])) > 23 ? 3 : m[0].length;
  }
  if (value[0] === "+" || value[0] === "-") {
    const m = /^[+-]\d{2}(\d{2})?/.exec(value);
    return m ? m[0].length : 0;
  }
  const upper = /^[A-Z]{0,6}/.exec(value)[0].length;
  if (upper === 3) return 3;
  if (upper === 4 && (value[3] === "T" || value.startsWith("WITA"))) return 4;
  if (upper === 5 && value[4] === "T") return 5;
  return 0;
}

// src/rego/builtins/time.ts
var INT64_MIN = -(1n << 63n);
var INT64_MAX = (1n << 63n) - 1n;
var GO_LAYOUTS = {
  ANSIC: "Mon Jan _2 15:04:05 2006",
  UnixDate: "Mon Jan _2 15:04:05 MST 2006",
  RubyDate: "Mon Jan 02 15:04:05 -0700 2006",
  RFC822: "02 Jan 06 15:04 MST",
  RFC822Z: "02 Jan 06 15:04 -0700",
  RFC850: "Monday, 02-Jan-06 15:04:05 MST",
  RFC1123: "Mon, 02 Jan 2006 15:04:05 MST",
  RFC1123Z: "Mon, 02 Jan 2006 15:04:05 -0700",
  RFC3339: "2006-01-02T15:04:05Z07:00",
  RFC3339Nano: "2006-01-02T15:04:05.999999999Z07:00"
};
var UTC = { name: "UTC", at: () => ({ offset: 0, abbr: "UTC" }) };
var zoneCache = /* @__PURE__ */ new Map();
function ianaZone(name) {
  const hit = zoneCache.get(name);
  if (hit) return hit;
  let fmt;
  try {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: name,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      timeZoneName: "short"
    });
  } catch {
    throw builtinError(`unknown time zone ${name}`);
  }
  const tz = loadTz(name);
  const zone2 = {
    name,
    at(ns) {
      if (tz) {
        const ty = tzTypeAt(tz, ns / 1000000000n - (ns % 1000000000n < 0n ? 1n : 0n));
        if (ty) return { offset: ty.offset, abbr: ty.abbr };
      }
      const ms = Number(ns / 1000000n) - (ns % 1000000n < 0n ? 1 : 0);
      const clamped = Math.max(Math.min(ms, 864e13), -864e13);
      const whole = clamped - (clamped % 1e3 + 1e3) % 1e3;
      const parts = Object.fromEntries(fmt.formatToParts(new Date(whole)).map((p) => [p.type, p.value]));
      const y = Number(parts.year) * (parts.era === "BC" || parts.era === "B" ? -1 : 1) + (parts.era === "BC" || parts.era === "B" ? 1 : 0);
      const wallSec = Number(nsFromFields(y, Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second), 0, 0) / 1000000000n);
      const offset = wallSec - Math.floor(whole / 1e3);
      const abbr = /^GMT$/.test(parts.timeZoneName ?? "") ? "GMT" : parts.timeZoneName ?? "";
      const known = tz ? tzAbbrFor(tz, offset) : void 0;
      return { offset, abbr: known ?? (/^GMT[+-]/.test(abbr) ? goOffsetName(offset) : abbr) };
    }
  };
  zoneCache.set(name, zone2);
  return zone2;
}
function goOffsetName(offset) {
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  const h = String(Math.floor(a / 3600)).padStart(2, "0");
  const m = Math.floor(a / 60) % 60;
  return sign + h + (m ? String(m).padStart(2, "0") : "");
}
function zone(name) {
  if (name === "" || name === "UTC") return UTC;
  if (name === "Local") return ianaZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  return ianaZone(name);
}
function nsOperand(v) {
  if (!isNum(v)) throw typeError(1, "number", v);
  return nsValue(v);
}
function nsValue(v) {
  const b = numToBigInt(v);
  if (b === void 0 || b < INT64_MIN || b > INT64_MAX) throw builtinError("timestamp too big");
  return b;
}
function tzTime(v) {
  let layout = GO_LAYOUTS.RFC3339Nano;
  if (isNum(v)) return { ns: nsOperand(v), zone: UTC, layout };
  if (!Array.isArray(v) || v.length === 0) throw typeError(1, "either number (ns) or [number (ns), string (tz)]", v);
  const n = v[0];
  if (!isNum(n)) throw typeError(1, "number", n);
  const z = v.length > 1 ? zone(asString(v[1], 1)) : UTC;
  if (v.length > 2) {
    const l = asString(v[2], 1);
    layout = l === "" ? GO_LAYOUTS.RFC3339Nano : GO_LAYOUTS[l] ?? l;
  }
  return { ns: nsValue(n), zone: z, layout };
}
function wallOf(t) {
  const { offset, abbr } = t.zone.at(t.ns);
  return wallFromNs(t.ns, offset, abbr);
}
function checkRange(ns) {
  if (ns < INT64_MIN || ns > INT64_MAX) throw builtinError("time outside of valid range");
  return num(ns);
}
function parseWith(layout, value) {
  try {
    return checkRange(parseTime(layout, value));
  } catch (e) {
    throw builtinError(e.message);
  }
}
var UNITS = {
  ns: 1,
  us: 1e3,
  "\xB5s": 1e3,
  "\u03BCs": 1e3,
  ms: 1e6,
  s: 1e9,
  m: 6e10,
  h: 36e11,
  d: 864e11,
  w: 6048e11,
  y: 31536e12
};
function parseDuration(orig) {
  const invalid = () => builtinError(`time: invalid duration ${quote(orig)}`);
  let s = orig;
  let neg = false;
  if (s[0] === "-" || s[0] === "+") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return 0n;
  if (s === "") throw invalid();
  let total = 0n;
  while (s !== "") {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s);
    if (m[0] === "" || m[0] === "." || m[1] === "" && (m[2] ?? "") === "") throw invalid();
    s = s.slice(m[0].length);
    const u = /^[^0-9.]*/.exec(s)[0];
    if (u === "") throw builtinError(`time: missing unit in duration ${quote(orig)}`);
    s = s.slice(u.length);
    const unit = UNITS[u];
    if (unit === void 0) throw builtinError(`time: unknown unit ${quote(u)} in duration ${quote(orig)}`);
    let v = BigInt(m[1] === "" ? "0" : m[1]) * BigInt(unit);
    const frac = m[2] ?? "";
    if (frac !== "") {
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
function diff(a, b) {
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
  if (sec < 0) {
    sec += 60;
    min--;
  }
  if (min < 0) {
    min += 60;
    hour--;
  }
  if (hour < 0) {
    hour += 24;
    day--;
  }
  if (day < 0) {
    day += daysIn(w1.year, w1.month);
    month--;
  }
  if (month < 0) {
    month += 12;
    year--;
  }
  return [year, month, day, hour, min, sec];
}
var builtins = {
  "time.now_ns": (_args, ctx) => num(ctx.nowNs()),
  "time.parse_ns": ([l, v]) => {
    const layout = asString(l, 1);
    return parseWith(GO_LAYOUTS[layout] ?? layout, asString(v, 2));
  },
  "time.parse_rfc3339_ns": ([v]) => parseWith(GO_LAYOUTS.RFC3339, asString(v, 1)),
  "time.parse_duration_ns": ([v]) => num(parseDuration(asString(v, 1))),
  "time.date": ([v]) => {
    const w = wallOf(tzTime(v));
    return [w.year, w.month, w.day];
  },
  "time.clock": ([v]) => {
    const w = wallOf(tzTime(v));
    return [w.hour, w.min, w.sec];
  },
  "time.weekday": ([v]) => DAYS[weekday(wallOf(tzTime(v)))],
  "time.add_date": ([v, y, m, d]) => {
    const t = tzTime(v);
    const years = asInt(y, 2);
    const months = asInt(m, 3);
    const days = asInt(d, 4);
    const w = wallOf(t);
    const local = nsFromFields(w.year + years, w.month + months, w.day + days, w.hour, w.min, w.sec, w.nsec, 0);
    const first = t.zone.at(local).offset;
    const offset = t.zone.at(local - BigInt(first) * 1000000000n).offset;
    return checkRange(local - BigInt(offset) * 1000000000n);
  },
  "time.diff": ([a, b]) => diff(a, b),
  "time.format": ([v]) => {
    const t = tzTime(v);
    return formatTime(wallOf(t), t.layout);
  }
};

export { builtins as b, parseDuration as p };
