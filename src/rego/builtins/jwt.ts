// io.jwt.*: decoding, signature verification (HS/RS/PS/ES/EdDSA with PEM certificates, PEM public keys, JWK and
// JWKS), full decode_verify with constraints, and signing; semantics and messages as OPA's topdown/tokens.go.
import { createHmac, createPrivateKey, createPublicKey, sign as cSign, verify as cVerify, timingSafeEqual, X509Certificate, constants, type KeyObject } from 'node:crypto';
import { type Value, RObject, isNum, numToJs, compare } from '../value/value.ts';
import { type BuiltinContext, type BuiltinFn, asObject, asString, builtinError } from './types.ts';
import { parseJSONValue } from './json/text.ts';
import { base64UrlDecode, base64UrlEncodeRaw, goJSONMarshal, pemDecode } from './crypto/util.ts';

const ALGORITHMS = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'HS256', 'HS384', 'HS512', 'EdDSA']);
const HASH: Record<string, string> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };

interface Token { header: string; payload: string; signature: string }
type Key = KeyObject | Buffer;
interface VerificationKey { key: Key; alg: string; kid: string }

function decodeJWT(v: Value): Token {
  const s = asString(v, 1);
  if (!s.includes('.')) throw builtinError('encoded JWT had no period separators');
  const parts = s.split('.');
  if (parts.length !== 3) throw builtinError(`encoded JWT must have 3 sections, found ${parts.length}`);
  return { header: parts[0], payload: parts[1], signature: parts[2] };
}

function extractJSONObject(s: string): RObject {
  let v: Value;
  try {
    v = parseJSONValue(s);
  } catch (e) {
    throw new Error(`invalid JSON: ${(e as Error).message}`);
  }
  if (!(v instanceof RObject)) throw new Error('decoded JSON type was not an Object');
  return v;
}

function decodeHeader(t: Token): RObject {
  let text: string;
  try {
    text = base64UrlDecode(t.header).toString('utf8');
  } catch (e) {
    throw builtinError(`JWT header had invalid encoding: ${(e as Error).message}`);
  }
  let header: RObject;
  try {
    header = extractJSONObject(text);
  } catch (e) {
    throw builtinError(`bad JWT header: ${(e as Error).message}`);
  }
  if (header.get('enc') !== undefined) throw builtinError('JWT is a JWE object, which is not supported');
  return header;
}

function decodePart(s: string, what: string): Buffer {
  try {
    return base64UrlDecode(s);
  } catch (e) {
    throw builtinError(`JWT ${what} had invalid encoding: ${(e as Error).message}`);
  }
}

function decodeSignature(t: Token): Buffer {
  try {
    return base64UrlDecode(t.signature);
  } catch (e) {
    throw builtinError((e as Error).message);
  }
}

interface Header { alg: string; kid: string; typ: string; cty: string; crit?: Set<string>; unknown: string[] }

function parseHeader(h: RObject): Header {
  const out: Header = { alg: '', kid: '', typ: '', cty: '', unknown: [] };
  for (const [k, v] of h.sorted()) {
    const key = k as string;
    if (key === 'alg' || key === 'kid' || key === 'typ' || key === 'cty') {
      if (typeof v !== 'string') throw builtinError(`${key}: must be a string`);
      out[key] = v;
    } else if (key === 'crit') {
      if (!Array.isArray(v)) throw builtinError('crit: must be a list');
      out.crit = new Set(v.filter((x): x is string => typeof x === 'string'));
      if (out.crit.size === 0) throw builtinError('crit: must be a nonempty list');
    } else out.unknown.push(key);
  }
  return out;
}

const headerValid = (h: Header) => h.alg !== '' && !h.unknown.some((u) => h.crit?.has(u));

function jwkToKey(jwk: Record<string, unknown>): Key {
  if (jwk.kty === 'oct') return Buffer.from(String(jwk.k ?? ''), 'base64url');
  const input = { key: jwk as never, format: 'jwk' as const };
  return jwk.d !== undefined ? createPrivateKey(input) : createPublicKey(input);
}

const SOLE_KEY = 'jwk.ParseString: failed to parse string: jwk.Parse: failed to parse sole key: jwk.ParseKey: ';

/** jwx probes the text with Go's json.Decoder first: not JSON fails with that decoder's message. */
function parseJWKJSON(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    let why = 'EOF';
    try {
      parseJSONValue(text, { decoder: true });
    } catch (e) {
      why = (e as Error).message;
    }
    throw new Error(`${SOLE_KEY}jwk.Parse: failed to probe data: probe: failed to unmarshal data: ${why}`);
  }
}

function parseJWKs(text: string): { key: Key; alg: string; kid: string }[] {
  const parsed = parseJWKJSON(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('invalid JWK');
  const sole = !Array.isArray(parsed.keys);
  const list = sole ? [parsed] : (parsed.keys as Record<string, unknown>[]);
  return list.map((k) => {
    // a single key's error carries the jwx chain that OPA's message shows
    if (typeof k.kty !== 'string') {
      throw new Error(`${sole ? SOLE_KEY : ''}invalid key type from JSON ()`);
    }
    return { key: jwkToKey(k), alg: typeof k.alg === 'string' ? k.alg : '', kid: typeof k.kid === 'string' ? k.kid : '' };
  });
}

/** The public key(s) of a PEM certificate, a PEM public key, a JWK or a JWKS. */
function keysFromCertOrJWK(text: string): VerificationKey[] {
  const pem = pemDecode(text);
  if (pem) {
    if (pem.rest.length > 0) throw builtinError('extra data after a PEM certificate block');
    if (pem.block.type === 'CERTIFICATE') {
      try {
        return [{ key: new X509Certificate(pem.block.bytes).publicKey, alg: '', kid: '' }];
      } catch (e) {
        throw builtinError(`failed to parse a PEM certificate: ${(e as Error).message}`);
      }
    }
    if (pem.block.type === 'PUBLIC KEY') {
      try {
        return [{ key: createPublicKey({ key: pem.block.bytes, format: 'der', type: 'spki' }), alg: '', kid: '' }];
      } catch (e) {
        throw builtinError(`failed to parse a PEM public key: ${(e as Error).message}`);
      }
    }
    throw builtinError('failed to extract a Key from the PEM certificate');
  }
  let keys;
  try {
    keys = parseJWKs(text);
  } catch (e) {
    throw builtinError(`failed to parse a JWK key (set): ${(e as Error).message}`);
  }
  return keys.filter((k) => k.alg === '' || ALGORITHMS.has(k.alg));
}

const keyType = (k: Key): string => (Buffer.isBuffer(k) ? 'oct' : k.asymmetricKeyType ?? '');

/** jwsbb.Verify: true when `sig` is a valid signature of `data` for `alg` with `key` (any failure is false). */
function verifyWith(key: Key, alg: string, data: Buffer, sig: Buffer): boolean {
  try {
    const family = alg.slice(0, 2);
    const hash = HASH[alg.slice(2)];
    const type = keyType(key);
    if (family === 'HS' && hash) {
      if (!Buffer.isBuffer(key)) return false;
      const mac = createHmac(hash, key).update(data).digest();
      return mac.length === sig.length && timingSafeEqual(mac, sig);
    }
    if (Buffer.isBuffer(key)) return false;
    if (alg === 'EdDSA') return type === 'ed25519' && cVerify(null, data, key, sig);
    if (family === 'RS' && hash && type === 'rsa') return cVerify(hash, data, { key, padding: constants.RSA_PKCS1_PADDING }, sig);
    if (family === 'PS' && hash && (type === 'rsa' || type === 'rsa-pss')) {
      return cVerify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, sig);
    }
    if (family === 'ES' && hash && type === 'ec') return cVerify(hash, data, { key, dsaEncoding: 'ieee-p1363' }, sig);
    return false;
  } catch {
    return false;
  }
}

/** OPA's verifyES: the signature is split in two halves whatever the curve. */
function verifyES(key: Key, hash: string, data: Buffer, sig: Buffer): boolean {
  if (Buffer.isBuffer(key) || keyType(key) !== 'ec' || sig.length % 2 !== 0) return false;
  try {
    return cVerify(hash, data, { key, dsaEncoding: 'ieee-p1363' }, sig);
  } catch {
    return false;
  }
}

function verifyBuiltin(alg: string): BuiltinFn {
  return ([jwt, keyText]) => {
    const token = decodeJWT(jwt);
    const keys = keysFromCertOrJWK(asString(keyText, 2));
    const sig = decodeSignature(token);
    const header = parseHeader(decodeHeader(token));
    const data = Buffer.from(`${token.header}.${token.payload}`);
    const check = (k: Key) => (alg.startsWith('ES') ? verifyES(k, HASH[alg.slice(2)], data, sig) : verifyWith(k, alg, data, sig));
    if (header.kid !== '') {
      const byKid = keys.find((k) => k.kid === header.kid);
      if (byKid) return check(byKid.key);
    }
    return keys.some((k) => (k.alg === '' || k.alg === header.alg) && check(k.key));
  };
}

function verifyHS(alg: string): BuiltinFn {
  return ([jwt, secret]) => {
    asString(jwt, 1);
    const key = Buffer.from(asString(secret, 2));
    const token = decodeJWT(jwt);
    const mac = createHmac(HASH[alg.slice(2)], key).update(`${token.header}.${token.payload}`).digest();
    const sig = decodeSignature(token);
    return mac.length === sig.length && timingSafeEqual(mac, sig);
  };
}

function decode(jwt: Value): Value {
  const token = decodeJWT(jwt);
  const header = decodeHeader(token);
  let payload = decodePart(token.payload, 'payload').toString('utf8');
  const cty = header.get('cty');
  if (cty === 'JWT') {
    payload = payload.replace(/^["']+|["']+$/g, '');
    return decode(payload);
  }
  let obj: RObject;
  try {
    obj = extractJSONObject(payload);
  } catch (e) {
    throw builtinError((e as Error).message);
  }
  const sig = decodePart(token.signature, 'signature');
  return [header, obj, sig.toString('hex')];
}

interface Constraints { secret: string; alg: string; iss: string; aud: string; keys?: VerificationKey[]; time: number }

function timeFrom(v: Value): number {
  if (!isNum(v)) throw builtinError('token time constraint: must be a number');
  const t = numToJs(v);
  if (t < 0) throw builtinError('token time constraint: must not be negative');
  return t;
}

function parseConstraints(o: RObject, ctx: BuiltinContext): Constraints {
  const c: Constraints = { secret: '', alg: '', iss: '', aud: '', time: -1 };
  for (const [k, v] of o.sorted()) {
    const name = String(k);
    if (name === 'cert') {
      if (typeof v !== 'string') throw builtinError('cert constraint: must be a string');
      c.keys = keysFromCertOrJWK(v);
    } else if (name === 'secret' || name === 'alg' || name === 'iss' || name === 'aud') {
      if (typeof v !== 'string') throw builtinError(`${name} constraint: must be a string`);
      c[name] = v;
    } else if (name === 'time') c.time = timeFrom(v);
    else throw builtinError(`unknown token validation constraint: ${name}`);
  }
  if (c.time === -1) c.time = Number(ctx.nowNs());
  const keys = (c.keys !== undefined ? 1 : 0) + (c.secret !== '' ? 1 : 0);
  if (keys > 1) throw builtinError('duplicate key constraints');
  if (keys < 1) throw builtinError('no key constraint');
  return c;
}

function constraintsVerify(c: Constraints, header: Header, token: Token, sig: Buffer): boolean {
  const data = Buffer.from(`${token.header}.${token.payload}`);
  if (c.keys !== undefined) {
    if (header.kid !== '') {
      const byKid = c.keys.find((k) => k.kid === header.kid);
      if (byKid) return verifyWith(byKid.key, header.alg, data, sig);
    }
    return c.keys.some((k) => (k.alg === '' || k.alg === header.alg) && verifyWith(k.key, header.alg, data, sig));
  }
  return verifyWith(Buffer.from(c.secret), header.alg, data, sig);
}

function validAudience(aud: Value, want: string): boolean {
  if (typeof aud === 'string') return aud === want;
  return Array.isArray(aud) && aud.some((x) => x === want);
}

function decodeVerify([jwt, constraintsValue]: Value[], ctx: BuiltinContext): Value {
  const o = asObject(constraintsValue, 2);
  const unverified: Value = [false, new RObject(), new RObject()];
  const c = parseConstraints(o, ctx);
  let a: Value = jwt;
  let token: Token;
  let payloadText: string;
  for (;;) {
    token = decodeJWT(a);
    const header = parseHeader(decodeHeader(token));
    if (!headerValid(header)) return unverified;
    if (c.alg !== '' && c.alg !== header.alg) return unverified;
    const sig = decodeSignature(token);
    if (!constraintsVerify(c, header, token, sig)) return unverified;
    payloadText = decodePart(token.payload, 'payload').toString('utf8');
    if (header.cty.toLowerCase() === 'jwt') {
      a = payloadText;
      continue;
    }
    break;
  }
  let payload: RObject;
  try {
    payload = extractJSONObject(payloadText);
  } catch (e) {
    throw builtinError((e as Error).message);
  }
  const header = decodeHeader(token);
  if (c.iss !== '') {
    const iss = payload.get('iss');
    if (iss === undefined || iss !== c.iss) return unverified;
  }
  const aud = payload.get('aud');
  if (aud !== undefined ? !validAudience(aud, c.aud) : c.aud !== '') return unverified;
  const now = c.time / 1e9;
  const exp = payload.get('exp');
  if (exp !== undefined) {
    if (!isNum(exp)) throw builtinError('exp value must be a number');
    if (compare(now, exp) !== -1) return unverified;
  }
  const nbf = payload.get('nbf');
  if (nbf !== undefined) {
    if (!isNum(nbf)) throw builtinError('nbf value must be a number');
    if (compare(now, nbf) === -1) return unverified;
  }
  return [true, header, payload];
}

// ---- signing ----

type Headers = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** jwsbb's header lookup, with its error texts. */
function parseHeaders(text: string): Headers {
  if (text.trim() === '') return { ok: false, error: 'cannot parse JSON: cannot parse empty string' };
  try {
    const v = JSON.parse(text) as unknown;
    return { ok: true, value: v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {} };
  } catch (e) {
    if (text.trim().startsWith('{')) return { ok: false, error: `cannot parse JSON: ${(e as Error).message}` };
    return { ok: true, value: {} };
  }
}

function headerString(h: Headers, name: string): string {
  if (!h.ok) throw new Error(h.error);
  const v = h.value[name];
  if (v === undefined) throw new Error(`jwsbb: header "${name}" not found`);
  if (typeof v !== 'string') throw new Error(`jwsbb: header "${name}" is not a string`);
  return v;
}

const isJSON = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

function signWith(key: Key, alg: string, data: Buffer): Buffer {
  const hash = HASH[alg.slice(2)];
  const type = keyType(key);
  const mismatch = () => builtinError(`failed to sign payload: invalid key type ${type} for algorithm ${alg}`);
  if (alg.startsWith('HS')) {
    if (!Buffer.isBuffer(key)) throw mismatch();
    return createHmac(hash, key).update(data).digest();
  }
  if (Buffer.isBuffer(key)) throw mismatch();
  if (alg === 'EdDSA') {
    if (type !== 'ed25519') throw mismatch();
    return cSign(null, data, key);
  }
  if (alg.startsWith('RS') && type === 'rsa') return cSign(hash, data, { key, padding: constants.RSA_PKCS1_PADDING });
  if (alg.startsWith('PS') && type === 'rsa') return cSign(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST });
  if (alg.startsWith('ES') && type === 'ec') return cSign(hash, data, { key, dsaEncoding: 'ieee-p1363' });
  throw mismatch();
}

function encodeSign(headersText: string, payloadText: string, jwkText: string): string {
  let keys;
  try {
    keys = parseJWKs(jwkText);
  } catch (e) {
    throw builtinError(`failed to parse JWK: ${(e as Error).message}`);
  }
  if (keys.length === 0) throw builtinError('no keys found in JWK set');
  const headers = parseHeaders(headersText);
  let alg: string;
  try {
    alg = headerString(headers, 'alg');
  } catch (e) {
    throw builtinError(`missing or invalid 'alg' header: ${(e as Error).message}`);
  }
  if (!ALGORITHMS.has(alg)) throw builtinError(`unknown JWS algorithm: ${alg}`);
  let typ: string | undefined;
  try {
    typ = headerString(headers, 'typ');
  } catch {
    typ = undefined;
  }
  if ((typ === undefined || typ === 'JWT') && !isJSON(payloadText)) throw builtinError('type is JWT but payload is not JSON');
  const signingInput = `${base64UrlEncodeRaw(headersText)}.${base64UrlEncodeRaw(payloadText)}`;
  return `${signingInput}.${base64UrlEncodeRaw(signWith(keys[0].key, alg, Buffer.from(signingInput)))}`;
}

export const builtins: Record<string, BuiltinFn> = {
  'io.jwt.decode': ([jwt]) => decode(jwt),
  'io.jwt.decode_verify': decodeVerify,
  'io.jwt.encode_sign_raw': ([h, p, k]) => encodeSign(asString(h, 1), asString(p, 2), asString(k, 3)),
  'io.jwt.encode_sign': ([h, p, k]) => encodeSign(goJSONMarshal(h), goJSONMarshal(p), goJSONMarshal(k)),
  'io.jwt.verify_hs256': verifyHS('HS256'),
  'io.jwt.verify_hs384': verifyHS('HS384'),
  'io.jwt.verify_hs512': verifyHS('HS512'),
  'io.jwt.verify_eddsa': verifyBuiltin('EdDSA'),
  ...Object.fromEntries(['RS', 'PS', 'ES'].flatMap((f) => ['256', '384', '512'].map((n) => [`io.jwt.verify_${f.toLowerCase()}${n}`, verifyBuiltin(f + n)]))),
};
