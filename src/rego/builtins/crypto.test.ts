import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { builtins } from './crypto.ts';
import { call } from '../../../test/rego/test-call.ts';
import { toJSON, type Value } from '../value/value.ts';

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
  assert.match(run('crypto.x509.parse_and_verify_certificates', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n') as string, /malformed certificate/);
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
