import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './uri.ts';
import { call } from '../../../test/rego/test-call.ts';
import { type Value, obj, toJSONText } from '../value/value.ts';

const cases: [string, Value[], Value | string][] = [
  ['uri.parse', ['https://user:pw@example.com:8443/a%20b/c?x=1&y=2#frag'], obj({ scheme: 'https', hostname: 'example.com', port: '8443', path: '/a b/c', raw_path: '/a b/c', raw_query: 'x=1&y=2', fragment: 'frag' })],
  ['uri.parse', ['http://h/a%2Fb'], obj({ scheme: 'http', hostname: 'h', path: '/a/b', raw_path: '/a%2Fb' })],
  ['uri.parse', ['http://[::1]:80/'], obj({ scheme: 'http', hostname: '::1', port: '80', path: '/', raw_path: '/' })],
  ['uri.parse', ['mailto:joe@example.com'], obj({ scheme: 'mailto' })],
  ['uri.parse', ['http://[::1'], 'error: eval_builtin_error: uri.parse: parse "http://[::1": missing \']\' in host'],
  ['uri.parse', ['http://h:x/'], 'error: eval_builtin_error: uri.parse: parse "http://h:x/": invalid port ":x" after host'],
  ['uri.parse', ['%zz'], 'error: eval_builtin_error: uri.parse: parse "%zz": invalid URL escape "%zz"'],
  ['uri.is_valid', [''], false],
  ['uri.is_valid', ['a:b/c'], true],
  ['uri.is_valid', ['1:b'], false],
  ['uri.is_valid', [1], false],
];

test('uri builtins (table)', () => {
  for (const [name, args, want] of cases) {
    const got = call(builtins, name, ...args);
    assert.equal(typeof got === 'string' ? got : toJSONText(got as Value), typeof want === 'string' ? want : toJSONText(want), `${name}(${String(args)})`);
  }
});
