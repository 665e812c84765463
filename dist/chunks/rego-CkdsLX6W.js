import { createRequire } from 'node:module';
import { U as UserError, s as statSync, r as realpathSync, t as readdirSync } from './chunk-gJGdoriE.js';
import { r as readBoundedText, P as POLICY_READ_LIMIT } from './chunk-CE2JlTQc.js';
import { resolve, join, extname, relative, sep, basename } from 'node:path';

let __goxenvRequire$8; const __goxenvReq$8 = () => (__goxenvRequire$8 ??= createRequire(import.meta.url)); const require$9 = Object.assign((id) => __goxenvReq$8()(id), { resolve: (id, options) => __goxenvReq$8().resolve(id, options) });

// src/rego/value/numbers.ts
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

// src/rego/value/value.ts
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
function scalarKey(v) {
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
      return v.canonical();
  }
}
function keyKids(v) {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.knownCanonical() === void 0 ? [...v.values()] : void 0;
  if (v instanceof RObject) return v.knownCanonical() === void 0 ? [...v.entries()].flat() : void 0;
  return void 0;
}
function encodeKey(v) {
  return foldValue(v, scalarKey, (x, kids) => {
    if (Array.isArray(x)) return "[" + kids.join(",") + "]";
    if (x instanceof RSet) return x.rememberCanonical("{" + kids.sort().join(",") + "}");
    const parts = [];
    for (let i = 0; i < kids.length; i += 2) parts.push(kids[i] + ":" + kids[i + 1]);
    return x.rememberCanonical("<" + parts.sort().join(",") + ">");
  }, keyKids);
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
    return this.canon ?? encodeKey(this);
  }
  knownCanonical() {
    return this.canon;
  }
  rememberCanonical(c) {
    this.canon = c;
    return c;
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
    return this.canon ?? encodeKey(this);
  }
  knownCanonical() {
    return this.canon;
  }
  rememberCanonical(c) {
    this.canon = c;
    return c;
  }
};
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
  const pending = [[a, b]];
  while (pending.length) {
    const [x, y] = pending.pop();
    if (x === y) continue;
    if (typeof x !== "object" || x === null || y === null || typeof y !== "object" || x instanceof RFloat || y instanceof RFloat) {
      if ((x instanceof RFloat || y instanceof RFloat) && isNum(x) && isNum(y) && numCompare(x, y) === 0) continue;
      return false;
    }
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], y[i]]);
    } else if (x instanceof RSet) {
      if (!(y instanceof RSet) || x.size !== y.size) return false;
      for (const v of x.values()) if (!y.has(v)) return false;
    } else {
      const o = x;
      if (!(y instanceof RObject) || o.size !== y.size) return false;
      for (const [k, v] of o.entries()) {
        const w = y.get(k);
        if (w === void 0) return false;
        pending.push([v, w]);
      }
    }
  }
  return true;
}
var MAX_DEPTH = 1e4;
var DepthError = class extends UserError {
  constructor() {
    super(`exceeded max depth of ${MAX_DEPTH}`, { code: "max_depth", hint: "such deep nesting is refused, as by OPA" });
  }
};
function childrenOf(v) {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  if (v instanceof RObject) return v.sorted().flat();
  return void 0;
}
function foldValue(root, leaf, node, kidsOf = childrenOf) {
  const rootKids = kidsOf(root);
  if (rootKids === void 0) return leaf(root);
  const stack = [{ v: root, kids: rootKids, out: [] }];
  for (; ; ) {
    const top = stack[stack.length - 1];
    if (top.out.length < top.kids.length) {
      const c = top.kids[top.out.length];
      const ck = kidsOf(c);
      if (ck === void 0) {
        top.out.push(leaf(c));
        continue;
      }
      if (stack.length >= MAX_DEPTH) throw new DepthError();
      stack.push({ v: c, kids: ck, out: [] });
      continue;
    }
    const r = node(top.v, top.out, stack.length - 1);
    stack.pop();
    if (!stack.length) return r;
    stack[stack.length - 1].out.push(r);
  }
}
function jsKids(x) {
  if (x === null || typeof x !== "object" || x instanceof RSet || x instanceof RObject || x instanceof RFloat) return void 0;
  if (Array.isArray(x)) return x;
  if (x instanceof Map) return [...x.entries()].flat();
  return Object.entries(x).flat();
}
function scalarFromJSON(x) {
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
    default:
      return x;
  }
}
function fromJSON(x) {
  return foldValue(x, scalarFromJSON, (v, kids) => {
    if (Array.isArray(v)) return kids;
    const o = new RObject();
    for (let i = 0; i < kids.length; i += 2) o.set(kids[i], kids[i + 1]);
    return o;
  }, jsKids);
}
function toJSON(v) {
  return foldValue(v, (x) => x instanceof RFloat ? x.plain : x, (x, kids) => {
    if (!(x instanceof RObject)) return kids;
    const out = {};
    const keys = x.keys();
    for (let i = 0; i < kids.length; i += 2) out[typeof keys[i / 2] === "string" ? keys[i / 2] : toJSONText(keys[i / 2])] = kids[i + 1];
    return out;
  });
}
function scalarText$1(v) {
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return v ? "true" : "false";
    case "number":
    case "bigint":
      return numToString(v);
    default:
      return v === null ? "null" : v.text;
  }
}
function toJSONText(v, indent, level = "") {
  return foldValue(v, scalarText$1, (x, kids, depth) => {
    if (kids.length === 0) return x instanceof RObject ? "{}" : "[]";
    const pad = indent === void 0 ? "" : level + indent.repeat(depth);
    const nl = indent === void 0 ? "" : "\n" + pad + indent;
    const end = indent === void 0 ? "" : "\n" + pad;
    if (!(x instanceof RObject)) return "[" + kids.map((k) => nl + k).join(",") + end + "]";
    const keys = x.keys();
    const keyed = [];
    for (let i = 0; i < kids.length; i += 2) keyed.push([typeof keys[i / 2] === "string" ? keys[i / 2] : kids[i], kids[i + 1]]);
    keyed.sort((a, b) => strCompare(a[0], b[0]));
    const sep = indent === void 0 ? ":" : ": ";
    return "{" + keyed.map(([k, val]) => nl + JSON.stringify(k) + sep + val).join(",") + end + "}";
  });
}
function toRegoText(v) {
  if (v instanceof RSet) return v.size === 0 ? "set()" : "{" + v.sorted().map(toRegoText).join(", ") + "}";
  if (v instanceof RObject) return "{" + v.sorted().map(([k, x]) => toRegoText(k) + ": " + toRegoText(x)).join(", ") + "}";
  if (Array.isArray(v)) return "[" + v.map(toRegoText).join(", ") + "]";
  return toJSONText(v);
}

// src/rego/builtins/types.ts
var BuiltinError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "BuiltinError";
  }
  code;
};
var builtinError = (message) => new BuiltinError("eval_builtin_error", message);
function typeError(pos, expected, got) {
  return new BuiltinError("eval_type_error", `operand ${pos} must be ${expected} but got ${typeName(got)}`);
}
var oneOfError = (pos, types, got) => new BuiltinError("eval_type_error", `operand ${pos} must be one of {${types.join(", ")}} but got ${typeName(got)}`);
var operandError = (pos, text) => new BuiltinError("eval_type_error", `operand ${pos} ${text}`);
function asString(v, pos) {
  if (typeof v !== "string") throw new BuiltinError("eval_type_error", `operand ${pos} must be string but got ${typeName(v)}`);
  return v;
}
function asNumber(v, pos) {
  return plain(asNum(v, pos));
}
function asNum(v, pos) {
  if (!isNum(v)) throw new BuiltinError("eval_type_error", `operand ${pos} must be number but got ${typeName(v)}`);
  return v;
}
function asInt(v, pos) {
  const n = asNumber(v, pos);
  const outside = typeof n === "bigint" && (n > 9223372036854775807n || n < -9223372036854775808n);
  if (!isInteger(n) || outside || v instanceof RFloat && /[.eE]/.test(v.text)) {
    throw new BuiltinError("eval_type_error", `operand ${pos} must be integer number but got floating-point number`);
  }
  return numToJs(n);
}
function asArray(v, pos) {
  if (!Array.isArray(v)) throw new BuiltinError("eval_type_error", `operand ${pos} must be array but got ${typeName(v)}`);
  return v;
}
function asSet(v, pos) {
  if (!(v instanceof RSet)) throw new BuiltinError("eval_type_error", `operand ${pos} must be set but got ${typeName(v)}`);
  return v;
}
function asObject(v, pos) {
  if (!(v instanceof RObject)) throw new BuiltinError("eval_type_error", `operand ${pos} must be object but got ${typeName(v)}`);
  return v;
}
function asCollection(v, pos, types = ["array", "set"]) {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  throw oneOfError(pos, types, v);
}

let __goxenvRequire$7; const __goxenvReq$7 = () => (__goxenvRequire$7 ??= createRequire(import.meta.url)); const require$8 = Object.assign((id) => __goxenvReq$7()(id), { resolve: (id, options) => __goxenvReq$7().resolve(id, options) });

// src/rego/builtins/operands.ts
function elementError(pos, composite, got, expected) {
  const t = typeName(composite);
  return operandError(pos, `must be ${t} of ${expected.join(" or ")}s but got ${t} containing ${typeName(got)}`);
}
function asStrings(v, pos, types = ["array", "set"]) {
  const items = Array.isArray(v) ? v : v instanceof RSet ? v.sorted() : void 0;
  if (!items) throw oneOfError(pos, types, v);
  return items.map((x) => {
    if (typeof x !== "string") throw elementError(pos, v, x, ["string"]);
    return x;
  });
}
function asStringOrStrings(v, pos) {
  if (typeof v === "string") return [v];
  return asStrings(v, pos, ["string", "set", "array"]);
}
function asBigInt(v, pos) {
  if (!isNum(v)) throw new BuiltinError("eval_type_error", `operand ${pos} must be integer but got ${typeName(v)}`);
  const b = numToBigInt(v);
  if (b === void 0) throw operandError(pos, "must be integer number but got floating-point number");
  return b;
}
var runes = (s) => Array.from(s);

let __goxenvRequire$6; const __goxenvReq$6 = () => (__goxenvRequire$6 ??= createRequire(import.meta.url)); const require$7 = Object.assign((id) => __goxenvReq$6()(id), { resolve: (id, options) => __goxenvReq$6().resolve(id, options) });

// src/rego/builtins/crypto/util.ts
var STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
function goBase64Decode(s, alphabet, raw = false) {
  const chars = alphabet === "std" ? STD : URL;
  const clean = [];
  const index = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\r" || s[i] === "\n") continue;
    clean.push(s[i]);
    index.push(i);
  }
  const bad = (at) => new Error(`illegal base64 data at input byte ${at}`);
  let data = clean.length;
  const firstPad = clean.indexOf("=");
  if (firstPad >= 0) {
    if (raw) throw bad(index[firstPad]);
    data = firstPad;
  }
  for (let i = 0; i < data; i++) if (!chars.includes(clean[i])) throw bad(index[i]);
  if (firstPad >= 0) {
    const pads = clean.length - firstPad;
    for (let i = firstPad; i < clean.length; i++) if (clean[i] !== "=") throw bad(index[i]);
    const rem = firstPad % 4;
    if (rem < 2 || pads !== 4 - rem) throw bad(index[Math.min(firstPad + (rem < 2 ? 0 : 4 - rem), clean.length - 1)] ?? s.length);
  } else if (!raw && data % 4 !== 0) {
    throw bad(s.length - data % 4);
  } else if (raw && data % 4 === 1) {
    throw bad(index[data - 1]);
  }
  return Buffer.from(clean.slice(0, data).join(""), alphabet === "std" ? "base64" : "base64url");
}
function base64UrlDecode(s) {
  let t = s;
  if (!t.endsWith("=")) {
    const rem = t.length % 4;
    if (rem === 2) t += "==";
    else if (rem === 3) t += "=";
    else if (rem === 1) throw new Error(`illegal base64url string: ${s}`);
  }
  return goBase64Decode(t, "url");
}
var base64UrlEncodeRaw = (b) => Buffer.from(b).toString("base64url");
function goJSONMarshal(v) {
  return toJSONText(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function pemDecode(text) {
  let from = 0;
  for (; ; ) {
    const begin = text.indexOf("-----BEGIN ", from);
    if (begin < 0) return void 0;
    if (begin > 0 && text[begin - 1] !== "\n") {
      from = begin + 1;
      continue;
    }
    const typeEnd = text.indexOf("-----", begin + 11);
    const lineEnd = text.indexOf("\n", begin);
    if (typeEnd < 0 || lineEnd >= 0 && typeEnd > lineEnd) return void 0;
    const type = text.slice(begin + 11, typeEnd);
    const endMarker = `-----END ${type}-----`;
    const end = text.indexOf(endMarker, typeEnd);
    if (end < 0) {
      from = begin + 1;
      continue;
    }
    let body = text.slice(typeEnd + 5, end);
    const headers = {};
    const lines = body.split(/\r?\n/);
    const colon = lines.findIndex((l) => l.includes(":"));
    if (colon >= 0 && colon <= 1) {
      let i = colon;
      while (i < lines.length && lines[i].includes(":")) {
        const [k, ...v] = lines[i].split(":");
        headers[k.trim()] = v.join(":").trim();
        i++;
      }
      body = lines.slice(i).join("\n");
    }
    const b64 = body.replace(/[\s]/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
      from = begin + 1;
      continue;
    }
    let rest = text.slice(end + endMarker.length);
    rest = rest.replace(/^[ \t]*\r?\n/, "");
    return { block: { type, bytes: Buffer.from(b64, "base64"), headers }, rest };
  }
}
function pemEncode(type, der) {
  const b64 = der.toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN ${type}-----
${b64}
-----END ${type}-----
`;
}

let __goxenvRequire$5; const __goxenvReq$5 = () => (__goxenvRequire$5 ??= createRequire(import.meta.url)); const require$6 = Object.assign((id) => __goxenvReq$5()(id), { resolve: (id, options) => __goxenvReq$5().resolve(id, options) });

// src/rego/builtins/strings/gofmt.ts
var goType = (a) => a.kind === "int" ? a.big ? "*big.Int" : "int64" : a.kind === "float" ? "float64" : "string";
function goSprintf(format, args) {
  let out = "";
  let argNum = 0;
  let reordered = false;
  const n = format.length;
  let i = 0;
  while (i < n) {
    const pct = format.indexOf("%", i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const s = { plus: false, minus: false, sharp: false, space: false, zero: false };
    for (; i < n; i++) {
      const c = format[i];
      if (c === "+") s.plus = true;
      else if (c === "-") {
        s.minus = true;
        s.zero = false;
      } else if (c === "#") s.sharp = true;
      else if (c === " ") s.space = true;
      else if (c === "0") s.zero = !s.minus;
      else break;
    }
    let goodArgNum = true;
    let afterIndex = false;
    const argNumber = () => {
      if (format[i] !== "[") {
        afterIndex = false;
        return;
      }
      reordered = true;
      const close = format.indexOf("]", i + 1);
      const digits = close < 0 ? void 0 : format.slice(i + 1, close);
      if (format.length - i < 3 || close < 0) {
        goodArgNum = false;
        i += 1;
        afterIndex = false;
        return;
      }
      i = close + 1;
      const ok = /^\d+$/.test(digits) && digits.length < 8;
      const index = ok ? Number(digits) - 1 : -1;
      if (ok && index >= 0 && index < args.length) {
        argNum = index;
        afterIndex = true;
        return;
      }
      goodArgNum = false;
      afterIndex = ok;
    };
    const tooLarge = (x) => x > 1e6 || x < -1e6;
    const number = () => {
      let num = 0;
      let any = false;
      for (; i < n && format[i] >= "0" && format[i] <= "9"; i++) {
        if (tooLarge(num)) {
          i = n;
          return void 0;
        }
        num = num * 10 + (format.charCodeAt(i) - 48);
        any = true;
      }
      return any ? num : void 0;
    };
    const starArg = () => {
      if (argNum >= args.length) return void 0;
      const a = args[argNum++];
      return a.kind === "int" && !a.big && !tooLarge(Number(a.v)) ? Number(a.v) : void 0;
    };
    argNumber();
    if (format[i] === "*") {
      i++;
      const w = starArg();
      if (w === void 0) out += "%!(BADWIDTH)";
      else if (w < 0) {
        s.minus = true;
        s.zero = false;
        s.width = -w;
      } else s.width = w;
      afterIndex = false;
    } else {
      s.width = number();
      if (afterIndex && s.width !== void 0) goodArgNum = false;
    }
    if (i + 1 < n && format[i] === ".") {
      i++;
      if (afterIndex) goodArgNum = false;
      argNumber();
      if (format[i] === "*") {
        i++;
        const p = starArg();
        if (p === void 0 || p < 0) out += "%!(BADPREC)";
        else s.prec = p;
        afterIndex = false;
      } else s.prec = number() ?? 0;
    }
    if (!afterIndex) argNumber();
    if (i >= n) {
      out += "%!(NOVERB)";
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i));
    i += verb.length;
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (!goodArgNum) {
      out += `%!${verb}(BADINDEX)`;
      continue;
    }
    const arg = args[argNum];
    if (arg === void 0) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    argNum++;
    out += formatArg(verb, s, arg);
  }
  if (!reordered && argNum < args.length) {
    out += "%!(EXTRA " + args.slice(argNum).map((a) => `${goType(a)}=${formatArg("v", blank(), a)}`).join(", ") + ")";
  }
  return out;
}
var blank = () => ({ plus: false, minus: false, sharp: false, space: false, zero: false });
function formatArg(verb, s, a) {
  if (verb === "T") return pad(goType(a), s, "plain");
  if (verb === "v" && a.kind === "string") return pad(truncate(a.v, s), s, "plain");
  switch (a.kind) {
    case "int": {
      const r = fmtInt(verb, s, a.v, a.big);
      if (r !== void 0) return r;
      break;
    }
    case "float": {
      const r = fmtFloat(verb, s, a.v);
      if (r !== void 0) return r;
      break;
    }
    case "string": {
      const r = fmtString(verb, s, a.v);
      if (r !== void 0) return r;
      break;
    }
  }
  if (a.kind === "int" && a.big) return `%!${verb}(big.Int=${a.v})`;
  return `%!${verb}(${goType(a)}=${formatArg("v", s, a)})`;
}
function truncate(v, s) {
  return s.prec === void 0 ? v : Array.from(v).slice(0, s.prec).join("");
}
function pad(body, s, zero) {
  const w = s.width ?? 0;
  const len = Array.from(body).length;
  if (len >= w) return body;
  if (s.minus) return body + " ".repeat(w - len);
  if (s.zero && zero === "plain") return "0".repeat(w - len) + body;
  if (s.zero && zero === "sign") {
    const sign = /^[+\- ]/.test(body) ? body[0] : "";
    return sign + "0".repeat(w - len) + body.slice(sign.length);
  }
  return " ".repeat(w - len) + body;
}
function signOf(neg, s) {
  return neg ? "-" : s.plus ? "+" : s.space ? " " : "";
}
function fmtInt(verb, s, v, big) {
  const bases = { d: 10, v: 10, b: 2, o: 8, O: 8, x: 16, X: 16, ...big ? { s: 10 } : {} };
  if (verb === "c" || verb === "q" || verb === "U") {
    if (big) return void 0;
    const cp = Number(v);
    const ch = cp >= 0 && cp <= 1114111 && (cp < 55296 || cp > 57343) ? String.fromCodePoint(cp) : "\uFFFD";
    if (verb === "c") return pad(ch, s, "plain");
    if (verb === "q") return pad(quoteRune(ch, s.plus), s, "plain");
    const hex = (v < 0n ? v + (1n << 64n) : v).toString(16).toUpperCase().padStart(4, "0");
    const printable = v >= 0n && /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch);
    return pad(`U+${hex}` + (s.sharp && printable ? ` '${ch}'` : ""), s, "plain");
  }
  const base = bases[verb];
  if (base === void 0) return void 0;
  const neg = v < 0n;
  let digits = (neg ? -v : v).toString(base);
  if (verb === "X") digits = digits.toUpperCase();
  if (s.prec !== void 0) {
    if (s.prec === 0 && v === 0n) digits = "";
    else digits = digits.padStart(s.prec, "0");
  }
  let prefix = "";
  if (verb === "O") prefix = "0o";
  else if (s.sharp) {
    if (verb === "b") prefix = "0b";
    else if (verb === "o" && !digits.startsWith("0")) prefix = "0";
    else if (verb === "x") prefix = "0x";
    else if (verb === "X") prefix = "0X";
  }
  const sign = signOf(neg, s);
  const body = prefix + digits;
  const w = s.width ?? 0;
  if (s.zero && !s.minus && s.prec === void 0 && sign.length + body.length < w) {
    return sign + prefix + "0".repeat(w - sign.length - body.length) + digits;
  }
  return pad(sign + body, { ...s, zero: false }, "none");
}
function exactDecimal(v) {
  if (v === 0) return { d: "", dp: 0 };
  const { mant, exp } = decompose(v);
  let intPart;
  let text;
  if (exp >= 0) {
    intPart = mant << BigInt(exp);
    text = intPart.toString();
    return { d: text.replace(/0+$/, ""), dp: text.length };
  }
  const scaled = (mant * 5n ** BigInt(-exp)).toString();
  const fracLen = -exp;
  const dpRaw = scaled.length - fracLen;
  const d = scaled.replace(/0+$/, "");
  const lead = d.length - d.replace(/^0+/, "").length;
  return { d: d.slice(lead), dp: dpRaw - lead };
}
function roundDigits(x, n) {
  if (n >= x.d.length) return x;
  if (n < 0) return { d: "", dp: x.dp };
  const keep = x.d.slice(0, n);
  const rest = x.d.slice(n);
  const up = rest[0] > "5" || rest[0] === "5" && (rest.length > 1 || n > 0 && Number(keep[n - 1]) % 2 === 1);
  if (!up) {
    const t = keep.replace(/0+$/, "");
    return t === "" ? { d: "", dp: x.dp } : { d: t, dp: x.dp };
  }
  const digits = keep.split("").map(Number);
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 9) {
    digits[i] = 0;
    i--;
  }
  if (i < 0) return { d: "1", dp: x.dp + 1 };
  digits[i]++;
  return { d: digits.join("").replace(/0+$/, ""), dp: x.dp };
}
function decimalDigits(v, sig) {
  if (v === 0) return { d: "", dp: 0 };
  if (sig !== void 0) return roundDigits(exactDecimal(v), Math.max(sig, 1));
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(Math.abs(v).toExponential());
  const d = (m[1] + (m[2] ?? "")).replace(/0+$/, "");
  return { d, dp: Number(m[3]) + 1 };
}
function fmtE(neg, digs, prec, e) {
  const d = digs.d === "" ? "0" : digs.d;
  let out = d[0];
  if (prec > 0) out += "." + d.slice(1, 1 + prec).padEnd(prec, "0");
  const exp = digs.d === "" ? 0 : digs.dp - 1;
  const ae = Math.abs(exp);
  return (neg ? "-" : "") + out + e + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
}
function fmtF(neg, digs, prec) {
  let int;
  if (digs.dp <= 0) int = "0";
  else int = digs.d.slice(0, digs.dp).padEnd(digs.dp, "0");
  let out = int;
  if (prec > 0) {
    let frac = "";
    for (let k = 0; k < prec; k++) {
      const j = digs.dp + k;
      frac += j >= 0 && j < digs.d.length ? digs.d[j] : "0";
    }
    out += "." + frac;
  }
  return (neg ? "-" : "") + out;
}
function fixedDigits(v, prec) {
  const x = exactDecimal(v);
  return roundDigits(x, x.dp + prec);
}
function fmtFloat(verb, s, v) {
  const neg = v < 0 || Object.is(v, -0);
  let body;
  switch (verb) {
    case "v":
    case "g":
    case "G": {
      const shortest = s.prec === void 0;
      let prec = s.prec ?? -1;
      if (prec === 0) prec = 1;
      const digs = shortest ? decimalDigits(v) : decimalDigits(v, prec);
      let eprec = shortest ? 6 : prec;
      if (!shortest && eprec > digs.d.length && digs.d.length >= digs.dp) eprec = digs.d.length;
      const exp = digs.dp - 1;
      const e = verb === "G" ? "E" : "e";
      if (digs.d !== "" && (exp < -4 || exp >= eprec)) {
        let p = shortest ? digs.d.length : prec;
        if (p > digs.d.length && !s.sharp) p = digs.d.length;
        body = fmtE(neg, digs, p - 1, e);
      } else {
        let p = shortest ? digs.d.length : prec;
        if (p > digs.dp && !s.sharp) p = digs.d.length;
        body = fmtF(neg, digs, Math.max(p - digs.dp, 0));
      }
      break;
    }
    case "e":
    case "E": {
      const prec = s.prec ?? 6;
      body = fmtE(neg, decimalDigits(v, prec + 1), prec, verb);
      break;
    }
    case "f":
    case "F": {
      const prec = s.prec ?? 6;
      body = fmtF(neg, fixedDigits(v, prec), prec);
      break;
    }
    case "x":
    case "X":
      body = hexFloat(v, s.prec, verb === "X");
      break;
    case "b": {
      const { mant, exp } = decompose(v);
      body = (neg ? "-" : "") + `${mant}p${exp >= 0 ? "+" : "-"}${Math.abs(exp)}`;
      break;
    }
    default:
      return void 0;
  }
  if (s.sharp && verb !== "b") body = sharpFloat(body, verb, s.prec);
  if (!neg) body = signOf(false, s) + body;
  return pad(body, s, "sign");
}
function fmtString(verb, s, v) {
  switch (verb) {
    case "s":
      return pad(truncate(v, s), s, "plain");
    case "q":
      return pad(s.sharp && !/[`\p{Cc}]/u.test(v) ? "`" + v + "`" : quoteString(truncate(v, s), s.plus), s, "plain");
    case "x":
    case "X": {
      const bytes = [...Buffer.from(truncate(v, s), "utf8")];
      const prefix = s.sharp ? verb === "x" ? "0x" : "0X" : "";
      const digits = bytes.map((b) => b.toString(16).padStart(2, "0")).map((h) => verb === "X" ? h.toUpperCase() : h);
      const text = s.space ? digits.map((d) => prefix + d).join(" ") : prefix + digits.join("");
      return pad(bytes.length === 0 ? "" : text, s, "plain");
    }
    default:
      return void 0;
  }
}
var ESC = { "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "	": "\\t", "\v": "\\v", "\\": "\\\\" };
function escapeChar(ch, quote, ascii = false) {
  if (ch === quote) return "\\" + ch;
  if (ESC[ch]) return ESC[ch];
  const cp = ch.codePointAt(0);
  if ((!ascii || cp < 128) && (/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch) || ch === " ")) return ch;
  if (cp < 128) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 65536) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}
function quoteString(v, ascii = false) {
  let out = '"';
  for (const ch of v) out += escapeChar(ch, '"', ascii);
  return out + '"';
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function quoteBytes(b) {
  let out = '"';
  for (let i = 0; i < b.length; ) {
    const n = b[i] < 128 ? 1 : b[i] >= 240 ? 4 : b[i] >= 224 ? 3 : b[i] >= 192 ? 2 : 0;
    let ch;
    try {
      ch = n ? utf8.decode(b.subarray(i, i + n)) : void 0;
    } catch {
      ch = void 0;
    }
    if (ch === void 0 || [...ch].length !== 1) {
      out += "\\x" + b[i].toString(16).padStart(2, "0");
      i++;
      continue;
    }
    out += escapeChar(ch, '"');
    i += n;
  }
  return out + '"';
}
function quoteRune(ch, ascii) {
  return "'" + escapeChar(ch, "'", ascii) + "'";
}
function hexFloat(v, prec, upper) {
  const neg = v < 0 || Object.is(v, -0);
  let mant = 0n;
  let exp = 0;
  if (v !== 0) {
    const b = Buffer.alloc(8);
    b.writeDoubleBE(Math.abs(v));
    const bits = b.readBigUInt64BE();
    const e = Number(bits >> 52n);
    mant = bits & (1n << 52n) - 1n;
    if (e === 0) {
      exp = -1022;
      while (mant < 1n << 52n) {
        mant <<= 1n;
        exp--;
      }
    } else {
      mant |= 1n << 52n;
      exp = e - 1023;
    }
  }
  let frac = mant & (1n << 52n) - 1n;
  let lead = v === 0 ? 0n : 1n;
  let digits;
  if (prec !== void 0 && prec < 13) {
    const shift = BigInt((13 - prec) * 4);
    const full = lead << 52n | frac;
    let q = full >> shift;
    const rem = full & (1n << shift) - 1n;
    const half = 1n << shift - 1n;
    if (rem > half || rem === half && (q & 1n) === 1n) q += 1n;
    if (q >> BigInt(prec * 4) >= 2n) {
      q >>= 1n;
      exp++;
    }
    lead = q >> BigInt(prec * 4);
    frac = q & (1n << BigInt(prec * 4)) - 1n;
    digits = prec === 0 ? "" : frac.toString(16).padStart(prec, "0");
  } else {
    digits = frac.toString(16).padStart(13, "0");
    digits = prec === void 0 ? digits.replace(/0+$/, "") : digits.padEnd(prec, "0");
  }
  const ae = Math.abs(exp);
  const text = `0x${lead}${digits ? "." + digits : ""}p${exp < 0 ? "-" : "+"}${ae < 10 ? "0" + ae : ae}`;
  return (neg ? "-" : "") + (upper ? text.toUpperCase() : text);
}
function decompose(v) {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(Math.abs(v));
  const bits = b.readBigUInt64BE();
  const e = Number(bits >> 52n);
  const frac = bits & (1n << 52n) - 1n;
  return e === 0 ? { mant: frac, exp: -1074 } : { mant: frac | 1n << 52n, exp: e - 1075 };
}
function sharpFloat(body, verb, prec) {
  const signLen = /^[+\- ]/.test(body) ? 1 : 0;
  let num = body.slice(signLen);
  let digits = "vgGxX".includes(verb) ? prec === void 0 ? 6 : prec : 0;
  const m = verb === "x" || verb === "X" ? /[pP].*$/.exec(num) : /[eEpP].*$/.exec(num);
  const tail = m ? m[0] : "";
  num = num.slice(0, num.length - tail.length);
  let sawNonZero = false;
  for (const c of num) {
    if (c === ".") continue;
    if (c !== "0") sawNonZero = true;
    if (sawNonZero) digits--;
  }
  if (!num.includes(".")) {
    if (num === "0") digits--;
    num += ".";
  }
  while (digits > 0) {
    num += "0";
    digits--;
  }
  return body.slice(0, signLen) + num + tail;
}

let __goxenvRequire$4; const __goxenvReq$4 = () => (__goxenvRequire$4 ??= createRequire(import.meta.url)); const require$5 = Object.assign((id) => __goxenvReq$4()(id), { resolve: (id, options) => __goxenvReq$4().resolve(id, options) });

// src/rego/builtins/uri.ts
var URLError = class extends Error {
};
function goUnescape(s, mode, fail) {
  const src = Buffer.from(s, "utf8");
  const bytes = [];
  const hex = (b) => b !== void 0 && /[0-9a-fA-F]/.test(String.fromCharCode(b));
  for (let i = 0; i < src.length; i++) {
    const b = src[i];
    if (b === 37) {
      if (!hex(src[i + 1]) || !hex(src[i + 2])) throw fail(`invalid URL escape ${quoteBytes(src.subarray(i, i + 3))}`);
      const v = parseInt(String.fromCharCode(src[i + 1], src[i + 2]), 16);
      if (mode === "host" && v < 128 && v !== 37) throw fail(`invalid URL escape ${quoteBytes(src.subarray(i, i + 3))}`);
      bytes.push(v);
      i += 2;
    } else if (b === 43 && mode === "query") bytes.push(32);
    else if (mode === "host" && b < 128 && !/[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(String.fromCharCode(b))) {
      throw fail(`invalid character ${quoteBytes(src.subarray(i, i + 1))} in host name`);
    } else bytes.push(b);
  }
  return Buffer.from(bytes).toString("utf8");
}
var unescape = (s, mode) => goUnescape(s, mode, (m) => new URLError(m));
function escapePath(s) {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-_.~$&+,/:;=@]/.test(c) ? c : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var validOptionalPort = (p) => p === "" || /^:\d*$/.test(p);
function parseHost(host) {
  if (host.startsWith("[")) {
    const i2 = host.lastIndexOf("]");
    if (i2 < 0) throw new URLError("missing ']' in host");
    const colonPort = host.slice(i2 + 1);
    if (!validOptionalPort(colonPort)) throw new URLError(`invalid port ${quoteString(colonPort)} after host`);
    return unescape(host, "host");
  }
  const i = host.lastIndexOf(":");
  if (i >= 0) {
    const colonPort = host.slice(i);
    if (!validOptionalPort(colonPort)) throw new URLError(`invalid port ${quoteString(colonPort)} after host`);
  }
  return unescape(host, "host");
}
function parseURL(raw) {
  const u = { scheme: "", host: "", path: "", rawPath: "", rawQuery: "", fragment: "", opaque: "" };
  const hash = raw.indexOf("#");
  let rest = hash >= 0 ? raw.slice(0, hash) : raw;
  if (hash >= 0) u.fragment = unescape(raw.slice(hash + 1), "fragment");
  if (/[\x00-\x1f\x7f]/.test(rest)) throw new URLError("net/url: invalid control character in URL");
  if (rest === "*") {
    u.path = "*";
    return u;
  }
  const sm = /^([A-Za-z][A-Za-z0-9+\-.]*):/.exec(rest);
  if (sm) {
    u.scheme = sm[1].toLowerCase();
    rest = rest.slice(sm[0].length);
  } else if (rest.startsWith(":")) throw new URLError("missing protocol scheme");
  if (rest.endsWith("?") && rest.split("?").length === 2) rest = rest.slice(0, -1);
  else {
    const q = rest.indexOf("?");
    if (q >= 0) {
      u.rawQuery = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
  }
  if (!rest.startsWith("/")) {
    if (u.scheme !== "") {
      u.opaque = rest;
      return u;
    }
    const seg = rest.split("/")[0];
    if (seg.includes(":")) throw new URLError("first path segment in URL cannot contain colon");
  }
  if ((u.scheme !== "" || !rest.startsWith("///")) && rest.startsWith("//")) {
    const after = rest.slice(2);
    const slash = after.indexOf("/");
    const authority = slash >= 0 ? after.slice(0, slash) : after;
    rest = slash >= 0 ? after.slice(slash) : "";
    const at = authority.lastIndexOf("@");
    if (at >= 0 && !/^[A-Za-z0-9\-_.~!$&'()*+,;=:%@]*$/.test(authority.slice(0, at))) throw new URLError("net/url: invalid userinfo");
    u.host = parseHost(at >= 0 ? authority.slice(at + 1) : authority);
  }
  u.path = unescape(rest, "path");
  u.rawPath = escapePath(u.path) === rest ? "" : rest;
  return u;
}
function hostname(host) {
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]"));
  const i = host.lastIndexOf(":");
  return i >= 0 && validOptionalPort(host.slice(i)) ? host.slice(0, i) : host;
}
function port(host) {
  const i = host.lastIndexOf(":");
  const close = host.lastIndexOf("]");
  if (i < 0 || i < close) return "";
  return /^\d+$/.test(host.slice(i + 1)) ? host.slice(i + 1) : "";
}
function parseOrThrow(raw) {
  try {
    return parseURL(raw);
  } catch (e) {
    throw builtinError(`parse ${quoteString(raw)}: ${e.message}`);
  }
}
var builtins$1 = {
  "uri.parse": ([s]) => {
    const u = parseOrThrow(asString(s, 1));
    const out = new RObject();
    if (u.scheme) out.set("scheme", u.scheme);
    const h = hostname(u.host);
    if (h) out.set("hostname", h);
    const p = port(u.host);
    if (p) out.set("port", p);
    if (u.path) {
      out.set("path", u.path);
      out.set("raw_path", u.rawPath || u.path);
    }
    if (u.rawQuery) out.set("raw_query", u.rawQuery);
    if (u.fragment) out.set("fragment", u.fragment);
    return out;
  },
  "uri.is_valid": ([s]) => {
    if (typeof s !== "string" || s === "") return false;
    try {
      parseURL(s);
      return true;
    } catch {
      return false;
    }
  }
};

let __goxenvRequire$3; const __goxenvReq$3 = () => (__goxenvRequire$3 ??= createRequire(import.meta.url)); const require$4 = Object.assign((id) => __goxenvReq$3()(id), { resolve: (id, options) => __goxenvReq$3().resolve(id, options) });

// src/rego/builtins/json/text.ts
var JSONSyntaxError = class extends Error {
};
function leadByte(c) {
  const u = c.charCodeAt(0);
  if (u < 128) return c;
  if (u >= 55296 && u <= 56319) return String.fromCharCode(240 | 65536 + (u - 55296 << 10) >> 18);
  return String.fromCharCode(Buffer.from(c, "utf8")[0]);
}
function quoteChar(ch) {
  const c = leadByte(ch);
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  const q = quoteString(c);
  return "'" + q.slice(1, -1) + "'";
}
var isDigit$1 = (c) => c !== void 0 && c >= "0" && c <= "9";
var WS = " 	\n\r";
function parseJSONValue(text, opts = {}) {
  let i = 0;
  const end = () => {
    throw new JSONSyntaxError(opts.decoder ? "unexpected EOF" : "unexpected end of JSON input");
  };
  const at = (k) => text[k] ?? " ";
  const bad = (c, context) => {
    throw new JSONSyntaxError(`invalid character ${quoteChar(c)} ${context}`);
  };
  const ws = () => {
    while (i < text.length && WS.includes(text[i])) i++;
  };
  const literal = (word, v2) => {
    for (let k = 1; k < word.length; k++) {
      const c = at(i + k);
      if (c !== word[k]) bad(c, `in literal ${word} (expecting ${quoteChar(word[k])})`);
    }
    i += word.length;
    return v2;
  };
  const number = () => {
    const start = i;
    if (text[i] === "-") {
      i++;
      if (!isDigit$1(text[i])) bad(at(i), "in numeric literal");
    }
    if (text[i] === "0") i++;
    else while (isDigit$1(text[i])) i++;
    if (text[i] === ".") {
      i++;
      if (!isDigit$1(text[i])) bad(at(i), "after decimal point in numeric literal");
      while (isDigit$1(text[i])) i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!isDigit$1(text[i])) bad(at(i), "in exponent of numeric literal");
      while (isDigit$1(text[i])) i++;
    }
    const t = text.slice(start, i);
    const n = parseNumber(t);
    if (n !== void 0) return numToString(n) === t ? n : new RFloat(t);
    return /e\+?\d/i.test(t) ? num(BigInt(Number(t.split(/e/i)[0]) * 0 === 0 ? bigFromExp(t) : 0n)) : 0;
  };
  const string = () => {
    const start = i;
    i++;
    for (; ; ) {
      const c = text[i];
      if (c === void 0) end();
      if (c === '"') break;
      if (c === "\\") {
        const e = at(i + 1);
        if (e === "u") {
          for (let k = 2; k < 6; k++) {
            const h = at(i + k);
            if (!/[0-9a-fA-F]/.test(h)) bad(h, "in \\u hexadecimal character escape");
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) bad(e, "in string escape code");
        i += 2;
        continue;
      }
      if (c < " ") bad(c, "in string literal");
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const key = () => {
    ws();
    if (i >= text.length) end();
    if (text[i] !== '"') bad(text[i], "looking for beginning of object key string");
    const k = string();
    ws();
    if (i >= text.length) end();
    if (text[i] !== ":") bad(text[i], "after object key");
    i++;
    return k;
  };
  const scalar = (c) => {
    if (c === '"') return string();
    if (c === "-" || isDigit$1(c)) return number();
    if (c === "t") return literal("true", true);
    if (c === "f") return literal("false", false);
    if (c === "n") return literal("null", null);
    return bad(c, "looking for beginning of value");
  };
  const value = () => {
    const open = [];
    for (; ; ) {
      ws();
      const c = text[i];
      if (c === void 0) return end();
      let v2;
      if (c === "[" || c === "{") {
        if (open.length >= MAX_DEPTH) bad(c, "exceeded max depth");
        i++;
        ws();
        if (c === "[" && text[i] === "]") {
          i++;
          v2 = [];
        } else if (c === "{" && text[i] === "}") {
          i++;
          v2 = new RObject();
        } else {
          open.push(c === "[" ? { a: [] } : { o: new RObject(), k: key() });
          continue;
        }
      } else {
        v2 = scalar(c);
      }
      for (; ; ) {
        const top = open[open.length - 1];
        if (!top) return v2;
        if (top.a) top.a.push(v2);
        else top.o.set(top.k, v2);
        ws();
        if (i >= text.length) end();
        if (text[i] === ",") {
          i++;
          if (top.o) top.k = key();
          break;
        }
        if (text[i] !== (top.a ? "]" : "}")) bad(text[i], top.a ? "after array element" : "after object key:value pair");
        i++;
        open.pop();
        v2 = top.a ?? top.o;
      }
    }
  };
  if (opts.decoder) {
    ws();
    if (i === text.length) throw new JSONSyntaxError("EOF");
  }
  const v = value();
  ws();
  if (i < text.length && opts.decoder) {
    const c = text[i];
    const start = i;
    if (c === "{" || c === "[") throw new JSONSyntaxError(`error: invalid character '${c}' after top-level value`);
    if (c === '"' || c === "-" || isDigit$1(c) || c === "t" || c === "f" || c === "n") {
      const tok = scalar(c);
      if (tok === null) return v;
      const shown = typeof tok === "boolean" ? `%!s(bool=${tok})` : typeof tok === "string" ? tok : text.slice(start, i);
      throw new JSONSyntaxError(`error: invalid character '${shown}' after top-level value`);
    }
    bad(c, "looking for beginning of value");
  }
  if (i < text.length) bad(text[i], "after top-level value");
  return v;
}
function bigFromExp(t) {
  const [m, e] = t.toLowerCase().split("e");
  const [ip, fp = ""] = m.replace("-", "").split(".");
  const exp = Number(e) - fp.length;
  const digits = BigInt(ip + fp) * (exp >= 0 ? 10n ** BigInt(exp) : 1n) / (exp < 0 ? 10n ** BigInt(-exp) : 1n);
  return m.startsWith("-") ? -digits : digits;
}

let __goxenvRequire$2; const __goxenvReq$2 = () => (__goxenvRequire$2 ??= createRequire(import.meta.url)); const require$3 = Object.assign((id) => __goxenvReq$2()(id), { resolve: (id, options) => __goxenvReq$2().resolve(id, options) });

// src/rego/builtins/yaml-text.ts
var YAML_LIB_DEPTH = 500;
function yamlNesting(text) {
  let depth = 0;
  let max = 0;
  let quote = "";
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (lineStart) {
      if (c === " ") {
        indent++;
        continue;
      }
      max = Math.max(max, indent >> 1);
      lineStart = false;
    }
    if (c === "\n") {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (quote) {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return max;
}
function readYaml(text, parse) {
  if (yamlNesting(text) <= YAML_LIB_DEPTH) return parse(text);
  try {
    return parseJSONValue(text);
  } catch (e) {
    if (e instanceof JSONSyntaxError && e.message.includes("exceeded max depth")) throw new UserError(`yaml: ${new DepthError().message}`);
  }
  throw new UserError(`yaml: exceeded max depth of the YAML reader (${YAML_LIB_DEPTH} levels of nesting)`, {
    hint: "write such a deeply nested document as JSON"
  });
}

// src/rego/builtins/json/paths.ts
function parsePath(p, pos = 2) {
  if (typeof p === "string") {
    if (p === "") return [];
    return p.replace(/^\/+/, "").split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  }
  if (Array.isArray(p)) return p;
  throw operandError(pos, `must be one of {set, array} containing string paths or array of path segments but got ${typeName(p)}`);
}
function pathsOperand(v, pos = 2) {
  if (Array.isArray(v)) return v.map((p) => parsePath(p, pos));
  if (v instanceof RSet) return v.sorted().map((p) => parsePath(p, pos));
  throw oneOfError(pos, ["set", "array"], v);
}
function pathsToObject(paths) {
  const root = new RObject();
  for (const path of paths) {
    if (path.length === 0) continue;
    let node = root;
    let done = false;
    for (let i = 0; i < path.length - 1 && !done; i++) {
      const child2 = node.get(path[i]);
      if (child2 === void 0) {
        const o = new RObject();
        node.set(path[i], o);
        node = o;
      } else if (child2 === null) done = true;
      else node = child2;
    }
    if (!done) node.set(path[path.length - 1], null);
  }
  return root;
}
function filterValue(v, filter) {
  if (filter === null) return v;
  const f = filter;
  if (Array.isArray(v)) {
    const out = [];
    v.forEach((x, i) => {
      const sub = f.get(String(i));
      if (sub !== void 0) out.push(filterValue(x, sub));
    });
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.sorted()) {
      const sub = f.get(x);
      if (sub !== void 0) out.add(filterValue(x, sub));
    }
    return out;
  }
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.sorted()) {
      const sub = f.get(k);
      if (sub !== void 0) out.set(k, filterValue(x, sub));
    }
    return out;
  }
  return v;
}
function removeValue(v, tree) {
  if (tree === void 0) return v;
  if (tree === null) return void 0;
  const t = tree;
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.sorted()) {
      const r = removeValue(x, t.get(k));
      if (r !== void 0) out.set(k, r);
    }
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.sorted()) {
      const r = removeValue(x, t.get(x));
      if (r !== void 0) out.add(r);
    }
    return out;
  }
  if (Array.isArray(v)) {
    const out = [];
    v.forEach((x, i) => {
      const r = removeValue(x, t.get(String(i)));
      if (r !== void 0) out.push(r);
    });
    return out;
  }
  return v;
}

// src/rego/builtins/json/patch.ts
var fail$1 = (msg) => builtinError(msg);
function arrayIndex(seg, len, allowEnd) {
  if (allowEnd && seg === "-") return len;
  let n;
  if (typeof seg === "number" && Number.isInteger(seg)) n = seg;
  else if (typeof seg === "string" && /^(0|[1-9]\d*)$/.test(seg)) n = Number(seg);
  if (n === void 0 || n < 0 || n > (allowEnd ? len : len - 1)) throw fail$1(`invalid patch path segment ${toRegoText(seg)}`);
  return n;
}
function child(doc, seg) {
  if (doc instanceof RObject) {
    const v = doc.get(seg);
    if (v === void 0) throw fail$1(`path segment ${toRegoText(seg)} does not exist`);
    return v;
  }
  if (Array.isArray(doc)) return doc[arrayIndex(seg, doc.length, false)];
  if (doc instanceof RSet) {
    if (!doc.has(seg)) throw fail$1(`path segment ${toRegoText(seg)} does not exist`);
    return doc.get(seg);
  }
  throw fail$1("path does not exist");
}
function getAt(doc, path) {
  let cur = doc;
  for (const seg of path) cur = child(cur, seg);
  return cur;
}
function atParent(doc, path, op) {
  if (path.length === 1) return op(doc, path[0]);
  const seg = path[0];
  const sub = atParent(child(doc, seg), path.slice(1), op);
  if (doc instanceof RObject) return new RObject([...doc.entries()]).set(seg, sub);
  if (Array.isArray(doc)) {
    const out = doc.slice();
    out[arrayIndex(seg, doc.length, false)] = sub;
    return out;
  }
  const s = new RSet([...doc.values()].filter((x) => !equal(x, seg)));
  return s.add(sub);
}
function addAt(doc, path, value) {
  if (path.length === 0) return value;
  return atParent(doc, path, (parent, last) => {
    if (parent instanceof RObject) return new RObject([...parent.entries()]).set(last, value);
    if (Array.isArray(parent)) {
      const out = parent.slice();
      out.splice(arrayIndex(last, parent.length, true), 0, value);
      return out;
    }
    if (parent instanceof RSet) {
      if (!equal(last, value)) throw fail$1(`set element ${toRegoText(last)} does not match value ${toRegoText(value)}`);
      return new RSet(parent.values()).add(value);
    }
    throw fail$1("path does not exist");
  });
}
function removeAt(doc, path) {
  if (path.length === 0) throw fail$1("cannot remove the document root");
  return atParent(doc, path, (parent, last) => {
    if (parent instanceof RObject) {
      if (!parent.has(last)) throw fail$1(`path segment ${toRegoText(last)} does not exist`);
      const out = new RObject([...parent.entries()]);
      out.delete(last);
      return out;
    }
    if (Array.isArray(parent)) {
      const out = parent.slice();
      out.splice(arrayIndex(last, parent.length, false), 1);
      return out;
    }
    if (parent instanceof RSet) {
      if (!parent.has(last)) throw fail$1(`path segment ${toRegoText(last)} does not exist`);
      return new RSet([...parent.values()].filter((x) => !equal(x, last)));
    }
    throw fail$1("path does not exist");
  });
}
function isPrefix$1(a, b) {
  return a.length < b.length && a.every((x, i) => equal(x, b[i]));
}
function applyPatch(target, ops) {
  let doc = target;
  for (const item of asArray(ops, 2)) {
    if (!(item instanceof RObject)) throw fail$1("must be an array of JSON-Patch objects, but at least one element is not an object");
    const attr = (name) => {
      const v = item.get(name);
      if (v === void 0) throw fail$1(`missing '${name}' attribute`);
      return v;
    };
    const op = attr("op");
    if (typeof op !== "string") throw fail$1("attribute 'op' must be a string");
    const path = parsePath(attr("path"));
    switch (op) {
      case "add":
        doc = addAt(doc, path, attr("value"));
        break;
      case "remove":
        doc = removeAt(doc, path);
        break;
      case "replace": {
        const value = attr("value");
        if (path.length === 0) {
          doc = value;
          break;
        }
        getAt(doc, path);
        doc = addAt(removeAt(doc, path), path, value);
        break;
      }
      case "move": {
        const from = parsePath(attr("from"));
        if (isPrefix$1(from, path)) throw fail$1("a location cannot be moved into one of its children");
        const value = getAt(doc, from);
        doc = addAt(removeAt(doc, from), path, value);
        break;
      }
      case "copy":
        doc = addAt(doc, path, getAt(doc, parsePath(attr("from"))));
        break;
      case "test": {
        if (!equal(getAt(doc, path), attr("value"))) throw fail$1("test failed");
        break;
      }
      default:
        throw fail$1(`unrecognized op '${op}'`);
    }
  }
  return doc;
}

// src/rego/builtins/json.ts
function goQuote(s) {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
function scalarText(v) {
  switch (typeof v) {
    case "string":
      return goQuote(v);
    case "boolean":
      return String(v);
    case "number":
    case "bigint":
      return numToString(v);
  }
  return v === null ? "null" : v.text;
}
function marshal(v, prefix, indent) {
  const nl = (d) => indent !== void 0 ? "\n" + (prefix ?? "") + indent.repeat(d) : "";
  return foldValue(v, scalarText, (x, kids, depth) => {
    if (kids.length === 0) return x instanceof RObject ? "{}" : "[]";
    if (!(x instanceof RObject)) return "[" + kids.map((k) => nl(depth + 1) + k).join(",") + nl(depth) + "]";
    const keys = x.keys();
    const entries = [];
    for (let i = 0; i < kids.length; i += 2) entries.push([typeof keys[i / 2] === "string" ? keys[i / 2] : kids[i], kids[i + 1]]);
    entries.sort((a, b) => strCompare(a[0], b[0]));
    const sep = indent !== void 0 ? ": " : ":";
    return "{" + entries.map(([k, val]) => nl(depth + 1) + goQuote(k) + sep + val).join(",") + nl(depth) + "}";
  });
}
function marshalWithOptions(v, o) {
  const opts = asObject(o, 2);
  let pretty;
  let prefix = "";
  let indent = "	";
  let styled = false;
  const quoted = (k) => typeof k === "string" ? quoteString(k) : marshal(k);
  for (const [k, x] of opts.sorted()) {
    switch (k) {
      case "pretty":
        if (typeof x !== "boolean") throw operandError(2, `key ${quoted(k)} failed cast to bool`);
        pretty = x;
        break;
      case "prefix":
      case "indent":
        if (typeof x !== "string") throw operandError(2, `key ${quoted(k)} failed cast to string: operand 1 must be string but got ${typeName(x)}`);
        if (k === "prefix") prefix = x;
        else indent = x;
        styled = true;
        break;
      default:
        throw operandError(2, `object contained unknown key ${quoted(k)}`);
    }
  }
  if (!(pretty ?? styled)) return marshal(v);
  return prefix + marshal(v, prefix, indent);
}
function unmarshal(text) {
  try {
    return parseJSONValue(text, { decoder: true });
  } catch (e) {
    throw builtinError(e.message);
  }
}
var builtins = {
  "json.marshal": ([v]) => marshal(v),
  "json.marshal_with_options": ([v, o]) => marshalWithOptions(v, o),
  "json.unmarshal": ([s]) => unmarshal(asString(s, 1)),
  "json.is_valid": ([s]) => {
    if (typeof s !== "string") return false;
    try {
      parseJSONValue(s);
      return true;
    } catch {
      return false;
    }
  },
  "json.filter": ([o, p]) => filterValue(asObject(o, 1), pathsToObject(pathsOperand(p))),
  "json.remove": ([o, p]) => {
    const obj = asObject(o, 1);
    return removeValue(obj, pathsToObject(pathsOperand(p)));
  },
  "json.patch": ([doc, ops]) => {
    asArray(ops, 2);
    try {
      return applyPatch(doc, ops);
    } catch {
      return void 0;
    }
  }
};

// src/rego/yaml-lib.ts
var lib;
function setYamlLib(y) {
  lib = y;
}
async function loadYamlLib() {
  if (!lib) await import('./yaml-Dxg4hYtj.js');
}
function yamlLib() {
  if (!lib) throw new Error("internal error: YAML read before the yaml library was loaded: await loadBuiltinsFor(<the texts>) first");
  return lib;
}

let __goxenvRequire$1; const __goxenvReq$1 = () => (__goxenvRequire$1 ??= createRequire(import.meta.url)); const require$2 = Object.assign((id) => __goxenvReq$1()(id), { resolve: (id, options) => __goxenvReq$1().resolve(id, options) });

// src/rego/errors.ts
var RegoError = class extends UserError {
  constructor(regoCode, detail, loc) {
    super(`${loc ? `${loc.file ? `${loc.file}:${loc.row}` : `${loc.row}:${loc.col}`}: ` : ""}${regoCode}: ${detail}`, {
      where: loc ? { file: loc.file, line: loc.row, col: loc.col } : {},
      code: regoCode
    });
    this.regoCode = regoCode;
    this.detail = detail;
    this.loc = loc;
    this.name = "RegoError";
  }
  regoCode;
  detail;
  loc;
  /** `file:line:col: code: message`, the form shown to people. */
  format() {
    const l = this.loc;
    return `${l ? `${l.file}:${l.row}:${l.col}: ` : ""}${this.regoCode}: ${this.detail}`;
  }
};
var REQUIRED_AWS = ["aws_access_key", "aws_region", "aws_secret_access_key", "aws_service"];
var IGNORED_HEADERS = /* @__PURE__ */ new Set(["authorization", "user-agent", "x-amzn-trace-id"]);
var HTTP_KEYS = /* @__PURE__ */ new Set([
  "method",
  "url",
  "body",
  "enable_redirect",
  "force_json_decode",
  "force_yaml_decode",
  "headers",
  "raw_body",
  "tls_use_system_certs",
  "tls_ca_cert",
  "tls_ca_cert_file",
  "tls_ca_cert_env_variable",
  "tls_client_cert",
  "tls_client_cert_file",
  "tls_client_cert_env_variable",
  "tls_client_key",
  "tls_client_key_file",
  "tls_client_key_env_variable",
  "tls_insecure_skip_verify",
  "tls_server_name",
  "timeout",
  "cache",
  "force_cache",
  "force_cache_duration_seconds",
  "raise_error",
  "caching_mode",
  "max_retry_attempts",
  "cache_ignored_headers"
]);
var setText = (names) => toRegoText(new RSet(names));
var str = (v) => typeof v === "string" ? v : "";
var crypto = () => createRequire(import.meta.url)("node:crypto");
var sha256Hex = (b) => crypto().createHash("sha256").update(b).digest("hex");
var hmac = (key, msg) => crypto().createHmac("sha256", key).update(msg).digest();
function validateRequest(req) {
  const keys = req.sorted().map(([k]) => k);
  const missing = ["method", "url"].filter((k) => !keys.includes(k));
  if (missing.length) throw operandError(1, `missing required request parameters(s): ${setText(missing)}`);
  const invalid = keys.filter((k) => typeof k !== "string" || !HTTP_KEYS.has(k)).map(String);
  if (invalid.length) throw operandError(1, `invalid request parameter(s): ${setText(invalid)}`);
}
function splitURL(u) {
  const m = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?/.exec(u);
  return { host: m[1] ?? "", path: escapedPath(m[2] ?? ""), query: m[3] ?? "" };
}
function escapedPath(raw) {
  if (/^[A-Za-z0-9\-_.~!$&'()*+,;=:@[\]%/]*$/.test(raw)) return raw;
  try {
    return escapePath(goUnescape(raw, "path", (m) => new Error(m)));
  } catch {
    return raw;
  }
}
function utcStamp(ns) {
  const ms = Number(ns / 1000000n) - (ns < 0n && ns % 1000000n !== 0n ? 1 : 0);
  const d = new Date(ms).toISOString();
  const date = d.slice(0, 10).replace(/-/g, "");
  return { date, iso: `${date}T${d.slice(11, 19).replace(/:/g, "")}Z` };
}
function signV4(headers, method, url, body, service, creds, ns, unsignedPayload) {
  const payloadHash = unsignedPayload ? "UNSIGNED-PAYLOAD" : sha256Hex(body);
  const { date, iso } = utcStamp(ns);
  const { host, path, query } = splitURL(url);
  const awsHeaders = /* @__PURE__ */ new Map([["host", host], ["x-amz-date", iso]]);
  if (service === "s3" || service === "glacier") awsHeaders.set("x-amz-content-sha256", payloadHash);
  if (creds.token !== "") awsHeaders.set("x-amz-security-token", creds.token);
  const toSign = new Map(awsHeaders);
  for (const [k, v] of headers) if (!IGNORED_HEADERS.has(k.toLowerCase())) toSign.set(k.toLowerCase(), v);
  const names = [...toSign.keys()].sort();
  const canonical = `${method}
${path}
${query}
${names.map((k) => `${k}:${toSign.get(k)}
`).join("")}
${names.join(";")}
${payloadHash}`;
  const scope = `${date}/${creds.region}/${service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256
${iso}
${scope}
${sha256Hex(canonical)}`;
  let key = hmac(`AWS4${creds.secret}`, date);
  for (const part of [creds.region, service, "aws4_request"]) key = hmac(key, part);
  const signature = hmac(key, stringToSign).toString("hex");
  return { auth: `AWS4-HMAC-SHA256 Credential=${creds.access}/${scope},SignedHeaders=${names.join(";")},Signature=${signature}`, awsHeaders };
}
var builtins3 = {
  "providers.aws.sign_req": ([reqValue, configValue, timeValue]) => {
    const req = asObject(reqValue, 1);
    const config = asObject(configValue, 1);
    const missing = REQUIRED_AWS.filter((k) => config.get(k) === void 0);
    if (missing.length) throw operandError(2, `missing required AWS config parameters(s): ${setText(missing)}`);
    const invalid = REQUIRED_AWS.filter((k) => typeof config.get(k) !== "string");
    if (invalid.length) throw operandError(2, `invalid values for required AWS config parameters(s): ${setText(invalid)}`);
    const t = asNumber(timeValue, 1);
    const ns = isNum(t) && !(timeValue instanceof RFloat) ? numToBigInt(t) : void 0;
    if (ns === void 0 || ns > 2n ** 63n - 1n || ns < -(2n ** 63n)) throw operandError(3, "could not convert time_ns value into a unix timestamp");
    validateRequest(req);
    const headersValue = req.get("headers");
    let headers = new RObject();
    if (headersValue !== void 0) {
      if (!(headersValue instanceof RObject)) throw typeError(0, "object", headersValue);
      headers = headersValue;
    }
    const invalidReq = ["method", "url"].filter((k) => typeof req.get(k) !== "string");
    if (invalidReq.length) throw operandError(1, `invalid values for required request parameters(s): ${setText(invalidReq)}`);
    const raw = req.get("raw_body");
    const bodyValue = req.get("body");
    const body = raw !== void 0 ? Buffer.from(str(raw)) : bodyValue !== void 0 ? Buffer.from(goJSONMarshal(bodyValue)) : Buffer.alloc(0);
    const headerMap = new Map(headers.sorted().map(([k, v]) => [str(k), str(v)]));
    const dps = config.get("disable_payload_signing");
    if (dps !== void 0 && typeof dps !== "boolean") throw operandError(2, "invalid value for 'disable_payload_signing' in AWS config");
    const creds = { access: str(config.get("aws_access_key")), secret: str(config.get("aws_secret_access_key")), region: str(config.get("aws_region")), token: str(config.get("aws_session_token")) };
    const { auth, awsHeaders } = signV4(headerMap, str(req.get("method")), str(req.get("url")), body, str(config.get("aws_service")), creds, ns, dps === true);
    const signed = new RObject();
    for (const [k, v] of headerMap) signed.set(k, v);
    signed.set("Authorization", auth);
    for (const [k, v] of awsHeaders) signed.set(k, v);
    const out = new RObject(req.sorted());
    out.set("headers", signed);
    return out;
  }
};

// src/rego/value/bigfloat.ts
var PREC = 64;
var ZERO = { m: 0n, e: 0 };
var bitLen = (a) => a === 0n ? 0 : a.toString(2).length;
function round(n, e, sticky = false) {
  if (n === 0n) return ZERO;
  const neg2 = n < 0n;
  let a = neg2 ? -n : n;
  const shift2 = bitLen(a) - PREC;
  if (shift2 <= 0) return { m: neg2 ? -(a << BigInt(-shift2)) : a << BigInt(-shift2), e: e + shift2 };
  const s = BigInt(shift2);
  const rem2 = a & (1n << s) - 1n;
  const half = 1n << s - 1n;
  a >>= s;
  if (rem2 > half || rem2 === half && (sticky || (a & 1n) === 1n)) a += 1n;
  let exp = e + shift2;
  if (bitLen(a) > PREC) {
    a >>= 1n;
    exp += 1;
  }
  return { m: neg2 ? -a : a, e: exp };
}
function fromDecimal(text) {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`invalid number: ${text}`);
  const digits = BigInt((m[2] ?? "") + (m[3] ?? "") || "0");
  const p10 = Number(m[4] ?? 0) - (m[3] ?? "").length;
  const sign = m[1] === "-" ? -1n : 1n;
  if (p10 >= 0) return round(sign * digits * 10n ** BigInt(p10), 0);
  const d = 10n ** BigInt(-p10);
  const s = Math.max(0, PREC + 2 + bitLen(d) - bitLen(digits));
  const scaled = digits << BigInt(s);
  return round(sign * (scaled / d), -s, scaled % d !== 0n);
}
function fromNumber(n) {
  if (n instanceof RFloat) return fromDecimal(n.text);
  if (typeof n === "bigint" || Number.isInteger(n)) return round(BigInt(n), 0);
  return fromDecimal(numToString(n));
}
var add = (a, b) => {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  return round((a.m << BigInt(a.e - e)) + (b.m << BigInt(b.e - e)), e);
};
var neg = (a) => ({ m: -a.m, e: a.e });
var sub = (a, b) => add(a, neg(b));
var mul = (a, b) => round(a.m * b.m, a.e + b.e);
var abs = (a) => a.m < 0n ? neg(a) : a;
function quo(a, b) {
  if (a.m === 0n) return ZERO;
  const n = a.m << 130n;
  return round(n / b.m, a.e - 130 - b.e, n % b.m !== 0n);
}
function trunc(a) {
  if (a.e >= 0) return a.m << BigInt(a.e);
  const neg2 = a.m < 0n;
  const v = (neg2 ? -a.m : a.m) >> BigInt(-a.e);
  return neg2 ? -v : v;
}
var isInt = (a) => a.e >= 0 || trunc(a) << BigInt(-a.e) === a.m;
function decimalOf(n, e) {
  let digits;
  let dp;
  if (e >= 0) {
    digits = (n << BigInt(e)).toString();
    dp = digits.length;
  } else {
    digits = (n * 5n ** BigInt(-e)).toString();
    dp = digits.length + e;
  }
  return { mant: digits.replace(/0+$/, ""), dp };
}
var at = (d, i) => i < d.mant.length ? d.mant[i] : "0";
function roundUp(d, n) {
  let i = n;
  while (i > 0 && d.mant[i - 1] === "9") i--;
  if (i === 0) {
    d.mant = "1";
    d.dp++;
    return;
  }
  d.mant = d.mant.slice(0, i - 1) + String.fromCharCode(d.mant.charCodeAt(i - 1) + 1);
}
function roundDown(d, n) {
  d.mant = d.mant.slice(0, n).replace(/0+$/, "");
}
function shouldRoundUp(d, n) {
  if (d.mant[n] === "5" && n + 1 === d.mant.length) return n > 0 && (d.mant.charCodeAt(n - 1) - 48) % 2 === 1;
  return d.mant[n] >= "5";
}
function shortest(a) {
  const m = a.m < 0n ? -a.m : a.m;
  const d = decimalOf(m, a.e);
  const mant = m << 1n;
  const lower = decimalOf(mant - 1n, a.e - 1);
  const upper = decimalOf(mant + 1n, a.e - 1);
  const inclusive = (m & 1n) === 0n;
  for (let i = 0; i < d.mant.length; i++) {
    const c = d.mant[i];
    const l = at(lower, i);
    const u = at(upper, i);
    const okdown = l !== c || inclusive && i + 1 === lower.mant.length;
    const okup = c !== u && (inclusive || c.charCodeAt(0) + 1 < u.charCodeAt(0) || i + 1 < upper.mant.length);
    if (okdown && okup) {
      if (shouldRoundUp(d, i + 1)) roundUp(d, i + 1);
      else roundDown(d, i + 1);
      return d;
    }
    if (okdown) {
      roundDown(d, i + 1);
      return d;
    }
    if (okup) {
      roundUp(d, i + 1);
      return d;
    }
  }
  return d;
}
function toText(a) {
  if (a.m === 0n) return "0";
  const d = shortest(a);
  const sign = a.m < 0n ? "-" : "";
  if (isInt(a)) return sign + d.mant + "0".repeat(d.dp - d.mant.length);
  const exp = d.dp - 1;
  if (exp < -4 || exp >= 6) {
    const frac = d.mant.slice(1);
    const es = exp < 0 ? "-" : "+";
    const ev = String(Math.abs(exp)).padStart(2, "0");
    return `${sign}${d.mant[0]}${frac ? "." + frac : ""}e${es}${ev}`;
  }
  if (d.dp <= 0) return `${sign}0.${"0".repeat(-d.dp)}${d.mant}`;
  return `${sign}${d.mant.slice(0, d.dp)}${d.mant.length > d.dp ? "." + d.mant.slice(d.dp) : ""}`;
}
function toNumber(a) {
  const text = toText(a);
  if (isInt(a)) return num(BigInt(text));
  const n = num(Number(text));
  return numToString(n) === text ? n : new RFloat(text);
}
var HALF = { m: 1n, e: -1 };
var roundInt = (a) => trunc(a.m < 0n ? sub(a, HALF) : add(a, HALF));
function ceilInt(a) {
  const i = trunc(a);
  return i < 0n || isInt(a) ? i : i + 1n;
}
function floorInt(a) {
  const i = trunc(a);
  return i >= 0n || isInt(a) ? i : i - 1n;
}

// src/rego/builtins/arith.ts
function intOp(a, b, small2, big) {
  if (a instanceof RFloat) a = a.plain;
  if (b instanceof RFloat) b = b.plain;
  if (typeof a === "number" && typeof b === "number") {
    const r = small2(a, b);
    if (Number.isSafeInteger(r)) return num(r);
  }
  return num(big(BigInt(a), BigInt(b)));
}
var float = (f) => (a, b) => toNumber(f(fromNumber(a), fromNumber(b)));
var floatAdd = float(add);
var floatSub = float(sub);
var floatMul = float(mul);
var add2 = (a, b) => isInteger(a) && isInteger(b) ? intOp(a, b, (x, y) => x + y, (x, y) => x + y) : floatAdd(a, b);
var sub2 = (a, b) => isInteger(a) && isInteger(b) ? intOp(a, b, (x, y) => x - y, (x, y) => x - y) : floatSub(a, b);
var mul2 = (a, b) => isInteger(a) && isInteger(b) ? intOp(a, b, (x, y) => x * y, (x, y) => x * y) : floatMul(a, b);
var isZero = (n) => n instanceof RFloat ? n.key === "0" : n === 0 || n === 0n;
function div(a, b) {
  if (isZero(b)) throw builtinError("divide by zero");
  if (typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b) && a % b === 0) return num(a / b);
  return toNumber(quo(fromNumber(a), fromNumber(b)));
}
function rem(a, b) {
  if (!isInteger(a) || !isInteger(b)) throw builtinError("modulo on floating-point number");
  if (isZero(b)) throw builtinError("modulo by zero");
  return intOp(a, b, (x, y) => x % y, (x, y) => x % y);
}
var LIMIT = 2n ** 64n;
var small = (n) => n instanceof RFloat ? small(n.plain) : typeof n === "number" || n < LIMIT && n > -LIMIT;
var rounding = (f) => ([a]) => {
  const n = asNum(a, 1);
  if (isInteger(n) && small(n)) return n instanceof RFloat ? n.plain : n;
  return num(f(fromNumber(n)));
};
var builtins4 = {
  plus: ([a, b]) => add2(asNum(a, 1), asNum(b, 2)),
  minus: ([a, b]) => {
    if (isNum(a)) return sub2(a, asNum(b, 2));
    if (a instanceof RSet) {
      const s = asSet(b, 2);
      return new RSet([...a.values()].filter((v) => !s.has(v)));
    }
    throw typeError(1, "one of {number, set}", a);
  },
  mul: ([a, b]) => mul2(asNum(a, 1), asNum(b, 2)),
  div: ([a, b]) => div(asNum(a, 1), asNum(b, 2)),
  rem: ([a, b]) => rem(asNum(a, 1), asNum(b, 2)),
  abs: ([a]) => {
    const n = asNum(a, 1);
    if (typeof n === "number") return Math.abs(n);
    if (n instanceof RFloat) return toNumber(abs(fromNumber(n)));
    return small(n) ? n < 0n ? -n : n : toNumber(abs(fromNumber(n)));
  },
  round: rounding(roundInt),
  ceil: rounding(ceilInt),
  floor: rounding(floorInt)
};

// src/rego/builtins/core.ts
var elems = (v, pos, types) => {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  throw oneOfError(pos, types, v);
};
function member(x, coll) {
  if (Array.isArray(coll)) return coll.some((e) => equal(e, x));
  if (coll instanceof RSet) return coll.has(x);
  if (coll instanceof RObject) {
    for (const [, v] of coll.entries()) if (equal(v, x)) return true;
  }
  return false;
}
function objectUnion(a, b) {
  const out = new RObject(a.entries());
  for (const [k, v] of b.entries()) {
    const prev = out.get(k);
    out.set(k, prev instanceof RObject && v instanceof RObject ? objectUnion(prev, v) : v);
  }
  return out;
}
var builtins5 = {
  ...builtins4,
  equal: ([a, b]) => equal(a, b),
  neq: ([a, b]) => !equal(a, b),
  lt: ([a, b]) => compare(a, b) < 0,
  gt: ([a, b]) => compare(a, b) > 0,
  lte: ([a, b]) => compare(a, b) <= 0,
  gte: ([a, b]) => compare(a, b) >= 0,
  "internal.member_2": ([x, coll]) => member(x, coll),
  "internal.member_3": ([k, x, coll]) => {
    if (Array.isArray(coll)) return typeof k === "number" && Number.isInteger(k) && k >= 0 && k < coll.length && equal(coll[k], x);
    if (coll instanceof RObject) {
      const v = coll.get(k);
      return v !== void 0 && equal(v, x);
    }
    if (coll instanceof RSet) return coll.has(x) && equal(k, x);
    return false;
  },
  and: ([a, b]) => {
    const x = asSet(a, 1);
    const y = asSet(b, 2);
    return new RSet([...x.values()].filter((v) => y.has(v)));
  },
  or: ([a, b]) => {
    const x = asSet(a, 1);
    const y = asSet(b, 2);
    return new RSet([...x.values(), ...y.values()]);
  },
  intersection: ([a]) => {
    const sets = [...asSet(a, 1).values()].map((s, i) => asSet(s, i + 1));
    if (!sets.length) return new RSet();
    return new RSet([...sets[0].values()].filter((v) => sets.every((s) => s.has(v))));
  },
  union: ([a]) => {
    const out = new RSet();
    for (const s of asSet(a, 1).values()) for (const v of asSet(s, 1).values()) out.add(v);
    return out;
  },
  count: ([a]) => {
    if (typeof a === "string") return [...a].length;
    if (Array.isArray(a)) return a.length;
    if (a instanceof RSet || a instanceof RObject) return a.size;
    throw oneOfError(1, ["array", "object", "set", "string"], a);
  },
  sum: ([a]) => elems(a, 1, ["set", "array"]).reduce((s, v) => add2(s, asNum(v, 1)), 0),
  product: ([a]) => elems(a, 1, ["set", "array"]).reduce((s, v) => mul2(s, asNum(v, 1)), 1),
  max: ([a]) => {
    const xs = elems(a, 1, ["set", "array"]);
    return xs.length ? xs.reduce((m, v) => compare(v, m) >= 0 ? v : m) : void 0;
  },
  min: ([a]) => {
    const xs = elems(a, 1, ["set", "array"]);
    return xs.length ? xs.reduce((m, v) => compare(v, m) <= 0 ? v : m) : void 0;
  },
  sort: ([a]) => [...elems(a, 1, ["set", "array"])].sort(compare),
  "array.concat": ([a, b]) => [...asArray(a, 1), ...asArray(b, 2)],
  "array.flatten": ([a]) => asArray(a, 1).flatMap((x) => Array.isArray(x) ? x : [x]),
  "array.reverse": ([a]) => [...asArray(a, 1)].reverse(),
  "array.slice": ([a, s, e]) => {
    const xs = asArray(a, 1);
    let i = asInt(s, 2);
    let j = asInt(e, 3);
    if (j > xs.length) j = xs.length;
    if (i < 0) i = 0;
    if (i > j) return [];
    return xs.slice(i, j);
  },
  // OPA 1.19 answers false for a value of another type (older versions were undefined)
  is_number: ([a]) => isNum(a),
  is_string: ([a]) => typeof a === "string",
  is_boolean: ([a]) => typeof a === "boolean",
  is_array: ([a]) => Array.isArray(a),
  is_set: ([a]) => a instanceof RSet,
  is_object: ([a]) => a instanceof RObject,
  is_null: ([a]) => a === null,
  type_name: ([a]) => typeName(a),
  to_number: ([a]) => {
    if (a === null) return 0;
    if (typeof a === "boolean") return a ? 1 : 0;
    if (isNum(a)) return a;
    if (typeof a === "string") {
      const n = parseNumber(a);
      if (n === void 0 || a.trim() !== a) throw builtinError(`invalid syntax`);
      return n;
    }
    throw oneOfError(1, ["null", "boolean", "number", "string"], a);
  },
  "object.get": ([o2, key, dflt]) => {
    const obj = asObject(o2, 1);
    if (Array.isArray(key)) {
      let cur = obj;
      for (const k of key) {
        let next;
        if (cur instanceof RObject) next = cur.get(k);
        else if (Array.isArray(cur) && typeof k === "number" && isInteger(k)) next = cur[k];
        else if (cur instanceof RSet) next = cur.has(k) ? k : void 0;
        if (next === void 0) return dflt;
        cur = next;
      }
      return cur;
    }
    const v = obj.get(key);
    return v === void 0 ? dflt : v;
  },
  "object.keys": ([o2]) => new RSet(asObject(o2, 1).keys()),
  "object.union": ([a, b]) => objectUnion(asObject(a, 1), asObject(b, 2)),
  trace: () => true,
  "http.send": ([req], ctx) => {
    const obj = asObject(req, 1);
    const keys = obj.sorted().map(([k]) => k);
    const invalid = keys.filter((k) => typeof k !== "string" || !HTTP_KEYS.has(k));
    if (invalid.length) throw operandError(1, `invalid request parameters(s): ${toRegoText(new RSet(invalid))}`);
    const missing = ["method", "url"].filter((k) => !obj.get(k));
    if (missing.length) throw operandError(1, `missing required request parameters(s): ${toRegoText(new RSet(missing))}`);
    if (!ctx.allowNet) throw builtinError("network access is disabled (http.send); mock it with `with http.send as ...`");
    throw builtinError("http.send is not supported");
  },
  // As OPA: `{}` when the host gave no runtime information (OPA's test runner), else `{"env": {...}}`.
  "opa.runtime": (_a, ctx) => ctx.env === void 0 ? new RObject() : new RObject([["env", new RObject(Object.entries(ctx.env))]])
};

// src/rego/builtins/strings.ts
var GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
function runeIndexOf(base, search, from) {
  outer: for (let i = from; i + search.length <= base.length; i++) {
    for (let j = 0; j < search.length; j++) if (base[i + j] !== search[j]) continue outer;
    return i;
  }
  return -1;
}
function trimWith(s, cutset, left, right) {
  const cut = new Set(runes(cutset));
  const rs = runes(s);
  let a = 0;
  let b = rs.length;
  if (left) while (a < b && cut.has(rs[a])) a++;
  if (right) while (b > a && cut.has(rs[b - 1])) b--;
  return rs.slice(a, b).join("");
}
function goCase(s, upper) {
  if (/^[\x00-\x7f]*$/.test(s)) return upper ? s.toUpperCase() : s.toLowerCase();
  let out = "";
  for (const ch of s) {
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    if (Array.from(m).length === 1) out += m;
    else if (!upper) out += ch === "\u0130" ? "i" : ch;
    else out += String.fromCodePoint(greekSimpleUpper(ch.codePointAt(0)));
  }
  return out;
}
function greekSimpleUpper(cp) {
  if (cp >= 8064 && cp <= 8071 || cp >= 8080 && cp <= 8087 || cp >= 8096 && cp <= 8103) return cp + 8;
  if (cp === 8115 || cp === 8131 || cp === 8179) return cp + 9;
  return cp;
}
function goSplit(s, sep) {
  return sep === "" ? runes(s) : s.split(sep);
}
function goReplaceAll(s, old, rep) {
  if (old === "") return replaceN(s, [[old, rep]]);
  return s.split(old).join(rep);
}
function replaceN(s, pairs) {
  if (!pairs.some(([from]) => from === "")) {
    let out2 = "";
    let i2 = 0;
    outer: while (i2 < s.length) {
      for (const [from, to] of pairs) {
        if (s.startsWith(from, i2)) {
          out2 += to;
          i2 += from.length;
          continue outer;
        }
      }
      out2 += s[i2++];
    }
    return out2;
  }
  const src = Buffer.from(s, "utf8");
  const keys = pairs.map(([from, to]) => [Buffer.from(from, "utf8"), Buffer.from(to, "utf8")]);
  const out = [];
  let prevEmpty = false;
  let i = 0;
  while (i <= src.length) {
    const hit = keys.find(([from]) => !(from.length === 0 && prevEmpty) && src.subarray(i, i + from.length).equals(from));
    if (hit) {
      out.push(hit[1]);
      prevEmpty = hit[0].length === 0;
      i += hit[0].length;
      continue;
    }
    prevEmpty = false;
    if (i < src.length) out.push(src.subarray(i, i + 1));
    i++;
  }
  return Buffer.concat(out).toString("utf8");
}
function formatInt(n, base) {
  if (!isNum(n)) throw typeError(1, "number", n);
  if (!isNum(base)) throw typeError(2, "number", base);
  const b = numToBigInt(base);
  if (b !== 2n && b !== 8n && b !== 10n && b !== 16n) throw operandError(2, "must be one of {2, 8, 10, 16}");
  const i = numToBigInt(n) ?? BigInt(Math.trunc(numToJs(n)));
  return i.toString(Number(b));
}
function goArg(v) {
  if (typeof v === "string") return { kind: "string", v };
  if (!isNum(v)) return { kind: "string", v: toRegoText(v) };
  const text = numToString(v);
  if (/^-?\d+$/.test(text)) {
    const i = BigInt(text);
    return { kind: "int", v: i, big: i > 0x7fffffffffffffffn || i < -0x8000000000000000n };
  }
  return text.includes(".") ? { kind: "float", v: Number(text) } : { kind: "string", v: text };
}
function toNumber2(v) {
  if (v instanceof RFloat) return v;
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string": {
      if (/^(inf|infinity|nan)$/.test(v.replace(/^[+-]+/, "").toLowerCase())) throw typeError(1, "valid number string", v);
      const plain = v.startsWith("+") ? v.slice(1) : v;
      const n = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? parseNumber(plain) : void 0;
      if (n === void 0) {
        const range2 = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? "value out of range" : "invalid syntax";
        throw builtinError(`strconv.ParseFloat: parsing ${quoteString(v)}: ${range2}`);
      }
      if (typeof n === "bigint" && !Number.isFinite(Number(n))) throw builtinError(`strconv.ParseFloat: parsing ${quoteString(v)}: value out of range`);
      return n;
    }
    default:
      if (v === null) return 0;
      throw oneOfError(1, ["null", "boolean", "number", "string"], v);
  }
}
function anyMatch(args, test) {
  const ss = asStringOrStrings(args[0], 1);
  const as = asStringOrStrings(args[1], 2);
  return ss.some((s) => as.some((a) => test(s, a)));
}
var builtins6 = {
  concat: ([d, c]) => {
    const delim = asString(d, 1);
    return asStrings(c, 2, ["set", "array"]).join(delim);
  },
  contains: ([a, b]) => asString(a, 1).includes(asString(b, 2)),
  startswith: ([a, b]) => asString(a, 1).startsWith(asString(b, 2)),
  endswith: ([a, b]) => asString(a, 1).endsWith(asString(b, 2)),
  lower: ([a]) => goCase(asString(a, 1), false),
  upper: ([a]) => goCase(asString(a, 1), true),
  format_int: ([n, b]) => formatInt(n, b),
  indexof: ([a, b]) => {
    const base = asString(a, 1);
    const search = asString(b, 2);
    if (search === "") throw builtinError("empty search character");
    return runeIndexOf(runes(base), runes(search), 0);
  },
  indexof_n: ([a, b]) => {
    const base = runes(asString(a, 1));
    const search = runes(asString(b, 2));
    if (search.length === 0) throw builtinError("empty search character");
    const out = [];
    for (let i = runeIndexOf(base, search, 0); i >= 0; i = runeIndexOf(base, search, i + 1)) out.push(i);
    return out;
  },
  substring: ([a, o2, l]) => {
    const rs = runes(asString(a, 1));
    const start = asInt(o2, 2);
    const length = asInt(l, 3);
    if (start < 0) throw builtinError("negative offset");
    if (start >= rs.length) return "";
    return (length < 0 ? rs.slice(start) : rs.slice(start, Math.min(start + length, rs.length))).join("");
  },
  replace: ([s, o2, n]) => goReplaceAll(asString(s, 1), asString(o2, 2), asString(n, 3)),
  "strings.replace_n": ([p, s]) => {
    const patterns = asObject(p, 1);
    const str2 = asString(s, 2);
    const pairs = [];
    for (const [k, v] of [...patterns.entries()].sort((x, y) => compare(x[0], y[0]))) {
      if (typeof k !== "string") throw operandError(1, "non-string key found in pattern object");
      if (typeof v !== "string") throw operandError(1, "non-string value found in pattern object");
      pairs.push([k, v]);
    }
    return replaceN(str2, pairs);
  },
  split: ([s, d]) => goSplit(asString(s, 1), asString(d, 2)),
  "strings.split_n": ([s, d, n]) => {
    const str2 = asString(s, 1);
    const delim = asString(d, 2);
    const count = asInt(n, 3);
    const parts = goSplit(str2, delim);
    if (str2 === "" && delim === "") return [];
    if (count === 0) return [];
    return count > 0 ? parts.slice(0, count) : parts.slice(Math.max(parts.length + count, 0));
  },
  sprintf: ([f, a]) => {
    const format = asString(f, 1);
    const args = asArray(a, 2);
    return goSprintf(format, args.map(goArg));
  },
  trim: ([s, c]) => trimWith(asString(s, 1), asString(c, 2), true, true),
  trim_left: ([s, c]) => trimWith(asString(s, 1), asString(c, 2), true, false),
  trim_right: ([s, c]) => trimWith(asString(s, 1), asString(c, 2), false, true),
  trim_prefix: ([s, p]) => {
    const str2 = asString(s, 1);
    const pre = asString(p, 2);
    return str2.startsWith(pre) ? str2.slice(pre.length) : str2;
  },
  trim_suffix: ([s, p]) => {
    const str2 = asString(s, 1);
    const suf = asString(p, 2);
    return suf !== "" && str2.endsWith(suf) ? str2.slice(0, str2.length - suf.length) : str2;
  },
  trim_space: ([s]) => {
    const rs = runes(asString(s, 1));
    let a = 0;
    let b = rs.length;
    while (a < b && GO_SPACE.test(rs[a])) a++;
    while (b > a && GO_SPACE.test(rs[b - 1])) b--;
    return rs.slice(a, b).join("");
  },
  "strings.any_prefix_match": (args) => anyMatch(args, (s, p) => s.startsWith(p)),
  "strings.any_suffix_match": (args) => anyMatch(args, (s, p) => s.endsWith(p)),
  "strings.count": ([s, sub3]) => {
    const str2 = asString(s, 1);
    const needle = asString(sub3, 2);
    if (needle === "") return runes(str2).length + 1;
    return str2.split(needle).length - 1;
  },
  "strings.reverse": ([s]) => runes(asString(s, 1)).reverse().join(""),
  to_number: ([v]) => toNumber2(v)
};

// src/rego/builtins/bits.ts
var binary = (f) => ([a, b]) => num(f(asBigInt(a, 1), asBigInt(b, 2)));
var shift = (f) => ([a, b]) => {
  const x = asBigInt(a, 1);
  const n = asBigInt(b, 2);
  if (n < 0n) throw operandError(2, "must be an unsigned integer number but got a negative integer");
  return num(f(x, n));
};
var builtins7 = {
  "bits.and": binary((a, b) => a & b),
  "bits.or": binary((a, b) => a | b),
  "bits.xor": binary((a, b) => a ^ b),
  "bits.negate": ([a]) => num(~asBigInt(a, 1)),
  "bits.lsh": shift((a, n) => a << n),
  "bits.rsh": shift((a, n) => a >> n)
};

// src/rego/builtins/numbers.ts
var MAX_RANGE = 10000000n;
function range(a, b, step) {
  const count = (a > b ? a - b : b - a) / step + 1n;
  if (count > MAX_RANGE) throw builtinError(`range too large: ${count} elements`);
  const out = [];
  if (a <= b) for (let x = a; x <= b; x += step) out.push(num(x));
  else for (let x = a; x >= b; x -= step) out.push(num(x));
  return out;
}
var builtins8 = {
  "numbers.range": ([a, b]) => range(asBigInt(a, 1), asBigInt(b, 2), 1n),
  "numbers.range_step": ([a, b, s]) => {
    const from = asBigInt(a, 1);
    const to = asBigInt(b, 2);
    const step = asBigInt(s, 3);
    if (step <= 0n) throw builtinError("numbers.range_step: step must be a positive integer");
    return range(from, to, step);
  }
};

// src/rego/builtins/objects.ts
function keysOperand(v) {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  if (v instanceof RObject) return v.keys();
  throw oneOfError(2, ["object", "set", "array"], v);
}
function unionObjects(a, b) {
  const out = new RObject(a.entries());
  for (const [k, v] of b.entries()) {
    const mine = a.get(k);
    out.set(k, mine instanceof RObject && v instanceof RObject ? unionObjects(mine, v) : v);
  }
  return out;
}
function isSubarray(sup, sub3) {
  if (sub3.length === 0) return true;
  outer: for (let i = 0; i + sub3.length <= sup.length; i++) {
    for (let j = 0; j < sub3.length; j++) if (!equal(sup[i + j], sub3[j])) continue outer;
    return true;
  }
  return false;
}
function isSubset(sup, sub3) {
  if (equal(sup, sub3)) return true;
  if (sup instanceof RObject && sub3 instanceof RObject) {
    for (const [k, v] of sub3.entries()) {
      const s = sup.get(k);
      if (s === void 0 || !isSubset(s, v)) return false;
    }
    return true;
  }
  if (sup instanceof RSet && sub3 instanceof RSet) return [...sub3.values()].every((v) => sup.has(v));
  if (Array.isArray(sup) && Array.isArray(sub3)) return isSubarray(sup, sub3);
  return false;
}
function arraySetSubset(sup, sub3) {
  let unmatched = sub3.size;
  for (const x of sup) {
    if (sub3.has(x)) unmatched--;
    if (unmatched === 0) return true;
  }
  return false;
}
var builtins9 = {
  "object.filter": ([o2, k]) => {
    const obj = asObject(o2, 1);
    const filter = new RObject(keysOperand(k).map((key) => [key, null]));
    return filterValue(obj, filter);
  },
  "object.remove": ([o2, k]) => {
    const obj = asObject(o2, 1);
    const out = new RObject(obj.entries());
    for (const key of keysOperand(k)) out.delete(key);
    return out;
  },
  "object.union_n": ([a]) => {
    const arr = asArray(a, 1);
    let out = new RObject();
    for (const x of arr) {
      if (!(x instanceof RObject)) throw elementError(1, arr, x, ["object"]);
      out = unionObjects(out, x);
    }
    return out;
  },
  "object.subset": ([sup, sub3]) => {
    if (Array.isArray(sup) && sub3 instanceof RSet) return arraySetSubset(sup, sub3);
    const same = sup instanceof RObject && sub3 instanceof RObject || sup instanceof RSet && sub3 instanceof RSet || Array.isArray(sup) && Array.isArray(sub3);
    if (!same) throw new BuiltinError("eval_type_error", "both arguments object.subset must be of the same type or array and set");
    return isSubset(sup, sub3);
  }
};

// src/rego/builtins/rand.ts
var builtins10 = {
  "rand.intn": ([s, n], ctx) => {
    const key = asString(s, 1);
    let max = asInt(n, 2);
    if (max === 0) return 0;
    if (max < 0) max = -max;
    const cacheKey = `rand.intn\0${key}\0${max}`;
    const hit = ctx.cache.get(cacheKey);
    if (typeof hit === "number") return hit;
    const r = Math.floor(ctx.random() * max);
    ctx.cache.set(cacheKey, r);
    return r;
  }
};

// src/rego/syntax/lexer.ts
var isIdentStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
var isDigit = (c) => c >= 48 && c <= 57;
var isIdentPart = (c) => isIdentStart(c) || isDigit(c);
var SINGLE = /* @__PURE__ */ new Set(["<", ">", "=", "+", "-", "*", "/", "%", "|", "&", "(", ")", "[", "]", "{", "}", ",", ";", ":", "."]);
var WITH_EQ = /* @__PURE__ */ new Set([":", "=", "!", "<", ">"]);
function afterTerm(tokens) {
  const t = tokens[tokens.length - 1];
  if (!t) return false;
  return t.kind === "number" || t.kind === "ident" || t.kind === "string" || t.kind === "rawstring" || t.kind === "op" && (t.text === ")" || t.text === "]" || t.text === "}");
}
function lex(src, file) {
  const tokens = [];
  const comments = [];
  const n = src.length;
  let i = 0;
  let row = 1;
  let lineStart = 0;
  let nl = true;
  const loc = (at2) => ({ file, row, col: at2 - lineStart + 1 });
  let failedAt = 0;
  const fail = (at2, msg, place = loc(at2)) => {
    failedAt = at2;
    throw new RegoError("rego_parse_error", msg, place);
  };
  const tok = (kind, text, at2, start) => ({ kind, text, loc: at2, nl, start, end: i });
  try {
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 10) {
        i++;
        row++;
        lineStart = i;
        nl = true;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) {
        i++;
        continue;
      }
      if (c === 35) {
        const s = i;
        while (i < n && src.charCodeAt(i) !== 10) i++;
        const e = i > s + 1 && src.charCodeAt(i - 1) === 13 ? i - 1 : i;
        comments.push({ text: src.slice(s + 1, e), loc: loc(s), start: s, end: i });
        continue;
      }
      const start = i;
      const at2 = loc(i);
      if (isIdentStart(c)) {
        i++;
        while (i < n && isIdentPart(src.charCodeAt(i))) i++;
        tokens.push(tok("ident", src.slice(start, i), at2, start));
        nl = false;
        continue;
      }
      if (isDigit(c) || c === 46 && isDigit(src.charCodeAt(i + 1)) && !afterTerm(tokens)) {
        while (i < n && isDigit(src.charCodeAt(i))) i++;
        if (src.charCodeAt(i) === 46 && isDigit(src.charCodeAt(i + 1))) {
          i++;
          while (i < n && isDigit(src.charCodeAt(i))) i++;
        }
        const e = src.charCodeAt(i);
        if ((e === 101 || e === 69) && (isDigit(src.charCodeAt(i + 1)) || src[i + 1] === "+" || src[i + 1] === "-")) {
          i++;
          if (src[i] === "+" || src[i] === "-") i++;
          if (!isDigit(src.charCodeAt(i))) fail(start, "illegal number format");
          while (i < n && isDigit(src.charCodeAt(i))) i++;
        }
        if (isIdentStart(src.charCodeAt(i))) fail(start, "illegal number format");
        if (c === 48 && i > start + 1 && isDigit(src.charCodeAt(start + 1))) fail(start, "unexpected number token: expected number without leading zero");
        tokens.push(tok("number", src.slice(start, i), at2, start));
        nl = false;
        continue;
      }
      if (c === 34) {
        i++;
        const s = i;
        while (i < n && src.charCodeAt(i) !== 34) {
          if (src.charCodeAt(i) === 92) i++;
          if (src.charCodeAt(i) === 10) fail(start, "non-terminated string");
          i++;
        }
        if (i >= n) fail(start, "non-terminated string");
        const body = src.slice(s, i);
        i++;
        tokens.push(tok("string", decodeString(body, () => fail(start, "illegal escape sequence")), at2, start));
        nl = false;
        continue;
      }
      if (c === 96) {
        i++;
        const s = i;
        while (i < n && src.charCodeAt(i) !== 96) {
          if (src.charCodeAt(i) === 10) {
            row++;
            lineStart = i + 1;
          }
          i++;
        }
        if (i >= n) fail(start, "non-terminated string", at2);
        const body = src.slice(s, i);
        i++;
        tokens.push(tok("rawstring", body, at2, start));
        nl = false;
        continue;
      }
      if (c === 36 && (src[i + 1] === '"' || src[i + 1] === "`")) {
        const q = src[i + 1];
        i += 2;
        const s = i;
        let depth = 0;
        while (i < n) {
          const d = src[i];
          if (q === '"' && d === "\\") {
            i += 2;
            continue;
          }
          if (d === "\\" && src[i + 1] === "{") {
            i += 2;
            continue;
          }
          if (d === "\n") {
            if (q === '"' && depth === 0) fail(start, "non-terminated template string");
            row++;
            lineStart = i + 1;
          }
          if (depth === 0 && d === q) break;
          if (d === "{") depth++;
          else if (d === "}" && depth > 0) depth--;
          else if (depth > 0 && d === '"') {
            i++;
            while (i < n && src[i] !== '"') {
              if (src[i] === "\\") i++;
              i++;
            }
          } else if (depth > 0 && d === "`") {
            i++;
            while (i < n && src[i] !== "`") i++;
          }
          i++;
        }
        if (i >= n) fail(start, "non-terminated template string", at2);
        const body = src.slice(s, i);
        i++;
        tokens.push({ kind: "template", text: body, raw: body, rawTemplate: q === "`", bodyStart: s, loc: at2, nl, start, end: i });
        nl = false;
        continue;
      }
      const ch = src[i];
      let op;
      if (WITH_EQ.has(ch) && src.charCodeAt(i + 1) === 61) op = ch + "=";
      else if (SINGLE.has(ch)) op = ch;
      else return fail(i, ch === "!" ? "illegal ! character" : ch === "\0" ? "illegal null character" : "illegal token");
      i += op.length;
      tokens.push(tok("op", op, at2, start));
      nl = false;
    }
  } catch (e) {
    if (!(e instanceof RegoError)) throw e;
    tokens.push({ kind: "illegal", text: e.detail, loc: e.loc, nl, start: failedAt, end: i });
  }
  tokens.push({ kind: "eof", text: "", loc: { file, row, col: i - lineStart }, nl: true, start: i, end: i });
  return { tokens, comments };
}
function decodeString(body, bad, extra = "") {
  if (!body.includes("\\")) return body;
  let out = "";
  for (let j = 0; j < body.length; j++) {
    const ch = body[j];
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const e = body[++j];
    switch (e) {
      case '"':
        out += '"';
        break;
      case "\\":
        out += "\\";
        break;
      case "/":
        out += "/";
        break;
      case "b":
        out += "\b";
        break;
      case "f":
        out += "\f";
        break;
      case "n":
        out += "\n";
        break;
      case "r":
        out += "\r";
        break;
      case "t":
        out += "	";
        break;
      case "u": {
        const hex = body.slice(j + 1, j + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) bad();
        out += String.fromCharCode(parseInt(hex, 16));
        j += 4;
        break;
      }
      default:
        if (extra.includes(e)) {
          out += e;
          break;
        }
        bad();
    }
  }
  return out;
}

// src/rego/syntax/annotation-schemas.ts
var IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;
function refPath(text) {
  const head = IDENT.exec(text);
  if (!head) return void 0;
  const out = [head[0]];
  let rest = text.slice(head[0].length);
  while (rest) {
    let m;
    if (m = /^\.([A-Za-z_][A-Za-z0-9_]*)/.exec(rest)) out.push(m[1]);
    else if (m = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest)) out.push(JSON.parse(`"${m[1]}"`));
    else if (m = /^\[(\d+)\]/.exec(rest)) out.push(Number(m[1]));
    else if (m = /^\[([A-Za-z_][A-Za-z0-9_]*)\]/.exec(rest)) out.push({ var: m[1] });
    else return void 0;
    rest = rest.slice(m[0].length);
  }
  return out;
}
function schemaAnnotations(raw) {
  if (raw === void 0 || raw === null) return [];
  if (!Array.isArray(raw)) return "yaml: unmarshal errors:\n  schemas must be a list of `path: schema` entries";
  const out = [];
  for (const pair of raw) {
    if (!pair || typeof pair !== "object" || Array.isArray(pair)) return "yaml: unmarshal errors:\n  each schemas entry must be a map of `path: schema`";
    for (const [k, v] of Object.entries(pair)) {
      const path = refPath(k.trim());
      if (!path) return "invalid document reference";
      if (typeof v === "string") {
        const ref = refPath(v.trim());
        if (!ref || ref[0] !== "schema" || ref.some((p) => typeof p !== "string")) return "invalid schema reference";
        out.push({ path, schema: ref.slice(1) });
      } else if (v && typeof v === "object" && !Array.isArray(v)) {
        out.push({ path, definition: v });
      } else {
        return `invalid schema declaration for path ${JSON.stringify(k)}`;
      }
    }
  }
  return out;
}

// src/rego/syntax/annotations.ts
function parseAnnotations(comments, _src, file) {
  const out = [];
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i];
    if (c.text.trim() !== "METADATA") continue;
    const lines = [];
    let row = c.loc.row;
    let j = i + 1;
    while (j < comments.length && comments[j].loc.row === row + 1 && comments[j].loc.col === c.loc.col) {
      lines.push(comments[j].text.startsWith(" ") ? comments[j].text.slice(1) : comments[j].text);
      row = comments[j].loc.row;
      j++;
    }
    let data;
    try {
      data = yamlLib().parse(lines.join("\n")) ?? {};
    } catch (e) {
      throw new RegoError("rego_parse_error", `invalid METADATA block: ${e.message}`, c.loc);
    }
    const schemas = schemaAnnotations(data.schemas);
    if (typeof schemas === "string") {
      const at2 = schemas.startsWith("yaml:") ? lines.findIndex((l) => /^schemas\s*:/.test(l)) : -1;
      throw new RegoError("rego_parse_error", schemas, at2 >= 0 ? { ...c.loc, row: c.loc.row + at2 + 2 } : c.loc);
    }
    const scope = typeof data.scope === "string" ? data.scope : "rule";
    out.push({ scope, annotation: { scope, data, loc: { file, row: c.loc.row, col: c.loc.col } }, endRow: row });
    i = j - 1;
  }
  return out;
}

// src/rego/syntax/module-terms.ts
function forEachOperand(t, f, a, b) {
  switch (t.t) {
    case "call":
      for (const x of t.args) f(x, a, b);
      break;
    case "ref":
      f(t.head, a, b);
      for (const x of t.path) f(x, a, b);
      break;
    case "array":
    case "set":
      for (const x of t.items) f(x, a, b);
      break;
    case "object":
      for (const [k, v] of t.items) {
        f(k, a, b);
        f(v, a, b);
      }
      break;
    case "template":
      for (const p of t.parts) if (typeof p !== "string") f(p, a, b);
      break;
    default:
      break;
  }
}
function dottedName(t) {
  if (t.t === "var") return t.name;
  if (t.t !== "ref" || t.head.t !== "var") return void 0;
  const parts = [t.head.name];
  for (const p of t.path) {
    if (p.t !== "scalar" || typeof p.value !== "string") return void 0;
    parts.push(p.value);
  }
  return parts.join(".");
}

// src/rego/syntax/parser.ts
var INFIX_OP = {
  "==": "equal",
  "!=": "neq",
  "<": "lt",
  ">": "gt",
  "<=": "lte",
  ">=": "gte",
  "|": "or",
  "&": "and",
  "+": "plus",
  "-": "minus",
  "*": "mul",
  "/": "div",
  "%": "rem"
};
var OR_PREC = 2;
var INFIX_PREC = {
  "==": 1,
  "!=": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "|": OR_PREC,
  "&": 3,
  "+": 4,
  "-": 4,
  "*": 5,
  "/": 5,
  "%": 5
};
var OP_TOKEN_NAMES = {
  "+": "plus",
  "-": "minus",
  "*": "mul",
  "/": "quo",
  "%": "rem",
  "&": "and",
  "|": "or",
  "=": "eq",
  "==": "equal",
  ":=": "assign",
  "!=": "neq",
  ">": "gt",
  "<": "lt",
  ">=": "gte",
  "<=": "lte"
};
var NOT_CALLED = /* @__PURE__ */ new Set(["not", "some", "every"]);
var KEYWORDS = /* @__PURE__ */ new Set(["if", "contains", "in", "every", "some", "not", "and", "or"]);
var RESERVED = /* @__PURE__ */ new Set(["with", "else", "default", "import", "package"]);
var RegoParseErrors = class extends RegoError {
  constructor(all) {
    super("rego_parse_error", all[0].detail, all[0].loc);
    this.all = all;
  }
  all;
};
var allErrors = (e) => e instanceof RegoParseErrors ? e.all : [e];
var NOT_A_HEAD = {
  not: "negated expressions cannot be used for rule head",
  some: "'some' declarations cannot be used for rule head",
  every: "expression cannot be used for rule head"
};
var IF_REQUIRED = "`if` keyword is required before rule body";
function bigIntegerLiteral(text) {
  const m = /^(-?)(\d+)(?:\.(\d*))?[eE]\+?(\d+)$/.exec(text);
  if (!m) return void 0;
  const frac = m[3] ?? "";
  const exp = Number(m[4]);
  if (exp > 30103 || frac.replace(/0+$/, "").length > exp) return void 0;
  const n = BigInt(m[2] + frac + "0".repeat(exp - frac.length));
  if (n >= MAX_BIG) return void 0;
  return m[1] ? -n : n;
}
var MAX_BIG = 1n << 100000n;
function isDigits(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
var Parser$1 = class _Parser {
  constructor(src, file, opts = {}) {
    this.src = src;
    this.file = file;
    this.opts = opts;
    this.v0 = !!opts.v0;
    const { tokens, comments } = lex(src, file);
    this.toks = tokens;
    this.comments = comments;
    const last = tokens[tokens.length - 2];
    if (last?.kind === "illegal") this.illegal = last;
    if (!opts.v0) for (const k of ["if", "contains", "in", "every", "some", "not"]) this.kw.add(k);
    else for (const k of ["some", "not"]) this.kw.add(k);
  }
  src;
  file;
  opts;
  toks;
  comments;
  p = 0;
  kw = /* @__PURE__ */ new Set();
  noOr = 0;
  module;
  /** Where the current literal starts. */
  literalAt = -1;
  /** The lexer's error, reported when the parser reaches it (a syntax error before it is named first). */
  illegal;
  /** v0 syntax: from the options, until an `import rego.v1` makes the rest of the module v1. */
  v0;
  // -- token helpers --------------------------------------------------------------------------------------------
  get tok() {
    return this.toks[this.p];
  }
  peek(n = 1) {
    return this.toks[Math.min(this.p + n, this.toks.length - 1)];
  }
  next() {
    return this.toks[this.p++];
  }
  isOp(t, op) {
    return t.kind === "op" && t.text === op;
  }
  // inlined token reads: a cold parser pays for every call, and these run for every token
  at(op) {
    const t = this.toks[this.p];
    return t.kind === "op" && t.text === op;
  }
  /** A keyword, unless it heads a reference (`if.foo`, `in.bar(1)`: keywords are valid names after a dot). */
  atKw(k) {
    const t = this.toks[this.p];
    if (t.kind !== "ident" || t.text !== k || !this.kw.has(k)) return false;
    const n = this.peek();
    return !(n.kind === "op" && n.text === "." && n.start === t.end);
  }
  atIdent(text) {
    return this.tok.kind === "ident" && this.tok.text === text;
  }
  atEof() {
    return this.tok.kind === "eof";
  }
  /** The current identifier is immediately followed by `.`, `[` or `(` (so a keyword is used as a name). */
  glued() {
    const n = this.peek();
    return n.kind === "op" && n.start === this.tok.end && (n.text === "." || n.text === "[" || n.text === "(");
  }
  gluedDot() {
    const n = this.peek();
    return n.kind === "op" && n.text === "." && n.start === this.tok.end;
  }
  describe(t) {
    if (t.kind === "eof") return "eof token";
    if (t.kind === "ident") return `identifier token`;
    if (t.kind === "string" || t.kind === "rawstring") return "string token";
    if (t.kind === "number") return "number token";
    return `${OP_TOKEN_NAMES[t.text] ?? t.text} token`;
  }
  fail(msg, t = this.tok) {
    const bad = this.illegal;
    if (bad && t.start >= bad.start) throw new RegoError("rego_parse_error", bad.text, bad.loc);
    throw new RegoError("rego_parse_error", msg, t.loc);
  }
  /** OPA's message for a token that fits nowhere: `unexpected rem token`. */
  unexpectedToken(t = this.tok) {
    this.fail(`unexpected ${this.describe(t)}`, t);
  }
  unexpected(expected) {
    this.fail(`unexpected ${this.describe(this.tok)}: expected ${expected}`);
  }
  expectOp(op) {
    if (!this.at(op)) this.unexpected(op);
    return this.next();
  }
  // -- module ---------------------------------------------------------------------------------------------------
  parseModule() {
    const pk = this.tok;
    if (pk.kind === "eof") throw new RegoError("rego_parse_error", "empty module", { file: this.file, row: 0, col: 0 });
    if (!(pk.kind === "ident" && pk.text === "package")) {
      this.statementsBeforePackage();
      this.fail("package expected", pk);
    }
    this.next();
    if (this.peek(0).kind !== "ident") this.unexpectedToken();
    const pkgRef = this.parseRefPath();
    const pkg = pkgRef.map((t, i) => {
      if (i === 0 && t.t === "var") return t.name;
      if (t.t === "scalar" && typeof t.value === "string") return t.value;
      return this.fail("package path must contain only string keys");
    });
    if (pkg[0] === "data") pkg.shift();
    const mod = { file: this.file, package: pkg, packageLoc: pk.loc, imports: [], rules: [], annotations: [], comments: this.comments, v0: !!this.opts.v0 };
    this.module = mod;
    while (this.tok.kind !== "eof") {
      if (this.atIdent("import") && !this.glued()) {
        this.addImport(mod, this.parseImport());
        continue;
      }
      for (const r of this.parseRule()) mod.rules.push(r);
    }
    this.attachAnnotations(mod);
    return mod;
  }
  /** As OPA, a module not starting with `package` is first read as statements (rules, else queries) to the end, so
   * a syntax error in them is reported rather than the missing package. The statements themselves are dropped. */
  statementsBeforePackage() {
    while (!this.atEof()) {
      if (this.at(";")) {
        this.next();
        continue;
      }
      if (this.tok.kind === "ident" && !(KEYWORDS.has(this.tok.text) && this.atKw(this.tok.text)) && !RESERVED.has(this.tok.text)) {
        const save = this.p;
        try {
          this.parseRule();
          continue;
        } catch (e) {
          if (!(e instanceof RegoError)) throw e;
          this.p = save;
          this.parseRefPath();
          const n = this.peek(0);
          if (this.ruleContinues() && e.detail !== IF_REQUIRED) throw e;
          if (!n.nl && n.kind !== "eof" && (this.isOp(n, ",") || this.isOp(n, ":") || n.start === this.toks[this.p - 1].end)) this.unexpectedToken(n);
          this.p = save;
        }
      }
      this.parseLiteral();
    }
  }
  ruleContinues() {
    const t = this.tok;
    if (t.nl) return false;
    if (t.kind === "op") return t.text === ":=" || t.text === "=" || t.text === "{" || t.text === "(";
    return t.kind === "ident" && (this.atKw("if") || this.atKw("contains"));
  }
  attachAnnotations(mod) {
    const blocks = parseAnnotations(this.comments, this.src, this.file);
    for (const b of blocks) {
      const next = mod.rules.find((r) => r.loc.row > b.endRow && !mod.rules.some((q) => q.loc.row > b.endRow && q.loc.row < r.loc.row));
      if (b.scope === "package" || b.scope === "subpackages" || b.endRow < mod.packageLoc.row) {
        if (b.endRow < mod.packageLoc.row && b.annotation.data.scope === void 0) b.annotation.scope = "package";
        mod.annotations.push(b.annotation);
      } else if (next) {
        if (b.annotation.data.entrypoint === true) {
          if (b.annotation.data.scope === void 0) b.annotation.scope = "document";
          else if (b.scope !== "document") {
            throw new RegoError("rego_parse_error", `annotation entrypoint applied to non-document or package scope '${b.scope}'`, b.annotation.loc);
          }
        }
        (next.annotations ??= []).push(b.annotation);
      }
    }
  }
  /** v1: two imports of one name are an error (OPA's checkDuplicateImports). */
  addImport(mod, imp) {
    const name = (i) => i.alias ?? (i.path.t === "ref" && i.path.path.length ? String(i.path.path[i.path.path.length - 1].value) : i.path.t === "ref" && i.path.head.t === "var" ? i.path.head.name : "");
    const text = (i) => `import ${dottedImport(i.path)}${i.alias ? ` as ${i.alias}` : ""}`;
    const prev = mod.v0 ? void 0 : mod.imports.find((i) => name(i) === name(imp));
    if (prev) throw new RegoError("rego_compile_error", `import must not shadow ${text(prev)}`, imp.loc);
    mod.imports.push(imp);
  }
  parseImport() {
    const t = this.next();
    if (this.peek(0).kind !== "ident") this.unexpectedToken();
    const ref = this.parseRefPath();
    const head = ref[0];
    const names = ref.map((x) => x.t === "var" ? x.name : x.t === "scalar" ? String(x.value) : "*");
    if (!["data", "input", "future", "rego"].includes(head.name)) {
      this.fail(`unexpected import path, must begin with one of: {data, future, input, rego}, got: ${head.name}`, t);
    }
    if (head.name === "future" && names[1] === "keywords") {
      const allowed = ["contains", "every", "if", "in", "not", ...this.opts.experimental ? ["and", "or"] : []].sort();
      const ks = names.length === 2 ? ["if", "contains", "in", "every"] : [names[2]];
      for (const k of ks) {
        if (!allowed.includes(k)) this.fail(`unexpected keyword, must be one of [${allowed.join(" ")}]`, t);
        this.kw.add(k);
      }
    }
    if (head.name === "rego" && names[1] === "v1") {
      for (const k of ["if", "contains", "in", "every"]) this.kw.add(k);
      this.v0 = false;
      if (this.module) this.module.v0 = false;
    }
    let alias;
    if (this.tok.kind === "ident" && this.tok.text === "as" && !this.tok.nl) {
      this.next();
      if (this.tok.kind !== "ident") this.unexpected("var");
      alias = this.next().text;
    }
    return { path: { t: "ref", head, path: ref.slice(1), loc: t.loc }, alias, loc: t.loc };
  }
  /** `a.b["c"][d]` as [var a, "b", "c", d]. */
  parseRefPath() {
    const t = this.tok;
    if (t.kind !== "ident") this.unexpected("identifier");
    this.next();
    const out = [{ t: "var", name: t.text, loc: t.loc }];
    for (; ; ) {
      if (this.at(".") && !this.tok.nl) {
        this.next();
        const n = this.tok;
        if (n.kind !== "ident") this.unexpected("identifier");
        this.next();
        out.push({ t: "scalar", value: n.text, loc: n.loc });
      } else if (this.at("[") && !this.tok.nl) {
        this.next();
        out.push(this.parseTermIn());
        this.expectOp("]");
        this.bracketed.add(out[out.length - 1]);
      } else break;
    }
    return out;
  }
  /** Reference elements written in brackets (`p["x"]`, not `p.x`): v0 reads `p["x"] { ... }` as a partial set. */
  bracketed = /* @__PURE__ */ new WeakSet();
  // -- rules ----------------------------------------------------------------------------------------------------
  parseRule() {
    const start = this.tok;
    if (start.kind === "ident" && KEYWORDS.has(start.text) && this.atKw(start.text)) {
      const asHead = NOT_A_HEAD[start.text];
      if (asHead && this.literalParses()) this.fail(asHead, start);
      this.fail(`unexpected ${start.text} keyword`);
    }
    if (start.kind === "ident" && start.text === "default" && !this.glued()) {
      this.next();
      const ref2 = this.parseRefPath();
      let args;
      if (this.at("(") && !this.tok.nl) args = this.parseArgs();
      let assign = false;
      if (this.at(":=")) {
        assign = true;
        this.next();
      } else if (this.at("=")) this.next();
      else this.unexpected(":= or =");
      const value = this.parseTermIn();
      const bad = nonConstant(value);
      if (bad) this.fail(`illegal default rule (value cannot contain ${bad})`, start);
      const head2 = { ref: ref2, args, value, assign, loc: start.loc };
      return [{ head: head2, body: [trueExpr(start.loc)], default: true, loc: start.loc, module: this.module }];
    }
    if (start.kind !== "ident") this.unexpectedToken();
    const ref = this.parseRefPath();
    const head = { ref, assign: false, loc: start.loc };
    if (this.at("(") && !this.tok.nl) head.args = this.parseArgs();
    if (this.atKw("contains")) {
      this.next();
      head.key = this.parseTermIn();
    } else if (this.at(":=") || this.at("=")) {
      head.assign = this.next().text === ":=";
      head.value = this.parseTermIn();
    }
    if (this.v0 && !head.key && !head.value && !head.args && ref.length === 2 && (ref[1].t !== "scalar" || this.bracketed.has(ref[1]))) {
      head.key = ref[1];
      head.ref = [ref[0]];
    }
    const bodies = [];
    let hasIf = false;
    if (this.atKw("if")) {
      this.next();
      hasIf = true;
      bodies.push(this.parseRuleBody());
    } else if (this.at("{") && !(this.tok.nl && (head.value || head.key))) {
      if (!this.v0) this.fail(IF_REQUIRED, start);
      bodies.push(this.parseBraceBody());
    }
    while (this.v0 && this.at("{") && !hasIf && bodies.length) bodies.push(this.parseBraceBody());
    const bodyless = !bodies.length;
    if (!bodies.length) {
      if (!head.value && !head.key && !head.args && !this.v0 && ref.length === 1 && !hasIf) {
        this.fail(`rule must have a value or body`, start);
      }
      bodies.push([trueExpr(start.loc)]);
    }
    const rules = bodies.map((body) => ({ head, body, default: false, loc: start.loc, module: this.module }));
    let cur = rules[rules.length - 1];
    while (this.atIdent("else") && !this.glued()) {
      if (bodyless) this.fail("unexpected else keyword");
      const et = this.next();
      const eh = { ref: head.ref, args: head.args, assign: false, loc: et.loc };
      if (this.at(":=") || this.at("=")) {
        eh.assign = this.next().text === ":=";
        eh.value = this.parseTermIn();
      }
      let body;
      if (this.atKw("if")) {
        this.next();
        body = this.parseRuleBody();
      } else if (this.at("{")) body = this.parseBraceBody();
      else body = [trueExpr(et.loc)];
      const r = { head: eh, body, default: false, loc: et.loc, module: this.module };
      cur.else = r;
      cur = r;
    }
    return rules;
  }
  literalParses() {
    const save = this.p;
    try {
      this.parseLiteral();
      return true;
    } catch (e) {
      if (!(e instanceof RegoError)) throw e;
      return false;
    } finally {
      this.p = save;
    }
  }
  parseArgs() {
    this.expectOp("(");
    const args = [];
    while (!this.at(")")) {
      args.push(this.parseTermIn());
      if (!this.at(",")) break;
      this.next();
    }
    this.closeArgs();
    return args;
  }
  /** After `if`: a `{ ... }` body, or one literal (which may itself start with `{`: `if {x: 1 | ...}[k]`). */
  parseRuleBody() {
    if (!this.at("{")) return [this.parseLiteral()];
    const save = this.p;
    let bodyError;
    try {
      const body = this.parseBraceBody();
      if (!this.continuesTerm()) return body;
    } catch (e) {
      if (!(e instanceof RegoError)) throw e;
      bodyError = e;
    }
    this.p = save;
    try {
      return [this.parseLiteral()];
    } catch (e) {
      throw bodyError ?? e;
    }
  }
  /** The token after a `{ ... }` continues it as a term (`{1} == x`, `{x | ...}[k]`). */
  continuesTerm() {
    const t = this.tok;
    if (t.nl || t.kind !== "op") return false;
    return [".", "[", "==", "!=", "<", ">", "<=", ">=", "|", "&", "+", "-", "*", "/", "%", ":=", "="].includes(t.text);
  }
  parseBraceBody() {
    this.expectOp("{");
    const body = this.parseBodyUntil("}");
    this.expectOp("}");
    return body;
  }
  parseBodyUntil(end) {
    const body = [];
    while (!this.at(end)) {
      if (this.tok.kind === "eof") this.unexpectedToken();
      body.push(this.parseLiteral());
      if (this.at(";")) {
        this.next();
        if (this.at(end)) this.fail(`unexpected ${end} token`);
        continue;
      }
      if (this.at(end)) break;
      if (!this.tok.nl) this.unexpected(`\\n or ; or ${end}`);
    }
    if (!body.length) this.fail("found empty body");
    return body;
  }
  // -- literals -------------------------------------------------------------------------------------------------
  parseLiteral() {
    if (!this.kw.has("or") && !this.kw.has("and")) return this.parseSimpleLiteral();
    const first = this.tok;
    const branches = [this.parseAndChain()];
    while (this.atKw("or")) {
      this.next();
      branches.push(this.parseAndChain());
    }
    if (branches.length === 1 && branches[0].length === 1) return branches[0][0];
    const lastBranch = branches[branches.length - 1];
    const last = lastBranch[lastBranch.length - 1];
    const withs = last.e !== "or" || !last.group ? last.with : [];
    if (withs === last.with) last.with = [];
    return { e: "or", branches, negated: false, with: withs, loc: first.loc };
  }
  parseAndChain() {
    const out = [this.parseLogicOperand()];
    while (this.atKw("and")) {
      this.next();
      out.push(this.parseLogicOperand());
    }
    return out;
  }
  parseLogicOperand() {
    if (this.at("{") && this.looksLikeBody()) {
      const t = this.tok;
      const body = this.parseBraceBody();
      return { e: "or", branches: [body], negated: false, with: [], loc: t.loc, group: true };
    }
    if (this.at("(")) {
      const save = this.p;
      try {
        this.next();
        const inner = this.parseLiteral();
        if (this.at(")")) {
          this.next();
          if (this.atKw("and") || this.atKw("or") || this.at(";") || this.at("}") || this.at(")") || this.tok.nl || this.tok.kind === "eof") return inner;
        }
      } catch {
      }
      this.p = save;
    }
    return this.parseSimpleLiteral();
  }
  parseSimpleLiteral() {
    const t = this.tok;
    this.literalAt = this.p;
    let expr;
    if (this.atKw("some") && !this.glued()) {
      expr = this.parseSome();
    } else if (this.atKw("every") && !this.glued()) {
      expr = this.parseEvery();
    } else if (this.atKw("not") && this.isOp(this.peek(), "{") && this.looksLikeBody(1)) {
      this.next();
      const body = this.parseBraceBody();
      return { e: "or", branches: [body], negated: true, with: [], loc: t.loc, group: true };
    } else if (this.atKw("not") && !(this.glued() && !this.isOp(this.peek(), "("))) {
      this.next();
      for (const k of ["some", "every"]) if (this.atKw(k) && !this.glued()) this.fail(`unexpected ${k} keyword: ${k} cannot be negated`);
      const inner = this.kw.has("and") || this.kw.has("or") ? this.parseLogicOperand() : this.parseSimpleLiteral();
      if (inner.negated) this.fail("unexpected not keyword", t);
      inner.negated = true;
      inner.loc = t.loc;
      return inner;
    } else {
      const term2 = this.parseExprTerm();
      expr = { e: "term", term: term2, negated: false, with: [], loc: t.loc };
    }
    while (this.tok.kind === "ident" && this.tok.text === "with" && !this.gluedDot()) {
      const w = this.next();
      const target = this.parseTermRel();
      if (!this.atIdent("as")) this.unexpected("as keyword");
      this.next();
      const value = this.parseTermIn();
      expr.with.push({ target, value, loc: w.loc });
    }
    return expr;
  }
  parseSome() {
    const t = this.next();
    const terms = [this.someTerm()];
    while (this.at(",")) {
      this.next();
      terms.push(this.someTerm());
    }
    if (this.atKw("in")) {
      this.next();
      if (terms.length > 2) this.fail("unexpected , token: expected in", t);
      const domain = this.parseTermRel();
      const [key, value] = terms.length === 2 ? terms : [void 0, terms[0]];
      return { e: "somein", key, value, domain, negated: false, with: [], loc: t.loc };
    }
    const vars = terms.map((x) => {
      if (x.t !== "var") this.fail("expected var", t);
      return x;
    });
    return { e: "some", vars, negated: false, with: [], loc: t.loc };
  }
  /** A declared variable, or (before `in`) a pattern; OPA names a token that can start neither. */
  someTerm() {
    const k = this.tok.kind;
    if (k !== "ident" && !this.at("[") && !this.at("{")) this.unexpected("var");
    return this.parseTermRel();
  }
  parseEvery() {
    const t = this.next();
    const terms = [this.parseTermRel()];
    if (this.at(",")) {
      this.next();
      terms.push(this.parseTermRel());
    }
    if (!this.atKw("in")) this.unexpected("in");
    for (const x of terms) if (x.t !== "var") this.fail(`unexpected ${x.t === "scalar" ? typeName(x.value) : x.t} term: every declares variables`, t);
    this.next();
    const domain = this.parseTermRel();
    if (!this.at("{")) this.fail(`unexpected ${this.describe(this.tok)}: missing body`);
    const body = this.parseBraceBody();
    const [key, value] = terms.length === 2 ? terms : [void 0, terms[0]];
    return { e: "every", key, value, domain, body, negated: false, with: [], loc: t.loc };
  }
  /** An expression: `a := b`, `a = b`, or a term (possibly with infix calls). */
  parseExprTerm() {
    const t = this.tok;
    const lhs = this.parseTermIn();
    if ((this.at(":=") || this.at("=")) && !this.tok.nl) {
      const op = this.next().text === ":=" ? "assign" : "eq";
      const rhs = this.parseTermIn();
      return { t: "call", op, args: [lhs, rhs], loc: t.loc };
    }
    return lhs;
  }
  // -- terms ----------------------------------------------------------------------------------------------------
  parseTermIn() {
    const t = this.tok;
    let lhs = this.parseTermRel();
    if (this.at(",") && this.kw.has("in") && this.looksLikeKeyValIn()) {
      this.next();
      const v = this.parseTermRel();
      this.next();
      const rhs = this.parseTermRel();
      lhs = { t: "call", op: "internal.member_3", args: [lhs, v, rhs], loc: t.loc };
    }
    while (this.atKw("in")) {
      this.next();
      const rhs = this.parseTermRel();
      lhs = { t: "call", op: "internal.member_2", args: [lhs, rhs], loc: t.loc };
    }
    return lhs;
  }
  looksLikeKeyValIn() {
    if (this.noOr > 0 || this.inList > 0) return false;
    const save = this.p;
    try {
      this.next();
      this.parseTermRel();
      return this.atKw("in");
    } catch {
      return false;
    } finally {
      this.p = save;
    }
  }
  inList = 0;
  /** After `not`: `{ a; b }` is a body (literals), `{1, 2}` / `{"a": 1}` a set or object term. */
  looksLikeBody(skip = 0) {
    const save = this.p;
    try {
      this.p += skip;
      this.parseBraceBody();
      return !(this.at(":") || this.at("==") || this.at("!=") || this.at("|") || this.at("&") || this.at(".") || this.at("["));
    } catch {
      return false;
    } finally {
      this.p = save;
    }
  }
  /** Relations and the infix operators above them, by precedence climbing (one call per operand, not one per level). */
  parseTermRel() {
    return this.parseInfix(1);
  }
  parseInfix(min) {
    const t = this.tok;
    let lhs = this.parseTerm();
    for (; ; ) {
      const o2 = this.tok;
      if (o2.kind !== "op") break;
      const prec = INFIX_PREC[o2.text];
      if (prec === void 0 || prec < min || prec === OR_PREC && this.noOr !== 0) break;
      this.next();
      lhs = { t: "call", op: INFIX_OP[o2.text], args: [lhs, this.parseInfix(prec + 1)], loc: t.loc };
    }
    return lhs;
  }
  /** A primary term (or `head`, already read) followed by `.x`, `[e]` and call suffixes written against it. */
  parseTerm(head) {
    let term2 = head ?? this.parsePrimary();
    if (!head && term2.t === "scalar" && (this.at("[") || this.at(".")) && this.tok.start === this.toks[this.p - 1].end) this.illegalRefHead(term2);
    for (; ; ) {
      const t = this.tok;
      if (t.start !== this.toks[this.p - 1].end) break;
      if (this.isOp(t, ".")) {
        this.next();
        const n = this.tok;
        if (n.kind !== "ident") this.unexpected("identifier");
        this.next();
        term2 = appendRef(term2, { t: "scalar", value: n.text, loc: n.loc });
      } else if (this.isOp(t, "[")) {
        this.next();
        const saveNo = this.noOr;
        const saveList = this.inList;
        this.noOr = 0;
        this.inList = 0;
        const key = this.parseTermIn();
        this.noOr = saveNo;
        this.inList = saveList;
        this.expectOp("]");
        term2 = appendRef(term2, key);
      } else if (this.isOp(t, "(")) {
        const op = dottedName(term2);
        if (op === void 0) break;
        const args = this.parseArgsList();
        term2 = op === "set" && args.length === 0 ? { t: "set", items: [], loc: term2.loc } : { t: "call", op, args, loc: term2.loc };
      } else break;
    }
    return term2;
  }
  /** As OPA, a ref on a scalar is an error, and so is what is wrong in the rest of the ref (`1.0.0`: two errors). */
  illegalRefHead(head) {
    const first = new RegoError("rego_parse_error", `illegal ref (head cannot be ${typeName(head.value)})`, this.toks[this.p - 1].loc);
    try {
      this.parseTerm(head);
    } catch (e) {
      if (e instanceof RegoError) throw new RegoParseErrors([first, ...allErrors(e)]);
      throw e;
    }
    throw first;
  }
  parseArgsList() {
    this.expectOp("(");
    const saveNo = this.noOr;
    const saveList = this.inList;
    this.noOr = 0;
    this.inList = 1;
    const args = [];
    while (!this.at(")")) {
      args.push(this.parseTermIn());
      if (!this.at(",")) break;
      this.next();
    }
    this.noOr = saveNo;
    this.inList = saveList;
    this.closeArgs();
    return args;
  }
  closeArgs() {
    if (!this.at(")")) this.unexpected('"," or ")"');
    this.next();
  }
  parsePrimary() {
    const t = this.tok;
    const loc = t.loc;
    switch (t.kind) {
      case "number":
        this.next();
        return { t: "scalar", value: this.number(t.text, t), loc };
      case "string":
        this.next();
        return { t: "scalar", value: t.text, loc };
      case "rawstring":
        this.next();
        return { t: "scalar", value: t.text, loc };
      case "template":
        this.next();
        return this.parseTemplate(t);
      case "ident": {
        const nx = this.peek();
        const glued = nx.kind === "op" && nx.start === t.end && (nx.text === "." || nx.text === "[" || nx.text === "(" && !NOT_CALLED.has(t.text));
        if (glued && t.text !== "input" && t.text !== "data" && (this.p === this.literalAt || t.text !== "true" && t.text !== "false" && t.text !== "null")) {
          this.next();
          return { t: "var", name: t.text, loc };
        }
        if (t.text === "true" || t.text === "false") {
          this.next();
          return { t: "scalar", value: t.text === "true", loc };
        }
        if (t.text === "null") {
          this.next();
          return { t: "scalar", value: null, loc };
        }
        if (this.kw.has(t.text) && KEYWORDS.has(t.text)) {
          this.unexpected("term");
        }
        if (RESERVED.has(t.text) && !this.isOp(this.peek(), ".") && !this.isOp(this.peek(), "[")) {
          this.unexpected("term");
        }
        this.next();
        return { t: "var", name: t.text, loc };
      }
      case "op": {
        if (t.text === "-") {
          const n = this.peek();
          if (n.kind === "number" && n.start === t.end) {
            this.next();
            this.next();
            return { t: "scalar", value: this.number("-" + n.text, n), loc };
          }
          this.next();
          if (this.tok.kind !== "ident" && this.tok.kind !== "number") this.unexpected("number");
          const operand = this.parseTerm();
          return { t: "call", op: "minus", args: [{ t: "scalar", value: 0, loc }, operand], loc };
        }
        if (t.text === "(") {
          this.next();
          const saveNo = this.noOr;
          const saveList = this.inList;
          this.noOr = 0;
          this.inList = 0;
          const inner = this.parseExprTerm();
          this.noOr = saveNo;
          this.inList = saveList;
          if (!this.at(")")) this.fail("non-terminated expression");
          this.next();
          return inner;
        }
        if (t.text === "[") return this.parseArray();
        if (t.text === "{") return this.parseBrace();
        break;
      }
      default:
        break;
    }
    return this.unexpectedToken();
  }
  /** A number literal; one beyond the float range is a parse error here rather than a crash. */
  number(text, t) {
    if (text.length < 16 && isDigits(text)) return Number(text);
    try {
      return numLiteral(text);
    } catch {
      const big = bigIntegerLiteral(text);
      return big === void 0 ? this.fail("number too big", t) : num(big);
    }
  }
  /** The items after the first of an array or set literal, up to and including its closing bracket. */
  restOfList(first, close) {
    const items = [first];
    while (this.at(",")) {
      this.next();
      if (this.at(close)) break;
      items.push(this.withList(() => this.parseTermIn(), false));
    }
    if (!this.at(close)) this.unexpected(`"," or "${close}"`);
    this.next();
    return items;
  }
  // As OPA's parser: a comprehension's head (and an object comprehension's value) is a plain term, tried first so
  // `{a | b}` is a comprehension; otherwise the literal is read again as a list of full terms (`[a + b | c]` is then
  // the array `[a + (b | c)]`, so a comprehension with an unparenthesised operator in its head is refused).
  parseArray() {
    const t = this.next();
    if (this.at("]")) {
      this.next();
      return { t: "array", items: [], loc: t.loc };
    }
    const start = this.p;
    const head = this.withList(() => this.parseTerm(), true);
    const compr = this.comprehensionBody("]");
    if (compr) return { t: "arraycompr", term: head, body: compr, loc: t.loc };
    this.p = start;
    const first = this.withList(() => this.parseTermIn(), false);
    return { t: "array", items: this.restOfList(first, "]"), loc: t.loc };
  }
  /** After a plain head: the body of `| body <close>`, or undefined when this is no comprehension after all. */
  comprehensionBody(close) {
    if (!this.at("|")) return void 0;
    this.next();
    try {
      const body = this.parseBodyUntil(close);
      this.expectOp(close);
      return body;
    } catch (e) {
      if (this.at(",")) return void 0;
      throw e;
    }
  }
  withList(f, noOr) {
    const saveNo = this.noOr;
    const saveList = this.inList;
    this.noOr = noOr ? 1 : 0;
    this.inList = 1;
    try {
      return f();
    } finally {
      this.noOr = saveNo;
      this.inList = saveList;
    }
  }
  parseBrace() {
    const t = this.next();
    if (this.at("}")) {
      this.next();
      return { t: "object", items: [], loc: t.loc };
    }
    const start = this.p;
    let head = this.withList(() => this.parseTerm(), true);
    const compr = this.comprehensionBody("}");
    if (compr) return { t: "setcompr", term: head, body: compr, loc: t.loc };
    if (!this.at(":")) {
      this.p = start;
      head = this.withList(() => this.parseTermIn(), false);
      if (this.at("}") || this.at(",")) return { t: "set", items: this.restOfList(head, "}"), loc: t.loc };
      if (!this.at(":")) this.fail(`unexpected ${this.describe(this.tok)}: non-terminated set`);
    }
    this.next();
    const valueStart = this.p;
    const plainValue = this.withList(() => this.parseTerm(), true);
    const objCompr = this.comprehensionBody("}");
    if (objCompr) return { t: "objectcompr", key: head, value: plainValue, body: objCompr, loc: t.loc };
    this.p = valueStart;
    const v = this.withList(() => this.parseTermIn(), false);
    if (!this.at("}") && !this.at(",")) this.fail(`unexpected ${this.describe(this.tok)}: non-terminated object`);
    const items = [[head, v]];
    while (this.at(",")) {
      this.next();
      if (this.at("}")) break;
      const k = this.withList(() => this.parseTermIn(), false);
      this.expectOp(":");
      items.push([k, this.withList(() => this.parseTermIn(), false)]);
    }
    this.expectOp("}");
    return { t: "object", items, loc: t.loc };
  }
  parseTemplate(t) {
    const raw = t.raw;
    const parts = [];
    let lit = "";
    let i = 0;
    const base = t.bodyStart;
    while (i < raw.length) {
      const c = raw[i];
      if (t.rawTemplate && c === "\\" && raw[i + 1] === "{") {
        lit += "{";
        i += 2;
        continue;
      }
      if (!t.rawTemplate && c === "\\") {
        if (raw[i + 1] === "{") {
          lit += "{";
          i += 2;
          continue;
        }
        lit += raw.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === "{") {
        let depth = 1;
        let j = i + 1;
        while (j < raw.length && depth > 0) {
          const d = raw[j];
          if (d === '"') {
            j++;
            while (j < raw.length && raw[j] !== '"') {
              if (raw[j] === "\\") j++;
              j++;
            }
          } else if (d === "`") {
            j++;
            while (j < raw.length && raw[j] !== "`") j++;
          } else if (d === "{") depth++;
          else if (d === "}") depth--;
          if (depth > 0) j++;
        }
        if (depth > 0) this.fail("unterminated template expression", t);
        if (lit) parts.push(t.rawTemplate ? lit : decodeString(lit, () => this.fail("illegal escape sequence in template string", t)));
        lit = "";
        const text = raw.slice(i + 1, j);
        const before = this.src.slice(0, base + i + 1).replace(/[^\n]/g, " ");
        const sub3 = new _Parser(before + text, this.file, this.opts);
        sub3.kw = new Set(this.kw);
        const inner = sub3.parseSimpleLiteral();
        if (sub3.tok.kind !== "eof") sub3.unexpected("}");
        const wild = findWildcard(inner);
        if (wild) throw new RegoError("rego_compile_error", "var _ is undeclared", wild);
        parts.push(templatePart(inner));
        i = j + 1;
        continue;
      }
      lit += c;
      i++;
    }
    if (lit) parts.push(t.rawTemplate ? lit : decodeString(lit, () => this.fail("illegal escape sequence in template string", t)));
    return { t: "template", parts, loc: t.loc };
  }
  /** A whole query (body), e.g. `data.x.p = y; z := 1`. */
  parseQuery() {
    const body = [];
    while (this.tok.kind !== "eof") {
      body.push(this.parseLiteral());
      if (this.at(";")) {
        this.next();
        continue;
      }
      if (this.atEof()) break;
      if (!this.tok.nl) this.unexpected("; or newline");
    }
    if (!body.length) this.fail("empty query");
    return body;
  }
  parseSingleTerm() {
    const t = this.parseTermIn();
    if (this.tok.kind !== "eof") this.unexpected("eof");
    return t;
  }
  enableKeywords(keys) {
    for (const k of keys) this.kw.add(k);
  }
};
var templateVars = 0;
function templatePart(e) {
  if (e.e === "term" && !e.negated && !e.with.length && !(e.term.t === "call" && (e.term.op === "eq" || e.term.op === "assign"))) return e.term;
  const v = { t: "var", name: `__tpl${templateVars++}__`, loc: e.loc };
  const body = e.e === "term" && !e.negated ? [{ ...e, term: { t: "call", op: "eq", args: [v, e.term], loc: e.loc } }] : [e, { e: "term", term: { t: "call", op: "eq", args: [v, { t: "scalar", value: true, loc: e.loc }], loc: e.loc }, negated: false, with: [], loc: e.loc }];
  return { t: "setcompr", term: v, body, loc: e.loc, template: true };
}
function nonConstant(t) {
  switch (t.t) {
    case "ref":
      return "ref";
    case "var":
      return "var";
    case "call":
      return "call";
    case "template":
      return t.parts.some((p) => typeof p !== "string") ? "call" : void 0;
    case "array":
    case "set":
      for (const x of t.items) {
        const b = nonConstant(x);
        if (b) return b;
      }
      return void 0;
    case "object":
      for (const [k, v] of t.items) {
        const b = nonConstant(k) ?? nonConstant(v);
        if (b) return b;
      }
      return void 0;
    default:
      return void 0;
  }
}
function findWildcard(e) {
  let found;
  const visit = (t) => {
    if (!t || found) return;
    switch (t.t) {
      case "var":
        if (t.name === "_") found = t.loc;
        break;
      case "ref":
        visit(t.head);
        t.path.forEach(visit);
        break;
      case "array":
      case "set":
        t.items.forEach(visit);
        break;
      case "object":
        t.items.forEach(([k, v]) => {
          visit(k);
          visit(v);
        });
        break;
      case "call":
        t.args.forEach(visit);
        break;
      default:
        break;
    }
  };
  if (e.e === "term") visit(e.term);
  return found;
}
function dottedImport(t) {
  if (t.t !== "ref" || t.head.t !== "var") return t.t === "var" ? t.name : "";
  let s = t.head.name;
  for (const p of t.path) s += p.t === "scalar" && typeof p.value === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.value) ? `.${p.value}` : `[${p.t === "scalar" ? JSON.stringify(p.value) : "_"}]`;
  return s;
}
function trueExpr(loc) {
  return { e: "term", term: { t: "scalar", value: true, loc }, negated: false, with: [], loc };
}
function appendRef(term2, key) {
  if (term2.t === "ref") return { t: "ref", head: term2.head, path: [...term2.path, key], loc: term2.loc };
  return { t: "ref", head: term2, path: [key], loc: term2.loc };
}
function parseModule(src, file, opts = {}) {
  return new Parser$1(src, file, opts).parseModule();
}
function parseQuery(src, opts = {}, file = "query") {
  const p = new Parser$1(src, file, opts);
  p.enableKeywords(opts.keywords ?? ["if", "contains", "in", "every"]);
  return p.parseQuery();
}
function parseTerm(src, file = "term") {
  return new Parser$1(src, file, {}).parseSingleTerm();
}

// src/rego/syntax/ast-json.ts
var o = (entries) => {
  const out = new RObject();
  for (const [k, v] of entries) if (v !== void 0) out.set(k, v);
  return out;
};
var term$1 = (type, value) => o([["type", type], ["value", value]]);
var opRef = (op) => {
  const [head, ...rest] = op.split(".");
  return term$1("ref", [term$1("var", head), ...rest.map((p) => term$1("string", p))]);
};
function scalarType$1(v) {
  if (v === null) return "null";
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "string") return "string";
  return "number";
}
var TYPE_RANK = {
  scalar: 0,
  var: 4,
  ref: 5,
  array: 6,
  object: 7,
  set: 8,
  arraycompr: 9,
  objectcompr: 10,
  setcompr: 11,
  call: 12,
  template: 12
};
function termCompare(a, b) {
  const ra = TYPE_RANK[a.t];
  const rb = TYPE_RANK[b.t];
  if (ra !== rb) return ra - rb;
  if (a.t === "scalar" && b.t === "scalar") return compare(a.value, b.value);
  if (a.t === "var" && b.t === "var") return strCompare(a.name, b.name);
  if (a.t === "ref" && b.t === "ref") return listCompare([a.head, ...a.path], [b.head, ...b.path]);
  if (a.t === "array" && b.t === "array" || a.t === "set" && b.t === "set") return listCompare(a.items, b.items);
  return 0;
}
function listCompare(a, b) {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const c = termCompare(a[i], b[i]);
    if (c) return c;
  }
  return a.length - b.length;
}
function termJSON(t) {
  switch (t.t) {
    // OPA writes null's value as an empty object
    case "scalar":
      return term$1(scalarType$1(t.value), t.value === null ? new RObject() : t.value);
    case "var":
      return term$1("var", t.name);
    case "ref":
      return term$1("ref", [termJSON(t.head), ...t.path.map(termJSON)]);
    case "array":
      return term$1("array", t.items.map(termJSON));
    case "set":
      return term$1("set", [...t.items].sort(termCompare).map(termJSON));
    case "object":
      return term$1("object", [...t.items].sort(([a], [b]) => termCompare(a, b)).map(([k, v]) => [termJSON(k), termJSON(v)]));
    case "arraycompr":
      return term$1("arraycomprehension", o([["term", termJSON(t.term)], ["body", bodyJSON(t.body)]]));
    case "setcompr":
      return term$1("setcomprehension", o([["term", termJSON(t.term)], ["body", bodyJSON(t.body)]]));
    case "objectcompr":
      return term$1("objectcomprehension", o([["key", termJSON(t.key)], ["value", termJSON(t.value)], ["body", bodyJSON(t.body)]]));
    case "call":
      return term$1("call", [opRef(t.op), ...t.args.map(termJSON)]);
    case "template":
      return term$1("call", [opRef("internal.template_string"), term$1("array", t.parts.map((p) => typeof p === "string" ? term$1("string", p) : termJSON(p)))]);
  }
}
var withJSON = (w) => o([["target", termJSON(w.target)], ["value", termJSON(w.value)]]);
function exprTerms(e) {
  switch (e.e) {
    case "term":
      return e.term.t === "call" ? [opRef(e.term.op), ...e.term.args.map(termJSON)] : termJSON(e.term);
    case "some":
      return o([["symbols", e.vars.map(termJSON)]]);
    case "somein": {
      const args = [...e.key ? [e.key] : [], e.value, e.domain].map(termJSON);
      return o([["symbols", [term$1("call", [opRef(e.key ? "internal.member_3" : "internal.member_2"), ...args])]]]);
    }
    case "every":
      return o([["key", e.key ? termJSON(e.key) : null], ["value", termJSON(e.value)], ["domain", termJSON(e.domain)], ["body", bodyJSON(e.body)]]);
    case "or":
      return e.branches.map((b) => bodyJSON(b));
  }
}
function bodyJSON(body) {
  return body.map((e, index) => o([
    ["index", index],
    ["terms", exprTerms(e)],
    ["negated", e.negated || void 0],
    ["with", e.with.length ? e.with.map(withJSON) : void 0]
  ]));
}
function headJSON(r) {
  const h = r.head;
  const ref = h.ref.map(termJSON);
  const valued = h.ref.length === 2 && !h.key && !!h.value && !h.args;
  const name = (h.ref.length === 1 || valued) && h.ref[0].t === "var" ? h.ref[0].name : void 0;
  const key = h.key ?? (valued || h.ref.length === 2 && !h.args ? h.ref[1] : void 0);
  const value = h.value ? termJSON(h.value) : h.key ? void 0 : term$1("boolean", true);
  return o([
    ["name", name],
    ["args", h.args ? h.args.map(termJSON) : void 0],
    ["key", key ? termJSON(key) : void 0],
    ["value", value],
    ["assign", h.assign || void 0],
    ["ref", ref]
  ]);
}
function ruleJSON(r) {
  return o([
    ["default", r.default || void 0],
    ["head", headJSON(r)],
    ["body", bodyJSON(r.body)],
    ["else", r.else ? ruleJSON(r.else) : void 0]
  ]);
}
function moduleJSON(m) {
  return o([
    ["package", o([["path", [term$1("var", "data"), ...m.package.map((p) => term$1("string", p))]]])],
    ["imports", m.imports.length ? m.imports.map((i) => o([["path", termJSON(i.path)], ["alias", i.alias]])) : void 0],
    ["rules", m.rules.length ? m.rules.map(ruleJSON) : void 0],
    ["comments", m.comments?.length ? m.comments.map(commentJSON) : void 0]
  ]);
}
function commentJSON(c) {
  return o([
    ["Text", c.text ? Buffer.from(c.text, "utf8").toString("base64") : null],
    ["Location", o([["file", c.loc.file], ["row", c.loc.row], ["col", c.loc.col]])]
  ]);
}

// src/rego/builtins/rego.ts
var builtins11 = {
  "rego.parse_module": ([file, src]) => {
    const name = asString(file, 1);
    const text = asString(src, 2);
    try {
      return moduleJSON(parseModule(text, name));
    } catch (e) {
      if (e instanceof RegoParseErrors) throw builtinError(`${e.all.length} errors occurred:
${e.all.map((x) => x.message).join("\n")}`);
      if (e instanceof RegoError) throw builtinError(e.detail === "empty module" ? e.message : `1 error occurred: ${e.message}`);
      throw e;
    }
  }
};

// src/rego/builtins/deprecated.ts
var DEPRECATED = /* @__PURE__ */ new Set([
  "any",
  "all",
  "re_match",
  "set_diff",
  "net.cidr_overlap",
  "cast_array",
  "cast_set",
  "cast_string",
  "cast_boolean",
  "cast_null",
  "cast_object"
]);
var builtins12 = {
  any: ([c]) => asCollection(c, 1).some((x) => x === true),
  all: ([c]) => asCollection(c, 1).every((x) => x === true),
  set_diff: ([a, b]) => {
    const s = asSet(a, 1);
    const t = asSet(b, 2);
    return new RSet(s.sorted().filter((x) => !t.has(x)));
  },
  cast_array: ([c]) => asCollection(c, 1),
  cast_set: ([c]) => new RSet(asCollection(c, 1)),
  cast_string: ([v]) => {
    if (typeof v !== "string") throw typeError(1, "string", v);
    return v;
  },
  cast_boolean: ([v]) => {
    if (typeof v !== "boolean") throw typeError(1, "boolean", v);
    return v;
  },
  cast_null: ([v]) => {
    if (v !== null) throw typeError(1, "null", v);
    return v;
  },
  cast_object: ([v]) => {
    if (!(v instanceof RObject)) throw typeError(1, "object", v);
    return v;
  }
};

// src/rego/builtins/registry.ts
var BUILTINS = Object.assign(
  {},
  builtins5,
  builtins6,
  builtins7,
  builtins8,
  builtins,
  builtins9,
  builtins$1,
  builtins3,
  builtins10,
  builtins11,
  builtins12
);
var REGEX_MATCH = { names: ["regex.match", "re_match"], load: async () => (await import('./regex-match-CiQcvrX6.js')).builtins };
var RE2_REGEX = {
  names: [
    "regex.is_valid",
    "regex.split",
    "regex.find_n",
    "regex.find_all_string_submatch_n",
    "regex.replace",
    "regex.template_match",
    "regex.globs_match"
  ],
  load: async () => (await import('./regex-CrtoneCv.js')).builtins
};
var LAZY_NAMESPACES = [
  REGEX_MATCH,
  RE2_REGEX,
  { names: ["yaml.marshal", "yaml.unmarshal", "yaml.is_valid"], load: async () => (await import('./yaml-Dxg4hYtj.js')).builtins },
  // small ones, but most policies call none of them
  {
    names: [
      "base64.encode",
      "base64.decode",
      "base64.is_valid",
      "base64url.encode",
      "base64url.encode_no_pad",
      "base64url.decode",
      "hex.encode",
      "hex.decode",
      "urlquery.encode",
      "urlquery.decode",
      "urlquery.encode_object",
      "urlquery.decode_object"
    ],
    load: async () => (await import('./encoding-DPg5qdCX.js')).builtins
  },
  {
    names: [
      "net.cidr_contains",
      "net.cidr_overlap",
      "net.cidr_intersects",
      "net.cidr_is_valid",
      "net.cidr_expand",
      "net.cidr_merge",
      "net.cidr_contains_matches"
    ],
    load: async () => (await import('./net-DtsIgsF7.js')).builtins
  },
  { names: ["net.lookup_ip_addr"], load: async () => (await import('./net-lookup-CwjXvimi.js')).builtins },
  { names: ["graph.reachable", "graph.reachable_paths"], load: async () => (await import('./graph-D7oR_1KE.js')).builtins },
  { names: ["semver.is_valid", "semver.compare"], load: async () => (await import('./semver-BexTSg9s.js')).builtins },
  { names: ["uuid.parse", "uuid.rfc4122"], load: async () => (await import('./uuid-C8DXTsnN.js')).builtins },
  { names: ["strings.render_template"], load: async () => (await import('./template-C51fmhWQ.js')).builtins },
  { names: ["units.parse", "units.parse_bytes"], load: async () => (await import('./units-D6e3r3IK.js')).builtins },
  { names: ["glob.match", "glob.quote_meta"], load: async () => (await import('./glob-BsKyQ0MH.js')).builtins },
  {
    names: [
      "graphql.parse_query",
      "graphql.parse_schema",
      "graphql.parse",
      "graphql.parse_and_verify",
      "graphql.is_valid",
      "graphql.schema_is_valid"
    ],
    load: async () => (await import('./graphql-Cp0YjOHP.js')).builtins
  },
  { names: ["json.match_schema", "json.verify_schema"], load: async () => (await import('./jsonschema-BeIv54o6.js')).builtins },
  {
    names: [
      "io.jwt.decode",
      "io.jwt.decode_verify",
      "io.jwt.encode_sign_raw",
      "io.jwt.encode_sign",
      "io.jwt.verify_hs256",
      "io.jwt.verify_hs384",
      "io.jwt.verify_hs512",
      "io.jwt.verify_eddsa",
      "io.jwt.verify_rs256",
      "io.jwt.verify_rs384",
      "io.jwt.verify_rs512",
      "io.jwt.verify_ps256",
      "io.jwt.verify_ps384",
      "io.jwt.verify_ps512",
      "io.jwt.verify_es256",
      "io.jwt.verify_es384",
      "io.jwt.verify_es512"
    ],
    load: async () => (await import('./jwt-BLpJIjpO.js')).builtins
  },
  {
    names: [
      "crypto.md5",
      "crypto.sha1",
      "crypto.sha256",
      "crypto.hmac.md5",
      "crypto.hmac.sha1",
      "crypto.hmac.sha256",
      "crypto.hmac.sha512",
      "crypto.hmac.equal",
      "crypto.x509.parse_certificates",
      "crypto.x509.parse_and_verify_certificates",
      "crypto.x509.parse_and_verify_certificates_with_options",
      "crypto.x509.parse_certificate_request",
      "crypto.x509.parse_keypair",
      "crypto.x509.parse_rsa_private_key",
      "crypto.parse_private_keys"
    ],
    load: async () => (await import('./crypto-CBNDbMUc.js')).builtins
  },
  {
    names: [
      "time.now_ns",
      "time.parse_ns",
      "time.parse_rfc3339_ns",
      "time.parse_duration_ns",
      "time.date",
      "time.clock",
      "time.weekday",
      "time.add_date",
      "time.diff",
      "time.format"
    ],
    load: async () => (await import('./time-BSESYkJv.js')).builtins
  }
];
var LAZY_NAMES = new Set(LAZY_NAMESPACES.flatMap((n) => n.names));
function isBuiltin(name) {
  return name in BUILTINS || LAZY_NAMES.has(name);
}
function isUnloadedBuiltin(name) {
  return LAZY_NAMES.has(name) && !(name in BUILTINS);
}
function registerBuiltins(...namespaces) {
  Object.assign(BUILTINS, ...namespaces);
}
var DOTTED = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(\s*\[)?/g;
function namesIn(text) {
  const out = { names: /* @__PURE__ */ new Set(), bracketed: /* @__PURE__ */ new Set() };
  for (const m of text.matchAll(DOTTED)) {
    if (m[1] === void 0) out.names.add(m[0]);
    else out.bracketed.add(m[0].slice(0, -m[1].length));
  }
  return out;
}
function namedIn(names, text) {
  return names.some((n) => {
    if (text.names.has(n)) return true;
    for (let dot = n.indexOf("."); dot > 0; dot = n.indexOf(".", dot + 1)) if (text.bracketed.has(n.slice(0, dot))) return true;
    return false;
  });
}
async function loadBuiltinsNamedIn(texts) {
  const unloaded = (names) => names.some((n) => !(n in BUILTINS));
  const scanned = texts.map(namesIn);
  const wanted = LAZY_NAMESPACES.filter((ns) => unloaded(ns.names) && scanned.some((t) => namedIn(ns.names, t)));
  const yaml = texts.some((t) => t.includes("METADATA") || t.includes("rego.parse_module")) ? [loadYamlLib()] : [];
  const [loaded] = await Promise.all([Promise.all(wanted.map((ns) => ns.load())), ...yaml]);
  registerBuiltins(...loaded);
  if (!wanted.includes(RE2_REGEX) && unloaded(RE2_REGEX.names) && scanned.some((t) => namedIn(REGEX_MATCH.names, t))) {
    const { usesRe2 } = await import('./regex-match-CiQcvrX6.js');
    if (texts.some(usesRe2)) registerBuiltins(await RE2_REGEX.load());
  }
}

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/declarations/capabilities.ts
var DECLARATIONS = { "abs": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "y", "type": "number" } }, "all": { "args": [{ "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "type": "boolean" } }, "and": { "args": [{ "name": "x", "of": { "type": "any" }, "type": "set" }, { "name": "y", "of": { "type": "any" }, "type": "set" }], "result": { "name": "z", "of": { "type": "any" }, "type": "set" } }, "any": { "args": [{ "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "type": "boolean" } }, "array.concat": { "args": [{ "dynamic": { "type": "any" }, "name": "x", "type": "array" }, { "dynamic": { "type": "any" }, "name": "y", "type": "array" }], "result": { "dynamic": { "type": "any" }, "name": "z", "type": "array" } }, "array.flatten": { "args": [{ "dynamic": { "type": "any" }, "name": "arr", "type": "array" }], "result": { "dynamic": { "type": "any" }, "name": "flattened", "type": "array" } }, "array.reverse": { "args": [{ "dynamic": { "type": "any" }, "name": "arr", "type": "array" }], "result": { "dynamic": { "type": "any" }, "name": "rev", "type": "array" } }, "array.slice": { "args": [{ "dynamic": { "type": "any" }, "name": "arr", "type": "array" }, { "name": "start", "type": "number" }, { "name": "stop", "type": "number" }], "result": { "dynamic": { "type": "any" }, "name": "slice", "type": "array" } }, "assign": { "args": [{ "type": "any" }, { "type": "any" }], "result": { "type": "boolean" } }, "base64.decode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "base64.encode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "base64.is_valid": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "base64url.decode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "base64url.encode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "base64url.encode_no_pad": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "bits.and": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.lsh": { "args": [{ "name": "x", "type": "number" }, { "name": "s", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.negate": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.or": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.rsh": { "args": [{ "name": "x", "type": "number" }, { "name": "s", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.xor": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "cast_array": { "args": [{ "type": "any" }], "result": { "dynamic": { "type": "any" }, "type": "array" } }, "cast_boolean": { "args": [{ "type": "any" }], "result": { "type": "boolean" } }, "cast_null": { "args": [{ "type": "any" }], "result": { "type": "null" } }, "cast_object": { "args": [{ "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" } }, "cast_set": { "args": [{ "type": "any" }], "result": { "of": { "type": "any" }, "type": "set" } }, "cast_string": { "args": [{ "type": "any" }], "result": { "type": "string" } }, "ceil": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "y", "type": "number" } }, "concat": { "args": [{ "name": "delimiter", "type": "string" }, { "name": "collection", "of": [{ "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "type": "string" } }, "contains": { "args": [{ "name": "haystack", "type": "string" }, { "name": "needle", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "count": { "args": [{ "name": "collection", "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "number" } }, "crypto.hmac.equal": { "args": [{ "name": "mac1", "type": "string" }, { "name": "mac2", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "crypto.hmac.md5": { "args": [{ "name": "x", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.hmac.sha1": { "args": [{ "name": "x", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.hmac.sha256": { "args": [{ "name": "x", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.hmac.sha512": { "args": [{ "name": "x", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.md5": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.parse_private_keys": { "args": [{ "name": "keys", "type": "string" }], "result": { "dynamic": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "type": "object" }, "name": "output", "type": "array" } }, "crypto.sha1": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.sha256": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.x509.parse_and_verify_certificates": { "args": [{ "name": "certs", "type": "string" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "type": "object" }, "type": "array" }], "type": "array" } }, "crypto.x509.parse_and_verify_certificates_with_options": { "args": [{ "name": "certs", "type": "string" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "options", "type": "object" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "type": "object" }, "type": "array" }], "type": "array" } }, "crypto.x509.parse_certificate_request": { "args": [{ "name": "csr", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "crypto.x509.parse_certificates": { "args": [{ "name": "certs", "type": "string" }], "result": { "dynamic": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "type": "object" }, "name": "output", "type": "array" } }, "crypto.x509.parse_keypair": { "args": [{ "name": "cert", "type": "string" }, { "name": "pem", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "crypto.x509.parse_rsa_private_key": { "args": [{ "name": "pem", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "div": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "endswith": { "args": [{ "name": "search", "type": "string" }, { "name": "base", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "eq": { "args": [{ "type": "any" }, { "type": "any" }], "result": { "type": "boolean" } }, "equal": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "floor": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "y", "type": "number" } }, "format_int": { "args": [{ "name": "number", "type": "number" }, { "name": "base", "type": "number" }], "result": { "name": "output", "type": "string" } }, "glob.match": { "args": [{ "name": "pattern", "type": "string" }, { "name": "delimiters", "of": [{ "type": "null" }, { "dynamic": { "type": "string" }, "type": "array" }], "type": "any" }, { "name": "match", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "glob.quote_meta": { "args": [{ "name": "pattern", "type": "string" }], "result": { "name": "output", "type": "string" } }, "graph.reachable": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" } }, "name": "graph", "type": "object" }, { "name": "initial", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "of": { "type": "any" }, "type": "set" } }, "graph.reachable_paths": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" } }, "name": "graph", "type": "object" }, { "name": "initial", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "of": { "dynamic": { "type": "any" }, "type": "array" }, "type": "set" } }, "graphql.is_valid": { "args": [{ "name": "query", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }, { "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "type": "boolean" } }, "graphql.parse": { "args": [{ "name": "query", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }, { "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "static": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "array" } }, "graphql.parse_and_verify": { "args": [{ "name": "query", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }, { "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "array" } }, "graphql.parse_query": { "args": [{ "name": "query", "type": "string" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "graphql.parse_schema": { "args": [{ "name": "schema", "type": "string" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "graphql.schema_is_valid": { "args": [{ "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "type": "boolean" } }, "gt": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "gte": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "hex.decode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "hex.encode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "http.send": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "request", "type": "object" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "response", "type": "object" } }, "indexof": { "args": [{ "name": "haystack", "type": "string" }, { "name": "needle", "type": "string" }], "result": { "name": "output", "type": "number" } }, "indexof_n": { "args": [{ "name": "haystack", "type": "string" }, { "name": "needle", "type": "string" }], "result": { "dynamic": { "type": "number" }, "name": "output", "type": "array" } }, "internal.member_2": { "args": [{ "type": "any" }, { "type": "any" }], "result": { "type": "boolean" } }, "internal.member_3": { "args": [{ "type": "any" }, { "type": "any" }, { "type": "any" }], "result": { "type": "boolean" } }, "internal.print": { "args": [{ "dynamic": { "of": { "type": "any" }, "type": "set" }, "type": "array" }] }, "internal.template_string": { "args": [{ "dynamic": { "type": "any" }, "type": "array" }], "result": { "type": "string" } }, "internal.test_case": { "args": [{ "dynamic": { "type": "any" }, "type": "array" }] }, "intersection": { "args": [{ "name": "xs", "of": { "of": { "type": "any" }, "type": "set" }, "type": "set" }], "result": { "name": "y", "of": { "type": "any" }, "type": "set" } }, "io.jwt.decode": { "args": [{ "name": "jwt", "type": "string" }], "result": { "name": "output", "static": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "type": "string" }], "type": "array" } }, "io.jwt.decode_verify": { "args": [{ "name": "jwt", "type": "string" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "constraints", "type": "object" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "array" } }, "io.jwt.encode_sign": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "headers", "type": "object" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "payload", "type": "object" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "key", "type": "object" }], "result": { "name": "output", "type": "string" } }, "io.jwt.encode_sign_raw": { "args": [{ "name": "headers", "type": "string" }, { "name": "payload", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "output", "type": "string" } }, "io.jwt.verify_eddsa": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_es256": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_es384": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_es512": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_hs256": { "args": [{ "name": "jwt", "type": "string" }, { "name": "secret", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_hs384": { "args": [{ "name": "jwt", "type": "string" }, { "name": "secret", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_hs512": { "args": [{ "name": "jwt", "type": "string" }, { "name": "secret", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_ps256": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_ps384": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_ps512": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_rs256": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_rs384": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_rs512": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "is_array": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_boolean": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_null": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_number": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_object": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_set": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_string": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "json.filter": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "paths", "of": [{ "dynamic": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "array" }, { "of": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "filtered", "type": "object" } }, "json.is_valid": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "json.marshal": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "y", "type": "string" } }, "json.marshal_with_options": { "args": [{ "name": "x", "type": "any" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "opts", "static": [{ "key": "indent", "value": { "type": "string" } }, { "key": "prefix", "value": { "type": "string" } }, { "key": "pretty", "value": { "type": "boolean" } }], "type": "object" }], "result": { "name": "y", "type": "string" } }, "json.match_schema": { "args": [{ "name": "document", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }, { "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "static": [{ "key": "desc", "value": { "type": "string" } }, { "key": "error", "value": { "type": "string" } }, { "key": "field", "value": { "type": "string" } }, { "key": "type", "value": { "type": "string" } }], "type": "object" }, "type": "array" }], "type": "array" } }, "json.patch": { "args": [{ "name": "target", "type": "any" }, { "dynamic": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "static": [{ "key": "op", "value": { "type": "string" } }, { "key": "path", "value": { "type": "any" } }], "type": "object" }, "name": "patches", "type": "array" }], "result": { "name": "output", "type": "any" } }, "json.remove": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "paths", "of": [{ "dynamic": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "array" }, { "of": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "json.unmarshal": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "any" } }, "json.verify_schema": { "args": [{ "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "of": [{ "type": "null" }, { "type": "string" }], "type": "any" }], "type": "array" } }, "lower": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "lt": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "lte": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "max": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "any" } }, "min": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "any" } }, "minus": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }, { "name": "y", "of": [{ "type": "number" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "z", "of": [{ "type": "number" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" } }, "mul": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "neq": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "net.cidr_contains": { "args": [{ "name": "cidr", "type": "string" }, { "name": "cidr_or_ip", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "net.cidr_contains_matches": { "args": [{ "name": "cidrs", "of": [{ "type": "string" }, { "dynamic": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "string" }, "value": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" } }, "type": "object" }, { "of": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "set" }], "type": "any" }, { "name": "cidrs_or_ips", "of": [{ "type": "string" }, { "dynamic": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "string" }, "value": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" } }, "type": "object" }, { "of": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "of": { "static": [{ "type": "any" }, { "type": "any" }], "type": "array" }, "type": "set" } }, "net.cidr_expand": { "args": [{ "name": "cidr", "type": "string" }], "result": { "name": "hosts", "of": { "type": "string" }, "type": "set" } }, "net.cidr_intersects": { "args": [{ "name": "cidr1", "type": "string" }, { "name": "cidr2", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "net.cidr_is_valid": { "args": [{ "name": "cidr", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "net.cidr_merge": { "args": [{ "name": "addrs", "of": [{ "dynamic": { "of": [{ "type": "string" }], "type": "any" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "of": { "type": "string" }, "type": "set" } }, "net.cidr_overlap": { "args": [{ "type": "string" }, { "type": "string" }], "result": { "type": "boolean" } }, "net.lookup_ip_addr": { "args": [{ "name": "name", "type": "string" }], "result": { "name": "addrs", "of": { "type": "string" }, "type": "set" } }, "numbers.range": { "args": [{ "name": "a", "type": "number" }, { "name": "b", "type": "number" }], "result": { "dynamic": { "type": "number" }, "name": "range", "type": "array" } }, "numbers.range_step": { "args": [{ "name": "a", "type": "number" }, { "name": "b", "type": "number" }, { "name": "step", "type": "number" }], "result": { "dynamic": { "type": "number" }, "name": "range", "type": "array" } }, "object.filter": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "keys", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "filtered", "type": "object" } }, "object.get": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "key", "type": "any" }, { "name": "default", "type": "any" }], "result": { "name": "value", "type": "any" } }, "object.keys": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }], "result": { "name": "value", "of": { "type": "any" }, "type": "set" } }, "object.remove": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "keys", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "object.subset": { "args": [{ "name": "super", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }, { "name": "sub", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "object.union": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "a", "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "b", "type": "object" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "object.union_n": { "args": [{ "dynamic": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, "name": "objects", "type": "array" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "opa.runtime": { "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "or": { "args": [{ "name": "x", "of": { "type": "any" }, "type": "set" }, { "name": "y", "of": { "type": "any" }, "type": "set" }], "result": { "name": "z", "of": { "type": "any" }, "type": "set" } }, "plus": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "print": { "variadic": { "type": "any" } }, "product": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "number" }, "type": "array" }, { "of": { "type": "number" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "number" } }, "providers.aws.sign_req": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "request", "type": "object" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "aws_config", "type": "object" }, { "name": "time_ns", "type": "number" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "signed_request", "type": "object" } }, "rand.intn": { "args": [{ "name": "str", "type": "string" }, { "name": "n", "type": "number" }], "result": { "name": "y", "type": "number" } }, "re_match": { "args": [{ "type": "string" }, { "type": "string" }], "result": { "type": "boolean" } }, "regex.find_all_string_submatch_n": { "args": [{ "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }, { "name": "number", "type": "number" }], "result": { "dynamic": { "dynamic": { "type": "string" }, "type": "array" }, "name": "output", "type": "array" } }, "regex.find_n": { "args": [{ "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }, { "name": "number", "type": "number" }], "result": { "dynamic": { "type": "string" }, "name": "output", "type": "array" } }, "regex.globs_match": { "args": [{ "name": "glob1", "type": "string" }, { "name": "glob2", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "regex.is_valid": { "args": [{ "name": "pattern", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "regex.match": { "args": [{ "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "regex.replace": { "args": [{ "name": "s", "type": "string" }, { "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }], "result": { "name": "output", "type": "string" } }, "regex.split": { "args": [{ "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }], "result": { "dynamic": { "type": "string" }, "name": "output", "type": "array" } }, "regex.template_match": { "args": [{ "name": "template", "type": "string" }, { "name": "value", "type": "string" }, { "name": "delimiter_start", "type": "string" }, { "name": "delimiter_end", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "rego.metadata.chain": { "result": { "dynamic": { "type": "any" }, "name": "chain", "type": "array" } }, "rego.metadata.rule": { "result": { "name": "output", "type": "any" } }, "rego.parse_module": { "args": [{ "name": "filename", "type": "string" }, { "name": "rego", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "rem": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "replace": { "args": [{ "name": "x", "type": "string" }, { "name": "old", "type": "string" }, { "name": "new", "type": "string" }], "result": { "name": "y", "type": "string" } }, "round": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "y", "type": "number" } }, "semver.compare": { "args": [{ "name": "a", "type": "string" }, { "name": "b", "type": "string" }], "result": { "name": "result", "type": "number" } }, "semver.is_valid": { "args": [{ "name": "vsn", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "set_diff": { "args": [{ "of": { "type": "any" }, "type": "set" }, { "of": { "type": "any" }, "type": "set" }], "result": { "of": { "type": "any" }, "type": "set" } }, "sort": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "type": "any" }, "name": "n", "type": "array" } }, "split": { "args": [{ "name": "x", "type": "string" }, { "name": "delimiter", "type": "string" }], "result": { "dynamic": { "type": "string" }, "name": "ys", "type": "array" } }, "sprintf": { "args": [{ "name": "format", "type": "string" }, { "dynamic": { "type": "any" }, "name": "values", "type": "array" }], "result": { "name": "output", "type": "string" } }, "startswith": { "args": [{ "name": "search", "type": "string" }, { "name": "base", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "strings.any_prefix_match": { "args": [{ "name": "search", "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }, { "name": "base", "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "strings.any_suffix_match": { "args": [{ "name": "search", "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }, { "name": "base", "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "strings.count": { "args": [{ "name": "search", "type": "string" }, { "name": "substring", "type": "string" }], "result": { "name": "output", "type": "number" } }, "strings.render_template": { "args": [{ "name": "value", "type": "string" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "vars", "type": "object" }], "result": { "name": "result", "type": "string" } }, "strings.replace_n": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "type": "string" } }, "name": "patterns", "type": "object" }, { "name": "value", "type": "string" }], "result": { "name": "output", "type": "string" } }, "strings.reverse": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "strings.split_n": { "args": [{ "name": "x", "type": "string" }, { "name": "delimiter", "type": "string" }, { "name": "n", "type": "number" }], "result": { "dynamic": { "type": "string" }, "name": "ys", "type": "array" } }, "substring": { "args": [{ "name": "value", "type": "string" }, { "name": "offset", "type": "number" }, { "name": "length", "type": "number" }], "result": { "name": "output", "type": "string" } }, "sum": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "number" }, "type": "array" }, { "of": { "type": "number" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "number" } }, "time.add_date": { "args": [{ "name": "ns", "type": "number" }, { "name": "years", "type": "number" }, { "name": "months", "type": "number" }, { "name": "days", "type": "number" }], "result": { "name": "output", "type": "number" } }, "time.clock": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "number" }, { "type": "number" }, { "type": "number" }], "type": "array" } }, "time.date": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "date", "static": [{ "type": "number" }, { "type": "number" }, { "type": "number" }], "type": "array" } }, "time.diff": { "args": [{ "name": "ns1", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }, { "name": "ns2", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "number" }, { "type": "number" }, { "type": "number" }, { "type": "number" }, { "type": "number" }, { "type": "number" }], "type": "array" } }, "time.format": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }, { "static": [{ "type": "number" }, { "type": "string" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "formatted timestamp", "type": "string" } }, "time.now_ns": { "result": { "name": "now", "type": "number" } }, "time.parse_duration_ns": { "args": [{ "name": "duration", "type": "string" }], "result": { "name": "ns", "type": "number" } }, "time.parse_ns": { "args": [{ "name": "layout", "type": "string" }, { "name": "value", "type": "string" }], "result": { "name": "ns", "type": "number" } }, "time.parse_rfc3339_ns": { "args": [{ "name": "value", "type": "string" }], "result": { "name": "ns", "type": "number" } }, "time.weekday": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "day", "type": "string" } }, "to_number": { "args": [{ "name": "x", "of": [{ "type": "null" }, { "type": "boolean" }, { "type": "number" }, { "type": "string" }], "type": "any" }], "result": { "name": "num", "type": "number" } }, "trace": { "args": [{ "name": "note", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "trim": { "args": [{ "name": "value", "type": "string" }, { "name": "cutset", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_left": { "args": [{ "name": "value", "type": "string" }, { "name": "cutset", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_prefix": { "args": [{ "name": "value", "type": "string" }, { "name": "prefix", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_right": { "args": [{ "name": "value", "type": "string" }, { "name": "cutset", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_space": { "args": [{ "name": "value", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_suffix": { "args": [{ "name": "value", "type": "string" }, { "name": "suffix", "type": "string" }], "result": { "name": "output", "type": "string" } }, "type_name": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "type", "type": "string" } }, "union": { "args": [{ "name": "xs", "of": { "of": { "type": "any" }, "type": "set" }, "type": "set" }], "result": { "name": "y", "of": { "type": "any" }, "type": "set" } }, "units.parse": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "number" } }, "units.parse_bytes": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "number" } }, "upper": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "uri.is_valid": { "args": [{ "name": "uri", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "uri.parse": { "args": [{ "name": "uri", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "string" } }, "name": "output", "type": "object" } }, "urlquery.decode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "urlquery.decode_object": { "args": [{ "name": "x", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "dynamic": { "type": "string" }, "type": "array" } }, "name": "object", "type": "object" } }, "urlquery.encode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "urlquery.encode_object": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" } }, "name": "object", "type": "object" }], "result": { "name": "y", "type": "string" } }, "uuid.parse": { "args": [{ "name": "uuid", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "result", "type": "object" } }, "uuid.rfc4122": { "args": [{ "name": "k", "type": "string" }], "result": { "name": "output", "type": "string" } }, "walk": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "output", "static": [{ "dynamic": { "type": "any" }, "type": "array" }, { "type": "any" }], "type": "array" } }, "yaml.is_valid": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "yaml.marshal": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "y", "type": "string" } }, "yaml.unmarshal": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "any" } } };

// src/rego/builtins/declarations/declarations.ts
var ARITY = Object.fromEntries(
  Object.entries(DECLARATIONS).filter(([, d]) => !d.variadic).map(([name, d]) => [name, d.args?.length ?? 0])
);
function signature(name) {
  const d = DECLARATIONS[name];
  return d && !d.variadic ? (d.args ?? []).map(named).join(", ") : void 0;
}
function result(name) {
  const r = DECLARATIONS[name]?.result;
  return r && named(r);
}
var named = (t) => t.name ? `${t.name}: ${typeText(t)}` : typeText(t);
function typeText(t) {
  switch (t.type) {
    case "any":
      return t.of ? `any<${t.of.map(typeText).join(", ")}>` : "any";
    case "array": {
      const fixed = t.static ? `array<${t.static.map(typeText).join(", ")}>` : "";
      const rest = t.dynamic ? `[${typeText(t.dynamic)}]` : "";
      return fixed ? fixed + rest : `array${rest || "[any]"}`;
    }
    case "set":
      return `set[${t.of ? typeText(t.of) : "any"}]`;
    case "object": {
      const fixed = t.static ? `object<${t.static.map((p) => `${p.key}: ${typeText(p.value)}`).join(", ")}>` : "";
      const dyn = t.dynamic;
      const rest = dyn ? `[${typeText(dyn.key)}: ${typeText(dyn.value)}]` : "";
      return fixed ? fixed + rest : `object${rest || "[any: any]"}`;
    }
    default:
      return t.type;
  }
}

// src/rego/compile/negation.ts
function hoistNegated(body2, fresh2, inQuery, closures = true) {
  let out;
  for (let i = 0; i < body2.length; i++) {
    const e0 = body2[i];
    let e = e0;
    switch (e.e) {
      case "term":
        if (closures) {
          const term2 = hoistInClosures(e.term, fresh2, inQuery);
          if (term2 !== e.term) e = { ...e, term: term2 };
        }
        break;
      case "every":
        e = { ...e, domain: closures ? hoistInClosures(e.domain, fresh2, inQuery) : e.domain, body: hoistNegated(e.body, fresh2, inQuery, closures) };
        break;
      case "or":
        e = { ...e, branches: e.branches.map((b) => hoistNegated(b, fresh2, inQuery, closures)) };
        break;
      case "somein":
        if (closures) {
          const domain = hoistInClosures(e.domain, fresh2, inQuery);
          if (domain !== e.domain) e = { ...e, domain };
        }
        break;
    }
    const hoisted = e.e === "term" && e.negated ? hoist(e, fresh2, inQuery) : void 0;
    if (!out && (hoisted || e !== e0)) out = body2.slice(0, i);
    if (hoisted) out.push(...hoisted);
    else if (out) out.push(e);
  }
  return out ?? body2;
}
function hoistInClosures(t, fresh2, inQuery) {
  switch (t.t) {
    case "arraycompr":
    case "setcompr":
    case "objectcompr":
      return { ...t, body: hoistNegated(t.body, fresh2, inQuery) };
    case "ref": {
      const head = hoistInClosures(t.head, fresh2, inQuery);
      const path = mapTerms(t.path, fresh2, inQuery);
      return head === t.head && path === t.path ? t : { ...t, head, path };
    }
    case "array":
    case "set": {
      const items = mapTerms(t.items, fresh2, inQuery);
      return items === t.items ? t : { ...t, items };
    }
    case "object": {
      let items;
      for (let i = 0; i < t.items.length; i++) {
        const [k, v] = t.items[i];
        const k2 = hoistInClosures(k, fresh2, inQuery);
        const v2 = hoistInClosures(v, fresh2, inQuery);
        if (!items && (k2 !== k || v2 !== v)) items = t.items.slice(0, i);
        if (items) items.push([k2, v2]);
      }
      return items ? { ...t, items } : t;
    }
    case "call": {
      const args = mapTerms(t.args, fresh2, inQuery);
      return args === t.args ? t : { ...t, args };
    }
    case "template": {
      let parts;
      for (let i = 0; i < t.parts.length; i++) {
        const p = t.parts[i];
        const p2 = typeof p === "string" ? p : hoistInClosures(p, fresh2, inQuery);
        if (!parts && p2 !== p) parts = t.parts.slice(0, i);
        if (parts) parts.push(p2);
      }
      return parts ? { ...t, parts } : t;
    }
    default:
      return t;
  }
}
function mapTerms(ts, fresh2, inQuery) {
  let out;
  for (let i = 0; i < ts.length; i++) {
    const x = hoistInClosures(ts[i], fresh2, inQuery);
    if (!out && x !== ts[i]) out = ts.slice(0, i);
    if (out) out.push(x);
  }
  return out ?? ts;
}
function hoist(e, fresh2, inQuery) {
  const support = [];
  const bind = (t) => {
    const v = { t: "var", name: fresh2(), loc: t.loc };
    support.push({ e: "term", negated: false, with: e.with, loc: t.loc, term: { t: "call", op: "eq", args: [v, t], loc: t.loc } });
    return v;
  };
  const calls = (t) => {
    switch (t.t) {
      case "call":
        return t.fnRef ? t : bind({ ...t, args: t.args.map(calls) });
      case "ref":
        return { ...t, head: isComposite(t.head) ? bind(calls(t.head)) : t.head, path: t.path.map(calls) };
      case "array":
      case "set":
        return { ...t, items: t.items.map(calls) };
      case "object":
        return { ...t, items: t.items.map(([k, v]) => [calls(k), calls(v)]) };
      default:
        return t;
    }
  };
  const one = (t) => {
    switch (t.t) {
      case "ref":
        return bind({ ...t, path: t.path.map(one) });
      case "var":
        return t.name === "input" || t.name === "data" ? bind(t) : t;
      case "array":
      case "set":
        return { ...t, items: t.items.map(one) };
      case "object":
        return { ...t, items: t.items.map(([k, v]) => [one(k), one(v)]) };
      default:
        return t;
    }
  };
  const inTerm = (t) => t.t === "ref" ? { ...t, path: t.path.map(one) } : isClosure(t) ? t : one(t);
  let term2 = e.term;
  if (term2.t === "call" && !term2.fnRef) {
    const args = term2.args.map(calls);
    const unify = term2.op === "eq" || term2.op === "equal" && !inQuery;
    term2 = { ...term2, args: args.map(unify ? inTerm : one) };
  } else {
    term2 = inTerm(calls(term2));
  }
  return [...support, { ...e, term: term2 }];
}
var isClosure = (t) => t.t === "arraycompr" || t.t === "setcompr" || t.t === "objectcompr";
var isComposite = (t) => t.t !== "var" && t.t !== "ref" && t.t !== "scalar";

// src/rego/compile/compiler.ts
var counter = 0;
var fresh = (base = "local") => `__${base}${counter++}__`;
function resolveRules(m, packageRules, userArity) {
  const resolver = new Resolver(m, packageRules, userArity);
  for (const r of m.rules) resolver.resolveRule(r);
}
var Resolver = class {
  constructor(m, ruleNames, userArity, keepTopNames = false) {
    this.m = m;
    this.ruleNames = ruleNames;
    this.userArity = userArity;
    this.keepTopNames = keepTopNames;
    for (const im of m.imports) {
      const ref = im.path;
      const head = ref.head.name;
      if (head === "future" || head === "rego") continue;
      const last = ref.path.length ? String(ref.path[ref.path.length - 1].value) : head;
      this.imports.set(im.alias ?? last, ref.path.length ? ref : ref.head);
    }
    this.futureNot = m.imports.some((im) => dottedName(im.path) === "future.keywords.not");
  }
  m;
  ruleNames;
  userArity;
  keepTopNames;
  scopes = [];
  imports = /* @__PURE__ */ new Map();
  /** Names used while no declaration of them was in scope. */
  free = /* @__PURE__ */ new Set();
  /** Whether the terms resolved since the last reset held a comprehension: without one, the later walks that only
   * look for comprehensions (ordering their bodies, hoisting in them) are skipped. */
  closures = false;
  /** `import future.keywords.not`: OPA then keeps the operands of a negated expression inside it. */
  futureNot;
  resolveRule(r) {
    let cur = r;
    while (cur) {
      this.scopes = [/* @__PURE__ */ new Map()];
      this.closures = false;
      const h = cur.head;
      if (h.args) for (const a of h.args) this.declarePlain(a);
      cur.body = this.body(cur.body);
      if (h.args) h.args = h.args.map((a) => this.term(a));
      if (h.key) h.key = this.term(h.key);
      if (h.value) h.value = this.term(h.value);
      h.ref = h.ref.map((t, i) => i === 0 ? t : this.term(t));
      const bound = /* @__PURE__ */ new Set();
      if (h.args) for (const a of h.args) varsOf(a, bound);
      cur.body = reorder(cur.body, bound, cur.loc, /* @__PURE__ */ new Set(), this.userArity, this.closures);
      checkHeadSafe(cur, bound);
      if (!this.futureNot) {
        cur.body = hoistNegated(cur.body, fresh, false, this.closures);
        if (this.closures && h.key) h.key = hoistInClosures(h.key, fresh, false);
        if (this.closures && h.value) h.value = hoistInClosures(h.value, fresh, false);
      }
      cur = cur.else;
    }
  }
  resolveQuery(body2) {
    this.scopes = [/* @__PURE__ */ new Map()];
    return this.body(body2);
  }
  declarePlain(t) {
    const s = this.scopes[this.scopes.length - 1];
    walkVars(t, (v) => {
      if (v.name !== "_") s.set(v.name, v.name);
    });
  }
  declare(t) {
    const s = this.scopes[this.scopes.length - 1];
    const top = this.keepTopNames && this.scopes.length === 1;
    return mapVars(t, (v) => {
      if (v.name === "_") return { t: "var", name: fresh("wild"), loc: v.loc };
      const n = top && !this.free.has(v.name) ? v.name : `${fresh()}${v.name}`;
      s.set(v.name, n);
      return { t: "var", name: n, loc: v.loc };
    });
  }
  lookup(name) {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const n = this.scopes[i].get(name);
      if (n !== void 0) return n;
    }
    return void 0;
  }
  body(body2) {
    const out = [];
    for (const e of body2) out.push(this.expr(e));
    return out;
  }
  /** The terms resolved; `ts` itself when none changed (most refs into input, scalars), so nothing is copied. */
  terms(ts) {
    let out;
    for (let i = 0; i < ts.length; i++) {
      const x = ts[i].t === "scalar" ? ts[i] : this.term(ts[i]);
      if (!out && x !== ts[i]) out = ts.slice(0, i);
      if (out) out.push(x);
    }
    return out ?? ts;
  }
  nested(f) {
    this.scopes.push(/* @__PURE__ */ new Map());
    try {
      return f();
    } finally {
      this.scopes.pop();
    }
  }
  expr(e) {
    const withs = e.with.length ? e.with.map((w) => ({ ...w, target: this.withTarget(w.target), value: this.withValue(w.value) })) : e.with;
    switch (e.e) {
      case "some": {
        for (const v of e.vars) this.declare(v);
        return { ...e, with: withs };
      }
      case "somein": {
        const domain = this.term(e.domain);
        const key = e.key ? this.declare(e.key) : void 0;
        const value = this.declare(e.value);
        return { ...e, domain, key, value, with: withs };
      }
      case "every": {
        const domain = this.term(e.domain);
        return this.nested(() => {
          const key = e.key ? this.declare(e.key) : void 0;
          const value = this.declare(e.value);
          const body2 = this.body(e.body);
          return { ...e, domain, key, value, body: body2, with: withs };
        });
      }
      case "or": {
        const branches = e.branches.map((b) => this.nested(() => this.body(b)));
        return { ...e, branches, with: withs };
      }
      case "term": {
        const t = e.term;
        if (t.t === "call" && t.op === "assign") {
          const rhs = this.term(t.args[1]);
          const lhs = this.declare(t.args[0]);
          return { ...e, term: { ...t, args: [lhs, rhs] }, with: withs };
        }
        const term2 = this.term(t);
        return term2 === t && withs === e.with ? e : { ...e, term: term2, with: withs };
      }
    }
  }
  withTarget(t) {
    if (t.t === "var" || t.t === "ref" && t.head.t === "var") {
      const name = t.t === "var" ? t.name : t.head.name;
      if (name === "input" || name === "data") return t;
      const dotted = dottedName(t);
      if (dotted !== void 0) {
        const resolved = this.resolveFunctionName(dotted);
        if (resolved) return { t: "call", op: resolved, args: [], loc: t.loc };
      }
      return this.term(t);
    }
    return this.term(t);
  }
  /** A `with` value naming a function becomes a function reference. */
  withValue(t) {
    const dotted = dottedName(t);
    if (dotted !== void 0 && this.lookup(dotted.split(".")[0]) === void 0) {
      const resolved = this.resolveFunctionName(dotted);
      if (resolved && (this.userArity.has(resolved) || isBuiltin(resolved))) return { t: "call", op: resolved, args: [], loc: t.loc, fnRef: true };
    }
    return this.term(t);
  }
  /** `f`, `pkg.f`, `strings.upper` -> `data.pkg.f` or the builtin name. */
  resolveFunctionName(op) {
    const parts = op.split(".");
    const first = parts[0];
    if (first === "data") return op;
    const imp = this.imports.get(first);
    if (imp && this.lookup(first) === void 0) {
      const base = dottedName(imp);
      if (base) return [base, ...parts.slice(1)].join(".");
    }
    if (this.ruleNames.has(first) && this.lookup(first) === void 0) return ["data", ...this.m.package, ...parts].join(".");
    if (isBuiltin(op) || op in ARITY || CORE_CALLS.has(op)) return op;
    return void 0;
  }
  term(t) {
    switch (t.t) {
      case "scalar":
        return t;
      case "var": {
        if (t.name === "_") return { t: "var", name: fresh("wild"), loc: t.loc };
        const local = this.lookup(t.name);
        if (local !== void 0) return local === t.name ? t : { t: "var", name: local, loc: t.loc };
        if (t.name === "data" || t.name === "input") return t;
        const imp = this.imports.get(t.name);
        if (imp) return relocate(imp, t.loc);
        if (this.ruleNames.has(t.name)) {
          return { t: "ref", head: { t: "var", name: "data", loc: t.loc }, path: [...this.m.package, t.name].map((p) => ({ t: "scalar", value: p, loc: t.loc })), loc: t.loc };
        }
        this.free.add(t.name);
        return t;
      }
      case "ref": {
        const head = this.term(t.head);
        const path = this.terms(t.path);
        if (head.t === "ref") return { t: "ref", head: head.head, path: [...head.path, ...path], loc: t.loc };
        return head === t.head && path === t.path ? t : { t: "ref", head, path, loc: t.loc };
      }
      case "array":
      case "set": {
        const items = this.terms(t.items);
        return items === t.items ? t : { ...t, items };
      }
      case "object":
        return { ...t, items: t.items.map(([k, v]) => [this.term(k), this.term(v)]) };
      case "template":
        return { ...t, parts: t.parts.map((p) => typeof p === "string" ? p : this.term(p)) };
      case "arraycompr":
      case "setcompr":
        this.closures = true;
        return this.nested(() => {
          const body2 = this.body(t.body);
          return { ...t, body: body2, term: this.term(t.term) };
        });
      case "objectcompr":
        this.closures = true;
        return this.nested(() => {
          const body2 = this.body(t.body);
          return { ...t, body: body2, key: this.term(t.key), value: this.term(t.value) };
        });
      case "call": {
        const args = this.terms(t.args);
        const op = this.resolveFunctionName(t.op);
        if (op === void 0) throw new RegoError("rego_type_error", `undefined function ${t.op}`, t.loc);
        if (op.startsWith("data.") && !this.userArity.has(op) && this.ruleNames.has(t.op.split(".")[0]) && this.lookup(t.op.split(".")[0]) === void 0) {
          throw new RegoError("rego_type_error", `function ${op} has arity 0, got ${t.args.length} argument${t.args.length === 1 ? "" : "s"}`, t.loc);
        }
        const n = this.userArity.get(op);
        if (n !== void 0 && !t.fnRef && t.args.length !== n && t.args.length !== n + 1) {
          throw new RegoError("rego_type_error", `function ${op} has arity ${n}, got ${t.args.length} argument${t.args.length === 1 ? "" : "s"}`, t.loc);
        }
        return op === t.op && args === t.args ? t : { ...t, op, args };
      }
    }
  }
};
var CORE_CALLS = /* @__PURE__ */ new Set([
  "eq",
  "assign",
  "internal.member_2",
  "internal.member_3",
  "print",
  "internal.print",
  "walk",
  "rego.metadata.chain",
  "rego.metadata.rule",
  "rego.parse_module",
  "internal.template_string"
]);
function relocate(t, loc) {
  if (t.t === "ref") return { ...t, head: { ...t.head, loc }, loc };
  return { ...t, loc };
}
function walkVars(t, f, intoClosures = false) {
  switch (t.t) {
    case "var":
      f(t);
      break;
    case "arraycompr":
    case "setcompr":
    case "objectcompr":
      if (intoClosures) for (const name of closureVars(t)) f({ t: "var", name, loc: t.loc });
      break;
    default:
      forEachOperand(t, walkVars, f, intoClosures);
      break;
  }
}
function mapVars(t, f) {
  switch (t.t) {
    case "var":
      return f(t);
    case "array":
      return { ...t, items: t.items.map((x) => mapVars(x, f)) };
    case "set":
      return { ...t, items: t.items.map((x) => mapVars(x, f)) };
    case "object":
      return { ...t, items: t.items.map(([k, v]) => [k, mapVars(v, f)]) };
    default:
      return t;
  }
}
function varsOf(t, out = /* @__PURE__ */ new Set()) {
  collectVars(t, out, false);
  return out;
}
var GLOBAL = /* @__PURE__ */ new Set(["data", "input"]);
function collectVars(t, out, intoClosures) {
  switch (t.t) {
    case "var":
      if (!GLOBAL.has(t.name)) out.add(t.name);
      break;
    case "arraycompr":
    case "setcompr":
    case "objectcompr":
      if (intoClosures) {
        for (const name of closureVars(t)) if (!GLOBAL.has(name)) out.add(name);
      }
      break;
    default:
      forEachOperand(t, collectVars, out, intoClosures);
      break;
  }
}
function closureVars(t) {
  const out = /* @__PURE__ */ new Set();
  const addBody = (b) => b.forEach((e) => exprVars(e, out, true));
  if (t.t === "arraycompr" || t.t === "setcompr") {
    addBody(t.body);
    walkVars(t.term, (v) => out.add(v.name), true);
  }
  if (t.t === "objectcompr") {
    addBody(t.body);
    walkVars(t.key, (v) => out.add(v.name), true);
    walkVars(t.value, (v) => out.add(v.name), true);
  }
  return out;
}
function exprVars(e, out, intoClosures) {
  for (const w of e.with) collectVars(w.value, out, intoClosures);
  switch (e.e) {
    case "term":
      collectVars(e.term, out, intoClosures);
      break;
    case "some":
      break;
    case "somein":
      if (e.key) collectVars(e.key, out, intoClosures);
      collectVars(e.value, out, intoClosures);
      collectVars(e.domain, out, intoClosures);
      break;
    case "every":
      collectVars(e.domain, out, intoClosures);
      if (intoClosures) {
        if (e.key) collectVars(e.key, out, true);
        collectVars(e.value, out, true);
        for (const x of e.body) exprVars(x, out, true);
      }
      break;
    case "or":
      if (intoClosures) for (const b of e.branches) for (const x of b) exprVars(x, out, true);
      break;
  }
}
function refOutputs(t, safe, out) {
  switch (t.t) {
    case "ref":
      refOutputs(t.head, safe, out);
      for (const p of t.path) {
        if (p.t === "var") {
          if (!safe.has(p.name)) out.add(p.name);
        } else if (p.t === "array" || p.t === "object") varsOf(p, out);
        else refOutputs(p, safe, out);
      }
      break;
    case "array":
    case "set":
      for (const x of t.items) refOutputs(x, safe, out);
      break;
    case "object":
      for (const [k, v] of t.items) {
        refOutputs(k, safe, out);
        refOutputs(v, safe, out);
      }
      break;
    case "call":
      for (const x of t.args) refOutputs(x, safe, out);
      break;
    case "template":
      for (const p of t.parts) if (typeof p !== "string") refOutputs(p, safe, out);
      break;
    default:
      break;
  }
}
function unifyOutputs(a, b, safe, out) {
  if (a.t === "array" && b.t === "array" && a.items.length === b.items.length) {
    for (let before = -1; before !== out.size; ) {
      before = out.size;
      for (let i = 0; i < a.items.length; i++) unifyOutputs(a.items[i], b.items[i], safe, out);
    }
    return;
  }
  if (a.t === "object" && b.t === "object" && a.items.length === b.items.length) {
    for (const [k, v] of a.items) {
      const w = b.items.find(([k2]) => sameKeyTerm(k, k2));
      if (w) unifyOutputs(v, w[1], safe, out);
    }
    return;
  }
  refOutputs(a, safe, out);
  refOutputs(b, safe, out);
  const varsA = varsOf(a);
  const varsB = varsOf(b);
  const known = (vs) => {
    for (const v of vs) if (!safe.has(v) && !out.has(v)) return false;
    return true;
  };
  for (let round = 0; round < 2; round++) {
    if (known(varsB)) unifyPatternVars(a, out);
    if (known(varsA)) unifyPatternVars(b, out);
  }
}
function unifyPatternVars(t, into) {
  if (t.t === "var") into.add(t.name);
  else if (t.t === "array" || t.t === "set") for (const x of t.items) unifyPatternVars(x, into);
  else if (t.t === "object") for (const [, v] of t.items) unifyPatternVars(v, into);
}
function sameKeyTerm(a, b) {
  if (a.t === "scalar" && b.t === "scalar") return a.value === b.value;
  return a.t === "var" && b.t === "var" && a.name === b.name;
}
function analyse(e, safe, closureNeeds, userArity, closures) {
  const all = /* @__PURE__ */ new Set();
  exprVars(e, all, false);
  const outputs = /* @__PURE__ */ new Set();
  if (!closures && e.e !== "or" && subsetOf(all, safe)) return { needs: all, outputs, all };
  const needsClosures = /* @__PURE__ */ new Set();
  const collectClosures = closures ? (t) => {
    visitClosures(t, (c) => closureNeeds(c).forEach((v) => needsClosures.add(v)));
  } : () => {
  };
  for (const w of e.with) collectClosures(w.value);
  if (e.negated && e.e !== "or") {
    if (e.e === "term") collectClosures(e.term);
    if (e.e === "every" || e.e === "somein") collectClosures(e.domain);
    return { needs: needsClosures.size ? /* @__PURE__ */ new Set([...all, ...needsClosures]) : all, outputs, all };
  }
  switch (e.e) {
    case "term": {
      const t = e.term;
      collectClosures(t);
      if (t.t === "call" && (t.op === "eq" || t.op === "assign")) unifyOutputs(t.args[0], t.args[1], safe, outputs);
      else if (t.t === "call" && isOutputCall(t, userArity)) {
        t.args.slice(0, -1).forEach((a) => refOutputs(a, safe, outputs));
        varsOf(t.args[t.args.length - 1], outputs);
      } else refOutputs(t, safe, outputs);
      break;
    }
    case "somein": {
      collectClosures(e.domain);
      refOutputs(e.domain, safe, outputs);
      if (e.key) varsOf(e.key, outputs);
      varsOf(e.value, outputs);
      break;
    }
    case "every":
      collectClosures(e.domain);
      refOutputs(e.domain, safe, outputs);
      break;
    case "or": {
      const inner = /* @__PURE__ */ new Set();
      exprVars(e, inner, true);
      for (const v of inner) if (scopeOf(closureNeeds).has(v)) needsClosures.add(v);
      return { needs: /* @__PURE__ */ new Set([...needsClosures]), outputs, all };
    }
    default:
      break;
  }
  const needs = /* @__PURE__ */ new Set();
  for (const v of all) if (!outputs.has(v)) needs.add(v);
  for (const v of needsClosures) if (!outputs.has(v)) needs.add(v);
  return { needs, outputs, all };
}
var scopeOf = (f) => f.scope ?? /* @__PURE__ */ new Set();
function isOutputCall(t, userArity) {
  if (t.fnRef) return false;
  const a = ARITY[t.op] ?? userArity.get(t.op);
  return a !== void 0 && t.args.length === a + 1;
}
function visitClosures(t, f) {
  if (t.t === "arraycompr" || t.t === "setcompr" || t.t === "objectcompr") f(t);
  else forEachOperand(t, visitClosures, f, void 0);
}
function reorder(body2, outerSafe, loc, outerVars = /* @__PURE__ */ new Set(), userArity = /* @__PURE__ */ new Map(), closures = true) {
  const scopeVars = new Set(outerVars);
  if (closures || body2.some((e) => e.e === "every" || e.e === "or")) {
    for (const e of body2) exprVars(e, scopeVars, false);
    outerSafe.forEach((v) => scopeVars.add(v));
  }
  const closureNeeds = Object.assign((c) => {
    const vs = closureVars(c);
    return new Set([...vs].filter((v) => scopeVars.has(v)));
  }, { scope: scopeVars });
  const safe = new Set(outerSafe);
  const remaining = [...body2];
  const out = [];
  while (remaining.length) {
    let picked = -1;
    let need;
    for (let i = 0; i < remaining.length; i++) {
      need = analyse(remaining[i], safe, closureNeeds, userArity, closures);
      if (subsetOf(need.needs, safe)) {
        picked = i;
        break;
      }
    }
    if (picked < 0) {
      const e2 = remaining[0];
      const { needs } = analyse(e2, safe, closureNeeds, userArity, closures);
      const outputs = /* @__PURE__ */ new Set();
      if (e2.e === "term" && e2.term.t === "call" && (e2.term.op === "assign" || e2.term.op === "eq") && e2.term.args.length === 2) {
        const [a, b] = e2.term.args;
        const collection = (t) => t.t === "array" || t.t === "object" || t.t === "set";
        if (a.t === "var" && collection(b)) outputs.add(a.name);
        if (b.t === "var" && collection(a)) outputs.add(b.name);
      }
      const unsafe = [...needs].filter((v) => !safe.has(v)).sort();
      const bad = unsafe.find((v) => !outputs.has(v)) ?? unsafe[0];
      throw new RegoError("rego_unsafe_var_error", `var ${displayName(bad)} is unsafe`, e2.loc);
    }
    const e = remaining.splice(picked, 1)[0];
    need.outputs.forEach((v) => safe.add(v));
    if (!e.negated) need.all.forEach((v) => safe.add(v));
    out.push(closures || e.e === "every" || e.e === "or" ? orderNested(e, safe, scopeVars, userArity, closures) : e);
  }
  outerSafe.clear();
  safe.forEach((v) => outerSafe.add(v));
  return out;
}
function subsetOf(a, b) {
  for (const v of a) if (!b.has(v)) return false;
  return true;
}
function orderNested(e, safe, scopeVars, userArity, closures) {
  const fixAll = (ts) => {
    let out;
    for (let i = 0; i < ts.length; i++) {
      const x = fixTerm(ts[i]);
      if (!out && x !== ts[i]) out = ts.slice(0, i);
      if (out) out.push(x);
    }
    return out ?? ts;
  };
  const fixTerm = (t) => {
    switch (t.t) {
      case "arraycompr":
      case "setcompr": {
        const s = new Set(safe);
        const body2 = reorder(t.body, s, t.loc, scopeVars, userArity, closures);
        return { ...t, body: body2, term: fixTerm(t.term) };
      }
      case "objectcompr": {
        const s = new Set(safe);
        const body2 = reorder(t.body, s, t.loc, scopeVars, userArity, closures);
        return { ...t, body: body2, key: fixTerm(t.key), value: fixTerm(t.value) };
      }
      case "ref": {
        const head = fixTerm(t.head);
        const path = fixAll(t.path);
        return head === t.head && path === t.path ? t : { ...t, head, path };
      }
      case "array":
      case "set": {
        const items = fixAll(t.items);
        return items === t.items ? t : { ...t, items };
      }
      case "object": {
        let items;
        for (let i = 0; i < t.items.length; i++) {
          const [k, v] = t.items[i];
          const k2 = fixTerm(k);
          const v2 = fixTerm(v);
          if (!items && (k2 !== k || v2 !== v)) items = t.items.slice(0, i);
          if (items) items.push([k2, v2]);
        }
        return items ? { ...t, items } : t;
      }
      case "call": {
        const args = fixAll(t.args);
        return args === t.args ? t : { ...t, args };
      }
      case "template": {
        const terms2 = t.parts.filter((p) => typeof p !== "string");
        const fixed = fixAll(terms2);
        if (fixed === terms2) return t;
        let j = 0;
        return { ...t, parts: t.parts.map((p) => typeof p === "string" ? p : fixed[j++]) };
      }
      default:
        return t;
    }
  };
  let withs = e.with;
  for (let i = 0; i < e.with.length; i++) {
    const value = fixTerm(e.with[i].value);
    if (value !== e.with[i].value) {
      if (withs === e.with) withs = [...e.with];
      withs[i] = { ...e.with[i], value };
    }
  }
  switch (e.e) {
    case "term": {
      const term2 = fixTerm(e.term);
      return term2 === e.term && withs === e.with ? e : { ...e, term: term2, with: withs };
    }
    case "somein": {
      const domain = fixTerm(e.domain);
      return domain === e.domain && withs === e.with ? e : { ...e, domain, with: withs };
    }
    case "every": {
      const s = new Set(safe);
      if (e.key) varsOf(e.key, s);
      varsOf(e.value, s);
      return { ...e, domain: fixTerm(e.domain), body: reorder(e.body, s, e.loc, scopeVars, userArity, closures), with: withs };
    }
    case "or":
      return { ...e, branches: e.branches.map((b) => reorder(b, new Set(safe), e.loc, scopeVars, userArity, closures)), with: withs };
    default:
      return e;
  }
}
function checkHeadSafe(r, bound) {
  const check = (t) => {
    if (!t) return;
    const outs = /* @__PURE__ */ new Set();
    refOutputs(t, bound, outs);
    for (const v of varsOf(t)) {
      if (outs.has(v)) continue;
      if (!bound.has(v)) throw new RegoError("rego_unsafe_var_error", `var ${displayName(v)} is unsafe`, r.loc);
    }
  };
  check(r.head.key);
  check(r.head.value);
  r.head.ref.slice(1).forEach(check);
}
var displayName = (v) => v.startsWith("__wild") ? "_" : v.replace(/^__local\d+__(?=.)/, "");
function compileQuery(body2, compiled, pkg = []) {
  const mod = { file: "query", package: pkg, packageLoc: body2[0].loc, imports: [], rules: [], annotations: [], v0: false };
  const r = new Resolver(mod, /* @__PURE__ */ new Set(), compiled.arity, true);
  const resolved = r.resolveQuery(body2);
  return hoistNegated(reorder(resolved, /* @__PURE__ */ new Set(), body2[0].loc, /* @__PURE__ */ new Set(), compiled.arity), fresh, true);
}

// src/rego/compile/call-terms.ts
function callTerms(m) {
  const out = [];
  for (let i = 0; i < m.rules.length; i++) {
    for (let cur = m.rules[i]; cur; cur = cur.else) {
      body(cur.body, out);
      if (cur.head.key) term(cur.head.key, out);
      if (cur.head.value) term(cur.head.value, out);
      const args = cur.head.args;
      if (args) for (let j = 0; j < args.length; j++) term(args[j], out);
    }
  }
  return out;
}
function terms(ts, out) {
  for (let i = 0; i < ts.length; i++) if (ts[i].t !== "scalar") term(ts[i], out);
}
function term(t, out) {
  switch (t.t) {
    case "call":
      out.push(t);
      terms(t.args, out);
      break;
    case "ref":
      if (t.head.t === "array") out.push(t);
      term(t.head, out);
      terms(t.path, out);
      break;
    case "array":
    case "set":
      terms(t.items, out);
      break;
    case "object":
      for (let i = 0; i < t.items.length; i++) {
        term(t.items[i][0], out);
        term(t.items[i][1], out);
      }
      break;
    case "template":
      for (let i = 0; i < t.parts.length; i++) {
        const p = t.parts[i];
        if (typeof p !== "string") term(p, out);
      }
      break;
    case "arraycompr":
    case "setcompr":
      term(t.term, out);
      body(t.body, out);
      break;
    case "objectcompr":
      term(t.key, out);
      term(t.value, out);
      body(t.body, out);
      break;
    default:
      break;
  }
}
function body(b, out) {
  for (let i = 0; i < b.length; i++) {
    const e = b[i];
    for (let j = 0; j < e.with.length; j++) term(e.with[j].value, out);
    switch (e.e) {
      case "term":
        term(e.term, out);
        break;
      case "somein":
        term(e.domain, out);
        break;
      case "every":
        term(e.domain, out);
        body(e.body, out);
        break;
      case "or":
        for (let j = 0; j < e.branches.length; j++) body(e.branches[j], out);
        break;
      default:
        break;
    }
  }
}

// src/rego/compile/arity-check.ts
function valueType(v) {
  if (Array.isArray(v)) return v.length ? `array<${v.map(valueType).join(", ")}>` : "array[any]";
  if (v instanceof RSet) return `set[${v.size ? [...new Set(v.sorted().map(valueType))].join(", ") : "any"}]`;
  if (v instanceof RObject) return "object";
  return typeName(v);
}
function termType(t) {
  switch (t.t) {
    case "scalar":
      return valueType(t.value);
    case "array":
      return t.items.length ? `array<${t.items.map(termType).join(", ")}>` : "array[any]";
    case "set":
      return `set[${t.items.length ? [...new Set(t.items.map(termType))].join(", ") : "any"}]`;
    case "object":
      return "object";
    case "template":
      return "string";
    case "arraycompr":
      return "array[any]";
    case "setcompr":
      return "set[any]";
    case "objectcompr":
      return "object[any: any]";
    default:
      return "any";
  }
}
function checkQueryArity(body2) {
  const pseudo = { rules: [{ body: body2, head: { ref: [{ t: "var", name: "" }] } }], imports: [] };
  checkArity(pseudo);
}
function checkArity(m, terms2 = callTerms(m)) {
  const own = new Set(m.rules.map((r) => r.head.ref[0].t === "var" ? r.head.ref[0].name : ""));
  for (const i of m.imports) {
    const p = i.path;
    own.add(i.alias ?? (p.t === "ref" && p.path.length ? String(p.path[p.path.length - 1].value) : ""));
  }
  for (const t of terms2) {
    if (t.t === "ref") checkArrayIndex(t);
    if (t.t !== "call") continue;
    const n = ARITY[t.op];
    if (n === void 0 || t.args.length >= n && t.args.length <= n + 1) continue;
    const sig = signature(t.op);
    if (sig !== void 0 && !own.has(t.op.split(".")[0])) {
      const have = [...t.args.map(termType), "???"].join(", ");
      throw new RegoError("rego_type_error", `${t.op}: arity mismatch
	have: (${have})
	want: (${sig})`, t.loc);
    }
  }
}
function checkArrayIndex(t) {
  const key = t.path[0];
  if (t.head.t !== "array" || !key || key.t !== "scalar") return;
  const v = key.value;
  if (typeof v === "number" && Number.isInteger(v)) return;
  if (typeof v === "bigint") return;
  const shown = toRegoText(v);
  const items = t.head.items;
  const array = items.every((x) => x.t === "scalar") ? toRegoText(items.map((x) => x.value)) : "[...]";
  throw new RegoError("rego_type_error", `undefined ref: ${array}[${shown}]
	have: ${shown}
	want (type): number`, key.loc);
}

// src/rego/compile/declarations.ts
var Scopes = class {
  stack = [/* @__PURE__ */ new Map()];
  /** Per scope, the names used by its earlier expressions (outside closures): `x := ...` after them is an error. */
  used = [/* @__PURE__ */ new Set()];
  push() {
    this.stack.push(/* @__PURE__ */ new Map());
    this.used.push(/* @__PURE__ */ new Set());
  }
  pop() {
    this.stack.pop();
    this.used.pop();
  }
  get top() {
    return this.stack[this.stack.length - 1];
  }
  get topUsed() {
    return this.used[this.used.length - 1];
  }
};
var fail = (msg, loc) => {
  throw new RegoError("rego_compile_error", msg, loc);
};
function patternVars(t, out = []) {
  if (t.t === "var") out.push({ name: t.name, loc: t.loc });
  else if (t.t === "array" || t.t === "set") t.items.forEach((x) => patternVars(x, out));
  else if (t.t === "object") t.items.forEach(([, v]) => patternVars(v, out));
  return out;
}
function termUses(t, out) {
  if (!t) return;
  switch (t.t) {
    case "var":
      out.add(t.name);
      break;
    case "arraycompr":
    case "setcompr":
      termUses(t.term, out);
      bodyUses(t.body, out);
      break;
    case "objectcompr":
      termUses(t.key, out);
      termUses(t.value, out);
      bodyUses(t.body, out);
      break;
    default:
      forEachOperand(t, termUses, out, void 0);
      break;
  }
}
function exprUses(e, out) {
  for (const w of e.with) {
    termUses(w.target, out);
    termUses(w.value, out);
  }
  switch (e.e) {
    case "term":
      termUses(e.term, out);
      break;
    case "some":
      break;
    case "somein":
      termUses(e.key, out);
      termUses(e.value, out);
      termUses(e.domain, out);
      break;
    case "every":
      termUses(e.key, out);
      termUses(e.value, out);
      termUses(e.domain, out);
      bodyUses(e.body, out);
      break;
    case "or":
      for (const b of e.branches) bodyUses(b, out);
      break;
  }
}
function bodyUses(body2, out) {
  for (const e of body2) exprUses(e, out);
}
var Checker = class {
  scopes = new Scopes();
  query(body2) {
    const plainSome = this.body(body2);
    if (!plainSome.length) return;
    const uses = /* @__PURE__ */ new Set();
    bodyUses(body2, uses);
    for (const s of plainSome) if (!uses.has(s.name)) fail(`declared var ${s.name} unused`, s.loc);
  }
  rule(r) {
    for (let cur = r; cur; cur = cur.else) {
      this.scopes = new Scopes();
      for (const a of cur.head.args ?? []) for (const v of patternVars(a)) if (v.name !== "_") this.scopes.top.set(v.name, "arg");
      const plainSome = this.body(cur.body);
      this.term(cur.head.key);
      this.term(cur.head.value);
      if (!plainSome.length) continue;
      const uses = /* @__PURE__ */ new Set();
      bodyUses(cur.body, uses);
      termUses(cur.head.key, uses);
      termUses(cur.head.value, uses);
      for (let i = 1; i < cur.head.ref.length; i++) termUses(cur.head.ref[i], uses);
      for (const s of plainSome) if (!uses.has(s.name)) fail(`declared var ${s.name} unused`, s.loc);
    }
  }
  /** Checks a body in the current scope; returns its plain `some x` declarations (checked by the caller). */
  body(body2) {
    const plainSome = [];
    for (const e of body2) {
      const t0 = e.e === "term" ? e.term : void 0;
      const direct = t0 !== void 0 && !(t0.t === "call" && t0.op === "assign");
      const uses = direct ? this.scopes.topUsed : /* @__PURE__ */ new Set();
      for (const w of e.with) this.term(w.value, uses);
      switch (e.e) {
        case "some":
          for (const v of e.vars) {
            this.declare(v.name, v.loc, "some");
            if (v.name !== "_") plainSome.push({ name: v.name, loc: e.loc });
          }
          break;
        case "somein":
          this.term(e.domain, uses);
          for (const t of [e.key, e.value]) if (t) for (const v of patternVars(t)) this.declare(v.name, v.loc, "assigned");
          break;
        case "every": {
          this.term(e.domain, uses);
          this.scopes.push();
          const declared = [e.key, e.value].flatMap((t) => t ? patternVars(t) : []);
          for (const v of declared) this.declare(v.name, v.loc, "assigned");
          this.nestedBody(e.body);
          this.scopes.pop();
          const inBody = /* @__PURE__ */ new Set();
          bodyUses(e.body, inBody);
          for (const v of declared) if (v.name !== "_" && !inBody.has(v.name)) fail(`declared var ${v.name} unused`, e.loc);
          break;
        }
        case "or":
          for (const b of e.branches) {
            this.scopes.push();
            this.nestedBody(b);
            this.scopes.pop();
          }
          break;
        case "term": {
          const t = e.term;
          if (t.t === "call" && t.op === "assign") {
            if (t.args[0].t === "ref") fail("cannot assign to ref", e.loc);
            this.term(t.args[1], uses);
            for (const v of patternVars(t.args[0])) this.declare(v.name, v.loc, "assigned");
            for (const x of t.args[0].t === "object" ? t.args[0].items.map(([k]) => k) : []) this.term(x);
          } else this.term(t, uses);
          break;
        }
      }
      if (!direct) {
        const used = this.scopes.topUsed;
        for (const u of uses) used.add(u);
      }
    }
    return plainSome;
  }
  nestedBody(body2, head = []) {
    const plainSome = this.body(body2);
    if (!plainSome.length) return;
    const uses = /* @__PURE__ */ new Set();
    bodyUses(body2, uses);
    head.forEach((t) => termUses(t, uses));
    for (const s of plainSome) if (!uses.has(s.name)) fail(`declared var ${s.name} unused`, s.loc);
  }
  declare(name, loc, kind) {
    if (name === "_") return;
    if (name === "input" || name === "data") fail(`variables must not shadow ${name} (use a different variable name)`, loc);
    const prev = this.scopes.top.get(name);
    if (prev === void 0 && this.scopes.topUsed.has(name)) fail(`var ${name} referenced above`, loc);
    if (prev === "arg") fail(`arg ${name} redeclared`, loc);
    if (prev === "some") {
      if (kind === "some") return;
      fail(`var ${name} declared above`, loc);
    }
    if (prev === "assigned") fail(`var ${name} assigned above`, loc);
    this.scopes.top.set(name, kind);
  }
  /** Closures inside a term get their own scope; the variables outside them go to `uses`. */
  term(t, uses) {
    if (!t) return;
    switch (t.t) {
      case "var":
        uses?.add(t.name);
        break;
      case "ref":
        this.term(t.head, uses);
        for (const p of t.path) if (p.t !== "scalar") this.term(p, uses);
        break;
      case "array":
      case "set":
        for (const x of t.items) this.term(x, uses);
        break;
      case "object":
        for (const [k, v] of t.items) {
          this.term(k, uses);
          this.term(v, uses);
        }
        break;
      case "call":
        for (const x of t.args) this.term(x, uses);
        break;
      case "template":
        for (const p of t.parts) if (typeof p !== "string") this.term(p, uses);
        break;
      case "arraycompr":
      case "setcompr":
      case "objectcompr":
        this.scopes.push();
        this.nestedBody(t.body, t.t === "objectcompr" ? [t.key, t.value] : [t.term]);
        this.scopes.pop();
        break;
      default:
        break;
    }
  }
};
function checkDeprecated(m, terms2) {
  const own = new Set(m.rules.map((r) => r.head.ref[0].t === "var" ? r.head.ref[0].name : ""));
  for (const t of terms2) {
    if (t.t === "call" && DEPRECATED.has(t.op) && !own.has(t.op)) {
      throw new RegoError("rego_type_error", `deprecated built-in function calls in expression: ${t.op}`, t.loc);
    }
  }
}
function checkWithTargets(m, modules) {
  const samePackage = modules.filter((o) => o.package.join(".") === m.package.join("."));
  const fns = new Set(samePackage.flatMap((o) => o.rules).filter((r) => r.head.args).map((r) => r.head.ref[0].t === "var" ? r.head.ref[0].name : ""));
  const imports = new Set(m.imports.map((i) => i.alias ?? (i.path.t === "ref" && i.path.path.length ? String(i.path.path[i.path.path.length - 1].value) : "")));
  const ok = (t) => {
    const head = t.t === "var" ? t.name : t.t === "ref" && t.head.t === "var" ? t.head.name : void 0;
    if (head === void 0) return false;
    if (head === "input" || head === "data" || fns.has(head) || imports.has(head)) return true;
    const dotted = t.t === "var" ? t.name : [head, ...t.path.map((p) => p.t === "scalar" ? String(p.value) : "?")].join(".");
    return isBuiltin(dotted) || dotted in ARITY || fns.has(dotted.split(".")[0]);
  };
  const visitBody = (body2) => body2.forEach((e) => {
    for (const w of e.with) {
      if (!ok(w.target)) throw new RegoError("rego_type_error", "with keyword target must reference existing input, data, or a function", w.loc);
    }
    if (e.e === "every") visitBody(e.body);
    else if (e.e === "or") e.branches.forEach(visitBody);
  });
  for (const r of m.rules) for (let cur = r; cur; cur = cur.else) visitBody(cur.body);
}
function checkDeclarations(m, modules = [m], terms2) {
  if (!m.v0) checkDeprecated(m, terms2 ?? callTerms(m));
  checkWithTargets(m, modules);
  const checker = new Checker();
  for (const r of m.rules) {
    const name = r.head.ref[0];
    if (name.t === "var" && (name.name === "data" || name.name === "input")) {
      fail(`rules must not shadow ${name.name} (use a different rule name)`, r.loc);
    }
    checker.rule(r);
  }
}
function checkQueryDeclarations(body2) {
  new Checker().query(body2);
}

// src/rego/compile/recursion.ts
function allRules(root) {
  const out = [];
  const visit = (n) => {
    const path = ["data", ...n.path].join(".");
    for (const r of rulesAt(n)) {
      const dyn = n.dynamic.find((d) => d.rule === r);
      const named2 = dyn ? path + refSuffix(dyn.suffix) : path;
      for (let x = r; x; x = x.else) out.push({ rule: x, path: named2 });
    }
    for (const k of [...n.children.keys()].sort()) visit(n.children.get(k));
  };
  visit(root);
  return out;
}
function refSuffix(suffix) {
  return suffix.map((t) => {
    if (t.t === "var") return `[${displayName(t.name)}]`;
    if (t.t === "scalar" && typeof t.value === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.value)) return `.${t.value}`;
    return t.t === "scalar" ? `[${toRegoText(t.value)}]` : "[...]";
  }).join("");
}
function rulesAt(n) {
  return [...n.defaults, ...n.complete, ...n.setRules, ...n.dynamic.map((d) => d.rule), ...n.functions];
}
function rulesFor(root, parts) {
  const out = [];
  const subtree = (n) => {
    out.push(...rulesAt(n));
    n.children.forEach(subtree);
  };
  const walk = (n, i) => {
    if (i === parts.length) {
      subtree(n);
      return;
    }
    out.push(...rulesAt(n));
    const p = parts[i];
    if (p === null) return;
    if (p === void 0) n.children.forEach((c) => walk(c, i + 1));
    else {
      const c = n.children.get(p);
      if (c) walk(c, i + 1);
    }
  };
  walk(root, 0);
  return out;
}
function collectRefs(r, onRef) {
  const term2 = (t) => {
    if (!t) return;
    switch (t.t) {
      case "var":
        if (t.name === "data") onRef([]);
        break;
      case "ref":
        if (t.head.t === "var" && t.head.name === "data") {
          const parts = [];
          for (const p of t.path) {
            if (p.t === "scalar" && typeof p.value === "string") {
              parts.push(p.value);
              continue;
            }
            parts.push(p.t === "scalar" ? null : void 0);
            break;
          }
          onRef(parts);
        } else term2(t.head);
        for (const p of t.path) if (p.t !== "scalar") term2(p);
        break;
      case "array":
      case "set":
        t.items.forEach(term2);
        break;
      case "object":
        t.items.forEach(([k, v]) => {
          term2(k);
          term2(v);
        });
        break;
      case "arraycompr":
      case "setcompr":
        term2(t.term);
        t.body.forEach(expr);
        break;
      case "objectcompr":
        term2(t.key);
        term2(t.value);
        t.body.forEach(expr);
        break;
      case "call":
        if (t.op.startsWith("data.")) onRef(t.op.split(".").slice(1));
        t.args.forEach(term2);
        break;
      case "template":
        t.parts.forEach((p) => {
          if (typeof p !== "string") term2(p);
        });
        break;
      default:
        break;
    }
  };
  const expr = (e) => {
    for (const w of e.with) {
      term2(w.target);
      term2(w.value);
    }
    switch (e.e) {
      case "term":
        term2(e.term);
        break;
      case "some":
        break;
      case "somein":
        term2(e.key);
        term2(e.value);
        term2(e.domain);
        break;
      case "every":
        term2(e.key);
        term2(e.value);
        term2(e.domain);
        e.body.forEach(expr);
        break;
      case "or":
        e.branches.forEach((b) => b.forEach(expr));
        break;
    }
  };
  const h = r.head;
  h.ref.slice(1).forEach(term2);
  h.args?.forEach(term2);
  term2(h.key);
  term2(h.value);
  r.body.forEach(expr);
}
function dependencyGraph(root) {
  const rules = allRules(root);
  const edges = /* @__PURE__ */ new Map();
  const memo = /* @__PURE__ */ new Map();
  for (const { rule } of rules) {
    const deps = /* @__PURE__ */ new Set();
    collectRefs(rule, (parts) => {
      const key = parts.map((p) => p === void 0 ? "\0" : p === null ? "" : p).join("");
      let rs = memo.get(key);
      if (!rs) {
        rs = rulesFor(root, parts);
        memo.set(key, rs);
      }
      for (const d of rs) for (let x = d; x; x = x.else) deps.add(x);
    });
    edges.set(rule, deps);
  }
  return { rules, edges };
}
function checkRecursion(root) {
  const { rules, edges } = dependencyGraph(root);
  let edge = false;
  for (const deps of edges.values()) if (deps.size) {
    edge = true;
    break;
  }
  if (!edge) return;
  const cyclic = rulesOnCycles(rules.map((r) => r.rule), edges);
  for (const { rule, path } of rules) {
    if (!cyclic.has(rule)) continue;
    const cycle = pathBack(rule, edges);
    if (cycle) {
      const pathOf = new Map(rules.map((r) => [r.rule, r.path]));
      const names = [path, ...cycle.map((r) => pathOf.get(r) ?? "?")];
      throw new RegoError("rego_recursion_error", `rule ${path} is recursive: ${names.join(" -> ")}`, rule.loc);
    }
  }
}
function rulesOnCycles(nodes, edges) {
  const index2 = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const out = /* @__PURE__ */ new Set();
  let next = 0;
  for (const start of nodes) {
    if (index2.has(start)) continue;
    const work = [];
    const enter = (v) => {
      index2.set(v, next);
      low.set(v, next);
      next++;
      stack.push(v);
      onStack.add(v);
      work.push({ v, it: (edges.get(v) ?? /* @__PURE__ */ new Set()).values() });
    };
    enter(start);
    while (work.length) {
      const top = work[work.length - 1];
      const n = top.it.next();
      if (!n.done) {
        const w = n.value;
        if (!index2.has(w)) enter(w);
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v), index2.get(w)));
        continue;
      }
      work.pop();
      if (work.length) {
        const p = work[work.length - 1].v;
        low.set(p, Math.min(low.get(p), low.get(top.v)));
      }
      if (low.get(top.v) === index2.get(top.v)) {
        const comp = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          comp.push(w);
        } while (w !== top.v);
        if (comp.length > 1 || edges.get(top.v)?.has(top.v)) comp.forEach((r) => out.add(r));
      }
    }
  }
  return out;
}
function pathBack(start, edges) {
  const prev = /* @__PURE__ */ new Map();
  const queue = [];
  for (const d of edges.get(start) ?? []) {
    if (d === start) return [start];
    if (!prev.has(d)) {
      prev.set(d, null);
      queue.push(d);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const d of edges.get(v) ?? []) {
      if (d === start) {
        const path = [start];
        for (let x = v; x; x = prev.get(x) ?? null) path.unshift(x);
        return path;
      }
      if (!prev.has(d)) {
        prev.set(d, v);
        queue.push(d);
      }
    }
  }
  return void 0;
}

// src/rego/compile/conflicts.ts
var locText = (r) => `${r.loc.file}:${r.loc.row}`;
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function refText(node, suffix = []) {
  let s = ["data", ...node.path].join(".");
  for (const t of suffix) s += t.t === "scalar" && typeof t.value === "string" ? `.${t.value}` : t.t === "var" ? `[${t.name}]` : "[_]";
  return s;
}
var nameOf = (e) => refText(e.node, e.suffix);
function entries(node) {
  const out = [];
  const add = (rule, ground, suffix = []) => out.push({
    rule,
    ground,
    kind: rule.head.key && !rule.head.value ? "multi" : "single",
    arity: rule.head.args?.length ?? 0,
    node,
    suffix
  });
  for (const r of [...node.complete, ...node.defaults, ...node.setRules, ...node.functions]) add(r, true);
  for (const d of node.dynamic) add(d.rule, false, d.suffix);
  return out.sort((a, b) => compareText(a.rule.loc.file, b.rule.loc.file) || a.rule.loc.row - b.rule.loc.row || a.rule.loc.col - b.rule.loc.col);
}
function descendants(node, out = []) {
  for (const c of node.children.values()) {
    out.push(...entries(c));
    descendants(c, out);
  }
  return out;
}
function checkConflicts(root) {
  const visit = (node) => {
    const es = entries(node);
    if (es.length) {
      const first = es[0].rule;
      const kinds = new Set(es.map((e) => e.kind));
      const arities = new Set(es.map((e) => e.arity));
      const complete = es.filter((e) => e.kind === "single" && e.ground && e.arity === 0).length;
      const partial = es.filter((e) => !(e.kind === "single" && e.ground)).length;
      const defaults = es.filter((e) => e.rule.default);
      if (kinds.size > 1 || arities.size > 1 || complete >= 1 && partial >= 1) {
        throw new RegoError("rego_type_error", `conflicting rules ${nameOf(es[0])} found`, first.loc);
      }
      if (defaults.length > 1) {
        throw new RegoError("rego_type_error", `multiple default rules ${nameOf(es[0])} found at ${defaults.map((e) => locText(e.rule)).join(", ")}`, first.loc);
      }
      if (es.some((e) => e.ground)) {
        const inside = descendants(node);
        if (inside.length) {
          throw new RegoError("rego_type_error", `rule ${nameOf(es[0])} conflicts with:
  ${inside.map((e) => `rule ${nameOf(e)} at ${locText(e.rule)}`).join("\n  ")}`, first.loc);
        }
      }
    }
    for (const c of node.children.values()) visit(c);
  };
  visit(root);
}
function read(v, key) {
  if (v instanceof RObject) return v.getStr(key);
  if (Array.isArray(v) && /^(0|[1-9]\d*)$/.test(key)) return v[Number(key)];
  return void 0;
}
function taken(data, path) {
  let cur = data;
  let i = 0;
  for (; i < path.length && cur !== void 0; i++) {
    const next = read(cur, path[i]);
    if (next === void 0) return !(cur instanceof RObject);
    cur = next;
  }
  return true;
}
function checkDataConflicts(root, data) {
  const visit = (node) => {
    if (taken(data, node.path)) {
      const es = entries(node);
      if (es.length) throw new RegoError("rego_compile_error", `conflicting rule for data path ${node.path.join("/")} found`, es[0].rule.loc);
    }
    for (const c of node.children.values()) visit(c);
  };
  for (const c of root.children.values()) visit(c);
}
function checkWithOverrides(root, modules) {
  const visitBody = (body2) => body2.forEach((e) => {
    for (const w of e.with) {
      const t = w.target;
      if (t.t !== "ref" || t.head.t !== "var" || t.head.name !== "data") continue;
      let node = root;
      for (const p of t.path) {
        if (p.t !== "scalar" || typeof p.value !== "string") break;
        if (node !== root && (node.hasRules || node.isFunction)) {
          throw new RegoError("rego_compile_error", "with keyword cannot partially replace virtual document(s)", w.loc);
        }
        node = node.children.get(p.value);
        if (!node) break;
      }
    }
    if (e.e === "every") visitBody(e.body);
    else if (e.e === "or") e.branches.forEach(visitBody);
  });
  for (const m of modules) for (const r of m.rules) for (let cur = r; cur; cur = cur.else) visitBody(cur.body);
}

// src/rego/compile/indexer.ts
function indexableCondition(e) {
  if (e.e !== "term" || e.negated || e.with.length) return void 0;
  const t = e.term;
  if (t.t !== "call" || t.op !== "eq" && t.op !== "equal" || t.args.length !== 2) return void 0;
  const [a, b] = t.args;
  const ref = a.t === "ref" ? a : b.t === "ref" ? b : void 0;
  const other = ref === a ? b : a;
  if (!ref || other.t !== "scalar") return void 0;
  const path = inputPath(ref);
  return path ? { path, value: other.value } : void 0;
}
function inputPath(t) {
  if (t.head.t !== "var" || t.head.name !== "input" || t.path.length === 0) return void 0;
  const out = [];
  for (const p of t.path) {
    if (p.t !== "scalar" || typeof p.value !== "string" && typeof p.value !== "number") return void 0;
    out.push(p.value);
  }
  return out;
}
var RuleIndex = class _RuleIndex {
  constructor(items, groups, unindexed) {
    this.items = items;
    this.groups = groups;
    this.unindexed = unindexed;
  }
  items;
  groups;
  unindexed;
  /** An index over items (rules, or entries holding a rule); undefined when fewer than two rules have a condition. */
  static build(items, ruleOf) {
    const groups = /* @__PURE__ */ new Map();
    const unindexed = [];
    let indexed = 0;
    items.forEach((item, i) => {
      const r = ruleOf(item);
      const cond = r.else || r.default ? void 0 : firstCondition(r.body);
      if (!cond) {
        unindexed.push(i);
        return;
      }
      indexed++;
      const pk = cond.path.map((p) => hashKey(p)).join("");
      let g = groups.get(pk);
      if (!g) {
        g = { path: cond.path, byValue: /* @__PURE__ */ new Map() };
        groups.set(pk, g);
      }
      const vk = hashKey(cond.value);
      const list = g.byValue.get(vk);
      if (list) list.push(i);
      else g.byValue.set(vk, [i]);
    });
    if (indexed < 2) return void 0;
    return new _RuleIndex(items, [...groups.values()], unindexed);
  }
  /** The items whose indexed condition holds for this input (and all unindexed ones), in their original order. */
  candidates(input) {
    const picked = this.unindexed.slice();
    if (input !== void 0) {
      for (const g of this.groups) {
        let v = input;
        for (const p of g.path) {
          v = lookup(v, p);
          if (v === void 0) break;
        }
        if (v === void 0) continue;
        const list = g.byValue.get(hashKey(v));
        if (list) picked.push(...list);
      }
    }
    if (picked.length === this.items.length) return this.items;
    picked.sort((a, b) => a - b);
    return picked.map((i) => this.items[i]);
  }
};
function lookup(v, key) {
  if (v instanceof RObject) return typeof key === "string" ? v.getStr(key) : v.get(key);
  if (Array.isArray(v) && typeof key === "number") return v[key];
  return void 0;
}
function firstCondition(body2) {
  for (const e of body2) {
    const c = indexableCondition(e);
    if (c) return c;
  }
  return void 0;
}

// src/rego/compile/rule-tree.ts
var TreeNode = class _TreeNode {
  constructor(path) {
    this.path = path;
  }
  path;
  children = /* @__PURE__ */ new Map();
  /** Rules whose static reference ends here. */
  complete = [];
  defaults = [];
  setRules = [];
  functions = [];
  /** Rules with a non-static suffix after this node (`p[k] := v`, `a.b[c] contains x`). */
  dynamic = [];
  get hasRules() {
    return this.complete.length + this.defaults.length + this.setRules.length + this.dynamic.length > 0;
  }
  get isFunction() {
    return this.functions.length > 0;
  }
  child(name) {
    let c = this.children.get(name);
    if (!c) {
      c = new _TreeNode([...this.path, name]);
      this.children.set(name, c);
    }
    return c;
  }
  find(path) {
    let n = this;
    for (const p of path) {
      n = n.children.get(p);
      if (!n) return void 0;
    }
    return n;
  }
  // Rule indices, built on first use (bodies are final by then): only the rules that may succeed for an input.
  completeIndex;
  setIndex;
  dynamicIndex;
  /** Evaluate every rule (for measuring what the index saves). */
  disableIndex() {
    this.completeIndex = this.setIndex = this.dynamicIndex = null;
    this.children.forEach((c) => c.disableIndex());
  }
  completeFor(input) {
    if (this.completeIndex === void 0) this.completeIndex = RuleIndex.build(this.complete, (r) => r) ?? null;
    return this.completeIndex ? this.completeIndex.candidates(input) : this.complete;
  }
  setRulesFor(input) {
    if (this.setIndex === void 0) this.setIndex = RuleIndex.build(this.setRules, (r) => r) ?? null;
    return this.setIndex ? this.setIndex.candidates(input) : this.setRules;
  }
  dynamicFor(input) {
    if (this.dynamicIndex === void 0) this.dynamicIndex = RuleIndex.build(this.dynamic, (d) => d.rule) ?? null;
    return this.dynamicIndex ? this.dynamicIndex.candidates(input) : this.dynamic;
  }
};
function place(pkgNode, r, functions) {
  const ref = r.head.ref;
  let node = pkgNode.child(ref[0].name);
  let i = 1;
  for (; i < ref.length; i++) {
    const p = ref[i];
    if (p.t === "scalar" && typeof p.value === "string") node = node.child(p.value);
    else break;
  }
  const suffix = ref.slice(i);
  if (r.head.args) {
    node.functions.push(r);
    functions.set(["data", ...node.path].join("."), node);
    return;
  }
  if (suffix.length) {
    node.dynamic.push({ rule: r, suffix });
    return;
  }
  if (r.default) node.defaults.push(r);
  else if (r.head.key) node.setRules.push(r);
  else node.complete.push(r);
}

// src/rego/compile/type-unify.ts
var ANY = { k: "any", of: [] };
var NULL = { k: "null" };
var BOOLEAN = { k: "boolean" };
var NUMBER = { k: "number" };
var STRING = { k: "string" };
function fromDecl(d) {
  switch (d.type) {
    case "any":
      return { k: "any", of: (Array.isArray(d.of) ? d.of : d.of ? [d.of] : []).map(fromDecl) };
    case "null":
    case "boolean":
    case "number":
    case "string":
      return { k: d.type };
    case "array":
      return { k: "array", static: (d.static ?? []).map(fromDecl), dynamic: d.dynamic ? fromDecl(d.dynamic) : void 0 };
    case "set":
      return { k: "set", of: d.of ? fromDecl(d.of) : ANY };
    case "object": {
      const dyn = d.dynamic;
      return {
        k: "object",
        static: new Map((d.static ?? []).map((e) => [JSON.stringify(e.key), fromDecl(e.value)])),
        dynamic: dyn ? { key: fromDecl(dyn.key), value: fromDecl(dyn.value) } : void 0
      };
    }
    default:
      return ANY;
  }
}
var or = (ts) => {
  if (ts.length && ts.every((t) => t === ts[0])) return ts[0];
  const uniq = [...new Map(ts.map((t) => [JSON.stringify(t, (_k, v) => v instanceof Map ? [...v] : v), t])).values()];
  return uniq.length === 1 ? uniq[0] : { k: "any", of: uniq };
};
var keyType = (json) => {
  const v = JSON.parse(json);
  return typeof v === "string" ? STRING : typeof v === "number" ? NUMBER : typeof v === "boolean" ? BOOLEAN : v === null ? NULL : ANY;
};
var selectIndex = (a, i) => a.static[i] ?? a.dynamic;
function selectKey(o, key) {
  const s = o.static.get(key);
  if (s) return s;
  if (o.dynamic && contains(o.dynamic.key, keyType(key))) return o.dynamic.value;
  return void 0;
}
function contains(a, b) {
  if (a.k === "any") return a.of.length === 0 || a.of.some((x) => contains(x, b));
  return a.k === b.k;
}
function unifies(a, b) {
  if (!a || !b) return false;
  if (a.k === "any" && (a.of.length === 0 || a.of.some((x) => unifies(x, b)))) return true;
  if (b.k === "any" && (b.of.length === 0 || b.of.some((x) => unifies(a, x)))) return true;
  if (a.k === "any" || b.k === "any") return false;
  if (a.k !== b.k) return false;
  if (a.k === "array") {
    const bb = b;
    return a.static.every((_, i) => unifies(a.static[i], selectIndex(bb, i))) && bb.static.every((_, i) => unifies(bb.static[i], selectIndex(a, i))) && (!a.dynamic || !bb.dynamic || unifies(a.dynamic, bb.dynamic));
  }
  if (a.k === "object") {
    const bb = b;
    return [...a.static].every(([k, v]) => unifies(v, selectKey(bb, k))) && [...bb.static].every(([k, v]) => {
      const w = selectKey(a, k);
      return w === void 0 || unifies(w, v);
    }) && (!a.dynamic || !bb.dynamic || unifies(a.dynamic.value, bb.dynamic.value));
  }
  if (a.k === "set") return unifies(a.of, b.of);
  return true;
}

// src/rego/compile/type-check.ts
var ORDER = ["any", "null", "boolean", "number", "string", "array", "object", "set"];
function typeText2(t) {
  switch (t.k) {
    case "any":
      return t.of.length ? `any<${[...t.of].sort((a, b) => ORDER.indexOf(a.k) - ORDER.indexOf(b.k)).map(typeText2).join(", ")}>` : "any";
    case "array": {
      const s = t.static.length ? `<${t.static.map(typeText2).join(", ")}>` : "";
      return `array${s}${t.dynamic ? `[${typeText2(t.dynamic)}]` : s ? "" : "[any]"}`;
    }
    case "set":
      return `set[${typeText2(t.of)}]`;
    case "object": {
      const s = t.static.size ? `<${[...t.static].map(([k, v]) => `${keyText(k)}: ${typeText2(v)}`).join(", ")}>` : "";
      return `object${s}${t.dynamic ? `[${typeText2(t.dynamic.key)}: ${typeText2(t.dynamic.value)}]` : ""}`;
    }
    default:
      return t.k;
  }
}
var keyJSON = (v) => typeof v === "bigint" ? String(v) : JSON.stringify(v);
var keyText = (json) => {
  const v = JSON.parse(json);
  return typeof v === "string" ? v : json;
};
var scalarType = (v) => {
  switch (typeof v) {
    case "string":
      return STRING;
    case "number":
    case "bigint":
      return NUMBER;
    case "boolean":
      return BOOLEAN;
    default:
      return v === null ? NULL : v instanceof RFloat ? NUMBER : ANY;
  }
};
function elements(t) {
  switch (t.k) {
    case "array":
      return { key: NUMBER, value: or([...t.static, ...t.dynamic ? [t.dynamic] : []].filter(Boolean)) };
    case "set":
      return { key: t.of, value: t.of };
    case "object": {
      const keys = [...t.static.keys()].map((k) => scalarType(JSON.parse(k)));
      const values = [...t.static.values()];
      if (t.dynamic) {
        keys.push(t.dynamic.key);
        values.push(t.dynamic.value);
      }
      return { key: keys.length ? or(keys) : ANY, value: values.length ? or(values) : ANY };
    }
    default:
      return { key: ANY, value: ANY };
  }
}
function refText2(r) {
  const head = r.head.t === "var" ? displayName(r.head.name) : "__localq__";
  return head + r.path.map((p) => p.t === "scalar" && typeof p.value === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.value) ? `.${p.value}` : `[${p.t === "scalar" ? toRegoText(p.value) : p.t === "var" ? displayName(p.name) : "..."}]`).join("");
}
var declTypes = /* @__PURE__ */ new Map();
function builtinTypes(op, d) {
  let r = declTypes.get(op);
  if (!r) {
    r = { want: d.args.map((a) => fromDecl(a)), res: d.result ? fromDecl(d.result) : ANY };
    declTypes.set(op, r);
  }
  return r;
}
var checkers = /* @__PURE__ */ new WeakMap();
function typeCheckerOf(root, schemas) {
  let c = checkers.get(root);
  if (!c) {
    c = new TypeChecker(root, schemas);
    checkers.set(root, c);
  }
  return c;
}
function unbound(t, env) {
  switch (t.t) {
    case "var":
      return !env.has(t.name) && t.name !== "input" && t.name !== "data";
    case "array":
    case "set":
      return t.items.some((x) => unbound(x, env));
    case "object":
      return t.items.some(([k, v]) => unbound(k, env) || unbound(v, env));
    case "ref":
      return t.head.t === "var" && t.head.name !== "input" && t.head.name !== "data" && !env.has(t.head.name);
    default:
      return false;
  }
}
function bindAny(t, env) {
  if (t.t === "var") {
    if (!env.has(t.name)) env.set(t.name, ANY);
  } else if (t.t !== "arraycompr" && t.t !== "setcompr" && t.t !== "objectcompr") forEachOperand(t, bindAny, env, void 0);
}
var TypeChecker = class {
  constructor(root, schemas) {
    this.root = root;
    this.schemas = schemas;
  }
  root;
  schemas;
  ruleTypes = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  /** A function's parameter types, as its bodies narrow them (a parameter passed to `count` is a collection). */
  fnParams = /* @__PURE__ */ new Map();
  /** The schemas of the rule being checked (undefined: only the global input schema, if any). */
  scope;
  /** In a query `==` stays a comparison; OPA rewrites it into a unification only in modules (RewriteEquals). */
  query = false;
  /** Checks every rule under `node` (and their else chains). */
  checkTree(node = this.root) {
    if (node.hasRules || node.isFunction) this.nodeType(node);
    for (const c of node.children.values()) this.checkTree(c);
  }
  /** Checks a query (compiled): its refs into `input` see the global input schema, not a rule's annotations. */
  checkQuery(body2) {
    this.query = true;
    try {
      return this.checkBody(body2);
    } finally {
      this.query = false;
    }
  }
  /** Checks a body (compiled). */
  checkBody(body2, env = /* @__PURE__ */ new Map()) {
    for (const e of body2) this.expr(e, env);
    return env;
  }
  nodeType(node) {
    const known = this.ruleTypes.get(node);
    if (known) return known;
    if (this.inProgress.has(node)) return ANY;
    this.inProgress.add(node);
    const types = [];
    for (const r of [...node.defaults, ...node.complete]) types.push(...this.ruleValues(r, (h, env) => h.value ? this.type(h.value, env) : BOOLEAN));
    const keys = [];
    for (const r of node.setRules) keys.push(...this.ruleValues(r, (h, env) => this.type(h.key, env)));
    const dyn = [];
    for (const d of node.dynamic) {
      for (const v of this.ruleValues(d.rule, (h, env) => h.key && !h.value ? this.type(h.key, env) : h.value ? this.type(h.value, env) : BOOLEAN)) {
        dyn.push({ key: d.suffix.length === 1 ? this.type(d.suffix[0], /* @__PURE__ */ new Map()) : ANY, value: d.suffix.length === 1 ? v : ANY });
      }
    }
    const fnResults = [];
    const params = [];
    for (const r of node.functions) {
      fnResults.push(...this.ruleValues(r, (h, env) => {
        const value = h.value ? this.type(h.value, env) : BOOLEAN;
        params.push((h.args ?? []).map((a) => this.type(a, env)));
        return value;
      }));
    }
    if (params.length) this.fnParams.set(node, params[0].map((_, i) => or(params.map((p) => p[i] ?? ANY))));
    this.inProgress.delete(node);
    let t;
    const kinds = [types.length, keys.length, dyn.length].filter((n) => n > 0).length;
    if (node.functions.length) t = fnResults.length ? or(fnResults) : ANY;
    else if (node.children.size || kinds !== 1) t = ANY;
    else if (types.length) t = or(types);
    else if (keys.length) t = { k: "set", of: or(keys) };
    else t = { k: "object", static: /* @__PURE__ */ new Map(), dynamic: { key: or(dyn.map((d) => d.key)), value: or(dyn.map((d) => d.value)) } };
    this.ruleTypes.set(node, t);
    return t;
  }
  /** Checks a rule's body and each else's, and gives the type of each one's value. */
  ruleValues(r, value) {
    const out = [];
    const scope = this.scope;
    const query = this.query;
    this.query = false;
    try {
      for (let cur = r; cur; cur = cur.else) {
        if (this.schemas) this.scope = this.schemas.forRule(cur);
        const env = this.checkBody(cur.body);
        out.push(value(cur.head, env));
      }
    } finally {
      this.scope = scope;
      this.query = query;
    }
    return out;
  }
  expr(e, env) {
    for (const w of e.with) this.type(w.value, env);
    switch (e.e) {
      case "term": {
        const t = e.term;
        if (t.t === "call" && (t.op === "assign" || t.op === "eq" || t.op === "equal" && !this.query) && t.args.length === 2) {
          const a = t.args[0];
          const b = t.args[1];
          const nilA = unbound(a, env);
          const nilB = unbound(b, env);
          const ta = this.type(a, env);
          const tb = this.type(b, env);
          const ok = nilA && !nilB ? this.match(a, tb, env) : nilB && !nilA ? this.match(b, ta, env) : nilA || unifies(ta, tb) && unifies(tb, ta);
          if (!ok) throw new RegoError("rego_type_error", `match error
	left  : ${typeText2(ta)}
	right : ${typeText2(tb)}`, e.loc);
          bindAny(a, env);
          bindAny(b, env);
          return;
        }
        this.type(t, env);
        return;
      }
      case "somein": {
        const d = elements(this.type(e.domain, env));
        if (e.key?.t === "var" && !env.has(e.key.name)) env.set(e.key.name, d.key);
        if (e.value.t === "var" && !env.has(e.value.name)) env.set(e.value.name, d.value);
        return;
      }
      case "every": {
        this.type(e.domain, env);
        const inner = new Map(env);
        if (e.key?.t === "var") inner.delete(e.key.name);
        if (e.value.t === "var") inner.delete(e.value.name);
        this.checkBody(e.body, inner);
        return;
      }
      case "or":
        for (const b of e.branches) this.checkBody(b, new Map(env));
        return;
      default:
        return;
    }
  }
  /** OPA's unify1: a term with unbound variables against a type; the variables take the parts' types. */
  match(term2, t, env) {
    if (t.k === "any" && t.of.length && (term2.t === "array" || term2.t === "object")) return t.of.some((alt) => this.match(term2, alt, new Map(env)));
    switch (term2.t) {
      case "var":
        if (!env.has(term2.name)) env.set(term2.name, t);
        return true;
      case "array":
        if (t.k === "any") return true;
        if (t.k !== "array" || term2.items.length !== t.static.length && !t.dynamic) return false;
        return term2.items.every((x, i) => this.match(x, selectIndex(t, i) ?? ANY, env));
      case "object":
        if (t.k === "any") return true;
        if (t.k !== "object" || term2.items.length !== t.static.size && !t.dynamic) return false;
        return term2.items.every(([k, v]) => {
          if (k.t !== "scalar") return this.match(v, ANY, env);
          const child = selectKey(t, keyJSON(k.value));
          return child !== void 0 && this.match(v, child, env);
        });
      default:
        return unbound(term2, env) || unifies(this.type(term2, env), t);
    }
  }
  /** The type of a term, checking the calls and refs in it. */
  type(t, env) {
    switch (t.t) {
      case "scalar":
        return scalarType(t.value);
      case "var":
        return env.get(t.name) ?? (t.name === "input" && this.schemas ? this.inputType() : void 0) ?? ANY;
      case "template":
        for (const p of t.parts) if (typeof p !== "string") this.type(p, env);
        return STRING;
      case "array":
        return { k: "array", static: t.items.map((x) => this.type(x, env)) };
      case "set":
        return { k: "set", of: t.items.length ? or(t.items.map((x) => this.type(x, env))) : ANY };
      case "object": {
        const stat = /* @__PURE__ */ new Map();
        const dyn = [];
        for (const [k, v] of t.items) {
          if (k.t === "scalar") stat.set(keyJSON(k.value), this.type(v, env));
          else dyn.push({ key: this.type(k, env), value: this.type(v, env) });
        }
        return { k: "object", static: stat, dynamic: dyn.length ? { key: or(dyn.map((d) => d.key)), value: or(dyn.map((d) => d.value)) } : void 0 };
      }
      case "arraycompr": {
        const inner = this.checkBody(t.body, new Map(env));
        return { k: "array", static: [], dynamic: this.type(t.term, inner) };
      }
      case "setcompr": {
        const inner = this.checkBody(t.body, new Map(env));
        return { k: "set", of: this.type(t.term, inner) };
      }
      case "objectcompr": {
        const inner = this.checkBody(t.body, new Map(env));
        return { k: "object", static: /* @__PURE__ */ new Map(), dynamic: { key: this.type(t.key, inner), value: this.type(t.value, inner) } };
      }
      case "ref":
        return this.ref(t, env);
      case "call":
        return this.call(t, env);
    }
  }
  call(t, env) {
    const args = [];
    for (let i = 0; i < t.args.length; i++) args.push(this.type(t.args[i], env));
    if (t.fnRef) return ANY;
    if (t.op.startsWith("data.")) {
      const node = this.root.find(t.op.split(".").slice(1));
      if (!node?.isFunction) return ANY;
      const res2 = this.nodeType(node);
      const want2 = this.fnParams.get(node);
      if (want2) this.checkArgs(t, args, want2, () => [...want2, res2].map(typeText2).join(", "));
      return res2;
    }
    const d = DECLARATIONS[t.op];
    if (!d || d.variadic || !d.args) return ANY;
    const { want, res } = builtinTypes(t.op, d);
    this.checkArgs(t, args, want, () => [signature(t.op), result(t.op)].filter(Boolean).join(", "));
    for (let i = 0; i < want.length; i++) {
      const a = t.args[i];
      if (a.t === "var" && !env.has(a.name)) env.set(a.name, want[i]);
    }
    const out = t.args[want.length];
    if (out?.t === "var" && !env.has(out.name)) env.set(out.name, res);
    return res;
  }
  /** The arguments' types `args` (those beyond `want` are outputs, not checked) against the declared ones. */
  checkArgs(t, args, want, sig) {
    const n = Math.min(args.length, want.length);
    let ok = true;
    for (let i = 0; ok && i < n; i++) ok = unifies(args[i], want[i]) && this.fits(t.args[i], want[i], args[i]);
    if (ok) return;
    const have = [...args.slice(0, n).map(typeText2), "???"].join(", ");
    throw new RegoError("rego_type_error", `${t.op}: invalid argument(s)
	have: (${have})
	want: (${sig()})`, t.loc);
  }
  /** A collection written out fits a declared type element by element (OPA's unify1), not as the union of its
   * elements: `{[1], {"x": 1}}` is no set of paths although one of its elements is. */
  fits(term2, want, type) {
    if (term2.t !== "set" && term2.t !== "array" && term2.t !== "object") return true;
    const candidates = want.k === "any" ? want.of : [want];
    if (!candidates.length) return true;
    return candidates.some((c) => {
      if (!unifies(type, c)) return false;
      const items = term2.t === "object" ? term2.items.map(([, v]) => v) : term2.items;
      const itemTypes = type.k === "set" || type.k === "array" || type.k === "object" ? items.map((x) => this.type(x, /* @__PURE__ */ new Map())) : [];
      if (term2.t === "set" && c.k === "set") return items.every((x, i) => unifies(itemTypes[i], c.of) && this.fits(x, c.of, itemTypes[i]));
      return true;
    });
  }
  ref(r, env) {
    let cur;
    let start = 0;
    if (r.head.t === "var" && r.head.name === "data") {
      let node = this.root;
      let i = 0;
      for (; i < r.path.length; i++) {
        const p = r.path[i];
        if (p.t !== "scalar" || typeof p.value !== "string") break;
        const next = node.children.get(p.value);
        if (!next) break;
        node = next;
        if (node.hasRules && !node.children.size) {
          i++;
          break;
        }
      }
      for (const p of r.path) if (p.t !== "scalar") this.type(p, env);
      const annotated = this.scope?.data.length && !(node.hasRules || node.isFunction) ? this.dataSchema(r) : void 0;
      if (annotated) [cur, start] = annotated;
      else if (!node.hasRules || node.children.size || node.isFunction) return ANY;
      else {
        cur = this.nodeType(node);
        start = i;
      }
    } else if (r.head.t === "var" && r.head.name === "input" && this.inputType()) {
      cur = this.inputType();
    } else if (r.head.t === "var" && (r.head.name === "input" || !env.has(r.head.name))) {
      for (const p of r.path) if (p.t !== "scalar") this.type(p, env);
      return ANY;
    } else {
      cur = this.type(r.head, env);
    }
    for (let i = start; i < r.path.length; i++) {
      const p = r.path[i];
      const key = p.t === "var" && !env.has(p.name) ? void 0 : this.type(p, env);
      if (cur.k === "any" && !cur.of.length) {
        for (const q of r.path.slice(i + 1)) if (!(q.t === "var" && !env.has(q.name))) this.type(q, env);
        return ANY;
      }
      cur = this.select(r, i, cur, p, key, env);
    }
    return cur;
  }
  inputType() {
    return this.schemas && !this.query && this.scope ? this.scope.input : this.schemas?.input;
  }
  /** The type an annotation gives the longest annotated prefix of a ref into `data`, and the prefix's length. */
  dataSchema(r) {
    let best;
    for (const d of this.scope.data) {
      if (d.path.length > r.path.length || best && best.path.length >= d.path.length) continue;
      if (d.path.every((k, i) => {
        const p = r.path[i];
        return p.t === "scalar" && p.value === k;
      })) best = d;
    }
    return best && [best.type, best.path.length];
  }
  /** The type selected from `cur` by the ref's i-th key, or OPA's "undefined ref" error. */
  select(r, i, cur, p, key, env) {
    const fail2 = (detail) => {
      const text = refText2(r);
      throw new RegoError("rego_type_error", `undefined ref: ${text}
	${text}
	${detail}`, r.loc);
    };
    if (cur.k === "null" || cur.k === "boolean" || cur.k === "number" || cur.k === "string") return fail2(`have: ${typeText2(cur)}`);
    if (cur.k === "any") {
      if (!cur.of.length) return ANY;
      const hits = [];
      for (const alt of cur.of) {
        try {
          hits.push(this.select(r, i, alt, p, key, env));
        } catch (e) {
          if (!(e instanceof RegoError)) throw e;
        }
      }
      return hits.length ? or(hits) : fail2(`have: ${typeText2(cur)}`);
    }
    const all = () => elements(cur);
    if (key === void 0) {
      const e = all();
      if (p.t === "var") env.set(p.name, e.key);
      return e.value;
    }
    if (cur.k === "array") {
      if (p.t === "scalar") {
        if (typeof p.value === "bigint") return all().value;
        if (typeof p.value !== "number" || !Number.isInteger(p.value)) return fail2(`have: ${toRegoText(p.value)}
	want (type): number`);
        if (!cur.dynamic && (p.value < 0 || p.value >= cur.static.length)) return fail2(`have: ${p.value}
	want (type): number`);
        return selectIndex(cur, p.value) ?? all().value;
      }
      if (!unifies(key, NUMBER)) return fail2(`have (type): ${typeText2(key)}
	want (type): number`);
      return all().value;
    }
    if (cur.k === "object") {
      if (p.t === "scalar") {
        const hit = selectKey(cur, keyJSON(p.value));
        if (hit) return hit;
        if (!cur.dynamic) return fail2(`have: ${toRegoText(p.value)}
	want (one of): [${[...cur.static.keys()].map(keyText).map((k) => JSON.stringify(k)).join(" ")}]`);
      }
      return all().value;
    }
    return all().value;
  }
};

// src/rego/compile/schema-types.ts
var schemaKey = (path) => JSON.stringify(path);
var MAX_DEPTH2 = 100;
var MAX_NODES = 1e5;
var VALID = ["array", "boolean", "integer", "number", "null", "object", "string"];
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var SchemaError = class extends Error {
};
function schemaType(raw, loc) {
  try {
    return new Parser(raw).parse(raw, 0);
  } catch (e) {
    if (!(e instanceof SchemaError)) throw e;
    throw new RegoError("rego_type_error", e.message, loc);
  }
}
var Parser = class {
  constructor(root) {
    this.root = root;
  }
  root;
  nodes = 0;
  refs = [];
  /** Each definition is read once however often it is referred to (a Kubernetes schema refers to some hundreds of times). */
  resolved = /* @__PURE__ */ new Map();
  invalid(what) {
    throw new SchemaError(`unable to compile the schema: ${what}`);
  }
  parse(s, depth) {
    if (++this.nodes > MAX_NODES) this.invalid(`more than ${MAX_NODES} subschemas`);
    if (depth > MAX_DEPTH2) this.invalid(`nested deeper than ${MAX_DEPTH2} levels`);
    if (typeof s === "boolean") return ANY;
    if (!isObj(s)) this.invalid("schema is invalid");
    const types = this.types(s);
    if (s.$ref !== void 0) return this.ref(s.$ref, depth);
    if (s.anyOf !== void 0) {
      const alts = [];
      if (types.length) {
        const core = this.parse({ ...s, anyOf: void 0 }, depth + 1);
        if (core.k === "object" && core.static.size && !core.dynamic) alts.push(core);
      }
      for (const a of this.list(s.anyOf, "anyOf")) alts.push(this.parse(a, depth + 1));
      return alts.length ? or(alts) : ANY;
    }
    if (s.allOf !== void 0) {
      const parts = this.list(s.allOf, "allOf");
      if (types.length) parts.push({ ...s, allOf: void 0 });
      return parts.map((p) => this.parse(p, depth + 1)).reduce((a, b) => merge(a, b));
    }
    const props = s.properties;
    if (props !== void 0 && !isObj(props)) this.invalid("properties must be an object");
    const items = s.items;
    if (items !== void 0 && !isObj(items) && !Array.isArray(items) && typeof items !== "boolean") this.invalid("items must be a schema or an array of schemas");
    const kind = ["boolean", "string", "integer", "number", "object", "array"].find((t) => types.includes(t)) ?? (props && Object.keys(props).length ? "object" : items !== void 0 && (!Array.isArray(items) || items.length) ? "array" : void 0);
    switch (kind) {
      case "boolean":
        return { k: "boolean" };
      case "string":
        return { k: "string" };
      case "integer":
      case "number":
        return { k: "number" };
      case "object": {
        const keys = props ? Object.keys(props).sort() : [];
        if (!keys.length) return { k: "object", static: /* @__PURE__ */ new Map(), dynamic: { key: ANY, value: ANY } };
        return { k: "object", static: new Map(keys.map((k) => [JSON.stringify(k), this.parse(props[k], depth + 1)])) };
      }
      case "array": {
        if (Array.isArray(items) && items.length) return { k: "array", static: items.map((i) => this.parse(i, depth + 1)) };
        if (items !== void 0 && !Array.isArray(items)) return { k: "array", static: [], dynamic: this.parse(items, depth + 1) };
        return { k: "array", static: [], dynamic: ANY };
      }
      default:
        return ANY;
    }
  }
  types(s) {
    const t = s.type;
    if (t === void 0) return [];
    const list = Array.isArray(t) ? t : [t];
    for (const x of list) {
      if (typeof x !== "string" || !VALID.includes(x)) {
        this.invalid(`has a primitive type that is NOT VALID -- given: /${typeof x === "string" ? x : JSON.stringify(x)}/ Expected valid values are:[${VALID.join(" ")}]`);
      }
    }
    return list;
  }
  list(v, name) {
    if (!Array.isArray(v) || !v.length) this.invalid(`${name} must be a non-empty array of schemas`);
    return [...v];
  }
  /** A `$ref` into the same document (`#`, `#/definitions/x`, `#/$defs/x`, any JSON pointer); others are refused. */
  ref(ref, depth) {
    if (typeof ref !== "string") this.invalid("$ref must be a string");
    if (!ref.startsWith("#")) this.invalid(`reference ${JSON.stringify(ref)} is not inside the schema (remote references are not loaded)`);
    if (this.refs.includes(ref)) return ANY;
    const known = this.resolved.get(ref);
    if (known) return known;
    let cur = this.root;
    const pointer = decodeURIComponent(ref.slice(1));
    for (const raw of pointer.split("/").slice(1)) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      if (Array.isArray(cur) && /^\d+$/.test(key) && Number(key) < cur.length) cur = cur[Number(key)];
      else if (isObj(cur) && Object.hasOwn(cur, key)) cur = cur[key];
      else this.invalid(`${Array.isArray(cur) ? "Array" : "Object"} has no key '${key}'`);
    }
    this.refs.push(ref);
    try {
      const t = this.parse(cur, depth + 1);
      this.resolved.set(ref, t);
      return t;
    } finally {
      this.refs.pop();
    }
  }
};
function merge(a, b) {
  if (a.k === "any" && !a.of.length) return b;
  if (b.k === "any" && !b.of.length) return a;
  const mismatch = () => {
    throw new SchemaError(`type checking: unable to merge these schemas: type mismatch: ${a.k} and ${b.k}`);
  };
  if (a.k !== b.k) return mismatch();
  if (a.k === "object" && b.k === "object") {
    const stat = new Map(a.static);
    for (const [k, v] of b.static) stat.set(k, stat.has(k) ? merge(stat.get(k), v) : v);
    const sorted = new Map([...stat].sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0));
    const dynamic = stat.size ? void 0 : a.dynamic ?? b.dynamic;
    return { k: "object", static: sorted, ...dynamic ? { dynamic } : {} };
  }
  if (a.k === "array" && b.k === "array") {
    const n = Math.max(a.static.length, b.static.length);
    const stat = Array.from({ length: n }, (_, i) => a.static[i] && b.static[i] ? merge(a.static[i], b.static[i]) : a.static[i] ?? b.static[i]);
    const dynamic = a.dynamic && b.dynamic ? merge(a.dynamic, b.dynamic) : n ? void 0 : a.dynamic ?? b.dynamic;
    return { k: "array", static: stat, ...dynamic ? { dynamic } : {} };
  }
  return a;
}

// src/rego/compile/schema-scope.ts
var refText3 = (path) => path.map((k, i) => i === 0 ? k : /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`).join("");
var ofScope = (as, scope) => (as ?? []).filter((a) => a.scope === scope);
function documentKey(r) {
  const out = [...r.module.package];
  for (const [i, t] of r.head.ref.entries()) {
    if (i === 0 && t.t === "var") out.push(t.name);
    else if (t.t === "scalar" && typeof t.value === "string") out.push(t.value);
    else break;
  }
  return JSON.stringify(out);
}
var SchemaScopes = class {
  constructor(opts, modules) {
    this.opts = opts;
    const root = opts.set?.get(schemaKey([]));
    if (root !== void 0) this.input = schemaType(root);
    const add = (m, k, as) => {
      if (as.length) m.set(k, [...m.get(k) ?? [], ...as]);
    };
    for (const m of modules) {
      const pkg = JSON.stringify(m.package);
      add(this.packages, pkg, ofScope(m.annotations, "package"));
      add(this.subpackages, pkg, ofScope(m.annotations, "subpackages"));
      for (const r of m.rules) add(this.documents, documentKey(r), ofScope(r.annotations, "document"));
    }
  }
  opts;
  /** The global input type, from the schema set's root. */
  input;
  packages = /* @__PURE__ */ new Map();
  subpackages = /* @__PURE__ */ new Map();
  documents = /* @__PURE__ */ new Map();
  byRef = /* @__PURE__ */ new Map();
  byDefinition = /* @__PURE__ */ new WeakMap();
  /** The schemas in force in `rule`, or undefined when only the global input schema applies. */
  forRule(rule) {
    const pkg = rule.module.package;
    const annotations = [];
    for (let n = 0; n <= pkg.length; n++) annotations.push(...this.subpackages.get(JSON.stringify(pkg.slice(0, n))) ?? []);
    annotations.push(...this.packages.get(JSON.stringify(pkg)) ?? [], ...this.documents.get(documentKey(rule)) ?? [], ...ofScope(rule.annotations, "rule"));
    const entries2 = annotations.flatMap((a) => {
      const s = schemaAnnotations(a.data.schemas);
      return typeof s === "string" ? [] : s;
    });
    if (!entries2.length) return void 0;
    const out = { input: this.input, data: [] };
    for (const e of entries2) {
      const t = this.typeOf(e, rule);
      if (!t) continue;
      const keys = e.path.slice(1).map((k) => {
        if (typeof k === "object") throw new RegoError("rego_type_error", "error getting key from value: var requires evaluation", rule.loc);
        return k;
      });
      if (e.path[0] === "input") out.input = keys.length ? override(out.input ?? ANY, keys, t) : t;
      else if (e.path[0] === "data" && keys.length && keys.every((k) => typeof k === "string")) putData(out, keys, t);
    }
    return out;
  }
  typeOf(e, rule) {
    if (e.schema !== void 0) {
      if (!this.opts.set) return void 0;
      const key = schemaKey(e.schema);
      let t2 = this.byRef.get(key);
      if (!t2) {
        const raw = this.opts.set.get(key);
        if (raw === void 0) throw new RegoError("rego_type_error", `undefined schema: ${refText3(["schema", ...e.schema])}`, rule.loc);
        t2 = schemaType(raw, rule.loc);
        this.byRef.set(key, t2);
      }
      return t2;
    }
    const def = e.definition;
    let t = this.byDefinition.get(def);
    if (!t) {
      t = schemaType(def, rule.loc);
      this.byDefinition.set(def, t);
    }
    return t;
  }
};
function putData(s, path, t) {
  const prefix = s.data.find((d) => d.path.length < path.length && d.path.every((k, i) => k === path[i]));
  if (prefix) {
    prefix.type = override(prefix.type, path.slice(prefix.path.length), t);
    return;
  }
  const same = s.data.findIndex((d) => d.path.length === path.length && d.path.every((k, i) => k === path[i]));
  if (same >= 0) s.data.splice(same, 1);
  s.data.push({ path, type: t });
}
var sortedKeys = (m) => new Map([...m].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
function override(t, keys, o) {
  if (!keys.length) return o;
  if (t.k !== "object") return nest(keys, o, { key: ANY, value: ANY });
  const k = JSON.stringify(keys[0]);
  const stat = new Map(t.static);
  const prev = stat.get(k);
  stat.set(k, prev ? override(prev, keys.slice(1), o) : keys.length === 1 ? o : nest(keys.slice(1), o, t.dynamic));
  return { k: "object", static: sortedKeys(stat), ...t.dynamic ? { dynamic: t.dynamic } : {} };
}
function nest(keys, o, dynamic) {
  const value = keys.length === 1 ? o : nest(keys.slice(1), o, dynamic);
  return { k: "object", static: /* @__PURE__ */ new Map([[JSON.stringify(keys[0]), value]]), ...dynamic ? { dynamic } : {} };
}

// src/rego/compile/stages.ts
function termsOf(s, m) {
  let ts = s.parsedTerms.get(m);
  if (!ts) {
    ts = callTerms(m);
    s.parsedTerms.set(m, ts);
  }
  return ts;
}
var RULE_TREE_STAGES = [
  {
    name: "set module tree",
    opa: ["SetModuleTree"],
    run: (s) => {
      for (const m of s.modules) {
        const key = m.package.join(".");
        const names = s.packageRules.get(key) ?? /* @__PURE__ */ new Set();
        for (const r of m.rules) names.add(r.head.ref[0].name);
        s.packageRules.set(key, names);
        for (const r of m.rules) {
          if (r.head.args && r.head.ref.every((p, i) => i === 0 || p.t === "scalar")) {
            const path = ["data", ...m.package, r.head.ref[0].name, ...r.head.ref.slice(1).map((p) => String(p.value))];
            s.arity.set(path.join("."), r.head.args.length);
          }
        }
      }
    }
  },
  {
    name: "resolve names, rename locals, order bodies for safety, hoist negated calls",
    opa: ["ResolveRefs", "RewriteLocalVars", "RewriteExprTerms", "CheckSafetyRuleHeads", "CheckSafetyRuleBodies"],
    run: (s) => {
      for (const m of s.modules) resolveRules(m, s.packageRules.get(m.package.join(".")), s.arity);
    }
  },
  {
    name: "set rule tree",
    opa: ["SetRuleTree"],
    run: (s) => {
      for (const m of s.modules) {
        const pkgNode = m.package.reduce((n, p) => n.child(p), s.root);
        for (const r of m.rules) place(pkgNode, r, s.functions);
      }
    }
  },
  { name: "check recursion", opa: ["CheckRecursion"], run: (s) => checkRecursion(s.root) },
  // the indices themselves are built on a node's first evaluation, when its bodies are final
  { name: "rule indices", opa: ["BuildRuleIndices"], run: (s) => {
    if (!s.ruleIndex) s.root.disableIndex();
  } }
];
var STAGES = [
  {
    name: "check declarations, deprecated calls and with targets",
    opa: ["RewriteLocalVars (its declaration errors)", "CheckDeprecatedBuiltins", "RewriteWithValues (its target check)"],
    // Each module with all the others: a `with` target may be a function another module of its package defines.
    run: (s) => s.modules.forEach((m) => checkDeclarations(m, s.modules, termsOf(s, m)))
  },
  { name: "check arity and literal operand types", opa: ["CheckTypes"], run: (s) => s.modules.forEach((m) => checkArity(m, termsOf(s, m))) },
  ...RULE_TREE_STAGES,
  { name: "check rule conflicts", opa: ["CheckRuleConflicts"], run: (s) => checkConflicts(s.root) },
  { name: "check with targets", opa: ["RewriteWithValues"], run: (s) => checkWithOverrides(s.root, s.modules) },
  { name: "infer and check types", opa: ["CheckTypes"], run: (s) => typeCheckerOf(s.root, s.schemas && new SchemaScopes(s.schemas, s.modules)).checkTree() },
  { name: "check conflicts with base data", opa: ["checkPathConflicts"], run: (s) => checkDataConflicts(s.root, s.data) }
];
function runStages(stages, modules, opts = {}) {
  const s = {
    modules,
    data: opts.data ?? new RObject(),
    ruleIndex: opts.ruleIndex !== false,
    schemas: opts.schemas,
    root: new TreeNode([]),
    packageRules: /* @__PURE__ */ new Map(),
    functions: /* @__PURE__ */ new Map(),
    arity: /* @__PURE__ */ new Map(),
    parsedTerms: /* @__PURE__ */ new Map()
  };
  for (const stage of stages) stage.run(s);
  return { root: s.root, modules, functions: s.functions, arity: s.arity };
}
function compileModules(modules, opts = {}) {
  return runStages(RULE_TREE_STAGES, modules, opts);
}

// src/rego/eval/document-cache.ts
var UNDEF = /* @__PURE__ */ Symbol("undefined");
var PENDING = /* @__PURE__ */ Symbol("pending");
var DocumentCache = class {
  values = /* @__PURE__ */ new Map();
  /** The node's value, computed on first use; `recursive` is the error for a node met while it is computed. */
  value(node, compute, recursive) {
    const cached = this.values.get(node);
    if (cached === PENDING) throw recursive();
    if (cached !== void 0) return cached === UNDEF ? void 0 : cached;
    this.values.set(node, PENDING);
    let v;
    try {
      v = compute();
    } catch (e) {
      this.values.delete(node);
      throw e;
    }
    this.values.set(node, v === void 0 ? UNDEF : v);
    return v;
  }
};

// src/rego/eval/with.ts
function withContext(old, e, vals) {
  const next = { ...old, overrides: [...old.overrides], fnOverrides: new Map(old.fnOverrides), cache: new DocumentCache() };
  e.with.forEach((w, i) => {
    const v = vals[i];
    const tgt = w.target;
    if (tgt.t === "call") {
      const fn = v?.fn;
      next.fnOverrides.set(tgt.op, fn !== void 0 ? { fn } : { t: "scalar", value: v, loc: w.loc });
      return;
    }
    const head = tgt.t === "var" ? tgt.name : tgt.t === "ref" && tgt.head.t === "var" ? tgt.head.name : "";
    const path = tgt.t === "ref" ? tgt.path.map((p) => p.t === "scalar" ? String(p.value) : "") : [];
    if (head === "input") {
      next.input = path.length ? setPath(next.input, path, v) : v;
    } else if (head === "data") {
      next.overrides = next.overrides.filter((o) => !isPrefix(path, o.path));
      next.overrides.push({ path, value: v });
    }
  });
  return next;
}
function isPrefix(pre, path) {
  if (pre.length > path.length) return false;
  for (let i = 0; i < pre.length; i++) if (pre[i] !== path[i]) return false;
  return true;
}
var sameArr = (a, b) => a.length === b.length && isPrefix(a, b);
function setPath(root, path, v) {
  const o = root instanceof RObject ? new RObject(root.entries()) : new RObject();
  if (path.length === 1) {
    o.set(path[0], v);
    return o;
  }
  o.set(path[0], setPath(o.get(path[0]), path.slice(1), v));
  return o;
}
function setIn(o, path, v) {
  if (path.length === 1) {
    o.set(path[0], v);
    return;
  }
  const c = o.get(path[0]);
  const next = c instanceof RObject ? new RObject(c.entries()) : new RObject();
  o.set(path[0], next);
  setIn(next, path.slice(1), v);
}

// src/rego/eval/documents.ts
function forEachChild(coll, g) {
  if (Array.isArray(coll)) {
    for (let i = 0; i < coll.length; i++) if (g(i, coll[i])) return true;
  } else if (coll instanceof RObject) {
    for (const [k, v] of coll.sorted()) if (g(k, v)) return true;
  } else if (coll instanceof RSet) {
    for (const v of coll.sorted()) if (g(v, v)) return true;
  }
  return false;
}
function index(v, key) {
  if (v instanceof RObject) return typeof key === "string" ? v.getStr(key) : v.get(key);
  if (Array.isArray(v)) {
    if (typeof key === "number" && Number.isInteger(key) && key >= 0 && key < v.length) return v[key];
    return void 0;
  }
  if (v instanceof RSet) return v.has(key) ? key : void 0;
  return void 0;
}
function baseIndex(v, key) {
  const c = index(v, key);
  if (c === void 0 && isNum(key) && v instanceof RObject) return v.getStr(toJSONText(key));
  return c;
}
function childObj(o, key, loc) {
  let c = o.get(key);
  if (c === void 0) {
    c = new RObject();
    o.set(key, c);
  }
  if (!(c instanceof RObject)) throw new RegoError("eval_conflict_error", "object keys must be unique", loc);
  return c;
}
function walkPairs(root, loc) {
  const pairs = [];
  const todo = [[[], root]];
  while (todo.length) {
    const [path, v] = todo.pop();
    if (path.length >= MAX_DEPTH) throw new RegoError("eval_builtin_error", `walk: ${new DepthError().message}`, loc);
    pairs.push([path, v]);
    const kids = [];
    forEachChild(v, (key, val) => {
      kids.push([[...path, key], val]);
      return false;
    });
    for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
  }
  return pairs;
}

// src/rego/eval/terms.ts
function isGlobal(name) {
  return name === "data" || name === "input";
}
function isGround(t, f) {
  switch (t.t) {
    case "scalar":
      return true;
    case "var":
      return f.has(t.name) || isGlobal(t.name);
    case "ref":
      return isGround(t.head, f) && t.path.every((p) => isGround(p, f));
    case "array":
    case "set":
      return t.items.every((x) => isGround(x, f));
    case "object":
      return t.items.every(([a, b]) => isGround(a, f) && isGround(b, f));
    case "call":
      return t.args.every((x) => isGround(x, f));
    case "template":
      return t.parts.every((p) => typeof p === "string" || isGround(p, f));
    default:
      return true;
  }
}
var insertOrderCache = /* @__PURE__ */ new WeakMap();
var KEY_RANK = { var: 4, ref: 5, array: 6, object: 7, set: 8, arraycompr: 9, setcompr: 10, objectcompr: 11, call: 12, template: 12 };
function objectInsertOrder(t) {
  let order = insertOrderCache.get(t);
  if (!order) {
    order = t.items.map((_, i) => i);
    if (t.items.some(([kt]) => kt.t !== "scalar")) {
      const rank = (x) => x.t === "scalar" ? 0 : KEY_RANK[x.t] ?? 13;
      order.sort((i, j) => {
        const [a, b] = [t.items[i][0], t.items[j][0]];
        const r = rank(a) - rank(b);
        if (r) return r;
        if (a.t === "scalar" && b.t === "scalar") return compare(a.value, b.value) || i - j;
        if (a.t === "var" && b.t === "var") return (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || i - j;
        return i - j;
      });
    }
    insertOrderCache.set(t, order);
  }
  return order;
}
function isConstTerm(t) {
  switch (t.t) {
    case "scalar":
      return true;
    case "array":
    case "set":
      return t.items.every(isConstTerm);
    case "object":
      return t.items.every(([k, v]) => isConstTerm(k) && isConstTerm(v));
    default:
      return false;
  }
}
var computedArgsCache = /* @__PURE__ */ new WeakMap();
function computedArgs(r) {
  let c = computedArgsCache.get(r);
  if (!c) {
    c = r.head.args.map((a) => !isPattern(a));
    computedArgsCache.set(r, c);
  }
  return c;
}
function isPattern(t) {
  switch (t.t) {
    case "var":
    case "scalar":
      return true;
    case "array":
    case "set":
      return t.items.every(isPattern);
    case "object":
      return t.items.every(([, v]) => isPattern(v));
    default:
      return false;
  }
}

// src/rego/eval/metadata.ts
function parseAuthor(s) {
  const parts = s.trim().split(/\s+/).filter(Boolean);
  const last = parts[parts.length - 1] ?? "";
  let email;
  if (last.length >= 2 && last.startsWith("<") && last.endsWith(">")) {
    email = last.slice(1, -1);
    parts.pop();
  }
  const name = parts.join(" ");
  return { ...name ? { name } : {}, ...email ? { email } : {} };
}
function author(a) {
  if (typeof a === "string") return parseAuthor(a);
  if (a && typeof a === "object") {
    const o = a;
    return { ...o.name ? { name: o.name } : {}, ...o.email ? { email: o.email } : {} };
  }
  return a;
}
function resource(r) {
  if (typeof r === "string") return { ref: r };
  if (r && typeof r === "object") {
    const o = r;
    return { ref: o.ref, ...o.description ? { description: o.description } : {} };
  }
  return r;
}
function schema(entry) {
  if (!entry || typeof entry !== "object") return [];
  return Object.entries(entry).map(([path, v]) => ({
    path: path.split("."),
    ...typeof v === "string" ? { schema: v.split(".") } : { definition: v }
  }));
}
function annotationValue(a) {
  const d = a.data;
  const out = { scope: a.scope };
  for (const key of ["title", "description", "entrypoint", "custom", "organizations"]) {
    if (d[key] !== void 0 && d[key] !== null && d[key] !== "" && d[key] !== false) out[key] = d[key];
  }
  if (Array.isArray(d.authors) && d.authors.length) out.authors = d.authors.map(author);
  if (Array.isArray(d.related_resources) && d.related_resources.length) out.related_resources = d.related_resources.map(resource);
  if (Array.isArray(d.schemas) && d.schemas.length) out.schemas = d.schemas.flatMap(schema);
  return fromJSON(out);
}
var ofScope2 = (as, scope) => as?.find((a) => a.scope === scope);
function rulePath(r) {
  const out = [...r.module.package];
  for (const [i, t] of r.head.ref.entries()) {
    if (i === 0 && t.t === "var") out.push(t.name);
    else if (t.t === "scalar" && typeof t.value === "string") out.push(t.value);
    else break;
  }
  return out;
}
var samePath = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
function modulesOf(compiled, pkg) {
  return compiled.modules.filter((m) => samePath(m.package, pkg));
}
function metadataRule(stack) {
  const r = stack[stack.length - 1];
  const a = ofScope2(r?.annotations, "rule");
  return a ? annotationValue(a) : fromJSON({});
}
function metadataChain(stack, compiled) {
  const r = stack[stack.length - 1];
  if (!r) return [];
  const path = rulePath(r);
  const entry = (p, a) => fromJSON(a ? { path: p, annotations: annotationValue(a) } : { path: p });
  const out = [entry(path, ofScope2(r.annotations, "rule"))];
  const pkg = r.module.package;
  const doc = modulesOf(compiled, pkg).flatMap((m) => m.rules).map((x) => samePath(rulePath(x), path) ? ofScope2(x.annotations, "document") : void 0).find(Boolean);
  if (doc) out.push(entry(path, doc));
  const pkgAnn = modulesOf(compiled, pkg).map((m) => ofScope2(m.annotations, "package")).find(Boolean);
  if (pkgAnn) out.push(entry(pkg, pkgAnn));
  for (let n = pkg.length; n >= 0; n--) {
    const prefix = pkg.slice(0, n);
    const sub = modulesOf(compiled, prefix).map((m) => ofScope2(m.annotations, "subpackages")).find(Boolean);
    if (sub) out.push(entry(prefix, sub));
  }
  return out;
}

// src/rego/eval/print.ts
function printLines(args) {
  const texts = args.map((vals) => vals.size === 0 ? ["<undefined>"] : vals.sorted().map((v) => typeof v === "string" ? v : toRegoText(v)));
  const lines = [];
  const line = (i, parts) => {
    if (i === texts.length) {
      lines.push(parts.join(" "));
      return;
    }
    for (const x of texts[i]) line(i + 1, [...parts, x]);
  };
  line(0, []);
  return lines;
}

// src/rego/eval/unification.ts
var Unifier = class {
  unify(a, b, f, k) {
    if (a.t === "var" && !f.has(a.name) && !isGlobal(a.name)) return this.evalTerm(b, f, (v) => this.unifyVal(a, v, f, k));
    if (b.t === "var" && !f.has(b.name) && !isGlobal(b.name)) return this.evalTerm(a, f, (v) => this.unifyVal(b, v, f, k));
    if (a.t === "array" && b.t === "array") {
      if (a.items.length !== b.items.length) return false;
      return this.unifyPairs(a.items.map((x, i) => [x, b.items[i]]), f, k);
    }
    if (a.t === "object" && b.t === "object") return this.unifyObjects(a, b, f, k);
    if (isGround(a, f)) return this.evalTerm(a, f, (v) => this.unifyVal(b, v, f, k));
    if (isGround(b, f)) return this.evalTerm(b, f, (v) => this.unifyVal(a, v, f, k));
    if (a.t === "ref" || a.t === "call") return this.evalTerm(a, f, (v) => this.unifyVal(b, v, f, k));
    return this.evalTerm(b, f, (v) => this.unifyVal(a, v, f, k));
  }
  /** Unifies pairs of terms, each time first a pair with a ground side, so `[a, b] = [b, 1]` binds b, then a. */
  unifyPairs(pairs, f, k) {
    if (!pairs.length) return k();
    let i = pairs.findIndex(([x, y]) => isGround(x, f) || isGround(y, f));
    if (i < 0) i = 0;
    const rest = pairs.filter((_, j) => j !== i);
    return this.unify(pairs[i][0], pairs[i][1], f, () => this.unifyPairs(rest, f, k));
  }
  /** `{k1: a, ...} = {k1: b, ...}`: keys are ground; values unify pairwise, so either side may bind variables. */
  unifyObjects(a, b, f, k) {
    if (a.items.length !== b.items.length) return false;
    if (isGround(a, f)) return this.evalTerm(a, f, (va) => this.unifyVal(b, va, f, k));
    if (isGround(b, f)) return this.evalTerm(b, f, (vb) => this.unifyVal(a, vb, f, k));
    const aKeys = a.items.map(([kt]) => kt);
    const bKeys = b.items.map(([kt]) => kt);
    return this.evalArgs(aKeys, f, (ka) => this.evalArgs(bKeys, f, (kb) => {
      const pairs = [];
      for (let i = 0; i < ka.length; i++) {
        const j = kb.findIndex((x) => equal(x, ka[i]));
        if (j < 0) return false;
        pairs.push([a.items[i][1], b.items[j][1]]);
      }
      return this.unifyPairs(pairs, f, k);
    }));
  }
  /** Unifies a term (possibly with unbound variables) with a value. */
  unifyVal(t, v, f, k) {
    switch (t.t) {
      case "var": {
        const cur = f.get(t.name);
        if (cur !== void 0) return equal(cur, v) ? k() : false;
        if (isGlobal(t.name)) return this.evalTerm(t, f, (x) => equal(x, v) ? k() : false);
        f.set(t.name, v);
        const r = k();
        f.delete(t.name);
        return r;
      }
      case "scalar":
        return equal(t.value, v) ? k() : false;
      case "array": {
        if (!Array.isArray(v) || v.length !== t.items.length) return false;
        const step = (i) => i === v.length ? k() : this.unifyVal(t.items[i], v[i], f, () => step(i + 1));
        return step(0);
      }
      case "object": {
        if (!(v instanceof RObject) || v.size !== t.items.length) return false;
        const step = (i) => {
          if (i === t.items.length) return k();
          const [kt, vt] = t.items[i];
          return this.evalTerm(kt, f, (key) => {
            const x = v.get(key);
            return x === void 0 ? false : this.unifyVal(vt, x, f, () => step(i + 1));
          });
        };
        return step(0);
      }
      default:
        return this.evalTerm(t, f, (x) => equal(x, v) ? k() : false);
    }
  }
};

// src/rego/eval/calls.ts
var TRUE_TERM = { t: "scalar", value: true, loc: { file: "", row: 0, col: 0 } };
var Calls = class extends Unifier {
  evalCall(t, f, k) {
    const op = t.op;
    if (op === "print" || op === "internal.print") return this.evalPrint(t, f, k);
    if (op === "walk") return this.evalWalk(t, f, k);
    const fnNode = this.compiled.functions.get(op);
    const arity = fnNode ? fnNode.functions[0].head.args.length : ARITY[op];
    const hasOut = arity !== void 0 && t.args.length === arity + 1;
    const inputs = hasOut ? t.args.slice(0, -1) : t.args;
    return this.evalArgs(inputs, f, (vals) => {
      const r = this.callFunction(op, vals, t.loc);
      if (r === void 0) return false;
      if (hasOut) return this.unifyVal(t.args[t.args.length - 1], r, f, () => k(true));
      return k(r);
    });
  }
  callFunction(op, vals, loc) {
    const ov = this.ctx.fnOverrides.get(op);
    if (ov) {
      if ("fn" in ov) {
        if (ov.fn !== op) {
          const saved = this.ctx;
          this.ctx = this.unmocked(saved);
          try {
            return this.callFunctionNoOverride(ov.fn, vals, loc);
          } finally {
            this.ctx = saved;
          }
        }
      } else {
        let out;
        this.evalTerm(ov, /* @__PURE__ */ new Map(), (v) => {
          out = v;
          return true;
        });
        return out;
      }
    }
    return this.callFunctionNoOverride(op, vals, loc);
  }
  unmockedCtx = /* @__PURE__ */ new WeakMap();
  unmocked(ctx) {
    let u = this.unmockedCtx.get(ctx);
    if (!u) {
      u = { ...ctx, fnOverrides: /* @__PURE__ */ new Map(), cache: new DocumentCache() };
      this.unmockedCtx.set(ctx, u);
    }
    return u;
  }
  callFunctionNoOverride(op, vals, loc) {
    const node = this.compiled.functions.get(op);
    if (node) return this.callUser(node, vals);
    if (op === "rego.metadata.chain") return metadataChain(this.ruleStack, this.compiled);
    if (op === "rego.metadata.rule") return metadataRule(this.ruleStack);
    const fn = BUILTINS[op];
    if (isUnloadedBuiltin(op)) throw new Error(`internal error: builtin ${op} called before its namespace was loaded`);
    if (!fn) {
      throw new RegoError("rego_type_error", `undefined function ${op}`, loc);
    }
    try {
      return fn(vals, this.bctx, loc);
    } catch (e) {
      if (e instanceof RegoError) throw e;
      const code = e instanceof BuiltinError ? e.code : "eval_builtin_error";
      const err = new RegoError(code, `${op}: ${e.message}`, loc);
      if (this.opts.strict) this.errors.push(err);
      return void 0;
    }
  }
  callUser(node, vals) {
    let result2;
    const ee = this.earlyExit(node.functions);
    for (const rule of node.functions) {
      if (result2 !== void 0 && ee) break;
      if (rule.default) continue;
      for (let r = rule; r; r = r.else) {
        const frame = /* @__PURE__ */ new Map();
        const args = r.head.args;
        if (args.length !== vals.length) break;
        let got = false;
        const head = r.head.value ?? TRUE_TERM;
        const constant = head.t === "scalar";
        const rr = r;
        this.ruleStack.push(rr);
        try {
          const later = computedArgs(rr).slice();
          const checkLater = (i) => i === args.length ? this.evalTerm(head, frame, (v) => {
            got = true;
            if (result2 === void 0) result2 = v;
            else if (!equal(result2, v)) throw new RegoError("eval_conflict_error", "functions must not produce multiple outputs for same inputs", rr.loc);
            return constant;
          }) : later[i] ? this.unifyVal(args[i], vals[i], frame, () => checkLater(i + 1)) : checkLater(i + 1);
          const checkNow = (i) => {
            if (i === args.length) return this.evalBody(rr.body, 0, frame, () => checkLater(0));
            if (!later[i] || !isGround(args[i], frame)) return checkNow(i + 1);
            later[i] = false;
            return this.unifyVal(args[i], vals[i], frame, () => checkNow(i + 1));
          };
          const bindArgs = (i) => i === args.length ? checkNow(0) : later[i] ? bindArgs(i + 1) : this.unifyVal(args[i], vals[i], frame, () => bindArgs(i + 1));
          bindArgs(0);
        } finally {
          this.ruleStack.pop();
        }
        if (got) break;
      }
    }
    if (result2 === void 0) {
      const d = node.functions.find((r) => r.default);
      if (d) this.evalTerm(d.head.value, /* @__PURE__ */ new Map(), (v) => {
        result2 = v;
        return true;
      });
    }
    return result2;
  }
  /** print(): the lines are print.ts's; they go to the print hook, and the call is true. */
  evalPrint(t, f, k) {
    const values = t.args.map((a) => {
      const vals = new RSet();
      this.evalTerm(a, f, (v) => {
        vals.add(v);
        return false;
      });
      return vals;
    });
    for (const line of printLines(values)) this.bctx.print(line);
    return k(true);
  }
  evalWalk(t, f, k) {
    return this.evalTerm(t.args[0], f, (root) => {
      const pairs = walkPairs(root, t.loc);
      if (t.args.length < 2) {
        for (const pair of pairs) if (k(pair)) return true;
        return false;
      }
      for (const pair of pairs) if (this.unifyVal(t.args[1], pair, f, () => k(true))) return true;
      return false;
    });
  }
};

// src/rego/eval/eval.ts
var Evaluator = class extends Calls {
  constructor(compiled, data, input, opts = {}) {
    super();
    this.compiled = compiled;
    this.opts = opts;
    this.ctx = { input, data, overrides: [], fnOverrides: /* @__PURE__ */ new Map(), cache: new DocumentCache() };
    this.maxSteps = opts.maxSteps ?? 5e7;
    this.deadline = Date.now() + (opts.timeoutMs ?? 6e4);
    const now = opts.nowNs ?? BigInt(Date.now()) * 1000000n;
    this.bctx = {
      strict: !!opts.strict,
      print: opts.print ?? (() => {
      }),
      nowNs: () => now,
      random: opts.random ?? Math.random,
      allowNet: !!opts.allowNet,
      env: opts.env,
      cache: /* @__PURE__ */ new Map()
    };
  }
  compiled;
  opts;
  ctx;
  steps = 0;
  maxSteps;
  deadline;
  errors = [];
  bctx;
  ruleStack = [];
  // -- bodies and expressions -------------------------------------------------------------------------------------
  evalBody(body2, i, f, k) {
    if (i === body2.length) return k();
    if (++this.steps % 1e4 === 0) this.checkBudget(body2[i].loc);
    return this.evalExpr(body2[i], f, () => this.evalBody(body2, i + 1, f, k));
  }
  checkBudget(loc) {
    if (this.steps > this.maxSteps) throw new RegoError("eval_budget_error", `evaluation exceeded ${this.maxSteps} steps`, loc);
    if (Date.now() > this.deadline) throw new RegoError("eval_cancel_error", "evaluation exceeded its time budget", loc);
  }
  evalExpr(e, f, k) {
    if (e.with.length) return this.evalWith(e, f, k);
    if (e.negated) {
      let found = false;
      this.evalExprPlain(e, f, () => found = true);
      return found ? false : k();
    }
    return this.evalExprPlain(e, f, k);
  }
  evalExprPlain(e, f, k) {
    switch (e.e) {
      case "some":
        return k();
      case "somein":
        return this.evalTerm(e.domain, f, (coll) => forEachChild(coll, (key, val) => e.key ? this.unifyVal(e.key, key, f, () => this.unifyVal(e.value, val, f, k)) : this.unifyVal(e.value, val, f, k)));
      case "every": {
        let ok = true;
        let defined = false;
        this.evalTerm(e.domain, f, (coll) => {
          defined = Array.isArray(coll) || coll instanceof RObject || coll instanceof RSet;
          if (!defined) return true;
          forEachChild(coll, (key, val) => {
            let found = false;
            const run = () => this.evalBody(e.body, 0, f, () => found = true);
            if (e.key) this.unifyVal(e.key, key, f, () => this.unifyVal(e.value, val, f, run));
            else this.unifyVal(e.value, val, f, run);
            if (!found) {
              ok = false;
              return true;
            }
            return false;
          });
          return true;
        });
        return ok && defined ? k() : false;
      }
      case "or": {
        for (const b of e.branches) {
          let found = false;
          this.evalBody(b, 0, f, () => found = true);
          if (found) return k();
        }
        return false;
      }
      case "term": {
        const t = e.term;
        if (t.t === "call" && (t.op === "eq" || t.op === "assign")) return this.unify(t.args[0], t.args[1], f, k);
        return this.evalTerm(t, f, (v) => v === false ? false : k());
      }
    }
  }
  // -- with -------------------------------------------------------------------------------------------------------
  evalWith(e, f, k) {
    const vals = [];
    const collect = (i) => {
      if (i === e.with.length) return this.applyWith(e, vals, f, k);
      const w = e.with[i];
      if (w.value.t === "call" && w.value.fnRef) {
        vals.push({ fn: w.value.op });
        const r = collect(i + 1);
        vals.pop();
        return r;
      }
      return this.evalTerm(w.value, f, (v) => {
        vals.push(v);
        const r = collect(i + 1);
        vals.pop();
        return r;
      });
    };
    return collect(0);
  }
  applyWith(e, vals, f, k) {
    const old = this.ctx;
    const next = withContext(old, e, vals);
    const withOld = () => {
      this.ctx = old;
      try {
        return k();
      } finally {
        this.ctx = next;
      }
    };
    this.ctx = next;
    try {
      const inner = { ...e, with: [] };
      return this.evalExpr(inner, f, withOld);
    } finally {
      this.ctx = old;
    }
  }
  // -- terms --------------------------------------------------------------------------------------------------------
  evalTerm(t, f, k) {
    switch (t.t) {
      case "scalar":
        return k(t.value);
      case "var": {
        const v = f.get(t.name);
        if (v !== void 0) return k(v);
        if (t.name === "input") return this.ctx.input === void 0 ? false : k(this.ctx.input);
        if (t.name === "data") return this.walkData(this.compiled.root, this.ctx.data, [], 0, f, k);
        throw new RegoError("rego_unsafe_var_error", `var ${t.name} is unsafe`, t.loc);
      }
      case "ref":
        return this.evalRef(t, f, k);
      case "array":
        return this.evalArgs(t.items, f, (vs) => k(vs));
      case "set":
        return this.evalArgs(t.items, f, (vs) => k(new RSet(vs)));
      case "object": {
        const flat = [];
        for (const [a, b] of t.items) flat.push(a, b);
        const order = objectInsertOrder(t);
        return this.evalArgs(flat, f, (vs) => {
          const o = new RObject();
          for (const i of order) o.set(vs[2 * i], vs[2 * i + 1]);
          return k(o);
        });
      }
      case "arraycompr": {
        const out = [];
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => {
          out.push(v);
          return false;
        }));
        return k(out);
      }
      case "setcompr": {
        const out = new RSet();
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => {
          out.add(v);
          return false;
        }));
        return k(out);
      }
      case "objectcompr": {
        const out = new RObject();
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.key, f, (kv) => this.evalTerm(t.value, f, (vv) => {
          const prev = out.get(kv);
          if (prev !== void 0 && !equal(prev, vv)) throw new RegoError("eval_conflict_error", "object keys must be unique", t.loc);
          out.set(kv, vv);
          return false;
        })));
        return k(out);
      }
      case "call":
        return this.evalCall(t, f, k);
      case "template": {
        let s = "";
        for (const p of t.parts) {
          if (typeof p === "string") {
            s += p;
            continue;
          }
          let vals = [];
          this.evalTerm(p, f, (v) => {
            vals.push(v);
            return false;
          });
          if (p.t === "setcompr" && p.template && vals[0] instanceof RSet) vals = vals[0].sorted();
          if (vals.length === 0) s += "<undefined>";
          else {
            const uniq = new RSet(vals);
            if (uniq.size > 1) throw new RegoError("eval_conflict_error", "template expression produced multiple outputs", p.loc);
            s += typeof vals[0] === "string" ? vals[0] : toRegoText(vals[0]);
          }
        }
        return k(s);
      }
    }
  }
  /** Evaluates terms left to right, calling k with each combination of values. */
  evalArgs(terms2, f, k) {
    const n = terms2.length;
    const out = new Array(n);
    let simple = true;
    for (let i = 0; i < n; i++) {
      const t = terms2[i];
      if (t.t === "scalar") out[i] = t.value;
      else if (t.t === "var" && f.has(t.name)) out[i] = f.get(t.name);
      else {
        simple = false;
        break;
      }
    }
    if (simple) return k(out);
    const step = (i) => {
      for (; i < n && isGround(terms2[i], f); i++) {
        let got = 0;
        this.evalTerm(terms2[i], f, (v) => {
          out[i] = v;
          return ++got > 1;
        });
        if (got === 0) return false;
        if (got > 1) break;
      }
      if (i === n) return k(out.slice());
      return this.evalTerm(terms2[i], f, (v) => {
        out[i] = v;
        return step(i + 1);
      });
    };
    return step(0);
  }
  // -- references ---------------------------------------------------------------------------------------------------
  evalRef(t, f, k) {
    const h = t.head;
    if (h.t === "var") {
      if (h.name === "data" && !f.has("data")) return this.walkData(this.compiled.root, this.ctx.data, t.path, 0, f, k);
      if (h.name === "input" && !f.has("input")) return this.ctx.input === void 0 ? false : this.walkValue(this.ctx.input, t.path, 0, f, k);
    }
    return this.evalTerm(h, f, (v) => this.walkValue(v, t.path, 0, f, k));
  }
  /** Follows `path` into a value; under `data`, base documents look keys up with `baseIndex` instead of `index`. */
  walkValue(v, path, i, f, k, at = index) {
    if (i === path.length) return k(v);
    const p = path[i];
    if (isGround(p, f)) {
      return this.evalTerm(p, f, (key) => {
        const c = at(v, key);
        return c === void 0 ? false : this.walkValue(c, path, i + 1, f, k, at);
      });
    }
    return forEachChild(v, (key, val) => this.unifyVal(p, key, f, () => this.walkValue(val, path, i + 1, f, k, at)));
  }
  walkData(node, base, path, i, f, k) {
    if (this.ctx.overrides.length) {
      const ov = this.ctx.overrides.find((o) => sameArr(o.path, node.path));
      if (ov) return this.walkValue(ov.value, path, i, f, k);
    }
    if (i === path.length || node.hasRules) {
      const v = this.nodeValue(node, base);
      if (v === void 0) return false;
      return this.walkValue(v, path, i, f, k);
    }
    const p = path[i];
    const step = (key) => {
      if (typeof key === "string") {
        const child = node.children.get(key);
        if (child) return this.walkData(child, base instanceof RObject ? base.getStr(key) : void 0, path, i + 1, f, k);
      }
      if (this.ctx.overrides.length) {
        const ov = this.ctx.overrides.find((o) => o.path.length > node.path.length && isPrefix(node.path, o.path) && o.path[node.path.length] === key);
        if (ov) {
          const sub = [...node.path, String(key)];
          const exact = this.ctx.overrides.find((o) => sameArr(o.path, sub));
          if (exact) return this.walkValue(exact.value, path, i + 1, f, k);
          const b = base === void 0 ? void 0 : index(base, key);
          const c2 = b instanceof RObject ? new RObject(b.entries()) : new RObject();
          for (const o of this.ctx.overrides) if (o.path.length > sub.length && isPrefix(sub, o.path)) setIn(c2, o.path.slice(sub.length), o.value);
          return this.walkValue(c2, path, i + 1, f, k);
        }
      }
      const c = base === void 0 ? void 0 : baseIndex(base, key);
      return c === void 0 ? false : this.walkValue(c, path, i + 1, f, k, baseIndex);
    };
    if (isGround(p, f)) return this.evalTerm(p, f, step);
    const keys = new RSet();
    for (const name of node.children.keys()) keys.add(name);
    if (base instanceof RObject) for (const [kk] of base.entries()) keys.add(kk);
    for (const o of this.ctx.overrides) if (o.path.length > node.path.length && isPrefix(node.path, o.path)) keys.add(o.path[node.path.length]);
    for (const key of keys.sorted()) {
      if (this.unifyVal(p, key, f, () => step(key))) return true;
    }
    return false;
  }
  /** The value of a data node: rules evaluated, children and base documents merged. Undefined when not defined. */
  nodeValue(node, base) {
    return this.ctx.cache.value(
      node,
      () => this.computeNode(node, base),
      () => new RegoError("rego_recursion_error", `rule data.${node.path.join(".")} is recursive`, this.ruleLoc(node))
    );
  }
  ruleLoc(node) {
    return (node.complete[0] ?? node.setRules[0] ?? node.dynamic[0]?.rule ?? node.defaults[0])?.loc;
  }
  computeNode(node, base) {
    if (node.complete.length || node.defaults.length) return this.evalComplete(node);
    if (node.setRules.length) return this.evalSet(node);
    if (node.isFunction && !node.children.size && !node.dynamic.length) return void 0;
    const o = new RObject();
    if (base instanceof RObject) for (const [kk, vv] of base.entries()) o.set(kk, vv);
    else if (base !== void 0 && !node.children.size && !node.dynamic.length) return base;
    for (const [name, child] of node.children) {
      const cb = base instanceof RObject ? base.getStr(name) : void 0;
      const ov = this.ctx.overrides.find((x) => sameArr(x.path, child.path));
      const cv = ov ? ov.value : this.nodeValue(child, cb);
      if (cv !== void 0) o.set(name, cv);
    }
    for (const d of node.dynamicFor(this.ctx.input)) this.evalDynamic(d.rule, d.suffix, o);
    for (const ov of this.ctx.overrides) {
      if (ov.path.length > node.path.length && isPrefix(node.path, ov.path) && !node.children.has(ov.path[node.path.length])) {
        setIn(o, ov.path.slice(node.path.length), ov.value);
      }
    }
    return o;
  }
  evalComplete(node) {
    let result2;
    for (const rule of node.completeFor(this.ctx.input)) {
      for (let r = rule; r; r = r.else) {
        let got = false;
        const rr = r;
        const head = rr.head.value ?? TRUE_TERM;
        const constant = head.t === "scalar";
        const frame = /* @__PURE__ */ new Map();
        this.ruleStack.push(rr);
        try {
          this.evalBody(rr.body, 0, frame, () => this.evalTerm(head, frame, (v) => {
            got = true;
            if (result2 === void 0) result2 = v;
            else if (!equal(result2, v)) throw new RegoError("eval_conflict_error", "complete rules must not produce multiple outputs", rr.loc);
            return constant;
          }));
        } finally {
          this.ruleStack.pop();
        }
        if (got) break;
      }
      if (result2 !== void 0 && this.earlyExit(node.complete)) break;
    }
    if (result2 === void 0 && node.defaults.length) {
      const d = node.defaults[0];
      this.evalTerm(d.head.value, /* @__PURE__ */ new Map(), (v) => {
        result2 = v;
        return true;
      });
    }
    return result2;
  }
  earlyExitCache = /* @__PURE__ */ new WeakMap();
  /** As OPA: when every rule of a document (or function) has the same constant value and no else branch, the
   * first rule that succeeds decides, and the others are not evaluated (nor their errors raised). */
  earlyExit(rules) {
    let ee = this.earlyExitCache.get(rules);
    if (ee === void 0) {
      const values = [];
      ee = rules.every((r) => {
        if (r.default) return true;
        const t = r.head.value ?? TRUE_TERM;
        if (r.else || !isConstTerm(t)) return false;
        this.evalTerm(t, /* @__PURE__ */ new Map(), (v) => {
          values.push(v);
          return true;
        });
        return true;
      }) && values.every((v) => equal(v, values[0]));
      this.earlyExitCache.set(rules, ee);
    }
    return ee;
  }
  evalSet(node) {
    const out = new RSet();
    for (const r of node.setRulesFor(this.ctx.input)) {
      const frame = /* @__PURE__ */ new Map();
      this.ruleStack.push(r);
      try {
        this.evalBody(r.body, 0, frame, () => this.evalTerm(r.head.key, frame, (v) => {
          out.add(v);
          return false;
        }));
      } finally {
        this.ruleStack.pop();
      }
    }
    return out;
  }
  evalDynamic(r, suffix, into) {
    this.ruleStack.push(r);
    try {
      this.evalDynamicRule(r, suffix, into);
    } finally {
      this.ruleStack.pop();
    }
  }
  evalDynamicRule(r, suffix, into) {
    const frame = /* @__PURE__ */ new Map();
    this.evalBody(r.body, 0, frame, () => this.evalArgs(suffix, frame, (keys) => {
      if (r.head.key) {
        return this.evalTerm(r.head.key, frame, (el) => {
          let o = into;
          for (let i = 0; i < keys.length - 1; i++) o = childObj(o, keys[i], r.loc);
          const last = keys[keys.length - 1];
          let s = o.get(last);
          if (s === void 0) {
            s = new RSet();
            o.set(last, s);
          }
          if (!(s instanceof RSet)) throw new RegoError("eval_conflict_error", "object keys must be unique", r.loc);
          s.add(el);
          return false;
        });
      }
      return this.evalTerm(r.head.value ?? TRUE_TERM, frame, (v) => {
        let o = into;
        for (let i = 0; i < keys.length - 1; i++) o = childObj(o, keys[i], r.loc);
        const last = keys[keys.length - 1];
        const prev = o.get(last);
        if (prev !== void 0 && !equal(prev, v)) throw new RegoError("eval_conflict_error", "object keys must be unique", r.loc);
        o.set(last, v);
        return false;
      });
    }));
  }
  // -- queries ------------------------------------------------------------------------------------------------------
  /** All solutions of a compiled query body: bindings of the named (non-generated) variables. */
  query(body2, vars) {
    const out = [];
    const frame = /* @__PURE__ */ new Map();
    this.evalBody(body2, 0, frame, () => {
      const row = /* @__PURE__ */ new Map();
      for (const v of vars) {
        const x = frame.get(v);
        if (x !== void 0) row.set(v, x);
      }
      out.push(row);
      return false;
    });
    return out;
  }
};

// src/rego/policy.ts
var Policy = class {
  /** The modules as parsed, before compilation (callers that list packages and rules need not parse them again). */
  constructor(compiled, data, modules = []) {
    this.compiled = compiled;
    this.modules = modules;
    this.data = data;
  }
  compiled;
  modules;
  data;
  /** Evaluates a query such as `data.pkg.deny[msg]` or `x := data.pkg.allow`. */
  prepared = /* @__PURE__ */ new Map();
  /** Evaluates a query text; the parsed and compiled query is kept for the next evaluation. */
  query(query, opts = {}) {
    let p = this.prepared.get(query);
    if (!p) {
      const body2 = parseQuery(query, {}, "query");
      checkQueryDeclarations(body2);
      checkQueryArity(body2);
      const compiled = compileQuery(body2, this.compiled);
      typeCheckerOf(this.compiled.root).checkQuery(compiled);
      p = { body: compiled, vars: queryVars(body2) };
      if (this.prepared.size < 1e3) this.prepared.set(query, p);
    }
    return this.run(p.body, p.vars, opts);
  }
  queryBody(body2, opts = {}) {
    checkQueryDeclarations(body2);
    checkQueryArity(body2);
    const compiled = compileQuery(body2, this.compiled);
    typeCheckerOf(this.compiled.root).checkQuery(compiled);
    return this.run(compiled, queryVars(body2), opts);
  }
  run(compiledBody, vars, opts) {
    const ev = new Evaluator(this.compiled, this.data, opts.input, opts);
    const rows = ev.query(compiledBody, vars).map((bindings) => ({ bindings }));
    return { rows, error: ev.errors[0] };
  }
  /** The value of a rule or document path (`data.pkg.deny` or `pkg.deny`), undefined when it is undefined. */
  evaluate(path, opts = {}) {
    const ref = path.startsWith("data") ? path : `data.${path}`;
    const r = this.query(`__result__ = ${ref}`, opts);
    return { value: r.rows[0]?.bindings.get("__result__"), error: r.error };
  }
};
function queryVars(body2) {
  const seen = /* @__PURE__ */ new Set();
  const add = (name) => {
    if (name === "_" || name === "data" || name === "input" || name.startsWith("__local") || name.startsWith("__wild")) return;
    seen.add(name);
  };
  const visitExpr = (e) => {
    switch (e.e) {
      case "term":
        walkVars(e.term, (v) => add(v.name));
        break;
      case "some":
        e.vars.forEach((v) => add(v.name));
        break;
      case "somein":
        if (e.key) walkVars(e.key, (v) => add(v.name));
        walkVars(e.value, (v) => add(v.name));
        walkVars(e.domain, (v) => add(v.name));
        break;
      case "every":
        walkVars(e.domain, (v) => add(v.name));
        break;
      case "or":
        e.branches.forEach((b) => b.forEach(visitExpr));
        break;
    }
  };
  body2.forEach(visitExpr);
  return [...seen].filter((v) => !BUILTIN_NAMESPACES.has(v));
}
var BUILTIN_NAMESPACES = /* @__PURE__ */ new Set();
function parseModules(modules, opts = {}) {
  return modules.map((m) => parseModule(m.source, m.file, {
    v0: opts.v0For ? opts.v0For(m.file, m.source) : opts.v0,
    experimental: opts.experimental
  }));
}
function compile(modules, data = {}, opts = {}) {
  const parsed = parseModules(modules, opts);
  const base = data instanceof RObject ? data : fromJSON(data ?? {});
  return new Policy(runStages(STAGES, parsed, { data: base, ruleIndex: opts.ruleIndex, schemas: opts.schemas }), base, parsed);
}
function evalTermText(text) {
  const term2 = parseTerm(text);
  const policy = new Policy(compileModules([]), new RObject());
  let out;
  new Evaluator(policy.compiled, policy.data, void 0).evalTerm(term2, /* @__PURE__ */ new Map(), (v) => {
    out = v;
    return true;
  });
  if (out === void 0) throw new RegoError("rego_parse_error", "term is undefined", void 0);
  return out;
}
function walkFiles(path, cwd, label, ancestors = []) {
  const abs = resolve(cwd, path);
  let st;
  try {
    st = statSync(abs, { throwIfNoEntry: false });
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") throw new UserError(`${label} ${path}: a symbolic link loop`, { hint: "remove the looping link or name another path" });
    throw new UserError(`${label} ${path} cannot be read (${code ?? e.message})`);
  }
  if (!st) throw new UserError(`no such file or directory: ${path}`, { hint: `check the ${label} paths` });
  if (!st.isDirectory()) return [path];
  const real = realpathSync(abs);
  if (ancestors.includes(real)) {
    throw new UserError(`${label} ${path}: a symbolic link loop (it is the directory ${real} again)`, { hint: "remove the looping link or name another path" });
  }
  return readdirSync(abs).sort().flatMap((n) => walkFiles(join(path, n), cwd, label, [...ancestors, real]));
}

// src/rego/schema-files.ts
var MAX_FILES = 1e3;
var EXTENSIONS = [".json", ".yaml", ".yml"];
function readSchema(file, shown) {
  const text = readBoundedText(file, { label: "--schema", maxBytes: POLICY_READ_LIMIT, where: { file: shown } });
  try {
    return extname(file) === ".json" ? JSON.parse(text) : yamlLib().parse(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new UserError(`cannot parse schema ${shown}: ${e.message}`, { where: { file: shown }, hint: "a schema is a JSON Schema document in JSON or YAML" });
  }
}
function loadSchemaSet(path, cwd) {
  const abs = resolve(cwd, path);
  const st = statSync(abs, { throwIfNoEntry: false });
  if (!st) throw new UserError(`--schema ${path}: no such file or directory`, { hint: "name a JSON Schema file or a directory of them" });
  if (!st.isDirectory()) return /* @__PURE__ */ new Map([[schemaKey([]), readSchema(abs, path)]]);
  const set = /* @__PURE__ */ new Map();
  for (const shown of walkFiles(path, cwd, "--schema")) {
    if (!EXTENSIONS.includes(extname(shown))) continue;
    if (set.size >= MAX_FILES) throw new UserError(`--schema ${path}: more than ${MAX_FILES} schema files`, { hint: "name a smaller directory" });
    const rel = relative(path, shown);
    const keys = [...rel.split(sep).slice(0, -1), basename(shown, extname(shown))];
    set.set(schemaKey(keys), readSchema(resolve(cwd, shown), shown));
  }
  return set;
}

// src/rego/opa-eval.ts
function readDoc(file, cwd, label) {
  const text = readBoundedText(resolve(cwd, file), { label, maxBytes: POLICY_READ_LIMIT, where: { file } });
  try {
    if (extname(file) === ".json") return parseJSONValue(text);
    return readYaml(text, (t) => yamlLib().parse(t, { intAsBigInt: true }));
  } catch (e) {
    const msg = e.message.endsWith("exceeded max depth") ? new DepthError().message : e.message;
    throw new UserError(`cannot parse ${file}: ${msg}`);
  }
}
function merge2(a, b) {
  if (!(a instanceof RObject) || !(b instanceof RObject)) return b;
  const out = new RObject(a.entries());
  for (const [k, v] of b.entries()) {
    const p = out.get(k);
    out.set(k, p === void 0 ? v : merge2(p, v));
  }
  return out;
}
async function evalCommand(req) {
  const modules = [];
  let data = new RObject();
  const cwd = req.cwd ?? process.cwd();
  const dataFiles = req.dataPaths.flatMap((p) => walkFiles(p, cwd, "--data"));
  const yaml = (f) => [".yaml", ".yml"].includes(extname(f));
  if (req.schemaPath || dataFiles.some(yaml) || req.inputFile && extname(req.inputFile) !== ".json") await loadYamlLib();
  for (const f of dataFiles) {
    const ext = extname(f);
    if (ext === ".rego") modules.push({ file: f, source: readBoundedText(resolve(cwd, f), { label: "policy", maxBytes: POLICY_READ_LIMIT, where: { file: f } }) });
    else if (ext === ".json" || yaml(f)) data = merge2(data, fromJSON(readDoc(f, cwd, "data file")));
  }
  await loadBuiltinsNamedIn([...modules.map((m) => m.source), req.query]);
  const policy = compile(modules, data, { v0: req.v0, schemas: { set: req.schemaPath ? loadSchemaSet(req.schemaPath, cwd) : void 0 } });
  const input = req.inputFile ? fromJSON(readDoc(req.inputFile, cwd, "--input")) : void 0;
  const body2 = parseQuery(req.query);
  const relation = (t) => t.term.t === "call" && (["eq", "assign"].includes(t.term.op) || ARITY[t.term.op] !== void 0 && t.term.args.length === ARITY[t.term.op] + 1);
  const check = body2.length > 1 || body2.some(iterates);
  const wrapped = body2.flatMap((e, i) => {
    if (e.e !== "term" || e.negated || relation(e)) return [e];
    const v = { t: "var", name: `__expr${i}__`, loc: e.loc };
    const captured = { ...e, term: { t: "call", op: "eq", args: [v, e.term], loc: e.loc } };
    if (!check) return [captured];
    return [captured, { e: "term", negated: false, with: [], loc: e.loc, term: { t: "call", op: "neq", args: [v, { t: "scalar", value: false, loc: e.loc }], loc: e.loc } }];
  });
  const texts = expressionTexts(req.query, body2);
  const r = policy.queryBody(wrapped, { input, strict: req.strict });
  if (r.error) throw r.error;
  const result2 = r.rows.map(({ bindings }) => {
    const b = new RObject();
    for (const [k, v] of bindings) if (!/^__expr\d+__$/.test(k)) b.set(k, v);
    const expressions = body2.map((e, i) => new RObject([
      ["value", bindings.get(`__expr${i}__`) ?? true],
      ["text", texts[i]],
      ["location", new RObject([["row", e.loc.row], ["col", e.loc.col]])]
    ]));
    const row = new RObject([["expressions", expressions]]);
    if (b.size) row.set("bindings", b);
    return row;
  });
  return result2.length ? new RObject([["result", result2]]) : new RObject();
}
function iterates(e) {
  const term2 = (t) => {
    switch (t.t) {
      case "ref":
        return t.path.some((p) => p.t === "var") || term2(t.head) || t.path.some(term2);
      case "call":
        return t.op === "walk" || t.args.some(term2);
      case "array":
      case "set":
        return t.items.some(term2);
      case "object":
        return t.items.some(([k, v]) => term2(k) || term2(v));
      case "template":
        return t.parts.some((p) => typeof p !== "string" && term2(p));
      default:
        return false;
    }
  };
  return e.e === "term" && (term2(e.term) || e.with.some((w) => term2(w.value)));
}
function expressionTexts(query, body2) {
  const lineStarts = [0];
  for (let i = 0; i < query.length; i++) if (query[i] === "\n") lineStarts.push(i + 1);
  const offset = (e) => (lineStarts[e.loc.row - 1] ?? 0) + e.loc.col - 1;
  return body2.map((e, i) => query.slice(offset(e), i + 1 < body2.length ? offset(body2[i + 1]) : query.length).replace(/[\s;]+$/, ""));
}

// src/rego/index.ts
var loadBuiltinsFor = (texts) => loadBuiltinsNamedIn(texts);
async function loadAllBuiltins() {
  await import('./builtins-C9JeYrA2.js');
}
function compile2(modules, data, opts) {
  const policy = compile(modules, data, opts);
  const unloaded = LAZY_NAMESPACES.filter((ns) => ns.names.some(isUnloadedBuiltin));
  const scanned = unloaded.length ? modules.map((m) => namesIn(m.source)) : [];
  const named2 = unloaded.filter((ns) => scanned.some((t) => namedIn(ns.names, t)));
  if (named2.length) {
    const call = findCall(policy.compiled.modules, (op) => isUnloadedBuiltin(op));
    if (call) {
      const family = LAZY_NAMESPACES.find((ns) => ns.names.includes(call.op)).names;
      const at = call.loc ? `${call.loc.file}:${call.loc.row}: ` : "";
      throw new Error(
        `internal error: ${at}${call.op} is a builtin of an on-demand family (${family.slice(0, 3).join(", ")}${family.length > 3 ? ", ..." : ""}) that was not loaded before compiling: await loadBuiltinsFor(<the module texts>) or loadAllBuiltins() first`
      );
    }
  }
  return policy;
}
function findCall(roots, wanted) {
  const stack = roots.filter((r) => typeof r === "object" && r !== null);
  const seen = new Set(stack);
  while (stack.length) {
    const node = stack.pop();
    const t = node;
    if (t.t === "call" && typeof t.op === "string" && wanted(t.op)) return t;
    for (const v of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof v === "object" && v !== null && !seen.has(v)) {
        seen.add(v);
        stack.push(v);
      }
    }
  }
  return void 0;
}
function registerBuiltin(name, arity, fn) {
  BUILTINS[name] = fn;
  ARITY[name] = arity;
}

var rego6IRBUI4T = /*#__PURE__*/Object.freeze({
  __proto__: null,
  BuiltinError: BuiltinError,
  Policy: Policy,
  RegoError: RegoError,
  compile: compile2,
  evalCommand: evalCommand,
  evalTermText: evalTermText,
  fromJSON: fromJSON,
  loadAllBuiltins: loadAllBuiltins,
  loadBuiltinsFor: loadBuiltinsFor,
  parseModules: parseModules,
  queryVars: queryVars,
  registerBuiltin: registerBuiltin,
  toJSON: toJSON,
  toJSONText: toJSONText
});

export { pemDecode as A, BUILTINS as B, numToJs as C, base64UrlEncodeRaw as D, goJSONMarshal as E, numToBigInt as F, goBase64Decode as G, pemEncode as H, rego6IRBUI4T as I, RSet as R, asObject as a, asString as b, builtinError as c, RObject as d, equal as e, elementError as f, goUnescape as g, operandError as h, toJSON as i, fromJSON as j, parseNumber as k, readYaml as l, marshal as m, num as n, oneOfError as o, parseJSONValue as p, quoteString as q, registerBuiltins as r, setYamlLib as s, typeError as t, goSprintf as u, isNum as v, numToString as w, compare as x, asInt as y, base64UrlDecode as z };
