import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins, hostsLookup, localLookup } from './net-lookup.ts';
import { call } from '../../../test/rego/test-call.ts';
import { RSet, toJSONText } from '../value/value.ts';

const HOSTS = `# comment
127.0.0.1 localhost loopback
::1       localhost ip6-localhost # trailing
10.1.2.3  build.internal
bad-line
`;

test('IP literals resolve to themselves in Go\'s canonical form, without network', () => {
  assert.deepEqual(localLookup('10.0.0.0', undefined), ['10.0.0.0']);
  assert.deepEqual(localLookup('::', undefined), ['::']);
  assert.deepEqual(localLookup('2001:0db8:0:0:0:0:0:1', undefined), ['2001:db8::1']);
  assert.deepEqual(localLookup('::ffff:1.2.3.4', undefined), ['1.2.3.4']);
  assert.equal(localLookup('010.0.0.1', undefined), undefined);
});

test('names in the hosts file resolve from it; localhost falls back to the loopback pair', () => {
  assert.deepEqual(hostsLookup(HOSTS, 'localhost'), ['127.0.0.1', '::1']);
  assert.deepEqual(hostsLookup(HOSTS, 'BUILD.internal.'), ['10.1.2.3']);
  assert.deepEqual(hostsLookup(HOSTS, 'other'), []);
  assert.deepEqual(localLookup('localhost', ''), ['127.0.0.1', '::1']);
  assert.deepEqual(localLookup('localhost', '127.0.0.1 localhost\n'), ['127.0.0.1']);
  assert.equal(localLookup('example.com', HOSTS), undefined);
});

test('other names need DNS: a clear error while network builtins are disabled', () => {
  assert.equal(toJSONText(call(builtins, 'net.lookup_ip_addr', '10.0.0.1') as RSet), '["10.0.0.1"]');
  assert.equal(call(builtins, 'net.lookup_ip_addr', 'example.invalid'),
    'error: eval_builtin_error: net.lookup_ip_addr: network access is disabled: net.lookup_ip_addr needs DNS for "example.invalid" (enable network builtins to use it)');
  assert.equal(call(builtins, 'net.lookup_ip_addr', 1), 'error: eval_type_error: net.lookup_ip_addr: operand 1 must be string but got number');
});
