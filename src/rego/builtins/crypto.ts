// crypto.*: digests, HMACs, X.509 certificates / CSRs / key pairs and private keys, as OPA's topdown/crypto.go.
import { createHash, createHmac, createPrivateKey, createPublicKey, timingSafeEqual, X509Certificate, type KeyObject } from 'node:crypto';
import { type Value, RObject, num, fromJSON, isNum, numToJs } from '../value/value.ts';
import { type BuiltinContext, type BuiltinFn, asString, asObject, builtinError, operandError } from './types.ts';
import { goBase64Decode, pemDecode, pemEncode, type PemBlock } from './crypto/util.ts';
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
  // a leaf that is itself the root is a chain of its own (Go: the roots pool contains it)
  const chain = leaf.der.equals(root.der) ? [leaf] : walk([leaf]);
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
      // entries that are not strings are skipped; the unknown names are listed together, as Go prints a []string
      const invalid: string[] = [];
      for (const u of list) {
        if (typeof u !== 'string') continue;
        const i = EKU_NAMES.indexOf(u.replace(/^"+|"+$/g, ''));
        if (i < 0) invalid.push(u.replace(/^"+|"+$/g, ''));
        else opts.keyUsages.push(i);
      }
      if (invalid.length) throw builtinError(`invalid entries for 'KeyUsages' found: [${invalid.join(' ')}]`);
    } else if (k === 'MaxConstraintComparisons') {
      if (!isNum(v)) throw builtinError("'MaxConstraintComparisons' should be a number");
    } else throw builtinError('invalid key option');
  }
  return opts;
}

/** [true, chain] when the certificates parse and verify, else [false, []] (OPA's answer to any parse or chain error). */
function parseAndVerify(text: string, opts: () => VerifyOptions): Value {
  let certs: ParsedCert[];
  try {
    certs = certsFromString(text);
  } catch {
    return [false, []];
  }
  // bad options are an error only once the certificates parse, as in OPA
  const o = opts();
  try {
    return [true, verifyChain(certs, o).map((c) => c.json)];
  } catch {
    return [false, []];
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

/** The private keys of PEM text (or of base64 of it), as OPA's getPrivateKeysFromPEMData: blocks of other types are
 * skipped, a key block that does not parse is an error, and reading stops at text that is no PEM block. */
function privateKeysOf(input: string): KeyObject[] {
  let text: string;
  try {
    text = goBase64Decode(input, 'std').toString('latin1');
  } catch {
    text = input;
  }
  const out: KeyObject[] = [];
  for (const b of pemBlocks(text)) {
    const key = privateKeyFromBlock(b);
    if (key) out.push(key);
  }
  return out;
}

const PEM_BEGIN = '-----BEGIN ';

/** crypto.x509.parse_keypair, as OPA's getTLSx509KeyPairFromString then Go's tls.X509KeyPair: each input is PEM, or
 * base64 of PEM or of DER (DER is wrapped in a CERTIFICATE / PRIVATE KEY block), and the errors are Go's. */
function keyPair(certInput: string, keyInput: string): Value {
  const decode = (s: string) => (s.startsWith(PEM_BEGIN) ? Buffer.from(s, 'latin1') : goBase64Decode(s, 'std'));
  let certBytes = decode(certInput);
  let keyBytes = decode(keyInput);
  if (!certBytes.toString('latin1').startsWith(PEM_BEGIN)) certBytes = Buffer.from(pemEncode('CERTIFICATE', certBytes), 'latin1');
  if (!keyBytes.toString('latin1').startsWith('-----BEGIN')) keyBytes = Buffer.from(pemEncode('PRIVATE KEY', keyBytes), 'latin1');
  const certBlocks = pemBlocks(certBytes.toString('latin1'));
  const ders = certBlocks.filter((b) => b.type === 'CERTIFICATE').map((b) => b.bytes);
  if (ders.length === 0) {
    const skipped = certBlocks.map((b) => b.type);
    if (skipped.length === 0) throw new Error('tls: failed to find any PEM data in certificate input');
    if (skipped.length === 1 && skipped[0].endsWith('PRIVATE KEY')) {
      throw new Error('tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched');
    }
    throw new Error(`tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [${skipped.join(' ')}]`);
  }
  const keyBlocks = pemBlocks(keyBytes.toString('latin1'));
  const at = keyBlocks.findIndex((b) => b.type === 'PRIVATE KEY' || b.type.endsWith(' PRIVATE KEY'));
  if (at < 0) {
    const skipped = keyBlocks.map((b) => b.type);
    if (skipped.length === 0) throw new Error('tls: failed to find any PEM data in key input');
    if (skipped.length === 1 && skipped[0] === 'CERTIFICATE') throw new Error('tls: found a certificate rather than a key in the PEM for the private key');
    throw new Error(`tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [${skipped.join(' ')}]`);
  }
  const leafs = parseCertificates(ders[0]);
  // Go's x509.ParseCertificate of the first: exactly one certificate
  if (leafs.length !== 1) throw new Error(leafs.length ? 'x509: trailing data' : 'x509: malformed certificate');
  const key = anyPrivateKey(keyBlocks[at].bytes);
  // tls.X509KeyPair: the key must be of the certificate's key type, and its public half the certificate's key
  const pub = new X509Certificate(ders[0]).publicKey;
  if (!['rsa', 'ec', 'ed25519'].includes(pub.asymmetricKeyType ?? '')) throw new Error('tls: unknown public key algorithm');
  if (key.asymmetricKeyType !== pub.asymmetricKeyType) throw new Error('tls: private key type does not match public key type');
  const spki = (k: KeyObject) => k.export({ format: 'der', type: 'spki' });
  if (!spki(createPublicKey(key)).equals(spki(pub))) throw new Error('tls: private key does not match public key');
  return new RObject([
    ['Certificate', ders.map((d) => d.toString('base64'))], ['PrivateKey', privateKeyJSON(key)],
    ['SupportedSignatureAlgorithms', null], ['OCSPStaple', null], ['SignedCertificateTimestamps', null], ['Leaf', new RObject([...leafs[0].json.entries()].filter(([k]) => k !== 'URIStrings'))],
  ]);
}

/** Go's tls parsePrivateKey: PKCS #1, then PKCS #8, then SEC 1. */
function anyPrivateKey(der: Buffer): KeyObject {
  for (const type of ['pkcs1', 'pkcs8', 'sec1'] as const) {
    try {
      return createPrivateKey({ key: der, format: 'der', type });
    } catch {
      // the next encoding
    }
  }
  throw new Error('tls: failed to parse private key');
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
  'crypto.x509.parse_and_verify_certificates': ([s], ctx) => parseAndVerify(asString(s, 1), () => verifyOptions(new RObject(), ctx)),
  'crypto.x509.parse_and_verify_certificates_with_options': ([s, o], ctx) => {
    const text = asString(s, 1);
    const options = asObject(o, 2);
    return parseAndVerify(text, () => verifyOptions(options, ctx));
  },
  'crypto.x509.parse_certificate_request': ([s]) => {
    const text = asString(s, 1);
    try {
      // OPA: only text starting with this PEM header is taken as is, anything else is base64 first; then the first PEM
      // block, if there is one, must be a certificate request
      let der = text.startsWith('-----BEGIN CERTIFICATE REQUEST-----') ? Buffer.from(text, 'utf8') : goBase64Decode(text, 'std');
      const pem = pemDecode(der.toString('latin1'));
      if (pem && pem.block.type !== 'CERTIFICATE REQUEST') throw builtinError('invalid PEM-encoded certificate signing request');
      if (pem) der = pem.block.bytes;
      return parseCertificateRequest(der);
    } catch (e) {
      throw fail(e);
    }
  },
  'crypto.x509.parse_keypair': ([c, k]) => {
    const certText = asString(c, 1);
    const keyText = asString(k, 2);
    try {
      return keyPair(certText, keyText);
    } catch (e) {
      throw fail(e);
    }
  },
  'crypto.x509.parse_rsa_private_key': ([s]) => {
    const input = asString(s, 1);
    if (input === '') throw builtinError('input PEM data was empty');
    try {
      const text = input.startsWith('-----BEGIN') ? input : goBase64Decode(input, 'std').toString('latin1');
      const key = privateKeysOf(text)[0];
      if (!key) return null;
      if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'ec') throw new Error('invalid key type');
      return fromJSON(key.export({ format: 'jwk' }));
    } catch (e) {
      throw fail(e);
    }
  },
  'crypto.parse_private_keys': ([s]) => {
    const input = asString(s, 1);
    if (input === '') return null;
    try {
      return privateKeysOf(input).map(privateKeyJSON);
    } catch (e) {
      throw fail(e);
    }
  },
};
