import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  asBigInt,
  asStringOrStrings,
  asStrings,
  elementError,
  runes
} from "./chunk-KNIXWEC5.js";
import {
  goJSONMarshal
} from "./chunk-GT43YCUS.js";
import {
  builtins,
  filterValue,
  loadYamlLib,
  yamlLib
} from "./chunk-NB5J5HM4.js";
import {
  goSprintf,
  quoteBytes,
  quoteString
} from "./chunk-526PL4AG.js";
import {
  BuiltinError,
  RFloat,
  RObject,
  RSet,
  asArray,
  asCollection,
  asInt,
  asNum,
  asNumber,
  asObject,
  asSet,
  asString,
  builtinError,
  compare,
  equal,
  isInteger,
  isNum,
  num,
  numLiteral,
  numToBigInt,
  numToJs,
  numToString,
  oneOfError,
  operandError,
  parseNumber,
  strCompare,
  toRegoText,
  typeError,
  typeName
} from "./chunk-KKPUH464.js";
import {
  readFileSync
} from "./chunk-S7VI56VC.js";
import {
  UserError
} from "./chunk-PH75XFP6.js";

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

// src/rego/builtins/providers.ts
import { createRequire } from "node:module";

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
    const at2 = authority.lastIndexOf("@");
    if (at2 >= 0 && !/^[A-Za-z0-9\-_.~!$&'()*+,;=:%@]*$/.test(authority.slice(0, at2))) throw new URLError("net/url: invalid userinfo");
    u.host = parseHost(at2 >= 0 ? authority.slice(at2 + 1) : authority);
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
var builtins2 = {
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

// src/rego/builtins/providers.ts
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
  const cut2 = new Set(runes(cutset));
  const rs = runes(s);
  let a = 0;
  let b = rs.length;
  if (left) while (a < b && cut2.has(rs[a])) a++;
  if (right) while (b > a && cut2.has(rs[b - 1])) b--;
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

// src/rego/builtins/units.ts
var K = 1000n;
var Ki = 1024n;
var SI = ["k", "m", "g", "t", "p", "e"];
var MILLI = { n: 4611686018427388n, d: 1n << 62n };
var PARSE_UNITS = { "": { n: 1n, d: 1n }, m: MILLI };
var BYTE_UNITS = { "": 1n };
SI.forEach((p, i) => {
  const si = K ** BigInt(i + 1);
  const bin = Ki ** BigInt(i + 1);
  const up = p.toUpperCase();
  if (p !== "m") PARSE_UNITS[p] = { n: si, d: 1n };
  PARSE_UNITS[up] = { n: si, d: 1n };
  PARSE_UNITS[p + "i"] = { n: bin, d: 1n };
  PARSE_UNITS[up + "i"] = { n: bin, d: 1n };
  BYTE_UNITS[p] = si;
  BYTE_UNITS[p + "b"] = si;
  BYTE_UNITS[p + "i"] = bin;
  BYTE_UNITS[p + "ib"] = bin;
});
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function extractNumAndUnit(s) {
  let cut2 = -1;
  for (let i = 0; i < s.length; i++) {
    const r = s[i];
    if (!isDigit(r) && r !== "." && r !== "e" && r !== "E" && r !== "+" && r !== "-") {
      cut2 = i;
      break;
    }
    if (r === "e" || r === "E") {
      const next = s[i + 1];
      if (i === s.length - 1 || !isDigit(next) && next !== "+" && next !== "-") {
        cut2 = i;
        break;
      }
      if (next === "+" || next === "-") i++;
      let end = i + 1;
      while (end < s.length && isDigit(s[end])) end++;
      if (end - (i + 1) > 6) return "exponent";
    }
  }
  if (cut2 === -1) return [s, ""];
  return [s.slice(0, cut2), s.slice(cut2)];
}
function parseRat(text) {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || m[2] === "" && (m[3] ?? "") === "") return void 0;
  const frac = m[3] ?? "";
  const exp = Number(m[4] ?? "0") - frac.length;
  const mant = BigInt(m[1] + (m[2] + frac === "" ? "0" : m[2] + frac));
  return exp >= 0 ? { n: mant * 10n ** BigInt(exp), d: 1n } : { n: mant, d: 10n ** BigInt(-exp) };
}
var abs2 = (x) => x < 0n ? -x : x;
function toFloat64Bits(r) {
  if (r.n === 0n) return r;
  const bits = (x) => x.toString(2).length;
  let e = bits(abs2(r.n)) - bits(r.d) - 64;
  const scaled = (k) => k >= 0 ? { n: r.n, d: r.d << BigInt(k) } : { n: r.n << BigInt(-k), d: r.d };
  let s = scaled(e);
  while (abs2(s.n) / s.d >= 1n << 64n) {
    e++;
    s = scaled(e);
  }
  while (abs2(s.n) / s.d < 1n << 63n) {
    e--;
    s = scaled(e);
  }
  const q = s.n / s.d;
  const rem2 = abs2(s.n % s.d) * 2n;
  let mant = q;
  if (rem2 > s.d || rem2 === s.d && (q & 1n) === 1n) mant += s.n < 0n ? -1n : 1n;
  return e >= 0 ? { n: mant << BigInt(e), d: 1n } : { n: mant, d: 1n << BigInt(-e) };
}
function clean(s, name) {
  const t = s.replaceAll('"', "");
  if (t.includes(" ")) throw builtinError(`${name}: spaces not allowed in resource strings`);
  return t;
}
function unitsParse(s) {
  const name = "units.parse";
  const parts = extractNumAndUnit(clean(s, name));
  if (parts === "exponent") throw builtinError(`${name}: exponent too large`);
  const [amount, unit0] = parts;
  if (amount === "") throw builtinError(`${name}: no amount provided`);
  const unit = unit0.length > 1 ? unit0[0] + unit0.slice(1).toLowerCase() : unit0;
  const mult = PARSE_UNITS[unit];
  if (!mult) throw builtinError(`${name}: unit ${unit} not recognized`);
  const x = parseRat(amount);
  if (!x) throw builtinError(`${name}: could not parse amount to a number`);
  const n = x.n * mult.n;
  const d = x.d * mult.d;
  if (n % d === 0n) return num(n / d);
  const scaledN = n * 10n ** 10n;
  let q = scaledN / d;
  if (abs2(scaledN % d) * 2n >= d) q += n < 0n ? -1n : 1n;
  if (q % 10n ** 10n === 0n) return num(q / 10n ** 10n);
  return num(Number(`${q}e-10`));
}
function unitsParseBytes(s) {
  const name = "units.parse_bytes";
  const parts = extractNumAndUnit(clean(s.toLowerCase(), name));
  if (parts === "exponent") throw builtinError(`${name}: exponent too large`);
  const [amount, unit] = parts;
  if (amount === "") throw builtinError(`${name}: no byte amount provided`);
  const mult = BYTE_UNITS[unit];
  if (mult === void 0) throw builtinError(`${name}: byte unit ${unit} not recognized`);
  const x = parseRat(amount);
  if (!x) throw builtinError(`${name}: could not parse byte amount to a number`);
  const f = toFloat64Bits(x);
  const product = toFloat64Bits({ n: f.n * mult, d: f.d });
  return num(product.n / product.d);
}
var builtins7 = {
  "units.parse": ([s]) => unitsParse(asString(s, 1)),
  "units.parse_bytes": ([s]) => unitsParseBytes(asString(s, 1))
};

// src/rego/builtins/bits.ts
var binary = (f) => ([a, b]) => num(f(asBigInt(a, 1), asBigInt(b, 2)));
var shift = (f) => ([a, b]) => {
  const x = asBigInt(a, 1);
  const n = asBigInt(b, 2);
  if (n < 0n) throw operandError(2, "must be an unsigned integer number but got a negative integer");
  return num(f(x, n));
};
var builtins8 = {
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
var builtins9 = {
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
var builtins10 = {
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

// src/rego/builtins/encoding.ts
var STD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var URL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
function b64decode(s, url) {
  const alphabet = url ? URL_CHARS : STD_CHARS;
  const src = Buffer.from(s, "utf8");
  const fail = (at2) => builtinError(`illegal base64 data at input byte ${at2}`);
  const isNL = (c) => c === 10 || c === 13;
  const out = [];
  let si = 0;
  for (; ; ) {
    const q = [];
    let padded = false;
    while (q.length < 4) {
      if (si === src.length) {
        if (q.length === 0) return Buffer.from(out).toString("utf8");
        throw fail(si - q.length);
      }
      const c = src[si++];
      const v = alphabet.indexOf(String.fromCharCode(c));
      if (v >= 0 && c < 128) {
        q.push(v);
        continue;
      }
      if (isNL(c)) continue;
      if (c !== 61 || q.length < 2) throw fail(si - 1);
      if (q.length === 2) {
        while (si < src.length && isNL(src[si])) si++;
        if (si === src.length) throw fail(src.length);
        if (src[si] !== 61) throw fail(si - 1);
        si++;
      }
      while (si < src.length && isNL(src[si])) si++;
      if (si < src.length) throw fail(si);
      padded = true;
      break;
    }
    const n = q.length;
    const bits = q[0] << 18 | q[1] << 12 | (q[2] ?? 0) << 6 | (q[3] ?? 0);
    out.push(bits >> 16 & 255);
    if (n > 2) out.push(bits >> 8 & 255);
    if (n > 3) out.push(bits & 255);
    if (padded) return Buffer.from(out).toString("utf8");
  }
}
function b64valid(s) {
  try {
    b64decode(s, false);
    return true;
  } catch {
    return false;
  }
}
function hexDecode(s) {
  for (const b of Buffer.from(s, "utf8")) {
    if (/[0-9a-fA-F]/.test(String.fromCharCode(b))) continue;
    const printable = b >= 32 && b <= 126 || b >= 161 && b !== 173;
    const ch = printable ? ` '${String.fromCharCode(b)}'` : "";
    throw builtinError(`encoding/hex: invalid byte: U+${b.toString(16).toUpperCase().padStart(4, "0")}${ch}`);
  }
  if (s.length % 2 === 1) throw builtinError("encoding/hex: odd length hex string");
  return Buffer.from(s, "hex").toString("utf8");
}
function queryEscape(s) {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var queryUnescape = (s) => goUnescape(s, "query", builtinError);
function encodeObject(o2) {
  const parts = [];
  for (const [k, v] of o2.entries()) {
    if (typeof k !== "string") throw typeError(1, "object[string]", k);
    const vals = typeof v === "string" ? [v] : Array.isArray(v) ? v : v instanceof RSet ? v.sorted() : void 0;
    if (!vals) throw operandError(1, "values must be string, array[string], or set[string]");
    for (const x of vals) {
      if (typeof x !== "string") throw operandError(1, "values must be string, array[string], or set[string]");
      parts.push([k, x]);
    }
  }
  const keys = [...new Set(parts.map((p) => p[0]))].sort();
  return keys.flatMap((k) => parts.filter((p) => p[0] === k).map(([, v]) => queryEscape(k) + "=" + queryEscape(v))).join("&");
}
function decodeObject(s) {
  const out = /* @__PURE__ */ new Map();
  for (const part of s.split(/&/)) {
    if (part === "") continue;
    if (part.includes(";")) throw builtinError("invalid semicolon separator in query");
    const eq = part.indexOf("=");
    const k = queryUnescape(eq < 0 ? part : part.slice(0, eq));
    const v = eq < 0 ? "" : queryUnescape(part.slice(eq + 1));
    out.set(k, [...out.get(k) ?? [], v]);
  }
  return new RObject([...out.entries()]);
}
var builtins11 = {
  "base64.encode": ([s]) => Buffer.from(asString(s, 1), "utf8").toString("base64"),
  "base64.decode": ([s]) => b64decode(asString(s, 1), false),
  // OPA answers false for a non-string, as the type tests do
  "base64.is_valid": ([s]) => typeof s === "string" && b64valid(s),
  "base64url.encode": ([s]) => {
    const raw = Buffer.from(asString(s, 1), "utf8").toString("base64url");
    return raw + "=".repeat((4 - raw.length % 4) % 4);
  },
  "base64url.encode_no_pad": ([s]) => Buffer.from(asString(s, 1), "utf8").toString("base64url"),
  "base64url.decode": ([s]) => {
    let str2 = asString(s, 1);
    if (!str2.endsWith("=")) {
      const r = str2.length % 4;
      if (r === 1) throw builtinError(`illegal base64url string: ${str2}`);
      str2 += r === 2 ? "==" : r === 3 ? "=" : "";
    }
    return b64decode(str2, true);
  },
  "hex.encode": ([s]) => Buffer.from(asString(s, 1), "utf8").toString("hex"),
  "hex.decode": ([s]) => hexDecode(asString(s, 1)),
  "urlquery.encode": ([s]) => queryEscape(asString(s, 1)),
  "urlquery.decode": ([s]) => queryUnescape(asString(s, 1)),
  "urlquery.encode_object": ([o2]) => encodeObject(asObject(o2, 1)),
  "urlquery.decode_object": ([s]) => decodeObject(asString(s, 1))
};

// src/rego/builtins/net.ts
var width = (v6) => v6 ? 128 : 32;
function parseV4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return void 0;
  let n = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return void 0;
    n = n << 8n | BigInt(p);
  }
  return n;
}
function parseV6(s) {
  if (s.includes("%")) return void 0;
  let tail4;
  let text = s;
  const lastColon = s.lastIndexOf(":");
  if (s.slice(lastColon + 1).includes(".")) {
    tail4 = parseV4(s.slice(lastColon + 1));
    if (tail4 === void 0) return void 0;
    text = s.slice(0, lastColon + 1) + "0:0";
  }
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const groups = (h) => h === "" ? [] : h.split(":");
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return void 0;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  let n = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return void 0;
    n = n << 16n | BigInt(parseInt(g, 16));
  }
  if (tail4 !== void 0) n = n & ~0xffffffffn | tail4;
  return n;
}
function parseIP(s) {
  const v4 = parseV4(s);
  if (v4 !== void 0) return { v6: false, ip: v4 };
  const v6 = parseV6(s);
  if (v6 === void 0) return void 0;
  if (v6 >> 32n === 0xffffn) return { v6: false, ip: v6 & 0xffffffffn };
  return { v6: true, ip: v6 };
}
function parseCIDR(s) {
  const slash = s.indexOf("/");
  if (slash < 0) return void 0;
  const addr = s.slice(0, slash);
  const bitsText = s.slice(slash + 1);
  const v4 = parseV4(addr);
  const v6 = v4 === void 0 ? parseV6(addr) : void 0;
  if (v4 === void 0 && v6 === void 0) return void 0;
  const isV6 = v4 === void 0;
  if (!/^\d{1,3}$/.test(bitsText) || Number(bitsText) > width(isV6)) return void 0;
  const bits = Number(bitsText);
  let ip = v4 ?? v6;
  if (isV6 && ip >> 32n === 0xffffn && bits >= 96) return mask({ v6: false, ip: ip & 0xffffffffn, bits: bits - 96 });
  ip = ip & 0xffffffffffffffffffffffffffffffffn;
  return mask({ v6: isV6, ip, bits });
}
function mask(n) {
  const w = width(n.v6);
  const host = (1n << BigInt(w - n.bits)) - 1n;
  return { ...n, ip: n.ip & ~host };
}
var last = (n) => n.ip | (1n << BigInt(width(n.v6) - n.bits)) - 1n;
function contains(n, v6, ip) {
  return n.v6 === v6 && ip >= n.ip && ip <= last(n);
}
function formatIP(v6, ip) {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String(ip >> s & 255n)).join(".");
  const groups = Array.from({ length: 8 }, (_, i) => Number(ip >> BigInt(112 - 16 * i) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(":");
  return hex.slice(0, best).join(":") + "::" + hex.slice(best + bestLen).join(":");
}
var formatNet = (n) => `${formatIP(n.v6, n.ip)}/${n.bits}`;
function cidrOperand(v, pos) {
  const s = asString(v, pos);
  const n = parseCIDR(s);
  if (!n) throw builtinError(`invalid CIDR address: ${s}`);
  return n;
}
function containsCIDROrIP(net, s) {
  const ip = parseIP(s);
  if (ip) return contains(net, ip.v6, ip.ip);
  const inner = parseCIDR(s);
  if (!inner) throw builtinError(`not a valid textual representation of an IP address or CIDR: ${s}`);
  return contains(net, inner.v6, inner.ip) && contains(net, inner.v6, last(inner));
}
function* matchTerms(v, pos) {
  const cidrOf = (x) => {
    if (typeof x === "string") return x;
    if (Array.isArray(x) && x.length > 0) return x[0];
    throw builtinError(`operand ${pos}: element must be string or non-empty array`);
  };
  if (typeof v === "string") yield [v, v];
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield [cidrOf(v[i]), i];
  else if (v instanceof RSet) for (const x of v.sorted()) yield [cidrOf(x), x];
  else if (v instanceof RObject) for (const [k, x] of v.sorted()) yield [cidrOf(x), k];
}
function rangeToCIDRs(v6, start, end) {
  const w = width(v6);
  const out = [];
  let cur = start;
  while (cur <= end) {
    let bits = w;
    while (bits > 0) {
      const size = 1n << BigInt(w - bits + 1);
      if ((cur & size - 1n) !== 0n || cur + size - 1n > end) break;
      bits--;
    }
    out.push({ v6, ip: cur, bits });
    cur += 1n << BigInt(w - bits);
  }
  return out;
}
function block(x) {
  if (typeof x !== "string") throw builtinError("element must be string");
  const ip = parseIP(x);
  if (!ip) {
    const n2 = parseCIDR(x);
    if (!n2) throw builtinError(`invalid CIDR address: ${x}`);
    return { v6: n2.v6, first: n2.ip, last: last(n2) };
  }
  if (ip.v6) throw builtinError("IPv6 invalid: needs prefix length");
  const top = Number(ip.ip >> 24n);
  const n = mask({ v6: false, ip: ip.ip, bits: top < 128 ? 8 : top < 192 ? 16 : 24 });
  return { v6: false, first: n.ip, last: last(n), text: `${formatIP(false, ip.ip)}/${n.bits}` };
}
var MAPPED = 0xffffn << 32n;
function merge(items) {
  const blocks = items.map(block).map((b) => b.v6 ? b : { ...b, first: b.first | MAPPED, last: b.last | MAPPED });
  const out = new RSet();
  const sorted = blocks.sort((a, b) => a.first < b.first ? -1 : a.first > b.first ? 1 : 0);
  const groups = [];
  for (const b of sorted) {
    const top = groups[groups.length - 1];
    if (top && b.first <= top.last + 1n) {
      if (b.last > top.last) top.last = b.last;
      top.members.push(b);
    } else groups.push({ first: b.first, last: b.last, members: [b] });
  }
  for (const g of groups) {
    if (g.members.length === 1 && g.members[0].text) {
      out.add(g.members[0].text);
      continue;
    }
    for (const n of rangeToCIDRs(true, g.first, g.last)) {
      const v4 = n.bits >= 96 && n.ip >> 32n === 0xffffn;
      out.add(formatNet(v4 ? { v6: false, ip: n.ip & 0xffffffffn, bits: n.bits - 96 } : n));
    }
  }
  return out;
}
var MAX_EXPAND = 1n << 20n;
var builtins12 = {
  "net.cidr_contains": ([a, b]) => containsCIDROrIP(cidrOperand(a, 1), asString(b, 2)),
  "net.cidr_overlap": ([a, b]) => containsCIDROrIP(cidrOperand(a, 1), asString(b, 2)),
  "net.cidr_intersects": ([a, b]) => {
    const x = cidrOperand(a, 1);
    const y = cidrOperand(b, 2);
    return contains(x, y.v6, y.ip) || contains(y, x.v6, x.ip);
  },
  "net.cidr_is_valid": ([a]) => typeof a === "string" && parseCIDR(a) !== void 0,
  "net.cidr_expand": ([a]) => {
    const n = cidrOperand(a, 1);
    const count = 1n << BigInt(width(n.v6) - n.bits);
    if (count > MAX_EXPAND) throw builtinError(`CIDR ${asString(a, 1)} expands to too many addresses (${count})`);
    const out = new RSet();
    for (let ip = n.ip; ip <= last(n); ip++) out.add(formatIP(n.v6, ip));
    return out;
  },
  "net.cidr_merge": ([a]) => {
    if (!Array.isArray(a) && !(a instanceof RSet)) throw builtinError("operand must be an array");
    return merge(Array.isArray(a) ? a : a.sorted());
  },
  "net.cidr_contains_matches": ([a, b]) => {
    const out = new RSet();
    for (const [cidr, i] of matchTerms(a, 1)) {
      for (const [other, j] of matchTerms(b, 2)) {
        if (containsCIDROrIP(cidrOperand(cidr, 1), asString(other, 1))) out.add([i, j]);
      }
    }
    return out;
  }
};

// src/rego/builtins/net-lookup.ts
function hostsLookup(text, name) {
  const want = name.toLowerCase().replace(/\.$/, "");
  const out = [];
  for (const line of text.split("\n")) {
    const fields = line.replace(/#.*/, "").trim().split(/\s+/);
    if (fields.length < 2) continue;
    const ip = parseIP(fields[0]);
    if (!ip) continue;
    if (fields.slice(1).some((n) => n.toLowerCase().replace(/\.$/, "") === want)) out.push(formatIP(ip.v6, ip.ip));
  }
  return out;
}
function localLookup(name, hostsText) {
  const ip = parseIP(name);
  if (ip) return [formatIP(ip.v6, ip.ip)];
  const fromHosts = hostsText === void 0 ? [] : hostsLookup(hostsText, name);
  if (fromHosts.length) return fromHosts;
  if (name.toLowerCase().replace(/\.$/, "") === "localhost") return ["127.0.0.1", "::1"];
  return void 0;
}
function readHosts() {
  try {
    return readFileSync("/etc/hosts", "utf8");
  } catch {
    return void 0;
  }
}
var builtins13 = {
  "net.lookup_ip_addr": ([a], ctx) => {
    const name = asString(a, 1);
    const local = localLookup(name, readHosts());
    if (local) return new RSet(local);
    if (!ctx.allowNet) throw builtinError(`network access is disabled: net.lookup_ip_addr needs DNS for ${JSON.stringify(name)} (enable network builtins to use it)`);
    throw builtinError("net.lookup_ip_addr is not supported in this build");
  }
};

// src/rego/builtins/graph.ts
function vertices(v) {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  return [];
}
function initialOperand(v) {
  if (Array.isArray(v) || v instanceof RSet) return vertices(v);
  throw typeError(2, "{array, set}", v);
}
var builtins14 = {
  "graph.reachable": ([g, i]) => {
    const graph = asObject(g, 1);
    const queue = [...initialOperand(i)];
    const reached = new RSet();
    while (queue.length > 0) {
      const node = queue.shift();
      const edges = graph.get(node);
      if (edges === void 0 || reached.has(node)) continue;
      reached.add(node);
      for (const n of vertices(edges)) if (!reached.has(n)) queue.push(n);
    }
    return reached;
  },
  "graph.reachable_paths": ([g, i]) => {
    const graph = asObject(g, 1);
    const out = new RSet();
    const walk = (node, path) => {
      const edges = graph.get(node);
      if (edges === void 0) {
        out.add(path);
        return;
      }
      const here = [...path, node];
      const next = vertices(edges);
      if (next.length === 0) {
        out.add(here);
        return;
      }
      for (const n of next) {
        if (here.some((p) => equal(p, n))) out.add(here);
        else walk(n, here);
      }
    };
    for (const root of initialOperand(i)) if (graph.get(root) !== void 0) walk(root, []);
    return out;
  }
};

// src/rego/builtins/semver.ts
var IDENT = /^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;
var INT64 = /^[+-]?\d+$/;
var cut = (s, sep) => {
  const i = s.indexOf(sep);
  return i >= 0 ? [s.slice(0, i), s.slice(i + 1)] : [s, ""];
};
function parseSemver(text) {
  const [rest1, meta] = cut(text.startsWith("v") ? text.slice(1) : text, "+");
  if (meta !== "" && !IDENT.test(meta)) return void 0;
  const [core, pre] = cut(rest1, "-");
  if (pre !== "" && !IDENT.test(pre)) return void 0;
  const parts = core.split(".");
  if (parts.length !== 3 || !parts.every((p) => INT64.test(p))) return void 0;
  const nums = parts.map((p) => BigInt(p));
  if (nums.some((n) => n > 0x7fffffffffffffffn || n < -0x8000000000000000n)) return void 0;
  return { nums, pre };
}
var decimals = (s) => /^\d+$/.test(s);
function comparePre(x, y) {
  if (x === y) return 0;
  if (x === "") return 1;
  if (y === "") return -1;
  let [a, restA] = cut(x, ".");
  let [b, restB] = cut(y, ".");
  for (; ; ) {
    if (a === "" && b !== "") return -1;
    if (a !== "" && b === "") return 1;
    const na = decimals(a);
    const nb = decimals(b);
    if (na !== nb) return na ? -1 : 1;
    if (na) {
      const ia = BigInt(a);
      const ib = BigInt(b);
      if (ia !== ib) return ia > ib ? 1 : -1;
    } else if (a !== b) return a > b ? 1 : -1;
    if (restA !== "" && restB === "") return 1;
    if (restA === "" && restB !== "") return -1;
    if (restA === "" && restB === "") return 0;
    [a, restA] = cut(restA, ".");
    [b, restB] = cut(restB, ".");
  }
}
function compareSemver(a, b) {
  for (let i = 0; i < 3; i++) if (a.nums[i] !== b.nums[i]) return a.nums[i] < b.nums[i] ? -1 : 1;
  return comparePre(a.pre, b.pre);
}
var builtins15 = {
  "semver.is_valid": ([v]) => typeof v === "string" && parseSemver(v) !== void 0,
  "semver.compare": ([a, b]) => {
    const sa = asString(a, 1);
    const sb = asString(b, 2);
    const va = parseSemver(sa);
    if (!va) throw builtinError(`operand 1: string ${quoteString(sa)} is not a valid SemVer`);
    const vb = parseSemver(sb);
    if (!vb) throw builtinError(`operand 2: string ${quoteString(sb)} is not a valid SemVer`);
    return compareSemver(va, vb);
  }
};

// src/rego/builtins/uuid.ts
function parseUUIDBytes(s) {
  let t = s;
  if (t.length === 45) {
    if (t.slice(0, 9).toLowerCase() !== "urn:uuid:") return void 0;
    t = t.slice(9);
  } else if (t.length === 38) t = t.slice(1, 37);
  else if (t.length === 32) return /^[0-9a-fA-F]{32}$/.test(t) ? Buffer.from(t, "hex") : void 0;
  if (t.length !== 36 || t[8] !== "-" || t[13] !== "-" || t[18] !== "-" || t[23] !== "-") return void 0;
  const hex = t.replace(/-/g, "");
  return /^[0-9a-fA-F]{32}$/.test(hex) ? Buffer.from(hex, "hex") : void 0;
}
function variant(b) {
  if ((b & 192) === 128) return "RFC4122";
  if ((b & 224) === 192) return "Microsoft";
  if ((b & 224) === 224) return "Future";
  return "Reserved";
}
var GREGORIAN_OFFSET = 122192928000000000n;
function uuidProperties(u) {
  const version = u[6] >> 4;
  const out = new RObject();
  out.set("version", version);
  out.set("variant", variant(u[8]));
  if (version === 1 || version === 2) {
    const t = BigInt(u.readUInt32BE(0)) | BigInt(u.readUInt16BE(4)) << 32n | BigInt(u.readUInt16BE(6) & 4095) << 48n;
    const since = t - GREGORIAN_OFFSET;
    const sec = since / 10000000n;
    const nsec = since % 10000000n * 100n;
    out.set("time", num(sec * 1000000000n + nsec));
    out.set("clocksequence", u.readUInt16BE(8) & 16383);
    out.set("nodeid", [...u.subarray(10)].map((b) => b.toString(16).padStart(2, "0")).join("-"));
    out.set("macvariables", `${u[10] & 2 ? "local" : "global"}:${u[10] & 1 ? "multicast" : "unicast"}`);
  }
  if (version === 2) {
    const domains = ["Person", "Group", "Org"];
    out.set("domain", domains[u[9]] ?? `Domain${u[9]}`);
    out.set("id", u.readUInt32BE(0));
  }
  return out;
}
var builtins16 = {
  "uuid.parse": ([s]) => {
    const u = parseUUIDBytes(asString(s, 1));
    return u ? uuidProperties(u) : void 0;
  },
  "uuid.rfc4122": ([k], ctx) => {
    const key = `uuid.rfc4122\0${asString(k, 1)}`;
    const cached = ctx.cache.get(key);
    if (typeof cached === "string") return cached;
    const b = Buffer.alloc(16);
    for (let i = 0; i < 16; i++) b[i] = Math.floor(ctx.random() * 256) & 255;
    b[6] = b[6] & 15 | 64;
    b[8] = b[8] & 63 | 128;
    const h = b.toString("hex");
    const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    ctx.cache.set(key, id);
    return id;
  }
};

// src/rego/builtins/template.ts
var MISSING = /* @__PURE__ */ Symbol("missing");
function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf("{{", i);
    if (open < 0) {
      out.push({ text: src.slice(i) });
      break;
    }
    let text = src.slice(i, open);
    let start = open + 2;
    if (src[start] === "-" && /\s/.test(src[start + 1] ?? "")) {
      text = text.replace(/\s+$/, "");
      start++;
    }
    const close = src.indexOf("}}", start);
    if (close < 0) throw builtinError("template: unclosed action");
    let end = close;
    let next = close + 2;
    if (src[close - 1] === "-" && /\s/.test(src[close - 2] ?? "")) {
      end--;
      while (next < src.length && /\s/.test(src[next])) next++;
    }
    out.push({ text }, { action: src.slice(start, end).trim() });
    i = next;
  }
  return out.filter((x) => !("text" in x) || x.text !== "");
}
function parse(tokens, pos, stop) {
  const nodes = [];
  while (pos.i < tokens.length) {
    const tok = tokens[pos.i++];
    if ("text" in tok) {
      nodes.push({ t: "text", s: tok.text });
      continue;
    }
    const a = tok.action;
    if (a.startsWith("/*")) continue;
    const word = a.split(/\s+/)[0];
    if (stop.includes(word)) return { nodes, end: a };
    if (word === "if" || word === "with") {
      nodes.push(parseIf(word, a.slice(word.length).trim(), tokens, pos));
    } else if (word === "range") {
      let pipe = a.slice(5).trim();
      let vars = [];
      const m = /^(\$\w*)\s*(?:,\s*(\$\w*))?\s*:=\s*(.*)$/.exec(pipe);
      if (m) {
        vars = m[2] ? [m[1], m[2]] : [m[1]];
        pipe = m[3];
      }
      const body = parse(tokens, pos, ["else", "end"]);
      const elseNodes = body.end === "else" ? parse(tokens, pos, ["end"]).nodes : [];
      nodes.push({ t: "range", pipe, vars, body: body.nodes, else: elseNodes });
    } else {
      const m = /^(\$\w*)\s*:?=\s*(.*)$/.exec(a);
      nodes.push(m ? { t: "action", pipe: m[2], decl: [m[1]] } : { t: "action", pipe: a });
    }
  }
  if (stop.length) throw builtinError("template: unexpected EOF");
  return { nodes, end: "" };
}
function parseIf(kind, pipe, tokens, pos) {
  const body = parse(tokens, pos, ["else", "end"]);
  let elseNodes = [];
  if (body.end.startsWith("else ")) {
    const rest = body.end.slice(5).trim();
    const w = rest.split(/\s+/)[0] === "with" ? "with" : "if";
    elseNodes = [parseIf(w, rest.slice(w.length).trim(), tokens, pos)];
  } else if (body.end === "else") elseNodes = parse(tokens, pos, ["end"]).nodes;
  return { t: kind, pipe, then: body.nodes, else: elseNodes };
}
function sprint(v) {
  if (v === MISSING) return "<undefined>";
  if (v === null) return "<nil>";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (isNum(v)) return numToString(v);
  if (Array.isArray(v)) return `[${v.map(sprint).join(" ")}]`;
  if (v instanceof RSet) return `[${v.sorted().map(sprint).join(" ")}]`;
  return `map[${v.sorted().map(([k, x]) => `${sprint(k)}:${sprint(x)}`).join(" ")}]`;
}
var truthy = (v) => {
  if (v === MISSING || v === null || v === false || v === "" || v === 0) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof RSet || v instanceof RObject) return v.sorted().length > 0;
  return true;
};
function splitArgs(s) {
  const out = [];
  let cur = "";
  let depth = 0;
  let quote = "";
  for (const ch of s) {
    if (quote) {
      cur += ch;
      if (ch === quote && !cur.endsWith("\\" + quote)) quote = "";
      continue;
    }
    if (ch === '"' || ch === "`") quote = ch;
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
function field(base, path) {
  let v = base;
  for (const p of path) {
    if (!(v instanceof RObject)) return MISSING;
    const next = v.get(p);
    v = next === void 0 ? MISSING : next;
  }
  return v;
}
function operand(s, scope) {
  if (s.startsWith("(") && s.endsWith(")")) return pipeline(s.slice(1, -1), scope);
  if (s === ".") return scope.dot;
  if (s.startsWith(".")) return field(scope.dot, s.slice(1).split("."));
  if (s.startsWith("$")) {
    const [name, ...path] = s.split(".");
    const v = scope.vars.get(name);
    if (v === void 0) throw builtinError(`template: undefined variable "${name}"`);
    return field(v, path);
  }
  if (s.startsWith('"')) return JSON.parse(s);
  if (s.startsWith("`")) return s.slice(1, -1);
  if (s === "true" || s === "false") return s === "true";
  if (s === "nil") return null;
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return Number(s);
  throw builtinError(`template: function "${s}" not defined`);
}
var cmp = (a, b) => compare(a === MISSING ? null : a, b === MISSING ? null : b);
var FUNCS = {
  eq: ([a, ...bs]) => bs.some((b) => equal(a === MISSING ? null : a, b === MISSING ? null : b)),
  ne: ([a, b]) => cmp(a, b) !== 0,
  lt: ([a, b]) => cmp(a, b) < 0,
  le: ([a, b]) => cmp(a, b) <= 0,
  gt: ([a, b]) => cmp(a, b) > 0,
  ge: ([a, b]) => cmp(a, b) >= 0,
  not: ([a]) => !truthy(a),
  and: (args) => args.find((a) => !truthy(a)) ?? args[args.length - 1],
  or: (args) => args.find((a) => truthy(a)) ?? args[args.length - 1],
  len: ([a]) => typeof a === "string" ? Buffer.byteLength(a) : Array.isArray(a) ? a.length : a instanceof RSet || a instanceof RObject ? a.sorted().length : 0,
  index: ([a, ...keys]) => keys.reduce((v, k) => Array.isArray(v) && typeof k === "number" ? v[k] ?? MISSING : v instanceof RObject && k !== MISSING ? v.get(k) ?? MISSING : MISSING, a),
  print: (args) => args.map(sprint).join(""),
  println: (args) => args.map(sprint).join(" ") + "\n"
};
function command(cmd, scope, piped) {
  const parts = splitArgs(cmd);
  const fn = FUNCS[parts[0]];
  if (fn) {
    const args = parts.slice(1).map((p) => operand(p, scope));
    if (piped !== void 0) args.push(piped);
    return fn(args);
  }
  return operand(parts[0], scope);
}
function pipeline(s, scope) {
  let v;
  for (const cmd of s.split(/\|(?=(?:[^"`]*["`][^"`]*["`])*[^"`]*$)/)) v = command(cmd.trim(), scope, v);
  return v === void 0 ? MISSING : v;
}
function exec(nodes, scope, out) {
  for (const n of nodes) {
    if (n.t === "text") out.push(n.s);
    else if (n.t === "action") {
      const v = pipeline(n.pipe, scope);
      if (n.decl) scope.vars.set(n.decl[0], v);
      else out.push(sprint(v));
    } else if (n.t === "if" || n.t === "with") {
      const v = pipeline(n.pipe, scope);
      if (truthy(v)) exec(n.then, n.t === "with" ? { dot: v, vars: scope.vars } : scope, out);
      else exec(n.else, scope, out);
    } else if (n.t === "range") {
      const v = pipeline(n.pipe, scope);
      const items = Array.isArray(v) ? v.map((x, i) => [i, x]) : v instanceof RSet ? v.sorted().map((x, i) => [i, x]) : v instanceof RObject ? v.sorted() : [];
      if (items.length === 0) exec(n.else, scope, out);
      for (const [k, x] of items) {
        const vars = new Map(scope.vars);
        if (n.vars.length === 1) vars.set(n.vars[0], x);
        if (n.vars.length === 2) {
          vars.set(n.vars[0], k);
          vars.set(n.vars[1], x);
        }
        exec(n.body, { dot: x, vars }, out);
      }
    }
  }
}
function renderTemplate(template, vars) {
  const { nodes } = parse(tokenize(template), { i: 0 }, []);
  const out = [];
  exec(nodes, { dot: vars, vars: /* @__PURE__ */ new Map([["$", vars]]) }, out);
  return out.join("");
}
var builtins17 = {
  "strings.render_template": ([t, v]) => renderTemplate(asString(t, 1), asObject(v, 2))
};

// src/rego/builtins/rand.ts
var builtins18 = {
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
var isDigit2 = (c) => c >= 48 && c <= 57;
var isIdentPart = (c) => isIdentStart(c) || isDigit2(c);
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
      if (isDigit2(c) || c === 46 && isDigit2(src.charCodeAt(i + 1)) && !afterTerm(tokens)) {
        while (i < n && isDigit2(src.charCodeAt(i))) i++;
        if (src.charCodeAt(i) === 46 && isDigit2(src.charCodeAt(i + 1))) {
          i++;
          while (i < n && isDigit2(src.charCodeAt(i))) i++;
        }
        const e = src.charCodeAt(i);
        if ((e === 101 || e === 69) && (isDigit2(src.charCodeAt(i + 1)) || src[i + 1] === "+" || src[i + 1] === "-")) {
          i++;
          if (src[i] === "+" || src[i] === "-") i++;
          if (!isDigit2(src.charCodeAt(i))) fail(start, "illegal number format");
          while (i < n && isDigit2(src.charCodeAt(i))) i++;
        }
        if (isIdentStart(src.charCodeAt(i))) fail(start, "illegal number format");
        if (c === 48 && i > start + 1 && isDigit2(src.charCodeAt(start + 1))) fail(start, "unexpected number token: expected number without leading zero");
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
var IDENT2 = /^[A-Za-z_][A-Za-z0-9_]*/;
function refPath(text) {
  const head = IDENT2.exec(text);
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
var Parser = class _Parser {
  constructor(src, file, opts = {}) {
    this.src = src;
    this.file = file;
    this.opts = opts;
    this.v0 = !!opts.v0;
    const { tokens, comments } = lex(src, file);
    this.toks = tokens;
    this.comments = comments;
    const last2 = tokens[tokens.length - 2];
    if (last2?.kind === "illegal") this.illegal = last2;
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
    const last2 = lastBranch[lastBranch.length - 1];
    const withs = last2.e !== "or" || !last2.group ? last2.with : [];
    if (withs === last2.with) last2.with = [];
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
          const operand2 = this.parseTerm();
          return { t: "call", op: "minus", args: [{ t: "scalar", value: 0, loc }, operand2], loc };
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
  return new Parser(src, file, opts).parseModule();
}
function parseQuery(src, opts = {}, file = "query") {
  const p = new Parser(src, file, opts);
  p.enableKeywords(opts.keywords ?? ["if", "contains", "in", "every"]);
  return p.parseQuery();
}
function parseTerm(src, file = "term") {
  return new Parser(src, file, {}).parseSingleTerm();
}

// src/rego/syntax/ast-json.ts
var o = (entries) => {
  const out = new RObject();
  for (const [k, v] of entries) if (v !== void 0) out.set(k, v);
  return out;
};
var term = (type, value) => o([["type", type], ["value", value]]);
var opRef = (op) => {
  const [head, ...rest] = op.split(".");
  return term("ref", [term("var", head), ...rest.map((p) => term("string", p))]);
};
function scalarType(v) {
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
      return term(scalarType(t.value), t.value === null ? new RObject() : t.value);
    case "var":
      return term("var", t.name);
    case "ref":
      return term("ref", [termJSON(t.head), ...t.path.map(termJSON)]);
    case "array":
      return term("array", t.items.map(termJSON));
    case "set":
      return term("set", [...t.items].sort(termCompare).map(termJSON));
    case "object":
      return term("object", [...t.items].sort(([a], [b]) => termCompare(a, b)).map(([k, v]) => [termJSON(k), termJSON(v)]));
    case "arraycompr":
      return term("arraycomprehension", o([["term", termJSON(t.term)], ["body", bodyJSON(t.body)]]));
    case "setcompr":
      return term("setcomprehension", o([["term", termJSON(t.term)], ["body", bodyJSON(t.body)]]));
    case "objectcompr":
      return term("objectcomprehension", o([["key", termJSON(t.key)], ["value", termJSON(t.value)], ["body", bodyJSON(t.body)]]));
    case "call":
      return term("call", [opRef(t.op), ...t.args.map(termJSON)]);
    case "template":
      return term("call", [opRef("internal.template_string"), term("array", t.parts.map((p) => typeof p === "string" ? term("string", p) : termJSON(p)))]);
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
      return o([["symbols", [term("call", [opRef(e.key ? "internal.member_3" : "internal.member_2"), ...args])]]]);
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
  const value = h.value ? termJSON(h.value) : h.key ? void 0 : term("boolean", true);
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
    ["package", o([["path", [term("var", "data"), ...m.package.map((p) => term("string", p))]]])],
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
var builtins19 = {
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
var builtins20 = {
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
  builtins9,
  builtins,
  builtins10,
  builtins11,
  builtins12,
  builtins13,
  builtins14,
  builtins15,
  builtins2,
  builtins16,
  builtins3,
  builtins17,
  builtins18,
  builtins19,
  builtins20
);
var LAZY_NAMESPACES = [
  // with a pattern V8 runs as RE2 does, these two need no RE2 (regex-match.ts)
  { names: ["regex.match", "re_match"], load: async () => (await import("./regex-match-SVO45LER.js")).builtins },
  {
    names: [
      "regex.is_valid",
      "regex.split",
      "regex.find_n",
      "regex.find_all_string_submatch_n",
      "regex.replace",
      "regex.template_match",
      "regex.globs_match"
    ],
    load: async () => (await import("./regex-FSVYGI2N.js")).builtins
  },
  { names: ["yaml.marshal", "yaml.unmarshal", "yaml.is_valid"], load: async () => (await import("./yaml-7RVYYE4Q.js")).builtins },
  { names: ["glob.match", "glob.quote_meta"], load: async () => (await import("./glob-IBKALOAE.js")).builtins },
  {
    names: [
      "graphql.parse_query",
      "graphql.parse_schema",
      "graphql.parse",
      "graphql.parse_and_verify",
      "graphql.is_valid",
      "graphql.schema_is_valid"
    ],
    load: async () => (await import("./graphql-2O3DEWGP.js")).builtins
  },
  { names: ["json.match_schema", "json.verify_schema"], load: async () => (await import("./jsonschema-LVSZ5T4K.js")).builtins },
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
    load: async () => (await import("./jwt-UZETBMDQ.js")).builtins
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
    load: async () => (await import("./crypto-AAR7O4PS.js")).builtins
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
    load: async () => (await import("./time-VX6H3TDC.js")).builtins
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
function namedIn(names, text) {
  return names.some((n) => {
    if (text.includes(n)) return true;
    for (let dot = n.indexOf("."); dot > 0; dot = n.indexOf(".", dot + 1)) if (text.includes(`${n.slice(0, dot)}[`)) return true;
    return false;
  });
}
var RE2_NAMESPACE = LAZY_NAMESPACES[1];
async function loadBuiltinsNamedIn(texts) {
  const unloaded = (names) => names.some((n) => !(n in BUILTINS));
  const wanted = LAZY_NAMESPACES.filter((ns) => unloaded(ns.names) && texts.some((t) => namedIn(ns.names, t)));
  const yaml = texts.some((t) => t.includes("METADATA") || t.includes("rego.parse_module")) ? [loadYamlLib()] : [];
  const [loaded] = await Promise.all([Promise.all(wanted.map((ns) => ns.load())), ...yaml]);
  registerBuiltins(...loaded);
  if (!wanted.includes(RE2_NAMESPACE) && unloaded(RE2_NAMESPACE.names) && texts.some((t) => namedIn(LAZY_NAMESPACES[0].names, t))) {
    const { usesRe2 } = await import("./regex-match-SVO45LER.js");
    if (texts.some(usesRe2)) registerBuiltins(await RE2_NAMESPACE.load());
  }
}

export {
  RegoError,
  schemaAnnotations,
  forEachOperand,
  dottedName,
  parseModule,
  parseQuery,
  parseTerm,
  DEPRECATED,
  BUILTINS,
  LAZY_NAMESPACES,
  isBuiltin,
  isUnloadedBuiltin,
  registerBuiltins,
  namedIn,
  loadBuiltinsNamedIn
};
