import { createRequire } from 'node:module';
import { b as asString, c as builtinError, R as RSet, d as RObject } from './rego-CkdsLX6W.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

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
var builtins = {
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

export { parseIP as a, builtins as b, formatIP as f, parseCIDR as p };
