// Go's fmt.Sprintf over the argument kinds OPA's sprintf passes: int (or *big.Int beyond 64 bits), float64 and
// string (every other Rego value arrives as its Rego text). Verbs, flags, width, precision, argument indexes and
// Go's error forms (%!d(string=x), %!d(MISSING), %!(EXTRA ...), %!(NOVERB)) as Go prints them.

export type GoArg =
  | { kind: 'int'; v: bigint; big: boolean }
  | { kind: 'float'; v: number }
  | { kind: 'string'; v: string };

interface Spec {
  plus: boolean; minus: boolean; sharp: boolean; space: boolean; zero: boolean;
  width?: number; prec?: number;
}

const goType = (a: GoArg) => (a.kind === 'int' ? (a.big ? '*big.Int' : 'int') : a.kind === 'float' ? 'float64' : 'string');

export function goSprintf(format: string, args: GoArg[]): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  const n = format.length;
  let i = 0;
  while (i < n) {
    const pct = format.indexOf('%', i);
    if (pct < 0) { out += format.slice(i); break; }
    out += format.slice(i, pct);
    i = pct + 1;
    const s: Spec = { plus: false, minus: false, sharp: false, space: false, zero: false };
    for (; i < n; i++) {
      const c = format[i];
      if (c === '+') s.plus = true;
      else if (c === '-') { s.minus = true; s.zero = false; }
      else if (c === '#') s.sharp = true;
      else if (c === ' ') s.space = true;
      else if (c === '0') s.zero = !s.minus;
      else break;
    }
    const argIndex = (): void => {
      const m = /^\[(\d+)\]/.exec(format.slice(i));
      if (m) { argNum = Number(m[1]) - 1; reordered = true; i += m[0].length; }
    };
    const number = (): number | undefined => {
      const m = /^\d+/.exec(format.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return Number(m[0]);
    };
    const starArg = (): number | undefined => {
      const a = args[argNum++];
      return a && a.kind === 'int' ? Number(a.v) : undefined;
    };
    argIndex();
    if (format[i] === '*') {
      i++;
      const w = starArg();
      if (w === undefined) out += '%!(BADWIDTH)';
      else if (w < 0) { s.minus = true; s.zero = false; s.width = -w; } else s.width = w;
    } else s.width = number();
    if (format[i] === '.') {
      i++;
      argIndex();
      if (format[i] === '*') {
        i++;
        const p = starArg();
        if (p === undefined || p < 0) out += '%!(BADPREC)'; else s.prec = p;
      } else s.prec = number() ?? 0;
    }
    argIndex();
    if (i >= n) { out += '%!(NOVERB)'; break; }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    if (verb === '%') { out += '%'; continue; }
    const arg = args[argNum];
    if (arg === undefined) { out += `%!${verb}(MISSING)`; continue; }
    argNum++;
    out += formatArg(verb, s, arg);
  }
  if (!reordered && argNum < args.length) {
    out += '%!(EXTRA ' + args.slice(argNum).map((a) => `${goType(a)}=${formatArg('v', blank(), a)}`).join(', ') + ')';
  }
  return out;
}

const blank = (): Spec => ({ plus: false, minus: false, sharp: false, space: false, zero: false });

function formatArg(verb: string, s: Spec, a: GoArg): string {
  if (verb === 'T') return pad(goType(a), s, false);
  if (verb === 'v' && a.kind === 'string') return pad(truncate(a.v, s), s, false);
  switch (a.kind) {
    case 'int': {
      const r = fmtInt(verb, s, a.v, a.big);
      if (r !== undefined) return r;
      break;
    }
    case 'float': {
      const r = fmtFloat(verb, s, a.v);
      if (r !== undefined) return r;
      break;
    }
    case 'string': {
      const r = fmtString(verb, s, a.v);
      if (r !== undefined) return r;
      break;
    }
  }
  return `%!${verb}(${goType(a)}=${formatArg('v', blank(), a)})`;
}

function truncate(v: string, s: Spec): string {
  return s.prec === undefined ? v : Array.from(v).slice(0, s.prec).join('');
}

/** Pads to the width with spaces (left, or right with '-'), or zeros after the sign when allowed. */
function pad(body: string, s: Spec, zeroOk: boolean): string {
  const w = s.width ?? 0;
  const len = Array.from(body).length;
  if (len >= w) return body;
  if (s.minus) return body + ' '.repeat(w - len);
  if (s.zero && zeroOk) {
    const sign = /^[+\- ]/.test(body) ? body[0] : '';
    return sign + '0'.repeat(w - len) + body.slice(sign.length);
  }
  return ' '.repeat(w - len) + body;
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.plus ? '+' : s.space ? ' ' : '';
}

function fmtInt(verb: string, s: Spec, v: bigint, big: boolean): string | undefined {
  const bases: Record<string, number> = { d: 10, v: 10, b: 2, o: 8, O: 8, x: 16, X: 16 };
  if (verb === 'c' || verb === 'q' || verb === 'U') {
    if (big) return undefined;
    const cp = Number(v);
    const ch = cp >= 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
    if (verb === 'c') return pad(ch, s, false);
    if (verb === 'q') return pad(quoteRune(ch), s, false);
    const hex = (v < 0n ? -v : v).toString(16).toUpperCase().padStart(4, '0');
    return pad(`U+${hex}` + (s.sharp ? ` '${ch}'` : ''), s, false);
  }
  const base = bases[verb];
  if (base === undefined) return undefined;
  const neg = v < 0n;
  let digits = (neg ? -v : v).toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  if (s.prec !== undefined) {
    if (s.prec === 0 && v === 0n) digits = '';
    else digits = digits.padStart(s.prec, '0');
  }
  let prefix = '';
  if (verb === 'O') prefix = '0o';
  else if (s.sharp) {
    if (verb === 'b') prefix = '0b';
    else if (verb === 'o' && !digits.startsWith('0')) prefix = '0';
    else if (verb === 'x') prefix = '0x';
    else if (verb === 'X') prefix = '0X';
  }
  const sign = signOf(neg, s);
  const body = prefix + digits;
  const w = s.width ?? 0;
  if (s.zero && !s.minus && s.prec === undefined && sign.length + body.length < w) {
    return sign + prefix + '0'.repeat(w - sign.length - body.length) + digits;
  }
  return pad(sign + body, { ...s, zero: false }, false);
}

/** Decimal digits (no trailing zeros) and point position: |v| = 0.d1d2... x 10^dp. */
function decimalDigits(v: number, sig?: number): { d: string; dp: number } {
  if (v === 0) return { d: '', dp: 0 };
  const e = sig === undefined ? Math.abs(v).toExponential() : Math.abs(v).toExponential(Math.max(sig - 1, 0));
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const d = (m[1] + (m[2] ?? '')).replace(/0+$/, '');
  return { d, dp: Number(m[3]) + 1 };
}

function fmtE(neg: boolean, digs: { d: string; dp: number }, prec: number, e: string): string {
  const d = digs.d === '' ? '0' : digs.d;
  let out = d[0];
  if (prec > 0) out += '.' + d.slice(1, 1 + prec).padEnd(prec, '0');
  const exp = digs.d === '' ? 0 : digs.dp - 1;
  const ae = Math.abs(exp);
  return (neg ? '-' : '') + out + e + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
}

function fmtF(neg: boolean, digs: { d: string; dp: number }, prec: number): string {
  let int: string;
  if (digs.dp <= 0) int = '0';
  else int = digs.d.slice(0, digs.dp).padEnd(digs.dp, '0');
  let out = int;
  if (prec > 0) {
    let frac = '';
    for (let k = 0; k < prec; k++) {
      const j = digs.dp + k;
      frac += j >= 0 && j < digs.d.length ? digs.d[j] : '0';
    }
    out += '.' + frac;
  }
  return (neg ? '-' : '') + out;
}

function fixedDigits(v: number, prec: number): { d: string; dp: number } {
  const a = Math.abs(v);
  const text = a >= 1e21 ? BigInt(a).toString() : a.toFixed(Math.min(prec, 100));
  const [ip, fp = ''] = text.split('.');
  let d = ip + fp;
  let dp = ip.length;
  while (d.startsWith('0')) { d = d.slice(1); dp--; }
  return d === '' ? { d: '', dp: 0 } : { d: d.replace(/0+$/, ''), dp };
}

function fmtFloat(verb: string, s: Spec, v: number): string | undefined {
  const neg = v < 0 || Object.is(v, -0);
  let body: string;
  switch (verb) {
    case 'v': case 'g': case 'G': {
      const shortest = s.prec === undefined;
      let prec = s.prec ?? -1;
      if (prec === 0) prec = 1;
      const digs = shortest ? decimalDigits(v) : decimalDigits(v, prec);
      let eprec = shortest ? 6 : prec;
      if (!shortest && eprec > digs.d.length && digs.d.length >= digs.dp) eprec = digs.d.length;
      const exp = digs.dp - 1;
      const e = verb === 'G' ? 'E' : 'e';
      if (digs.d !== '' && (exp < -4 || exp >= eprec)) {
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
    case 'e': case 'E': {
      const prec = s.prec ?? 6;
      body = fmtE(neg, decimalDigits(v, prec + 1), prec, verb);
      break;
    }
    case 'f': case 'F': {
      const prec = s.prec ?? 6;
      body = fmtF(neg, fixedDigits(v, prec), prec);
      break;
    }
    default:
      return undefined;
  }
  if (!neg) body = signOf(false, s) + body;
  return pad(body, s, true);
}

function fmtString(verb: string, s: Spec, v: string): string | undefined {
  switch (verb) {
    case 's': return pad(truncate(v, s), s, false);
    case 'q': return pad(s.sharp && !/[`\p{Cc}]/u.test(v) ? '`' + v + '`' : quoteString(truncate(v, s)), s, false);
    case 'x': case 'X': {
      const bytes = Buffer.from(truncate(v, s), 'utf8');
      let hex = [...bytes].map((b) => (s.sharp ? (verb === 'x' ? '0x' : '0X') : '') + b.toString(16).padStart(2, '0'));
      if (verb === 'X') hex = hex.map((h) => h.toUpperCase());
      return pad(hex.join(s.space ? ' ' : ''), s, false);
    }
    default: return undefined;
  }
}

const ESC: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\' };

function escapeChar(ch: string, quote: string): string {
  if (ch === quote) return '\\' + ch;
  if (ESC[ch]) return ESC[ch];
  const cp = ch.codePointAt(0)!;
  if (/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch) || ch === ' ') return ch;
  if (cp < 0x80) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** strconv.Quote */
export function quoteString(v: string): string {
  let out = '"';
  for (const ch of v) out += escapeChar(ch, '"');
  return out + '"';
}

function quoteRune(ch: string): string {
  return "'" + escapeChar(ch, "'") + "'";
}
