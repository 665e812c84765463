import { createRequire } from 'node:module';
import { d as RObject, n as num, b as asString, c as builtinError, A as pemDecode, G as goBase64Decode, h as operandError, v as isNum, C as numToJs, j as fromJSON, H as pemEncode, a as asObject } from './rego-CkdsLX6W.js';
import { createHash, createHmac, X509Certificate, createPrivateKey, createPublicKey, timingSafeEqual } from 'node:crypto';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/crypto/x509.ts
var DerError = class extends Error {
};
function readTLV(buf, off) {
  if (off + 2 > buf.length) throw new DerError("truncated");
  const first = buf[off];
  let p = off + 1;
  let tag = first & 31;
  if (tag === 31) {
    tag = 0;
    while (p < buf.length && buf[p] & 128) tag = tag << 7 | buf[p++] & 127;
    tag = tag << 7 | buf[p++] & 127;
  }
  let len = buf[p++];
  if (len & 128) {
    const n = len & 127;
    if (n === 0 || n > 4) throw new DerError("bad length");
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p++];
  }
  if (p + len > buf.length) throw new DerError("truncated");
  return { tag, cls: first >> 6, constructed: (first & 32) !== 0, start: off, end: p + len, raw: buf.subarray(off, p + len), content: buf.subarray(p, p + len) };
}
function children(t) {
  const out = [];
  for (let off = 0; off < t.content.length; ) {
    const c = readTLV(t.content, off);
    out.push(c);
    off = c.end;
  }
  return out;
}
function oid(b) {
  const out = [Math.floor(b[0] / 40), b[0] % 40];
  let v = 0;
  for (let i = 1; i < b.length; i++) {
    v = v * 128 + (b[i] & 127);
    if (!(b[i] & 128)) {
      out.push(v);
      v = 0;
    }
  }
  return out;
}
var oidStr = (b) => oid(b).join(".");
function bigint(b) {
  if (b.length === 0) return 0n;
  let v = BigInt("0x" + b.toString("hex"));
  if (b[0] & 128) v -= 1n << BigInt(b.length * 8);
  return v;
}
var NAME_FIELDS = {
  "2.5.4.6": "Country",
  "2.5.4.10": "Organization",
  "2.5.4.11": "OrganizationalUnit",
  "2.5.4.7": "Locality",
  "2.5.4.8": "Province",
  "2.5.4.9": "StreetAddress",
  "2.5.4.17": "PostalCode"
};
function decodeString(t) {
  if (t.tag === 30) {
    let s = "";
    for (let i = 0; i + 1 < t.content.length; i += 2) s += String.fromCharCode(t.content.readUInt16BE(i));
    return s;
  }
  return t.tag === 12 ? t.content.toString("utf8") : t.content.toString("latin1");
}
function name(t) {
  const lists = {};
  let cn = "";
  let serial = "";
  const names = [];
  for (const set of children(t)) {
    for (const atv of children(set)) {
      const [type, val] = children(atv);
      const id = oid(type.content);
      const value = decodeString(val);
      names.push(new RObject([["Type", id], ["Value", value]]));
      const key = id.join(".");
      if (key === "2.5.4.3") cn = value;
      else if (key === "2.5.4.5") serial = value;
      else if (NAME_FIELDS[key]) (lists[NAME_FIELDS[key]] ??= []).push(value);
    }
  }
  const o = new RObject();
  for (const f of Object.values(NAME_FIELDS)) o.set(f, lists[f] ?? null);
  o.set("SerialNumber", serial);
  o.set("CommonName", cn);
  o.set("Names", names.length ? names : null);
  o.set("ExtraNames", null);
  return o;
}
function time(t) {
  const s = t.content.toString("latin1");
  const full = t.tag === 23 ? (Number(s.slice(0, 2)) >= 50 ? "19" : "20") + s : s;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}T${full.slice(8, 10)}:${full.slice(10, 12)}:${full.slice(12, 14)}Z`;
}
var SIG_ALGS = {
  "1.2.840.113549.1.1.2": 1,
  "1.2.840.113549.1.1.4": 2,
  "1.2.840.113549.1.1.5": 3,
  "1.2.840.113549.1.1.11": 4,
  "1.2.840.113549.1.1.12": 5,
  "1.2.840.113549.1.1.13": 6,
  "1.2.840.10040.4.3": 7,
  "2.16.840.1.101.3.4.3.2": 8,
  "1.2.840.10045.4.1": 9,
  "1.2.840.10045.4.3.2": 10,
  "1.2.840.10045.4.3.3": 11,
  "1.2.840.10045.4.3.4": 12,
  "1.2.840.113549.1.1.10": 13,
  "1.3.101.112": 16
};
var PK_ALGS = { "1.2.840.113549.1.1.1": 1, "1.2.840.10040.4.1": 2, "1.2.840.10045.2.1": 3, "1.3.101.112": 4 };
var EXT_KEY_USAGE = {
  "2.5.29.37.0": 0,
  "1.3.6.1.5.5.7.3.1": 1,
  "1.3.6.1.5.5.7.3.2": 2,
  "1.3.6.1.5.5.7.3.3": 3,
  "1.3.6.1.5.5.7.3.4": 4,
  "1.3.6.1.5.5.7.3.5": 5,
  "1.3.6.1.5.5.7.3.6": 6,
  "1.3.6.1.5.5.7.3.7": 7,
  "1.3.6.1.5.5.7.3.8": 8,
  "1.3.6.1.5.5.7.3.9": 9,
  "1.3.6.1.4.1.311.10.3.3": 10,
  "2.16.840.1.113730.4.1": 11,
  "1.3.6.1.4.1.311.2.1.22": 12,
  "1.3.6.1.4.1.311.61.1.1": 13
};
function ipString(b) {
  if (b.length === 4) return [...b].join(".");
  const parts = [];
  for (let i = 0; i + 1 < b.length; i += 2) parts.push(b.readUInt16BE(i).toString(16));
  return parts.join(":").replace(/(^|:)0(:0)+(:|$)/, "::");
}
function urlObject(u) {
  let parsed;
  try {
    parsed = new URL(u);
  } catch {
    parsed = void 0;
  }
  return new RObject([
    ["Scheme", parsed ? parsed.protocol.replace(/:$/, "") : ""],
    ["Opaque", ""],
    ["User", null],
    ["Host", parsed?.host ?? ""],
    ["Path", parsed ? decodeURIComponent(parsed.pathname) : u],
    ["RawPath", ""],
    ["OmitHost", false],
    ["ForceQuery", false],
    ["RawQuery", parsed?.search.replace(/^\?/, "") ?? ""],
    ["Fragment", parsed?.hash.replace(/^#/, "") ?? ""],
    ["RawFragment", ""]
  ]);
}
function nameConstraints(o, inner, critical) {
  o.set("PermittedDNSDomainsCritical", critical);
  for (const subtrees of children(inner)) {
    const side = subtrees.tag === 0 ? "Permitted" : subtrees.tag === 1 ? "Excluded" : void 0;
    if (!side) continue;
    const lists = { DNSDomains: [], IPRanges: [], EmailAddresses: [], URIDomains: [] };
    for (const subtree of children(subtrees)) {
      const base = children(subtree)[0];
      if (base.tag === 2) lists.DNSDomains.push(base.content.toString("latin1"));
      else if (base.tag === 1) lists.EmailAddresses.push(base.content.toString("latin1"));
      else if (base.tag === 6) lists.URIDomains.push(base.content.toString("latin1"));
      else if (base.tag === 7) {
        const half = base.content.length / 2;
        lists.IPRanges.push(new RObject([["IP", ipString(base.content.subarray(0, half))], ["Mask", base.content.subarray(half).toString("base64")]]));
      }
    }
    for (const [k, v] of Object.entries(lists)) o.set(`${side}${k}`, v.length ? v : null);
  }
}
function applyExtensions(o, exts, into) {
  const dns = [];
  const emails = [];
  const ips = [];
  const uris = [];
  const extList = [];
  for (const ext of exts) {
    const parts = children(ext);
    const id = oidStr(parts[0].content);
    const critical = parts.length === 3 && parts[1].content[0] !== 0;
    const value = parts[parts.length - 1].content;
    extList.push(new RObject([["Id", oid(parts[0].content)], ["Critical", critical], ["Value", value.toString("base64")]]));
    const inner = readTLV(value, 0);
    if (id === "2.5.29.17") {
      for (const g of children(inner)) {
        if (g.tag === 2) dns.push(g.content.toString("latin1"));
        else if (g.tag === 1) emails.push(g.content.toString("latin1"));
        else if (g.tag === 6) uris.push(g.content.toString("latin1"));
        else if (g.tag === 7) ips.push(ipString(g.content));
      }
    } else if (id === "2.5.29.19") {
      const c = children(inner);
      into.isCA = c.length > 0 && c[0].tag === 1 && c[0].content[0] !== 0;
      o.set("BasicConstraintsValid", true);
      o.set("IsCA", into.isCA);
      const pl = c.find((x) => x.tag === 2);
      o.set("MaxPathLen", pl ? Number(bigint(pl.content)) : -1);
      o.set("MaxPathLenZero", pl !== void 0 && bigint(pl.content) === 0n);
    } else if (id === "2.5.29.15") {
      const bits = inner.content.subarray(1);
      let usage = 0;
      for (let i = 0; i < 9; i++) if (bits[i >> 3] & 128 >> (i & 7)) usage |= 1 << i;
      o.set("KeyUsage", usage);
    } else if (id === "2.5.29.37") {
      into.extKeyUsage = children(inner).map((x) => EXT_KEY_USAGE[oidStr(x.content)]).filter((x) => x !== void 0);
      o.set("ExtKeyUsage", into.extKeyUsage.length ? into.extKeyUsage : null);
    } else if (id === "2.5.29.32") {
      const ids = children(inner).map((p) => children(p)[0].content);
      o.set("Policies", ids.map(oidStr));
      o.set("PolicyIdentifiers", ids.map(oid));
    } else if (id === "2.5.29.33") {
      o.set("PolicyMappings", children(inner).map((m) => {
        const [issuer, subject] = children(m);
        return new RObject([["IssuerDomainPolicy", oidStr(issuer.content)], ["SubjectDomainPolicy", oidStr(subject.content)]]);
      }));
    } else if (id === "2.5.29.36") {
      for (const c of children(inner)) {
        const name2 = c.tag === 0 ? "RequireExplicitPolicy" : c.tag === 1 ? "InhibitPolicyMapping" : void 0;
        if (!name2) continue;
        const v = Number(bigint(c.content));
        o.set(name2, v);
        o.set(`${name2}Zero`, v === 0);
      }
    } else if (id === "2.5.29.54") {
      const v = Number(bigint(inner.content));
      o.set("InhibitAnyPolicy", v);
      o.set("InhibitAnyPolicyZero", v === 0);
    } else if (id === "2.5.29.30") {
      nameConstraints(o, inner, critical);
    } else if (id === "2.5.29.14") o.set("SubjectKeyId", inner.content.toString("base64"));
    else if (id === "2.5.29.35") {
      const key = children(inner).find((x) => x.tag === 0 && x.cls === 2);
      if (key) o.set("AuthorityKeyId", key.content.toString("base64"));
    }
  }
  o.set("Extensions", extList.length ? extList : null);
  o.set("DNSNames", dns.length ? dns : null);
  o.set("EmailAddresses", emails.length ? emails : null);
  o.set("IPAddresses", ips.length ? ips : null);
  o.set("URIs", uris.length ? uris.map(urlObject) : null);
  return uris;
}
function publicKeyJSON(spki) {
  const [alg, bits] = children(spki);
  const key = bits.content.subarray(1);
  const algorithm = oidStr(children(alg)[0].content);
  if (algorithm === "1.2.840.113549.1.1.1") {
    const [n, e] = children(readTLV(key, 0));
    return new RObject([["N", num(bigint(n.content))], ["E", num(bigint(e.content))]]);
  }
  if (algorithm === "1.2.840.10045.2.1" && key[0] === 4 && key.length % 2 === 1) {
    const half = (key.length - 1) / 2;
    const coord = (b) => num(BigInt("0x" + (b.toString("hex") || "0")));
    return new RObject([["Curve", new RObject()], ["X", coord(key.subarray(1, 1 + half))], ["Y", coord(key.subarray(1 + half))]]);
  }
  if (algorithm === "1.3.101.112") return key.toString("base64");
  return null;
}
function parseCertificate(der) {
  try {
    const cert = readTLV(der, 0);
    if (cert.tag !== 16 || cert.end !== der.length) throw new DerError("x509: malformed certificate");
    const [tbs, sigAlg, sig] = children(cert);
    const f = children(tbs);
    let i = 0;
    let version = 1;
    if (f[0].cls === 2 && f[0].tag === 0) {
      version = Number(bigint(children(f[0])[0].content)) + 1;
      i++;
    }
    const serial = f[i++];
    i++;
    const issuer = f[i++];
    const validity = children(f[i++]);
    const subject = f[i++];
    const spki = f[i++];
    const o = new RObject();
    o.set("Raw", der.toString("base64"));
    o.set("RawTBSCertificate", tbs.raw.toString("base64"));
    o.set("RawSubjectPublicKeyInfo", spki.raw.toString("base64"));
    o.set("RawSubject", subject.raw.toString("base64"));
    o.set("RawIssuer", issuer.raw.toString("base64"));
    o.set("Signature", sig.content.subarray(1).toString("base64"));
    o.set("SignatureAlgorithm", SIG_ALGS[oidStr(children(sigAlg)[0].content)] ?? 0);
    o.set("PublicKeyAlgorithm", PK_ALGS[oidStr(children(children(spki)[0])[0].content)] ?? 0);
    o.set("PublicKey", publicKeyJSON(spki));
    o.set("Version", version);
    o.set("SerialNumber", num(bigint(serial.content)));
    o.set("Issuer", name(issuer));
    o.set("Subject", name(subject));
    o.set("NotBefore", time(validity[0]));
    o.set("NotAfter", time(validity[1]));
    o.set("KeyUsage", 0);
    o.set("ExtKeyUsage", null);
    o.set("UnknownExtKeyUsage", null);
    o.set("BasicConstraintsValid", false);
    o.set("IsCA", false);
    o.set("MaxPathLen", 0);
    o.set("MaxPathLenZero", false);
    o.set("SubjectKeyId", null);
    o.set("AuthorityKeyId", null);
    const into = { extKeyUsage: [], isCA: false };
    const extWrap = f.slice(i).find((x) => x.cls === 2 && x.tag === 3);
    const uris = applyExtensions(o, extWrap ? children(children(extWrap)[0]) : [], into);
    o.set("ExtraExtensions", null);
    o.set("UnhandledCriticalExtensions", null);
    o.set("OCSPServer", null);
    o.set("IssuingCertificateURL", null);
    o.set("CRLDistributionPoints", null);
    if (!o.has("PolicyIdentifiers")) o.set("PolicyIdentifiers", null);
    const zero = (keys, v) => {
      for (const k of keys) if (!o.has(k)) o.set(k, v);
    };
    zero([
      "Policies",
      "PolicyMappings",
      "PermittedDNSDomains",
      "ExcludedDNSDomains",
      "PermittedIPRanges",
      "ExcludedIPRanges",
      "PermittedEmailAddresses",
      "ExcludedEmailAddresses",
      "PermittedURIDomains",
      "ExcludedURIDomains"
    ], null);
    zero(["InhibitAnyPolicy", "InhibitPolicyMapping", "RequireExplicitPolicy"], 0);
    zero(["InhibitAnyPolicyZero", "InhibitPolicyMappingZero", "RequireExplicitPolicyZero", "PermittedDNSDomainsCritical"], false);
    o.set("URIStrings", uris.length ? uris : null);
    return {
      json: o,
      der,
      subject: subject.raw,
      issuer: issuer.raw,
      extKeyUsage: into.extKeyUsage,
      isCA: into.isCA,
      notBefore: new Date(time(validity[0])),
      notAfter: new Date(time(validity[1]))
    };
  } catch {
    throw new Error("x509: malformed certificate");
  }
}
function parseCertificates(der) {
  const out = [];
  for (let off = 0; off < der.length; ) {
    let t;
    try {
      t = readTLV(der, off);
    } catch {
      throw new Error("x509: malformed certificate");
    }
    out.push(parseCertificate(der.subarray(off, t.end)));
    off = t.end;
  }
  return out;
}
var syntax = (m) => new Error(`asn1: syntax error: ${m}`);
var structure = (m) => new Error(`asn1: structure error: ${m}`);
function checkRequestHeader(der) {
  if (der.length === 0) throw syntax("sequence truncated");
  let off = 0;
  const b0 = der[off++];
  const cls = b0 >> 6;
  const compound = (b0 & 32) !== 0;
  let tag = b0 & 31;
  if (tag === 31) {
    let v = 0;
    for (let shifted = 0; ; shifted++) {
      if (off >= der.length) throw syntax("truncated base 128 integer");
      if (shifted === 5) throw structure("base 128 integer too large");
      const b = der[off];
      if (shifted === 0 && b === 128) throw syntax("integer is not minimally encoded");
      v = v * 128 + (b & 127);
      off++;
      if ((b & 128) === 0) break;
    }
    if (v > 2147483647) throw structure("base 128 integer too large");
    if (v < 31) throw syntax("non-minimal tag");
    tag = v;
  }
  if (off >= der.length) throw syntax("truncated tag or length");
  const lb = der[off++];
  let length = lb & 127;
  if (lb & 128) {
    if (length === 0) throw syntax("indefinite length found (not DER)");
    const n = length;
    length = 0;
    for (let i = 0; i < n; i++) {
      if (off >= der.length) throw syntax("truncated tag or length");
      if (length >= 1 << 23) throw structure("length too large");
      length = length * 256 + der[off++];
      if (length === 0) throw structure("superfluous leading zeros in length");
    }
    if (length < 128) throw structure("non-minimal length");
  }
  if (cls !== 0 || tag !== 16 || !compound) {
    throw structure(`tags don't match (16 vs {class:${cls} tag:${tag} length:${length} isCompound:${compound}}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} certificateRequest @${off}`);
  }
  if (off + length > der.length) throw syntax("data truncated");
  if (length === 0) throw syntax("sequence truncated");
}
function parseCertificateRequest(der) {
  checkRequestHeader(der);
  let req;
  try {
    req = readTLV(der, 0);
  } catch {
    throw new Error("asn1: syntax error: data truncated");
  }
  try {
    const [info, sigAlg, sig] = children(req);
    const [version, subject, spki, attrs] = children(info);
    const o = new RObject();
    o.set("Raw", der.toString("base64"));
    o.set("RawTBSCertificateRequest", info.raw.toString("base64"));
    o.set("RawSubjectPublicKeyInfo", spki.raw.toString("base64"));
    o.set("RawSubject", subject.raw.toString("base64"));
    o.set("Version", Number(bigint(version.content)));
    o.set("Signature", sig.content.subarray(1).toString("base64"));
    o.set("SignatureAlgorithm", SIG_ALGS[oidStr(children(sigAlg)[0].content)] ?? 0);
    o.set("PublicKeyAlgorithm", PK_ALGS[oidStr(children(children(spki)[0])[0].content)] ?? 0);
    o.set("PublicKey", publicKeyJSON(spki));
    o.set("Subject", name(subject));
    o.set("Attributes", null);
    let exts = [];
    for (const attr of attrs ? children(attrs) : []) {
      const [type, values] = children(attr);
      if (oidStr(type.content) === "1.2.840.113549.1.9.14") exts = children(children(values)[0]);
    }
    applyExtensions(o, exts, { extKeyUsage: [], isCA: false });
    o.set("ExtraExtensions", null);
    return o;
  } catch {
    throw new Error("asn1: structure error: malformed certificate request");
  }
}

// src/rego/builtins/crypto.ts
var digest = (alg) => ([s]) => createHash(alg).update(asString(s, 1)).digest("hex");
var hmac = (alg) => ([m, k]) => createHmac(alg, asString(k, 2)).update(asString(m, 1)).digest("hex");
var fail = (e) => builtinError(e instanceof Error ? e.message : String(e));
function pemBlocks(text) {
  const out = [];
  let rest = text;
  for (; ; ) {
    const d = pemDecode(rest);
    if (!d) return out;
    out.push(d.block);
    rest = d.rest;
  }
}
function certsFromPem(text) {
  const ders = [];
  for (const b of pemBlocks(text)) {
    if (b.type !== "CERTIFICATE") throw new Error(`PEM block type is '${b.type}', expected CERTIFICATE`);
    ders.push(b.bytes);
  }
  return parseCertificates(Buffer.concat(ders));
}
function certsFromString(s) {
  if (s.startsWith("-----BEGIN")) return certsFromPem(s);
  const raw = goBase64Decode(s, "std");
  if (raw.subarray(0, 10).toString("latin1") === "-----BEGIN") return certsFromPem(raw.toString("latin1"));
  return parseCertificates(raw);
}
var EKU_NAMES = [
  "KeyUsageAny",
  "KeyUsageServerAuth",
  "KeyUsageClientAuth",
  "KeyUsageCodeSigning",
  "KeyUsageEmailProtection",
  "KeyUsageIPSECEndSystem",
  "KeyUsageIPSECTunnel",
  "KeyUsageIPSECUser",
  "KeyUsageTimeStamping",
  "KeyUsageOCSPSigning",
  "KeyUsageMicrosoftServerGatedCrypto",
  "KeyUsageNetscapeServerGatedCrypto",
  "KeyUsageMicrosoftCommercialCodeSigning",
  "KeyUsageMicrosoftKernelCodeSigning"
];
function verifyChain(certs, opts) {
  if (certs.length < 2) throw operandError(1, "must supply at least two certificates to be able to verify");
  const root = certs[0];
  const intermediates = certs.slice(1, -1);
  const leaf = certs[certs.length - 1];
  const x = new Map(certs.map((c) => [c, new X509Certificate(c.der)]));
  const valid = (c) => opts.now >= c.notBefore && opts.now <= c.notAfter;
  if (!valid(leaf)) throw new Error("x509: certificate has expired or is not yet valid");
  if (opts.dnsName && !x.get(leaf).checkHost(opts.dnsName)) throw new Error(`x509: certificate is not valid for ${opts.dnsName}`);
  const signs = (child, parent) => child.issuer.equals(parent.subject) && x.get(child).verify(x.get(parent).publicKey);
  const walk = (chain2) => {
    const cur = chain2[chain2.length - 1];
    if (signs(cur, root) && valid(root)) return [...chain2, root];
    for (const c of intermediates) {
      if (chain2.includes(c) || !c.isCA || !valid(c) || !signs(cur, c)) continue;
      const found = walk([...chain2, c]);
      if (found) return found;
    }
    return void 0;
  };
  const chain = leaf.der.equals(root.der) ? [leaf] : walk([leaf]);
  if (!chain) throw new Error("x509: certificate signed by unknown authority");
  const wanted = opts.keyUsages.length ? opts.keyUsages : [1];
  if (!wanted.includes(0)) {
    for (const c of chain) {
      if (c.extKeyUsage.length === 0 || c.extKeyUsage.includes(0)) continue;
      if (!c.extKeyUsage.some((u) => wanted.includes(u))) throw new Error("x509: certificate specifies an incompatible key usage");
    }
  }
  return chain;
}
function verifyOptions(o, ctx) {
  const opts = { now: new Date(Number(ctx.nowNs() / 1000000n)), keyUsages: [] };
  for (const [k, v] of o.sorted()) {
    if (k === "DNSName") {
      if (typeof v !== "string") throw builtinError("'DNSName' should be a string");
      opts.dnsName = v;
    } else if (k === "CurrentTime") {
      if (!isNum(v)) throw builtinError("'CurrentTime' should be a number");
      opts.now = new Date(numToJs(v) / 1e6);
    } else if (k === "KeyUsages") {
      const list = Array.isArray(v) ? v : v instanceof Object && "sorted" in v ? v.sorted() : void 0;
      if (!list) throw builtinError("'KeyUsages' should be an Array or Set");
      const invalid = [];
      for (const u of list) {
        if (typeof u !== "string") continue;
        const i = EKU_NAMES.indexOf(u.replace(/^"+|"+$/g, ""));
        if (i < 0) invalid.push(u.replace(/^"+|"+$/g, ""));
        else opts.keyUsages.push(i);
      }
      if (invalid.length) throw builtinError(`invalid entries for 'KeyUsages' found: [${invalid.join(" ")}]`);
    } else if (k === "MaxConstraintComparisons") {
      if (!isNum(v)) throw builtinError("'MaxConstraintComparisons' should be a number");
    } else throw builtinError("invalid key option");
  }
  return opts;
}
function parseAndVerify(text, opts) {
  let certs;
  try {
    certs = certsFromString(text);
  } catch {
    return [false, []];
  }
  const o = opts();
  try {
    return [true, verifyChain(certs, o).map((c) => c.json)];
  } catch {
    return [false, []];
  }
}
var big = (b64url) => num(BigInt("0x" + (Buffer.from(b64url ?? "", "base64url").toString("hex") || "0")));
function privateKeyJSON(k) {
  const j = k.export({ format: "jwk" });
  if (j.kty === "RSA") {
    return fromJSON({
      N: big(j.n),
      E: big(j.e),
      D: big(j.d),
      Primes: [big(j.p), big(j.q)],
      Precomputed: { Dp: big(j.dp), Dq: big(j.dq), Qinv: big(j.qi), CRTValues: [] }
    });
  }
  if (j.kty === "EC") return fromJSON({ Curve: {}, X: big(j.x), Y: big(j.y), D: big(j.d) });
  return Buffer.concat([Buffer.from(j.d ?? "", "base64url"), Buffer.from(j.x ?? "", "base64url")]).toString("base64");
}
function privateKeyFromBlock(b) {
  const type = b.type === "RSA PRIVATE KEY" ? "pkcs1" : b.type === "PRIVATE KEY" ? "pkcs8" : b.type === "EC PRIVATE KEY" ? "sec1" : void 0;
  if (!type) return void 0;
  return createPrivateKey({ key: b.bytes, format: "der", type });
}
function privateKeysOf(input) {
  let text;
  try {
    text = goBase64Decode(input, "std").toString("latin1");
  } catch {
    text = input;
  }
  const out = [];
  for (const b of pemBlocks(text)) {
    const key = privateKeyFromBlock(b);
    if (key) out.push(key);
  }
  return out;
}
var PEM_BEGIN = "-----BEGIN ";
function keyPair(certInput, keyInput) {
  const decode = (s) => s.startsWith(PEM_BEGIN) ? Buffer.from(s, "latin1") : goBase64Decode(s, "std");
  let certBytes = decode(certInput);
  let keyBytes = decode(keyInput);
  if (!certBytes.toString("latin1").startsWith(PEM_BEGIN)) certBytes = Buffer.from(pemEncode("CERTIFICATE", certBytes), "latin1");
  if (!keyBytes.toString("latin1").startsWith("-----BEGIN")) keyBytes = Buffer.from(pemEncode("PRIVATE KEY", keyBytes), "latin1");
  const certBlocks = pemBlocks(certBytes.toString("latin1"));
  const ders = certBlocks.filter((b) => b.type === "CERTIFICATE").map((b) => b.bytes);
  if (ders.length === 0) {
    const skipped = certBlocks.map((b) => b.type);
    if (skipped.length === 0) throw new Error("tls: failed to find any PEM data in certificate input");
    if (skipped.length === 1 && skipped[0].endsWith("PRIVATE KEY")) {
      throw new Error("tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched");
    }
    throw new Error(`tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [${skipped.join(" ")}]`);
  }
  const keyBlocks = pemBlocks(keyBytes.toString("latin1"));
  const at = keyBlocks.findIndex((b) => b.type === "PRIVATE KEY" || b.type.endsWith(" PRIVATE KEY"));
  if (at < 0) {
    const skipped = keyBlocks.map((b) => b.type);
    if (skipped.length === 0) throw new Error("tls: failed to find any PEM data in key input");
    if (skipped.length === 1 && skipped[0] === "CERTIFICATE") throw new Error("tls: found a certificate rather than a key in the PEM for the private key");
    throw new Error(`tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [${skipped.join(" ")}]`);
  }
  const leafs = parseCertificates(ders[0]);
  if (leafs.length !== 1) throw new Error(leafs.length ? "x509: trailing data" : "x509: malformed certificate");
  const key = anyPrivateKey(keyBlocks[at].bytes);
  const pub = new X509Certificate(ders[0]).publicKey;
  if (!["rsa", "ec", "ed25519"].includes(pub.asymmetricKeyType ?? "")) throw new Error("tls: unknown public key algorithm");
  if (key.asymmetricKeyType !== pub.asymmetricKeyType) throw new Error("tls: private key type does not match public key type");
  const spki = (k) => k.export({ format: "der", type: "spki" });
  if (!spki(createPublicKey(key)).equals(spki(pub))) throw new Error("tls: private key does not match public key");
  return new RObject([
    ["Certificate", ders.map((d) => d.toString("base64"))],
    ["PrivateKey", privateKeyJSON(key)],
    ["SupportedSignatureAlgorithms", null],
    ["OCSPStaple", null],
    ["SignedCertificateTimestamps", null],
    ["Leaf", new RObject([...leafs[0].json.entries()].filter(([k]) => k !== "URIStrings"))]
  ]);
}
function anyPrivateKey(der) {
  for (const type of ["pkcs1", "pkcs8", "sec1"]) {
    try {
      return createPrivateKey({ key: der, format: "der", type });
    } catch {
    }
  }
  throw new Error("tls: failed to parse private key");
}
var builtins = {
  "crypto.md5": digest("md5"),
  "crypto.sha1": digest("sha1"),
  "crypto.sha256": digest("sha256"),
  "crypto.hmac.md5": hmac("md5"),
  "crypto.hmac.sha1": hmac("sha1"),
  "crypto.hmac.sha256": hmac("sha256"),
  "crypto.hmac.sha512": hmac("sha512"),
  "crypto.hmac.equal": ([a, b]) => {
    const x = Buffer.from(asString(a, 1));
    const y = Buffer.from(asString(b, 2));
    return x.length === y.length && timingSafeEqual(x, y);
  },
  "crypto.x509.parse_certificates": ([s]) => {
    const text = asString(s, 1);
    try {
      return certsFromString(text).map((c) => c.json);
    } catch (e) {
      throw fail(e);
    }
  },
  "crypto.x509.parse_and_verify_certificates": ([s], ctx) => parseAndVerify(asString(s, 1), () => verifyOptions(new RObject(), ctx)),
  "crypto.x509.parse_and_verify_certificates_with_options": ([s, o], ctx) => {
    const text = asString(s, 1);
    const options = asObject(o, 2);
    return parseAndVerify(text, () => verifyOptions(options, ctx));
  },
  "crypto.x509.parse_certificate_request": ([s]) => {
    const text = asString(s, 1);
    try {
      let der = text.startsWith("-----BEGIN CERTIFICATE REQUEST-----") ? Buffer.from(text, "utf8") : goBase64Decode(text, "std");
      const pem = pemDecode(der.toString("latin1"));
      if (pem && pem.block.type !== "CERTIFICATE REQUEST") throw builtinError("invalid PEM-encoded certificate signing request");
      if (pem) der = pem.block.bytes;
      return parseCertificateRequest(der);
    } catch (e) {
      throw fail(e);
    }
  },
  "crypto.x509.parse_keypair": ([c, k]) => {
    const certText = asString(c, 1);
    const keyText = asString(k, 2);
    try {
      return keyPair(certText, keyText);
    } catch (e) {
      throw fail(e);
    }
  },
  "crypto.x509.parse_rsa_private_key": ([s]) => {
    const input = asString(s, 1);
    if (input === "") throw builtinError("input PEM data was empty");
    try {
      const text = input.startsWith("-----BEGIN") ? input : goBase64Decode(input, "std").toString("latin1");
      const key = privateKeysOf(text)[0];
      if (!key) return null;
      if (key.asymmetricKeyType !== "rsa" && key.asymmetricKeyType !== "ec") throw new Error("invalid key type");
      return fromJSON(key.export({ format: "jwk" }));
    } catch (e) {
      throw fail(e);
    }
  },
  "crypto.parse_private_keys": ([s]) => {
    const input = asString(s, 1);
    if (input === "") return null;
    try {
      return privateKeysOf(input).map(privateKeyJSON);
    } catch (e) {
      throw fail(e);
    }
  }
};

export { builtins as b };
