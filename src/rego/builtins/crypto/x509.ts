// A small DER reader and the JSON shape OPA returns for X.509 certificates and CSRs: Go's x509.Certificate /
// x509.CertificateRequest marshalled to JSON ([]byte as base64, nil slices as null, times as RFC 3339).
import { RObject, type Value, num } from '../../value/value.ts';

interface TLV { tag: number; cls: number; constructed: boolean; start: number; end: number; raw: Buffer; content: Buffer }

export class DerError extends Error {}

function readTLV(buf: Buffer, off: number): TLV {
  if (off + 2 > buf.length) throw new DerError('truncated');
  const first = buf[off];
  let p = off + 1;
  let tag = first & 0x1f;
  if (tag === 0x1f) {
    tag = 0;
    while (p < buf.length && buf[p] & 0x80) tag = (tag << 7) | (buf[p++] & 0x7f);
    tag = (tag << 7) | (buf[p++] & 0x7f);
  }
  let len = buf[p++];
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new DerError('bad length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p++];
  }
  if (p + len > buf.length) throw new DerError('truncated');
  return { tag, cls: first >> 6, constructed: (first & 0x20) !== 0, start: off, end: p + len, raw: buf.subarray(off, p + len), content: buf.subarray(p, p + len) };
}

function children(t: TLV): TLV[] {
  const out: TLV[] = [];
  for (let off = 0; off < t.content.length;) {
    const c = readTLV(t.content, off);
    out.push(c);
    off = c.end;
  }
  return out;
}

function oid(b: Buffer): number[] {
  const out: number[] = [Math.floor(b[0] / 40), b[0] % 40];
  let v = 0;
  for (let i = 1; i < b.length; i++) {
    v = v * 128 + (b[i] & 0x7f);
    if (!(b[i] & 0x80)) {
      out.push(v);
      v = 0;
    }
  }
  return out;
}

const oidStr = (b: Buffer) => oid(b).join('.');

function bigint(b: Buffer): bigint {
  if (b.length === 0) return 0n;
  let v = BigInt('0x' + b.toString('hex'));
  if (b[0] & 0x80) v -= 1n << BigInt(b.length * 8);
  return v;
}

const NAME_FIELDS: Record<string, string> = {
  '2.5.4.6': 'Country', '2.5.4.10': 'Organization', '2.5.4.11': 'OrganizationalUnit', '2.5.4.7': 'Locality',
  '2.5.4.8': 'Province', '2.5.4.9': 'StreetAddress', '2.5.4.17': 'PostalCode',
};

function decodeString(t: TLV): string {
  if (t.tag === 30) {
    let s = '';
    for (let i = 0; i + 1 < t.content.length; i += 2) s += String.fromCharCode(t.content.readUInt16BE(i));
    return s;
  }
  return t.tag === 12 ? t.content.toString('utf8') : t.content.toString('latin1');
}

/** pkix.Name as Go marshals it. */
function name(t: TLV): RObject {
  const lists: Record<string, string[]> = {};
  let cn = '';
  let serial = '';
  const names: Value[] = [];
  for (const set of children(t)) {
    for (const atv of children(set)) {
      const [type, val] = children(atv);
      const id = oid(type.content);
      const value = decodeString(val);
      names.push(new RObject([['Type', id], ['Value', value]]));
      const key = id.join('.');
      if (key === '2.5.4.3') cn = value;
      else if (key === '2.5.4.5') serial = value;
      else if (NAME_FIELDS[key]) (lists[NAME_FIELDS[key]] ??= []).push(value);
    }
  }
  const o = new RObject();
  for (const f of Object.values(NAME_FIELDS)) o.set(f, lists[f] ?? null);
  o.set('SerialNumber', serial);
  o.set('CommonName', cn);
  o.set('Names', names.length ? names : null);
  o.set('ExtraNames', null);
  return o;
}

function time(t: TLV): string {
  const s = t.content.toString('latin1');
  const full = t.tag === 23 ? (Number(s.slice(0, 2)) >= 50 ? '19' : '20') + s : s;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}T${full.slice(8, 10)}:${full.slice(10, 12)}:${full.slice(12, 14)}Z`;
}

const SIG_ALGS: Record<string, number> = {
  '1.2.840.113549.1.1.2': 1, '1.2.840.113549.1.1.4': 2, '1.2.840.113549.1.1.5': 3, '1.2.840.113549.1.1.11': 4,
  '1.2.840.113549.1.1.12': 5, '1.2.840.113549.1.1.13': 6, '1.2.840.10040.4.3': 7, '2.16.840.1.101.3.4.3.2': 8,
  '1.2.840.10045.4.1': 9, '1.2.840.10045.4.3.2': 10, '1.2.840.10045.4.3.3': 11, '1.2.840.10045.4.3.4': 12,
  '1.2.840.113549.1.1.10': 13, '1.3.101.112': 16,
};
const PK_ALGS: Record<string, number> = { '1.2.840.113549.1.1.1': 1, '1.2.840.10040.4.1': 2, '1.2.840.10045.2.1': 3, '1.3.101.112': 4 };
const EXT_KEY_USAGE: Record<string, number> = {
  '2.5.29.37.0': 0, '1.3.6.1.5.5.7.3.1': 1, '1.3.6.1.5.5.7.3.2': 2, '1.3.6.1.5.5.7.3.3': 3, '1.3.6.1.5.5.7.3.4': 4,
  '1.3.6.1.5.5.7.3.5': 5, '1.3.6.1.5.5.7.3.6': 6, '1.3.6.1.5.5.7.3.7': 7, '1.3.6.1.5.5.7.3.8': 8, '1.3.6.1.5.5.7.3.9': 9,
  '1.3.6.1.4.1.311.10.3.3': 10, '2.16.840.1.113730.4.1': 11, '1.3.6.1.4.1.311.2.1.22': 12, '1.3.6.1.4.1.311.61.1.1': 13,
};

function ipString(b: Buffer): string {
  if (b.length === 4) return [...b].join('.');
  const parts: string[] = [];
  for (let i = 0; i + 1 < b.length; i += 2) parts.push(b.readUInt16BE(i).toString(16));
  return parts.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

function urlObject(u: string): RObject {
  let parsed: URL | undefined;
  try {
    parsed = new URL(u);
  } catch {
    parsed = undefined;
  }
  return new RObject([
    ['Scheme', parsed ? parsed.protocol.replace(/:$/, '') : ''], ['Opaque', ''], ['User', null],
    ['Host', parsed?.host ?? ''], ['Path', parsed ? decodeURIComponent(parsed.pathname) : u], ['RawPath', ''],
    ['OmitHost', false], ['ForceQuery', false], ['RawQuery', parsed?.search.replace(/^\?/, '') ?? ''],
    ['Fragment', parsed?.hash.replace(/^#/, '') ?? ''], ['RawFragment', ''],
  ]);
}

export interface ParsedCert { json: RObject; der: Buffer; subject: Buffer; issuer: Buffer; extKeyUsage: number[]; isCA: boolean; notBefore: Date; notAfter: Date }

/** Subject alternative names and other extensions into the given object. */
/** Name constraints as x509.Certificate holds them: permitted and excluded DNS domains, IP ranges ({IP, Mask} with
 *  the mask's bytes in base64, as net.IPNet marshals), e-mail addresses and URI domains. */
function nameConstraints(o: RObject, inner: TLV, critical: boolean): void {
  o.set('PermittedDNSDomainsCritical', critical);
  for (const subtrees of children(inner)) {
    const side = subtrees.tag === 0 ? 'Permitted' : subtrees.tag === 1 ? 'Excluded' : undefined;
    if (!side) continue;
    const lists: Record<string, Value[]> = { DNSDomains: [], IPRanges: [], EmailAddresses: [], URIDomains: [] };
    for (const subtree of children(subtrees)) {
      const base = children(subtree)[0];
      if (base.tag === 2) lists.DNSDomains.push(base.content.toString('latin1'));
      else if (base.tag === 1) lists.EmailAddresses.push(base.content.toString('latin1'));
      else if (base.tag === 6) lists.URIDomains.push(base.content.toString('latin1'));
      else if (base.tag === 7) {
        const half = base.content.length / 2;
        lists.IPRanges.push(new RObject([['IP', ipString(base.content.subarray(0, half))], ['Mask', base.content.subarray(half).toString('base64')]]));
      }
    }
    for (const [k, v] of Object.entries(lists)) o.set(`${side}${k}`, v.length ? v : null);
  }
}

/** Sets the fields the extensions fill; returns the URIs of the subject alternative names, as written. */
function applyExtensions(o: RObject, exts: TLV[], into: { extKeyUsage: number[]; isCA: boolean }): string[] {
  const dns: string[] = [];
  const emails: string[] = [];
  const ips: string[] = [];
  const uris: string[] = [];
  const extList: Value[] = [];
  for (const ext of exts) {
    const parts = children(ext);
    const id = oidStr(parts[0].content);
    const critical = parts.length === 3 && parts[1].content[0] !== 0;
    const value = parts[parts.length - 1].content;
    extList.push(new RObject([['Id', oid(parts[0].content)], ['Critical', critical], ['Value', value.toString('base64')]]));
    const inner = readTLV(value, 0);
    if (id === '2.5.29.17') {
      for (const g of children(inner)) {
        if (g.tag === 2) dns.push(g.content.toString('latin1'));
        else if (g.tag === 1) emails.push(g.content.toString('latin1'));
        else if (g.tag === 6) uris.push(g.content.toString('latin1'));
        else if (g.tag === 7) ips.push(ipString(g.content));
      }
    } else if (id === '2.5.29.19') {
      const c = children(inner);
      into.isCA = c.length > 0 && c[0].tag === 1 && c[0].content[0] !== 0;
      o.set('BasicConstraintsValid', true);
      o.set('IsCA', into.isCA);
      const pl = c.find((x) => x.tag === 2);
      o.set('MaxPathLen', pl ? Number(bigint(pl.content)) : -1);
      o.set('MaxPathLenZero', pl !== undefined && bigint(pl.content) === 0n);
    } else if (id === '2.5.29.15') {
      const bits = inner.content.subarray(1);
      let usage = 0;
      for (let i = 0; i < 9; i++) if (bits[i >> 3] & (0x80 >> (i & 7))) usage |= 1 << i;
      o.set('KeyUsage', usage);
    } else if (id === '2.5.29.37') {
      into.extKeyUsage = children(inner).map((x) => EXT_KEY_USAGE[oidStr(x.content)]).filter((x) => x !== undefined);
      o.set('ExtKeyUsage', into.extKeyUsage.length ? into.extKeyUsage : null);
    } else if (id === '2.5.29.32') {
      // certificate policies: each PolicyInformation's identifier, as x509.OID text and as asn1.ObjectIdentifier
      const ids = children(inner).map((p) => children(p)[0].content);
      o.set('Policies', ids.map(oidStr));
      o.set('PolicyIdentifiers', ids.map(oid));
    } else if (id === '2.5.29.33') {
      o.set('PolicyMappings', children(inner).map((m) => {
        const [issuer, subject] = children(m);
        return new RObject([['IssuerDomainPolicy', oidStr(issuer.content)], ['SubjectDomainPolicy', oidStr(subject.content)]]);
      }));
    } else if (id === '2.5.29.36') {
      for (const c of children(inner)) {
        const name = c.tag === 0 ? 'RequireExplicitPolicy' : c.tag === 1 ? 'InhibitPolicyMapping' : undefined;
        if (!name) continue;
        const v = Number(bigint(c.content));
        o.set(name, v);
        o.set(`${name}Zero`, v === 0);
      }
    } else if (id === '2.5.29.54') {
      const v = Number(bigint(inner.content));
      o.set('InhibitAnyPolicy', v);
      o.set('InhibitAnyPolicyZero', v === 0);
    } else if (id === '2.5.29.30') {
      nameConstraints(o, inner, critical);
    } else if (id === '2.5.29.14') o.set('SubjectKeyId', inner.content.toString('base64'));
    else if (id === '2.5.29.35') {
      const key = children(inner).find((x) => x.tag === 0 && x.cls === 2);
      if (key) o.set('AuthorityKeyId', key.content.toString('base64'));
    }
  }
  o.set('Extensions', extList.length ? extList : null);
  o.set('DNSNames', dns.length ? dns : null);
  o.set('EmailAddresses', emails.length ? emails : null);
  o.set('IPAddresses', ips.length ? ips : null);
  o.set('URIs', uris.length ? uris.map(urlObject) : null);
  return uris;
}

/** The public key as Go's json.Marshal writes it: *rsa.PublicKey {N, E}, *ecdsa.PublicKey {Curve: {}, X, Y} (the curve
 *  has no exported fields), ed25519.PublicKey as base64 bytes. */
function publicKeyJSON(spki: TLV): Value {
  const [alg, bits] = children(spki);
  const key = bits.content.subarray(1);
  const algorithm = oidStr(children(alg)[0].content);
  if (algorithm === '1.2.840.113549.1.1.1') {
    const [n, e] = children(readTLV(key, 0));
    return new RObject([['N', num(bigint(n.content))], ['E', num(bigint(e.content))]]);
  }
  if (algorithm === '1.2.840.10045.2.1' && key[0] === 4 && key.length % 2 === 1) {
    const half = (key.length - 1) / 2;
    const coord = (b: Buffer) => num(BigInt('0x' + (b.toString('hex') || '0')));
    return new RObject([['Curve', new RObject()], ['X', coord(key.subarray(1, 1 + half))], ['Y', coord(key.subarray(1 + half))]]);
  }
  if (algorithm === '1.3.101.112') return key.toString('base64');
  return null;
}

/** One DER certificate in OPA's JSON shape; throws `x509: malformed certificate` on bad input. */
export function parseCertificate(der: Buffer): ParsedCert {
  try {
    const cert = readTLV(der, 0);
    if (cert.tag !== 16 || cert.end !== der.length) throw new DerError('x509: malformed certificate');
    const [tbs, sigAlg, sig] = children(cert);
    const f = children(tbs);
    let i = 0;
    let version = 1;
    if (f[0].cls === 2 && f[0].tag === 0) {
      version = Number(bigint(children(f[0])[0].content)) + 1;
      i++;
    }
    const serial = f[i++];
    i++; // signature algorithm inside tbs
    const issuer = f[i++];
    const validity = children(f[i++]);
    const subject = f[i++];
    const spki = f[i++];
    const o = new RObject();
    o.set('Raw', der.toString('base64'));
    o.set('RawTBSCertificate', tbs.raw.toString('base64'));
    o.set('RawSubjectPublicKeyInfo', spki.raw.toString('base64'));
    o.set('RawSubject', subject.raw.toString('base64'));
    o.set('RawIssuer', issuer.raw.toString('base64'));
    o.set('Signature', sig.content.subarray(1).toString('base64'));
    o.set('SignatureAlgorithm', SIG_ALGS[oidStr(children(sigAlg)[0].content)] ?? 0);
    o.set('PublicKeyAlgorithm', PK_ALGS[oidStr(children(children(spki)[0])[0].content)] ?? 0);
    o.set('PublicKey', publicKeyJSON(spki));
    o.set('Version', version);
    o.set('SerialNumber', num(bigint(serial.content)));
    o.set('Issuer', name(issuer));
    o.set('Subject', name(subject));
    o.set('NotBefore', time(validity[0]));
    o.set('NotAfter', time(validity[1]));
    o.set('KeyUsage', 0);
    o.set('ExtKeyUsage', null);
    o.set('UnknownExtKeyUsage', null);
    o.set('BasicConstraintsValid', false);
    o.set('IsCA', false);
    o.set('MaxPathLen', 0);
    o.set('MaxPathLenZero', false);
    o.set('SubjectKeyId', null);
    o.set('AuthorityKeyId', null);
    const into = { extKeyUsage: [] as number[], isCA: false };
    const extWrap = f.slice(i).find((x) => x.cls === 2 && x.tag === 3);
    const uris = applyExtensions(o, extWrap ? children(children(extWrap)[0]) : [], into);
    o.set('ExtraExtensions', null);
    o.set('UnhandledCriticalExtensions', null);
    o.set('OCSPServer', null);
    o.set('IssuingCertificateURL', null);
    o.set('CRLDistributionPoints', null);
    if (!o.has('PolicyIdentifiers')) o.set('PolicyIdentifiers', null);
    // the rest of Go's x509.Certificate (go1.26): zero unless an extension above filled it
    const zero = (keys: string[], v: Value) => { for (const k of keys) if (!o.has(k)) o.set(k, v); };
    zero(['Policies', 'PolicyMappings', 'PermittedDNSDomains', 'ExcludedDNSDomains', 'PermittedIPRanges', 'ExcludedIPRanges',
      'PermittedEmailAddresses', 'ExcludedEmailAddresses', 'PermittedURIDomains', 'ExcludedURIDomains'], null);
    zero(['InhibitAnyPolicy', 'InhibitPolicyMapping', 'RequireExplicitPolicy'], 0);
    zero(['InhibitAnyPolicyZero', 'InhibitPolicyMappingZero', 'RequireExplicitPolicyZero', 'PermittedDNSDomainsCritical'], false);
    // OPA's parse_certificates adds the URIs as text (its extendedCert); a key pair's Leaf is the plain struct
    o.set('URIStrings', uris.length ? uris : null);
    return {
      json: o, der, subject: subject.raw, issuer: issuer.raw, extKeyUsage: into.extKeyUsage, isCA: into.isCA,
      notBefore: new Date(time(validity[0])), notAfter: new Date(time(validity[1])),
    };
  } catch {
    throw new Error('x509: malformed certificate');
  }
}

/** A sequence of concatenated DER certificates (Go's x509.ParseCertificates). */
export function parseCertificates(der: Buffer): ParsedCert[] {
  const out: ParsedCert[] = [];
  for (let off = 0; off < der.length;) {
    let t: TLV;
    try {
      t = readTLV(der, off);
    } catch {
      throw new Error('x509: malformed certificate');
    }
    out.push(parseCertificate(der.subarray(off, t.end)));
    off = t.end;
  }
  return out;
}

const syntax = (m: string) => new Error(`asn1: syntax error: ${m}`);
const structure = (m: string) => new Error(`asn1: structure error: ${m}`);

/** Go's asn1.Unmarshal reading the outer SEQUENCE of a certificateRequest: its checks in its order, its messages. */
function checkRequestHeader(der: Buffer): void {
  if (der.length === 0) throw syntax('sequence truncated');
  let off = 0;
  const b0 = der[off++];
  const cls = b0 >> 6;
  const compound = (b0 & 0x20) !== 0;
  let tag = b0 & 0x1f;
  if (tag === 0x1f) {
    // base 128 in at most 5 bytes, minimally encoded, within an int32
    let v = 0;
    for (let shifted = 0; ; shifted++) {
      if (off >= der.length) throw syntax('truncated base 128 integer');
      if (shifted === 5) throw structure('base 128 integer too large');
      const b = der[off];
      if (shifted === 0 && b === 0x80) throw syntax('integer is not minimally encoded');
      v = v * 128 + (b & 0x7f);
      off++;
      if ((b & 0x80) === 0) break;
    }
    if (v > 0x7fffffff) throw structure('base 128 integer too large');
    if (v < 0x1f) throw syntax('non-minimal tag');
    tag = v;
  }
  if (off >= der.length) throw syntax('truncated tag or length');
  const lb = der[off++];
  let length = lb & 0x7f;
  if (lb & 0x80) {
    if (length === 0) throw syntax('indefinite length found (not DER)');
    const n = length;
    length = 0;
    for (let i = 0; i < n; i++) {
      if (off >= der.length) throw syntax('truncated tag or length');
      if (length >= 1 << 23) throw structure('length too large');
      length = length * 256 + der[off++];
      if (length === 0) throw structure('superfluous leading zeros in length');
    }
    if (length < 0x80) throw structure('non-minimal length');
  }
  if (cls !== 0 || tag !== 16 || !compound) {
    throw structure(`tags don't match (16 vs {class:${cls} tag:${tag} length:${length} isCompound:${compound}}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} certificateRequest @${off}`);
  }
  if (off + length > der.length) throw syntax('data truncated');
  // the request's first field (its TBS part) is missing
  if (length === 0) throw syntax('sequence truncated');
}

/** A DER certificate request in the JSON shape of Go's x509.CertificateRequest. */
export function parseCertificateRequest(der: Buffer): RObject {
  checkRequestHeader(der);
  let req: TLV;
  try {
    req = readTLV(der, 0);
  } catch {
    throw new Error('asn1: syntax error: data truncated');
  }
  try {
    const [info, sigAlg, sig] = children(req);
    const [version, subject, spki, attrs] = children(info);
    const o = new RObject();
    o.set('Raw', der.toString('base64'));
    o.set('RawTBSCertificateRequest', info.raw.toString('base64'));
    o.set('RawSubjectPublicKeyInfo', spki.raw.toString('base64'));
    o.set('RawSubject', subject.raw.toString('base64'));
    o.set('Version', Number(bigint(version.content)));
    o.set('Signature', sig.content.subarray(1).toString('base64'));
    o.set('SignatureAlgorithm', SIG_ALGS[oidStr(children(sigAlg)[0].content)] ?? 0);
    o.set('PublicKeyAlgorithm', PK_ALGS[oidStr(children(children(spki)[0])[0].content)] ?? 0);
    o.set('PublicKey', publicKeyJSON(spki));
    o.set('Subject', name(subject));
    o.set('Attributes', null);
    let exts: TLV[] = [];
    for (const attr of attrs ? children(attrs) : []) {
      const [type, values] = children(attr);
      if (oidStr(type.content) === '1.2.840.113549.1.9.14') exts = children(children(values)[0]);
    }
    applyExtensions(o, exts, { extKeyUsage: [], isCA: false });
    o.set('ExtraExtensions', null);
    return o;
  } catch {
    throw new Error('asn1: structure error: malformed certificate request');
  }
}
