// crypto.*: digests, HMACs, X.509 certificates / CSRs / key pairs and private keys, as OPA's topdown/crypto.go.
import { createHash, createHmac, createPrivateKey, timingSafeEqual, X509Certificate, type KeyObject } from 'node:crypto';
import { type Value, RObject, num, fromJSON, isNum, numToJs } from '../value/value.ts';
import { type BuiltinContext, type BuiltinFn, asString, asObject, builtinError, operandError } from './types.ts';
import { goBase64Decode, pemDecode, type PemBlock } from './crypto/util.ts';
import { type ParsedCert, parseCertificateRequest, parseCertificates } from './crypto/x509.ts';

const digest = (alg: string): BuiltinFn => ([s]) => createHash(alg).update(asString(s, 1)).digest('hex');
const hmac = (alg: string): BuiltinFn => ([m, k]) => createHmac(alg, asString(k, 2)).update(asString(m, 1)).digest('hex');

const fail = (e: unknown): Error => builtinError(e instanceof Error ? e.message : String(e));

/** All PEM blocks of a text, in order. */
function pemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  let rest = text;
  for (;;) {
    const d = pemDecode(rest);
    if (!d) return out;
    out.push(d.block);
    rest = d.rest;
  }
}

function certsFromPem(text: string): ParsedCert[] {
  const ders: Buffer[] = [];
  for (const b of pemBlocks(text)) {
    if (b.type !== 'CERTIFICATE') throw new Error(`PEM block type is '${b.type}', expected CERTIFICATE`);
    ders.push(b.bytes);
  }
  return parseCertificates(Buffer.concat(ders));
}

/** PEM text, base64 of PEM, or base64 of DER certificates. */
function certsFromString(s: string): ParsedCert[] {
  if (s.startsWith('-----BEGIN')) return certsFromPem(s);
  const raw = goBase64Decode(s, 'std');
  if (raw.subarray(0, 10).toString('latin1') === '-----BEGIN') return certsFromPem(raw.toString('latin1'));
  return parseCertificates(raw);
}

const EKU_NAMES = [
  'KeyUsageAny', 'KeyUsageServerAuth', 'KeyUsageClientAuth', 'KeyUsageCodeSigning', 'KeyUsageEmailProtection',
  'KeyUsageIPSECEndSystem', 'KeyUsageIPSECTunnel', 'KeyUsageIPSECUser', 'KeyUsageTimeStamping', 'KeyUsageOCSPSigning',
  'KeyUsageMicrosoftServerGatedCrypto', 'KeyUsageNetscapeServerGatedCrypto', 'KeyUsageMicrosoftCommercialCodeSigning',
  'KeyUsageMicrosoftKernelCodeSigning',
];

interface VerifyOptions { dnsName?: string; now: Date; keyUsages: number[] }

/** Go's leaf.Verify with the first certificate as the only root and the middle ones as intermediates. */
function verifyChain(certs: ParsedCert[], opts: VerifyOptions): ParsedCert[] {
  if (certs.length < 2) throw operandError(1, 'must supply at least two certificates to be able to verify');
  const root = certs[0];
  const intermediates = certs.slice(1, -1);
  const leaf = certs[certs.length - 1];
  const x = new Map(certs.map((c) => [c, new X509Certificate(c.der)]));
  const valid = (c: ParsedCert) => opts.now >= c.notBefore && opts.now <= c.notAfter;
  if (!valid(leaf)) throw new Error('x509: certificate has expired or is not yet valid');
  if (opts.dnsName && !x.get(leaf)!.checkHost(opts.dnsName)) throw new Error(`x509: certificate is not valid for ${opts.dnsName}`);
  const signs = (child: ParsedCert, parent: ParsedCert) => child.issuer.equals(parent.subject) && x.get(child)!.verify(x.get(parent)!.publicKey);
  const walk = (chain: ParsedCert[]): ParsedCert[] | undefined => {
    const cur = chain[chain.length - 1];
    if (signs(cur, root) && valid(root)) return [...chain, root];
    for (const c of intermediates) {
      if (chain.includes(c) || !c.isCA || !valid(c) || !signs(cur, c)) continue;
      const found = walk([...chain, c]);
      if (found) return found;
    }
    return undefined;
  };
  const chain = walk([leaf]);
  if (!chain) throw new Error('x509: certificate signed by unknown authority');
  const wanted = opts.keyUsages.length ? opts.keyUsages : [1];
  if (!wanted.includes(0)) {
    for (const c of chain) {
      if (c.extKeyUsage.length === 0 || c.extKeyUsage.includes(0)) continue;
      if (!c.extKeyUsage.some((u) => wanted.includes(u))) throw new Error('x509: certificate specifies an incompatible key usage');
    }
  }
  return chain;
}

function verifyOptions(o: RObject, ctx: BuiltinContext): VerifyOptions {
  const opts: VerifyOptions = { now: new Date(Number(ctx.nowNs() / 1000000n)), keyUsages: [] };
  for (const [k, v] of o.sorted()) {
    if (k === 'DNSName') {
      if (typeof v !== 'string') throw builtinError("'DNSName' should be a string");
      opts.dnsName = v;
    } else if (k === 'CurrentTime') {
      if (!isNum(v)) throw builtinError("'CurrentTime' should be a number");
      opts.now = new Date(numToJs(v) / 1e6);
    } else if (k === 'KeyUsages') {
      const list = Array.isArray(v) ? v : v instanceof Object && 'sorted' in v ? (v as { sorted(): Value[] }).sorted() : undefined;
      if (!list) throw builtinError("'KeyUsages' should be an Array or Set");
      for (const u of list) {
        const i = EKU_NAMES.indexOf(String(u));
        if (i < 0) throw builtinError(`invalid entries for 'KeyUsages' found: ${String(u)}`);
        opts.keyUsages.push(i);
      }
    } else if (k !== 'MaxConstraintComparisons') throw builtinError(`invalid key option: ${String(k)}`);
  }
  return opts;
}

function parseAndVerify(input: Value, opts: VerifyOptions): Value {
  const certs = certsFromString(asString(input, 1));
  try {
    return [true, verifyChain(certs, opts).map((c) => c.json)];
  } catch {
    return [false, []];
  }
}

function bytesOf(s: string): Buffer {
  if (s.startsWith('-----BEGIN')) return Buffer.from(s);
  try {
    return goBase64Decode(s, 'std');
  } catch {
    return Buffer.from(s);
  }
}

const big = (b64url: string | undefined): Value => num(BigInt('0x' + (Buffer.from(b64url ?? '', 'base64url').toString('hex') || '0')));

/** A private key as Go's json.Marshal writes *rsa.PrivateKey / *ecdsa.PrivateKey / ed25519.PrivateKey. */
function privateKeyJSON(k: KeyObject): Value {
  const j = k.export({ format: 'jwk' }) as Record<string, string>;
  if (j.kty === 'RSA') {
    return fromJSON({
      N: big(j.n), E: big(j.e), D: big(j.d), Primes: [big(j.p), big(j.q)],
      Precomputed: { Dp: big(j.dp), Dq: big(j.dq), Qinv: big(j.qi), CRTValues: [] },
    });
  }
  if (j.kty === 'EC') return fromJSON({ Curve: {}, X: big(j.x), Y: big(j.y), D: big(j.d) });
  return Buffer.concat([Buffer.from(j.d ?? '', 'base64url'), Buffer.from(j.x ?? '', 'base64url')]).toString('base64');
}

function privateKeyFromBlock(b: PemBlock): KeyObject | undefined {
  const type = b.type === 'RSA PRIVATE KEY' ? 'pkcs1' : b.type === 'PRIVATE KEY' ? 'pkcs8' : b.type === 'EC PRIVATE KEY' ? 'sec1' : undefined;
  if (!type) return undefined;
  return createPrivateKey({ key: b.bytes, format: 'der', type });
}

export const builtins: Record<string, BuiltinFn> = {
  'crypto.md5': digest('md5'),
  'crypto.sha1': digest('sha1'),
  'crypto.sha256': digest('sha256'),
  'crypto.hmac.md5': hmac('md5'),
  'crypto.hmac.sha1': hmac('sha1'),
  'crypto.hmac.sha256': hmac('sha256'),
  'crypto.hmac.sha512': hmac('sha512'),
  'crypto.hmac.equal': ([a, b]) => {
    const x = Buffer.from(asString(a, 1));
    const y = Buffer.from(asString(b, 2));
    return x.length === y.length && timingSafeEqual(x, y);
  },
  'crypto.x509.parse_certificates': ([s]) => {
    const text = asString(s, 1);
    try {
      return certsFromString(text).map((c) => c.json);
    } catch (e) {
      throw fail(e);
    }
  },
  'crypto.x509.parse_and_verify_certificates': ([s], ctx) => {
    try {
      return parseAndVerify(s, verifyOptions(new RObject(), ctx));
    } catch (e) {
      throw fail(e);
    }
  },
  'crypto.x509.parse_and_verify_certificates_with_options': ([s, o], ctx) => {
    const opts = verifyOptions(asObject(o, 2), ctx);
    try {
      return parseAndVerify(s, opts);
    } catch (e) {
      throw fail(e);
    }
  },
  'crypto.x509.parse_certificate_request': ([s]) => {
    const text = asString(s, 1);
    try {
      let der: Buffer;
      if (text.startsWith('-----BEGIN')) der = pemDecode(text)?.block.bytes ?? Buffer.alloc(0);
      else {
        der = goBase64Decode(text, 'std');
        if (der.subarray(0, 10).toString('latin1') === '-----BEGIN') der = pemDecode(der.toString('latin1'))?.block.bytes ?? Buffer.alloc(0);
      }
      return parseCertificateRequest(der);
    } catch (e) {
      throw fail(e);
    }
  },
  'crypto.x509.parse_keypair': ([c, k]) => {
    const certText = bytesOf(asString(c, 1)).toString('latin1');
    const keyText = bytesOf(asString(k, 2)).toString('latin1');
    try {
      const certs = certsFromPem(certText);
      const block = pemBlocks(keyText)[0];
      const key = block && privateKeyFromBlock(block);
      if (certs.length === 0) throw new Error('tls: failed to find any PEM data in certificate input');
      if (!key) throw new Error('tls: failed to find any PEM data in key input');
      return new RObject([
        ['Certificate', certs.map((x) => x.der.toString('base64'))], ['PrivateKey', privateKeyJSON(key)],
        ['SupportedSignatureAlgorithms', null], ['OCSPStaple', null], ['SignedCertificateTimestamps', null], ['Leaf', certs[0].json],
      ]);
    } catch (e) {
      throw fail(e);
    }
  },
  'crypto.x509.parse_rsa_private_key': ([s]) => {
    const text = bytesOf(asString(s, 1)).toString('latin1');
    const block = pemDecode(text)?.block;
    if (!block) throw builtinError('failed to parse PEM block containing the key');
    try {
      const key = privateKeyFromBlock(block);
      if (!key || key.asymmetricKeyType !== 'rsa') throw new Error('PEM block does not contain an RSA private key');
      return fromJSON(key.export({ format: 'jwk' }));
    } catch (e) {
      throw fail(e);
    }
  },
  'crypto.parse_private_keys': ([s]) => {
    const input = asString(s, 1);
    if (input === '') return null;
    let text = input;
    try {
      text = goBase64Decode(input, 'std').toString('latin1');
    } catch {
      text = input;
    }
    const out: Value[] = [];
    for (const b of pemBlocks(text)) {
      try {
        const key = privateKeyFromBlock(b);
        if (key) out.push(privateKeyJSON(key));
      } catch (e) {
        throw fail(e);
      }
    }
    return out;
  },
};
