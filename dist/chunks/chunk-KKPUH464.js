import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  UserError
} from "./chunk-PH75XFP6.js";

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
function scalarText(v) {
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
  return foldValue(v, scalarText, (x, kids, depth) => {
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

export {
  RFloat,
  numLiteral,
  num,
  parseNumber,
  isNum,
  numToJs,
  numToBigInt,
  isInteger,
  numToString,
  strCompare,
  hashKey,
  RSet,
  RObject,
  typeName,
  compare,
  equal,
  MAX_DEPTH,
  DepthError,
  foldValue,
  fromJSON,
  toJSON,
  toJSONText,
  toRegoText,
  BuiltinError,
  builtinError,
  typeError,
  oneOfError,
  operandError,
  asString,
  asNumber,
  asNum,
  asInt,
  asArray,
  asSet,
  asObject,
  asCollection
};
