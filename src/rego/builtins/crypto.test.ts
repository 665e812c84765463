import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { builtins } from './crypto.ts';
import { call } from '../../../test/rego/test-call.ts';
import { fromJSON, toJSON, type Value } from '../value/value.ts';

const run = (name: string, ...args: Value[]) => {
  const r = call(builtins, name, ...args);
  return typeof r === 'string' && r.startsWith('error:') ? r : toJSON(r as Value);
};

test('digests and HMACs are lowercase hex', () => {
  const table: [string, Value[], string][] = [
    ['crypto.md5', ['lorem ipsum'], '80a751fde577028640c419000e33eba6'],
    ['crypto.sha1', ['lorem ipsum'], 'bfb7759a67daeb65410490b4d98bb9da7d1ea2ce'],
    ['crypto.sha256', ['lorem ipsum'], '5e2bf57d3f40c4b6df69daf1936cb766f832374b4fc0259a7cbff06e2f70f269'],
    ['crypto.hmac.sha256', ['message', 'key'], '6e9ef29b75fffc5b7abae527d58fdadb2fe42e7219011976917343065f58ed4a'],
    ['crypto.hmac.md5', ['message', 'key'], '4e4748e62b463521f6775fbf921234b5'],
  ];
  for (const [name, args, want] of table) assert.equal(run(name, ...args), want, name);
  assert.equal(run('crypto.hmac.equal', 'abc', 'abc'), true);
  assert.equal(run('crypto.hmac.equal', 'abc', 'abd'), false);
  assert.equal(run('crypto.md5', 1), 'error: eval_type_error: crypto.md5: operand 1 must be string but got number');
});

test('x509 parsing errors use Go texts', () => {
  assert.equal(run('crypto.x509.parse_certificates', 'YmFkc3RyaW5n'), 'error: eval_builtin_error: crypto.x509.parse_certificates: x509: malformed certificate');
  assert.match(run('crypto.x509.parse_certificates', 'foobar') as string, /illegal base64 data at input byte/);
  assert.match(run('crypto.x509.parse_certificate_request', 'YmFkc3RyaW5n') as string, /asn1: structure error/);
  // certificates that do not parse are not verified: [false, []], as OPA; bad options count only once they parse
  const malformed = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
  assert.deepEqual(run('crypto.x509.parse_and_verify_certificates', malformed), [false, []]);
  assert.deepEqual(run('crypto.x509.parse_and_verify_certificates', 'a'), [false, []]);
  assert.deepEqual(run('crypto.x509.parse_and_verify_certificates_with_options', 'a', fromJSON({ nope: 1 })), [false, []]);
  assert.equal(run('crypto.x509.parse_and_verify_certificates_with_options', 1, 2),
    'error: eval_type_error: crypto.x509.parse_and_verify_certificates_with_options: operand 1 must be string but got number');
});

test('key pairs and RSA keys: inputs are PEM or base64 (of PEM or DER), errors are those of Go', () => {
  const kp = (c: string, k: string) => run('crypto.x509.parse_keypair', c, k);
  assert.equal(kp('', ''), 'error: eval_builtin_error: crypto.x509.parse_keypair: x509: malformed certificate');
  assert.equal(kp('NaN', 'x'), 'error: eval_builtin_error: crypto.x509.parse_keypair: illegal base64 data at input byte 0');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const keyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  assert.equal(kp(keyPem, keyPem),
    'error: eval_builtin_error: crypto.x509.parse_keypair: tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched');
  assert.equal(kp('', 1 as unknown as string), 'error: eval_type_error: crypto.x509.parse_keypair: operand 2 must be string but got number');
  const rsa = (s: string) => run('crypto.x509.parse_rsa_private_key', s);
  assert.equal(rsa(''), 'error: eval_builtin_error: crypto.x509.parse_rsa_private_key: input PEM data was empty');
  assert.equal(rsa('1d'), 'error: eval_builtin_error: crypto.x509.parse_rsa_private_key: illegal base64 data at input byte 0');
  assert.equal(rsa(Buffer.from('no key here').toString('base64')), null);
  assert.equal((rsa(keyPem) as Record<string, string>).kty, 'EC');
});

test('private keys: RSA PEM to JWK, parse_private_keys counts blocks, empty input is null', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pkcs1 = privateKey.export({ format: 'pem', type: 'pkcs1' }) as string;
  const pkcs8 = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  const jwk = run('crypto.x509.parse_rsa_private_key', pkcs1) as Record<string, string>;
  assert.equal(jwk.kty, 'RSA');
  assert.equal(jwk.n, (privateKey.export({ format: 'jwk' }) as Record<string, string>).n);
  assert.equal((run('crypto.parse_private_keys', pkcs1 + pkcs8) as unknown[]).length, 2);
  assert.equal((run('crypto.parse_private_keys', Buffer.from(pkcs8).toString('base64')) as unknown[]).length, 1);
  assert.deepEqual(run('crypto.parse_private_keys', 'nope'), []);
  assert.equal(run('crypto.parse_private_keys', ''), null);
});
