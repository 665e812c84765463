import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

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

export {
  goSprintf,
  quoteString,
  quoteBytes
};
