import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { builtins } from './jwt.ts';
import { call } from '../../../test/rego/test-call.ts';
import { fromJSON, toJSON, type Value } from '../value/value.ts';

const jwk = { kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' };
const j = (v: unknown) => fromJSON(v);
const run = (name: string, ...args: Value[]) => {
  const r = call(builtins, name, ...args);
  return typeof r === 'string' && r.startsWith('error:') ? r : toJSON(r as Value);
};

test('encode_sign produces the RFC 7515 A.1 style HS256 token, and decode reads it back', () => {
  const token = run('io.jwt.encode_sign', j({ alg: 'HS256', typ: 'JWT' }), j({}), j(jwk));
  assert.equal(token, 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.6cvao8lnOu6FAdK68jQFcDMXOmaWNwWiYhCgijd-AD8');
  assert.deepEqual(run('io.jwt.decode', token as string), [{ alg: 'HS256', typ: 'JWT' }, {}, Buffer.from('6cvao8lnOu6FAdK68jQFcDMXOmaWNwWiYhCgijd-AD8', 'base64url').toString('hex')]);
});

test('decode errors use OPA texts', () => {
  const cases: [string, string][] = [
    ['abc', 'encoded JWT had no period separators'],
    ['a.b', 'encoded JWT must have 3 sections, found 2'],
    ['e!J9.e30.', 'JWT header had invalid encoding: illegal base64 data at input byte 1'],
    ['eyJlbmMiOiJBMTI4R0NNIiwiYWxnIjoiZGlyIn0.e30.', 'JWT is a JWE object, which is not supported'],
  ];
  for (const [token, message] of cases) assert.equal(run('io.jwt.decode', token), `error: eval_builtin_error: io.jwt.decode: ${message}`);
  assert.equal(run('io.jwt.decode', 1), 'error: eval_type_error: io.jwt.decode: operand 1 must be string but got number');
});

test('encode_sign_raw header and payload errors', () => {
  const k = JSON.stringify(jwk);
  assert.match(run('io.jwt.encode_sign_raw', '{}', '{}', k) as string, /missing or invalid 'alg' header: jwsbb: header "alg" not found/);
  assert.match(run('io.jwt.encode_sign_raw', '', '{}', k) as string, /cannot parse JSON: cannot parse empty string/);
  assert.match(run('io.jwt.encode_sign_raw', '{"alg":"dummy"}', '{}', k) as string, /unknown JWS algorithm: dummy/);
  assert.match(run('io.jwt.encode_sign_raw', '{"typ":"JWT","alg":"HS256"}', 'e', k) as string, /type is JWT but payload is not JSON/);
});

test('RS/PS/ES/EdDSA round trips with JWK signing and PEM verification', () => {
  const pairs: [string, string, ReturnType<typeof generateKeyPairSync>][] = [
    ['RS256', 'io.jwt.verify_rs256', generateKeyPairSync('rsa', { modulusLength: 2048 })],
    ['PS384', 'io.jwt.verify_ps384', generateKeyPairSync('rsa', { modulusLength: 2048 })],
    ['ES256', 'io.jwt.verify_es256', generateKeyPairSync('ec', { namedCurve: 'P-256' })],
    ['EdDSA', 'io.jwt.verify_eddsa', generateKeyPairSync('ed25519')],
  ];
  for (const [alg, verify, { privateKey, publicKey }] of pairs) {
    const token = run('io.jwt.encode_sign', j({ alg }), j({ iss: 'me', exp: 4102444800 }), j(privateKey.export({ format: 'jwk' }))) as string;
    const pem = publicKey.export({ format: 'pem', type: 'spki' }) as string;
    assert.equal(run(verify, token, pem), true, alg);
    assert.equal(run(verify, token, JSON.stringify({ keys: [publicKey.export({ format: 'jwk' })] })), true, alg);
    const [ok, , payload] = run('io.jwt.decode_verify', token, j({ cert: pem, iss: 'me' })) as Value[];
    assert.equal(ok, true, alg);
    assert.deepEqual(payload, { iss: 'me', exp: 4102444800 });
    assert.deepEqual(run('io.jwt.decode_verify', token, j({ cert: pem, iss: 'other' })), [false, {}, {}]);
  }
});

test('decode_verify constraints: time, aud, key rules', () => {
  const secret = 's3cret';
  const key = { kty: 'oct', k: Buffer.from(secret).toString('base64url') };
  const token = run('io.jwt.encode_sign', j({ alg: 'HS256' }), j({ aud: ['a', 'b'], nbf: 100, exp: 200 }), j(key)) as string;
  const at = (s: number, extra: object = {}) => (run('io.jwt.decode_verify', token, j({ secret, time: s * 1e9, ...extra })) as Value[])[0];
  assert.equal(run('io.jwt.verify_hs256', token, secret), true);
  assert.equal(run('io.jwt.verify_hs256', token, 'wrong'), false);
  assert.equal(at(150, { aud: 'a' }), true);
  assert.equal(at(150), false, 'aud present but no aud constraint');
  assert.equal(at(50, { aud: 'a' }), false);
  assert.equal(at(200, { aud: 'a' }), false);
  assert.match(run('io.jwt.decode_verify', token, j({})) as string, /no key constraint/);
  assert.match(run('io.jwt.decode_verify', token, j({ secret: 'x', cert: '{"kty":"oct","k":"AA"}' })) as string, /duplicate key constraints/);
  assert.match(run('io.jwt.decode_verify', token, j({ secret: 'x', foo: 1 })) as string, /unknown token validation constraint: foo/);
  assert.match(run('io.jwt.verify_rs256', token, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\nx') as string, /extra data after a PEM certificate block/);
  assert.match(run('io.jwt.verify_rs256', token, 'nope') as string, /failed to parse a JWK key \(set\)/);
});

test('a single JWK without kty fails with the jwx error chain OPA prints', () => {
  assert.equal(run('io.jwt.verify_rs256', '1.0.0', '{"a": 1}'),
    'error: eval_builtin_error: io.jwt.verify_rs256: failed to parse a JWK key (set): jwk.ParseString: failed to parse string: jwk.Parse: failed to parse sole key: jwk.ParseKey: invalid key type from JSON ()');
});
