import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// src/rego/value.ts
var SAFE = Number.MAX_SAFE_INTEGER;
var RFloat = class {
  constructor(text) {
    this.text = text;
    const d = decOf(text);
    this.key = decKey(d);
    if (d.exp >= 0 && d.exp < 400) this.plain = num(d.mant * 10n ** BigInt(d.exp));
    else this.plain = num(Number(text));
  }
  text;
  key;
  plain;
  canonical() {
    return "#" + this.key;
  }
};
function decOf(text) {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) return { mant: 0n, exp: 0 };
  let digits = (m[2] ?? "") + (m[3] ?? "");
  let exp = Number(m[4] ?? 0) - (m[3] ?? "").length;
  digits = digits.replace(/^0+/, "");
  if (digits === "") return { mant: 0n, exp: 0 };
  const t = digits.replace(/0+$/, "");
  exp += digits.length - t.length;
  return { mant: (m[1] === "-" ? -1n : 1n) * BigInt(t), exp };
}
var decKey = (d) => {
  if (d.exp >= 0 && d.exp < 400) return (d.mant * 10n ** BigInt(d.exp)).toString();
  const f = Number(d.mant.toString() + "e" + d.exp);
  if (Number.isFinite(f) && !Number.isInteger(f)) {
    const e = decOf(String(f));
    if (e.mant === d.mant && e.exp === d.exp) return String(f);
  }
  return d.mant.toString() + "e" + d.exp;
};
var numDec = (n) => n instanceof RFloat ? decOf(n.text) : typeof n === "bigint" ? { mant: n, exp: 0 } : decOf(String(n));
function numLiteral(text) {
  const n = num(text);
  if (numToString(n) === text) return n;
  const f = new RFloat(text);
  return f;
}
var plain = (n) => n instanceof RFloat ? n.plain : n;
function num(x) {
  if (typeof x === "number") {
    if (Object.is(x, -0)) return 0;
    if (Number.isInteger(x) && (x > SAFE || x < -SAFE)) return BigInt(x);
    return x;
  }
  if (typeof x === "bigint") {
    return x <= BigInt(SAFE) && x >= -BigInt(SAFE) ? Number(x) : x;
  }
  const n = parseNumber(x);
  if (n === void 0) throw new Error(`invalid number: ${x}`);
  return n;
}
function parseNumber(text) {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return t.length < 16 ? num(Number(t)) : num(BigInt(t));
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return void 0;
  const m = /^(-?)(\d+)(?:\.(\d*))?[eE]\+?(\d+)$/.exec(t);
  if (m) {
    const frac = (m[3] ?? "").replace(/0+$/, "");
    const exp = Number(m[4]);
    if (frac.length <= exp && exp < 400) {
      return num(BigInt(m[1] + m[2] + frac + "0".repeat(exp - frac.length)));
    }
  }
  const f = Number(t);
  return Number.isFinite(f) ? num(f) : void 0;
}
var isNum = (v) => typeof v === "number" || typeof v === "bigint" || v instanceof RFloat;
var numToJs = (n) => typeof n === "number" ? n : n instanceof RFloat ? Number(n.plain) : Number(n);
function numToBigInt(n) {
  if (n instanceof RFloat) n = n.plain;
  if (typeof n === "bigint") return n;
  return Number.isInteger(n) ? BigInt(n) : void 0;
}
var isInteger = (n) => n instanceof RFloat ? isInteger(n.plain) && /^-?\d+$/.test(n.key) : typeof n === "bigint" || Number.isInteger(n);
function numCompare(a, b) {
  if (a instanceof RFloat || b instanceof RFloat) {
    const x = numDec(a);
    const y = numDec(b);
    const e = Math.min(x.exp, y.exp);
    const xm = x.mant * 10n ** BigInt(x.exp - e);
    const ym = y.mant * 10n ** BigInt(y.exp - e);
    return xm < ym ? -1 : xm > ym ? 1 : 0;
  }
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  return a < b ? -1 : a > b ? 1 : 0;
}
function numToString(n) {
  if (n instanceof RFloat) return n.text;
  if (typeof n === "bigint") return n.toString();
  if (Number.isInteger(n)) return String(n);
  const s = String(n);
  return s.replace(/e([+-])(\d)$/, "e$10$2");
}
function strCompare(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(i);
    if (ca !== cb) {
      if (ca >= 55296 && cb >= 55296) {
        ca = ca <= 57343 ? ca + 8192 : ca - 2048;
        cb = cb <= 57343 ? cb + 8192 : cb - 2048;
      }
      return ca < cb ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
function hashKey(v) {
  if (typeof v === "string") return v.length > 0 && v.charCodeAt(0) === 0 ? "\0s" + v : v;
  return "\0" + encodeKey(v);
}
function encodeKey(v) {
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "number":
      return "#" + String(v);
    case "bigint":
      return "#" + v.toString();
    case "boolean":
      return v ? "t" : "f";
    default:
      if (v === null) return "n";
      if (Array.isArray(v)) {
        let s = "[";
        for (let i = 0; i < v.length; i++) s += (i ? "," : "") + encodeKey(v[i]);
        return s + "]";
      }
      return v.canonical();
  }
}
var RSet = class {
  map = /* @__PURE__ */ new Map();
  sortedCache;
  canon;
  constructor(items) {
    if (items) for (const v of items) this.add(v);
  }
  get size() {
    return this.map.size;
  }
  add(v) {
    const k = hashKey(v);
    if (!this.map.has(k)) {
      this.map.set(k, v);
      this.sortedCache = void 0;
      this.canon = void 0;
    }
    return this;
  }
  has(v) {
    return this.map.has(hashKey(v));
  }
  /** The element equal to v as stored (useful to keep one representation). */
  get(v) {
    return this.map.get(hashKey(v));
  }
  /** Elements in insertion order (cheap); use `sorted()` for OPA's iteration order. */
  values() {
    return this.map.values();
  }
  /** Elements in OPA's order. */
  sorted() {
    if (!this.sortedCache) this.sortedCache = [...this.map.values()].sort(compare);
    return this.sortedCache;
  }
  [Symbol.iterator]() {
    return this.sorted()[Symbol.iterator]();
  }
  canonical() {
    if (this.canon === void 0) {
      const keys = [...this.map.values()].map(encodeKey).sort();
      this.canon = "{" + keys.join(",") + "}";
    }
    return this.canon;
  }
};
var RObject = class {
  map = /* @__PURE__ */ new Map();
  sortedCache;
  canon;
  constructor(entries) {
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }
  get size() {
    return this.map.size;
  }
  set(k, v) {
    const h = hashKey(k);
    const e = this.map.get(h);
    this.map.set(h, [e === void 0 ? k : e[0], v]);
    this.sortedCache = void 0;
    this.canon = void 0;
    return this;
  }
  get(k) {
    const e = this.map.get(hashKey(k));
    return e === void 0 ? void 0 : e[1];
  }
  /** Fast path for string keys. */
  getStr(k) {
    const e = this.map.get(k.length > 0 && k.charCodeAt(0) === 0 ? "\0s" + k : k);
    return e === void 0 ? void 0 : e[1];
  }
  has(k) {
    return this.map.has(hashKey(k));
  }
  delete(k) {
    const r = this.map.delete(hashKey(k));
    if (r) {
      this.sortedCache = void 0;
      this.canon = void 0;
    }
    return r;
  }
  /** Entries in insertion order (cheap); use `sorted()` for OPA's iteration order. */
  entries() {
    return this.map.values();
  }
  /** Entries sorted by key, OPA's iteration order. */
  sorted() {
    if (!this.sortedCache) this.sortedCache = [...this.map.values()].sort((a, b) => compare(a[0], b[0]));
    return this.sortedCache;
  }
  keys() {
    return this.sorted().map((e) => e[0]);
  }
  canonical() {
    if (this.canon === void 0) {
      const parts = [...this.map.values()].map(([k, v]) => encodeKey(k) + ":" + encodeKey(v)).sort();
      this.canon = "<" + parts.join(",") + ">";
    }
    return this.canon;
  }
};
var str = (s) => s;
var bool = (b) => b;
var arr = (items) => [...items];
var set = (items = []) => new RSet(items);
function obj(entries = []) {
  if (Symbol.iterator in entries) return new RObject(entries);
  return new RObject(Object.entries(entries));
}
var isString = (v) => typeof v === "string";
var isBool = (v) => typeof v === "boolean";
var isNull = (v) => v === null;
var isArray = (v) => Array.isArray(v);
var isSet = (v) => v instanceof RSet;
var isObject = (v) => v instanceof RObject;
function typeName(v) {
  switch (typeof v) {
    case "string":
      return "string";
    case "number":
    case "bigint":
      return "number";
    case "boolean":
      return "boolean";
    default:
      if (v === null) return "null";
      if (Array.isArray(v)) return "array";
      if (v instanceof RFloat) return "number";
      return v instanceof RSet ? "set" : "object";
  }
}
function rank(v) {
  switch (typeof v) {
    case "boolean":
      return 1;
    case "number":
    case "bigint":
      return 2;
    case "string":
      return 3;
    default:
      if (v === null) return 0;
      if (Array.isArray(v)) return 4;
      if (v instanceof RFloat) return 2;
      return v instanceof RObject ? 5 : 6;
  }
}
function compare(a, b) {
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 0:
      return 0;
    case 1:
      return a === b ? 0 : a ? 1 : -1;
    case 2:
      return numCompare(a, b);
    case 4:
      return sliceCompare(a, b);
    case 5: {
      const ea = a.sorted();
      const eb = b.sorted();
      const n = Math.min(ea.length, eb.length);
      for (let i = 0; i < n; i++) {
        const c = compare(ea[i][0], eb[i][0]);
        if (c !== 0) return c;
        const d = compare(ea[i][1], eb[i][1]);
        if (d !== 0) return d;
      }
      return ea.length - eb.length < 0 ? -1 : ea.length > eb.length ? 1 : 0;
    }
    default:
      return sliceCompare(a.sorted(), b.sorted());
  }
}
function sliceCompare(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
function equal(a, b) {
  if (a === b) return true;
  const ta = typeof a;
  if (ta !== "object" || a === null || b === null || typeof b !== "object") {
    return (a instanceof RFloat || b instanceof RFloat) && isNum(a) && isNum(b) && numCompare(a, b) === 0;
  }
  if (a instanceof RFloat || b instanceof RFloat) return isNum(a) && isNum(b) && numCompare(a, b) === 0;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof RSet) {
    if (!(b instanceof RSet) || a.size !== b.size) return false;
    for (const v of a.values()) if (!b.has(v)) return false;
    return true;
  }
  const o = a;
  if (!(b instanceof RObject) || o.size !== b.size) return false;
  for (const [k, v] of o.entries()) {
    const w = b.get(k);
    if (w === void 0 || !equal(v, w)) return false;
  }
  return true;
}
function fromJSON(x) {
  switch (typeof x) {
    case "string":
      return x;
    case "number":
    case "bigint":
      return num(x);
    case "boolean":
      return x;
    case "undefined":
      return null;
    default: {
      if (x === null) return null;
      if (Array.isArray(x)) return x.map(fromJSON);
      if (x instanceof RSet || x instanceof RObject || x instanceof RFloat) return x;
      if (x instanceof Map) return new RObject([...x.entries()].map(([k, v]) => [fromJSON(k), fromJSON(v)]));
      const o = new RObject();
      for (const [k, v] of Object.entries(x)) o.set(k, fromJSON(v));
      return o;
    }
  }
}
function toJSON(v) {
  switch (typeof v) {
    case "string":
    case "boolean":
    case "number":
    case "bigint":
      return v;
    default: {
      if (v === null) return null;
      if (v instanceof RFloat) return v.plain;
      if (Array.isArray(v)) return v.map(toJSON);
      if (v instanceof RSet) return v.sorted().map(toJSON);
      const out = {};
      for (const [k, val] of v.sorted()) out[typeof k === "string" ? k : toJSONText(k)] = toJSON(val);
      return out;
    }
  }
}
function toJSONText(v, indent, level = "") {
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return v ? "true" : "false";
    case "number":
    case "bigint":
      return numToString(v);
    default: {
      if (v === null) return "null";
      if (v instanceof RFloat) return v.text;
      const nl = indent === void 0 ? "" : "\n" + level + indent;
      const end = indent === void 0 ? "" : "\n" + level;
      const inner = indent === void 0 ? void 0 : level + indent;
      if (Array.isArray(v) || v instanceof RSet) {
        const items = Array.isArray(v) ? v : v.sorted();
        if (items.length === 0) return "[]";
        return "[" + items.map((x) => nl + toJSONText(x, indent, inner)).join(",") + end + "]";
      }
      const keyed = v.sorted().map(([k, val]) => [typeof k === "string" ? k : toJSONText(k), val]);
      keyed.sort((a, b) => strCompare(a[0], b[0]));
      if (keyed.length === 0) return "{}";
      const sep = indent === void 0 ? ":" : ": ";
      return "{" + keyed.map(([k, val]) => nl + JSON.stringify(k) + sep + toJSONText(val, indent, inner)).join(",") + end + "}";
    }
  }
}
function toRegoText(v) {
  if (v instanceof RSet) return v.size === 0 ? "set()" : "{" + v.sorted().map(toRegoText).join(", ") + "}";
  if (v instanceof RObject) return "{" + v.sorted().map(([k, x]) => toRegoText(k) + ": " + toRegoText(x)).join(", ") + "}";
  if (Array.isArray(v)) return "[" + v.map(toRegoText).join(", ") + "]";
  return toJSONText(v);
}

export {
  RFloat,
  numLiteral,
  plain,
  num,
  parseNumber,
  isNum,
  numToJs,
  numToBigInt,
  isInteger,
  numCompare,
  numToString,
  strCompare,
  hashKey,
  RSet,
  RObject,
  str,
  bool,
  arr,
  set,
  obj,
  isString,
  isBool,
  isNull,
  isArray,
  isSet,
  isObject,
  typeName,
  compare,
  equal,
  fromJSON,
  toJSON,
  toJSONText,
  toRegoText
};
