import { createRequire } from 'node:module';
import { b as asString, c as builtinError, p as parseJSONValue, d as RObject, z as base64UrlDecode, A as pemDecode, v as isNum, C as numToJs, a as asObject, x as compare, D as base64UrlEncodeRaw, E as goJSONMarshal } from './rego-CkdsLX6W.js';
import { createPrivateKey, createPublicKey, X509Certificate, createHmac, timingSafeEqual, verify, constants, sign } from 'node:crypto';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
var ALGORITHMS = /* @__PURE__ */ new Set(["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "HS256", "HS384", "HS512", "EdDSA"]);
var HASH = { "256": "sha256", "384": "sha384", "512": "sha512" };
function decodeJWT(v) {
  const s = asString(v, 1);
  if (!s.includes(".")) throw builtinError("encoded JWT had no period separators");
  const parts = s.split(".");
  if (parts.length !== 3) throw builtinError(`encoded JWT must have 3 sections, found ${parts.length}`);
  return { header: parts[0], payload: parts[1], signature: parts[2] };
}
function extractJSONObject(s) {
  let v;
  try {
    v = parseJSONValue(s);
  } catch (e) {
    throw new Error(`invalid JSON: ${e.message}`);
  }
  if (!(v instanceof RObject)) throw new Error("decoded JSON type was not an Object");
  return v;
}
function decodeHeader(t) {
  let text;
  try {
    text = base64UrlDecode(t.header).toString("utf8");
  } catch (e) {
    throw builtinError(`JWT header had invalid encoding: ${e.message}`);
  }
  let header;
  try {
    header = extractJSONObject(text);
  } catch (e) {
    throw builtinError(`bad JWT header: ${e.message}`);
  }
  if (header.get("enc") !== void 0) throw builtinError("JWT is a JWE object, which is not supported");
  return header;
}
function decodePart(s, what) {
  try {
    return base64UrlDecode(s);
  } catch (e) {
    throw builtinError(`JWT ${what} had invalid encoding: ${e.message}`);
  }
}
function decodeSignature(t) {
  try {
    return base64UrlDecode(t.signature);
  } catch (e) {
    throw builtinError(e.message);
  }
}
function parseHeader(h) {
  const out = { alg: "", kid: "", typ: "", cty: "", unknown: [] };
  for (const [k, v] of h.sorted()) {
    const key = k;
    if (key === "alg" || key === "kid" || key === "typ" || key === "cty") {
      if (typeof v !== "string") throw builtinError(`${key}: must be a string`);
      out[key] = v;
    } else if (key === "crit") {
      if (!Array.isArray(v)) throw builtinError("crit: must be a list");
      out.crit = new Set(v.filter((x) => typeof x === "string"));
      if (out.crit.size === 0) throw builtinError("crit: must be a nonempty list");
    } else out.unknown.push(key);
  }
  return out;
}
var headerValid = (h) => h.alg !== "" && !h.unknown.some((u) => h.crit?.has(u));
function jwkToKey(jwk) {
  if (jwk.kty === "oct") return Buffer.from(String(jwk.k ?? ""), "base64url");
  const input = { key: jwk, format: "jwk" };
  return jwk.d !== void 0 ? createPrivateKey(input) : createPublicKey(input);
}
var SOLE_KEY = "jwk.ParseString: failed to parse string: jwk.Parse: failed to parse sole key: jwk.ParseKey: ";
function parseJWKJSON(text) {
  try {
    return JSON.parse(text);
  } catch {
    let why = "EOF";
    try {
      parseJSONValue(text, { decoder: true });
    } catch (e) {
      why = e.message;
    }
    throw new Error(`${SOLE_KEY}jwk.Parse: failed to probe data: probe: failed to unmarshal data: ${why}`);
  }
}
function parseJWKs(text) {
  const parsed = parseJWKJSON(text);
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("invalid JWK");
  const sole = !Array.isArray(parsed.keys);
  const list = sole ? [parsed] : parsed.keys;
  return list.map((k) => {
    if (typeof k.kty !== "string") {
      throw new Error(`${sole ? SOLE_KEY : ""}invalid key type from JSON ()`);
    }
    return { key: jwkToKey(k), alg: typeof k.alg === "string" ? k.alg : "", kid: typeof k.kid === "string" ? k.kid : "" };
  });
}
function keysFromCertOrJWK(text) {
  const pem = pemDecode(text);
  if (pem) {
    if (pem.rest.length > 0) throw builtinError("extra data after a PEM certificate block");
    if (pem.block.type === "CERTIFICATE") {
      try {
        return [{ key: new X509Certificate(pem.block.bytes).publicKey, alg: "", kid: "" }];
      } catch (e) {
        throw builtinError(`failed to parse a PEM certificate: ${e.message}`);
      }
    }
    if (pem.block.type === "PUBLIC KEY") {
      try {
        return [{ key: createPublicKey({ key: pem.block.bytes, format: "der", type: "spki" }), alg: "", kid: "" }];
      } catch (e) {
        throw builtinError(`failed to parse a PEM public key: ${e.message}`);
      }
    }
    throw builtinError("failed to extract a Key from the PEM certificate");
  }
  let keys;
  try {
    keys = parseJWKs(text);
  } catch (e) {
    throw builtinError(`failed to parse a JWK key (set): ${e.message}`);
  }
  return keys.filter((k) => k.alg === "" || ALGORITHMS.has(k.alg));
}
var keyType = (k) => Buffer.isBuffer(k) ? "oct" : k.asymmetricKeyType ?? "";
function verifyWith(key, alg, data, sig) {
  try {
    const family = alg.slice(0, 2);
    const hash = HASH[alg.slice(2)];
    const type = keyType(key);
    if (family === "HS" && hash) {
      if (!Buffer.isBuffer(key)) return false;
      const mac = createHmac(hash, key).update(data).digest();
      return mac.length === sig.length && timingSafeEqual(mac, sig);
    }
    if (Buffer.isBuffer(key)) return false;
    if (alg === "EdDSA") return type === "ed25519" && verify(null, data, key, sig);
    if (family === "RS" && hash && type === "rsa") return verify(hash, data, { key, padding: constants.RSA_PKCS1_PADDING }, sig);
    if (family === "PS" && hash && (type === "rsa" || type === "rsa-pss")) {
      return verify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, sig);
    }
    if (family === "ES" && hash && type === "ec") return verify(hash, data, { key, dsaEncoding: "ieee-p1363" }, sig);
    return false;
  } catch {
    return false;
  }
}
function verifyES(key, hash, data, sig) {
  if (Buffer.isBuffer(key) || keyType(key) !== "ec" || sig.length % 2 !== 0) return false;
  try {
    return verify(hash, data, { key, dsaEncoding: "ieee-p1363" }, sig);
  } catch {
    return false;
  }
}
function verifyBuiltin(alg) {
  return ([jwt, keyText]) => {
    const token = decodeJWT(jwt);
    const keys = keysFromCertOrJWK(asString(keyText, 2));
    const sig = decodeSignature(token);
    const header = parseHeader(decodeHeader(token));
    const data = Buffer.from(`${token.header}.${token.payload}`);
    const check = (k) => alg.startsWith("ES") ? verifyES(k, HASH[alg.slice(2)], data, sig) : verifyWith(k, alg, data, sig);
    if (header.kid !== "") {
      const byKid = keys.find((k) => k.kid === header.kid);
      if (byKid) return check(byKid.key);
    }
    return keys.some((k) => (k.alg === "" || k.alg === header.alg) && check(k.key));
  };
}
function verifyHS(alg) {
  return ([jwt, secret]) => {
    asString(jwt, 1);
    const key = Buffer.from(asString(secret, 2));
    const token = decodeJWT(jwt);
    const mac = createHmac(HASH[alg.slice(2)], key).update(`${token.header}.${token.payload}`).digest();
    const sig = decodeSignature(token);
    return mac.length === sig.length && timingSafeEqual(mac, sig);
  };
}
function decode(jwt) {
  const token = decodeJWT(jwt);
  const header = decodeHeader(token);
  let payload = decodePart(token.payload, "payload").toString("utf8");
  const cty = header.get("cty");
  if (cty === "JWT") {
    payload = payload.replace(/^["']+|["']+$/g, "");
    return decode(payload);
  }
  let obj;
  try {
    obj = extractJSONObject(payload);
  } catch (e) {
    throw builtinError(e.message);
  }
  const sig = decodePart(token.signature, "signature");
  return [header, obj, sig.toString("hex")];
}
function timeFrom(v) {
  if (!isNum(v)) throw builtinError("token time constraint: must be a number");
  const t = numToJs(v);
  if (t < 0) throw builtinError("token time constraint: must not be negative");
  return t;
}
function parseConstraints(o, ctx) {
  const c = { secret: "", alg: "", iss: "", aud: "", time: -1 };
  for (const [k, v] of o.sorted()) {
    const name = String(k);
    if (name === "cert") {
      if (typeof v !== "string") throw builtinError("cert constraint: must be a string");
      c.keys = keysFromCertOrJWK(v);
    } else if (name === "secret" || name === "alg" || name === "iss" || name === "aud") {
      if (typeof v !== "string") throw builtinError(`${name} constraint: must be a string`);
      c[name] = v;
    } else if (name === "time") c.time = timeFrom(v);
    else throw builtinError(`unknown token validation constraint: ${name}`);
  }
  if (c.time === -1) c.time = Number(ctx.nowNs());
  const keys = (c.keys !== void 0 ? 1 : 0) + (c.secret !== "" ? 1 : 0);
  if (keys > 1) throw builtinError("duplicate key constraints");
  if (keys < 1) throw builtinError("no key constraint");
  return c;
}
function constraintsVerify(c, header, token, sig) {
  const data = Buffer.from(`${token.header}.${token.payload}`);
  if (c.keys !== void 0) {
    if (header.kid !== "") {
      const byKid = c.keys.find((k) => k.kid === header.kid);
      if (byKid) return verifyWith(byKid.key, header.alg, data, sig);
    }
    return c.keys.some((k) => (k.alg === "" || k.alg === header.alg) && verifyWith(k.key, header.alg, data, sig));
  }
  return verifyWith(Buffer.from(c.secret), header.alg, data, sig);
}
function validAudience(aud, want) {
  if (typeof aud === "string") return aud === want;
  return Array.isArray(aud) && aud.some((x) => x === want);
}
function decodeVerify([jwt, constraintsValue], ctx) {
  const o = asObject(constraintsValue, 2);
  const unverified = [false, new RObject(), new RObject()];
  const c = parseConstraints(o, ctx);
  let a = jwt;
  let token;
  let payloadText;
  for (; ; ) {
    token = decodeJWT(a);
    const header2 = parseHeader(decodeHeader(token));
    if (!headerValid(header2)) return unverified;
    if (c.alg !== "" && c.alg !== header2.alg) return unverified;
    const sig = decodeSignature(token);
    if (!constraintsVerify(c, header2, token, sig)) return unverified;
    payloadText = decodePart(token.payload, "payload").toString("utf8");
    if (header2.cty.toLowerCase() === "jwt") {
      a = payloadText;
      continue;
    }
    break;
  }
  let payload;
  try {
    payload = extractJSONObject(payloadText);
  } catch (e) {
    throw builtinError(e.message);
  }
  const header = decodeHeader(token);
  if (c.iss !== "") {
    const iss = payload.get("iss");
    if (iss === void 0 || iss !== c.iss) return unverified;
  }
  const aud = payload.get("aud");
  if (aud !== void 0 ? !validAudience(aud, c.aud) : c.aud !== "") return unverified;
  const now = c.time / 1e9;
  const exp = payload.get("exp");
  if (exp !== void 0) {
    if (!isNum(exp)) throw builtinError("exp value must be a number");
    if (compare(now, exp) !== -1) return unverified;
  }
  const nbf = payload.get("nbf");
  if (nbf !== void 0) {
    if (!isNum(nbf)) throw builtinError("nbf value must be a number");
    if (compare(now, nbf) === -1) return unverified;
  }
  return [true, header, payload];
}
function parseHeaders(text) {
  if (text.trim() === "") return { ok: false, error: "cannot parse JSON: cannot parse empty string" };
  try {
    const v = JSON.parse(text);
    return { ok: true, value: v !== null && typeof v === "object" && !Array.isArray(v) ? v : {} };
  } catch (e) {
    if (text.trim().startsWith("{")) return { ok: false, error: `cannot parse JSON: ${e.message}` };
    return { ok: true, value: {} };
  }
}
function headerString(h, name) {
  if (!h.ok) throw new Error(h.error);
  const v = h.value[name];
  if (v === void 0) throw new Error(`jwsbb: header "${name}" not found`);
  if (typeof v !== "string") throw new Error(`jwsbb: header "${name}" is not a string`);
  return v;
}
var isJSON = (s) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};
function signWith(key, alg, data) {
  const hash = HASH[alg.slice(2)];
  const type = keyType(key);
  const mismatch = () => builtinError(`failed to sign payload: invalid key type ${type} for algorithm ${alg}`);
  if (alg.startsWith("HS")) {
    if (!Buffer.isBuffer(key)) throw mismatch();
    return createHmac(hash, key).update(data).digest();
  }
  if (Buffer.isBuffer(key)) throw mismatch();
  if (alg === "EdDSA") {
    if (type !== "ed25519") throw mismatch();
    return sign(null, data, key);
  }
  if (alg.startsWith("RS") && type === "rsa") return sign(hash, data, { key, padding: constants.RSA_PKCS1_PADDING });
  if (alg.startsWith("PS") && type === "rsa") return sign(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST });
  if (alg.startsWith("ES") && type === "ec") return sign(hash, data, { key, dsaEncoding: "ieee-p1363" });
  throw mismatch();
}
function encodeSign(headersText, payloadText, jwkText) {
  let keys;
  try {
    keys = parseJWKs(jwkText);
  } catch (e) {
    throw builtinError(`failed to parse JWK: ${e.message}`);
  }
  if (keys.length === 0) throw builtinError("no keys found in JWK set");
  const headers = parseHeaders(headersText);
  let alg;
  try {
    alg = headerString(headers, "alg");
  } catch (e) {
    throw builtinError(`missing or invalid 'alg' header: ${e.message}`);
  }
  if (!ALGORITHMS.has(alg)) throw builtinError(`unknown JWS algorithm: ${alg}`);
  let typ;
  try {
    typ = headerString(headers, "typ");
  } catch {
    typ = void 0;
  }
  if ((typ === void 0 || typ === "JWT") && !isJSON(payloadText)) throw builtinError("type is JWT but payload is not JSON");
  const signingInput = `${base64UrlEncodeRaw(headersText)}.${base64UrlEncodeRaw(payloadText)}`;
  return `${signingInput}.${base64UrlEncodeRaw(signWith(keys[0].key, alg, Buffer.from(signingInput)))}`;
}
var builtins = {
  "io.jwt.decode": ([jwt]) => decode(jwt),
  "io.jwt.decode_verify": decodeVerify,
  "io.jwt.encode_sign_raw": ([h, p, k]) => encodeSign(asString(h, 1), asString(p, 2), asString(k, 3)),
  "io.jwt.encode_sign": ([h, p, k]) => encodeSign(goJSONMarshal(h), goJSONMarshal(p), goJSONMarshal(k)),
  "io.jwt.verify_hs256": verifyHS("HS256"),
  "io.jwt.verify_hs384": verifyHS("HS384"),
  "io.jwt.verify_hs512": verifyHS("HS512"),
  "io.jwt.verify_eddsa": verifyBuiltin("EdDSA"),
  ...Object.fromEntries(["RS", "PS", "ES"].flatMap((f) => ["256", "384", "512"].map((n) => [`io.jwt.verify_${f.toLowerCase()}${n}`, verifyBuiltin(f + n)])))
};

export { builtins as b };
