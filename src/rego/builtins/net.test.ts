import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './net.ts';
import { call } from '../../../test/rego/test-call.ts';
import { type Value, RSet, obj, toJSONText } from '../value/value.ts';

const cases: [string, Value[], Value | undefined | string][] = [
  ['net.cidr_contains', ['10.0.0.0/8', '10.1.2.3'], true],
  ['net.cidr_contains', ['10.0.0.0/8', '10.1.0.0/16'], true],
  ['net.cidr_contains', ['10.0.0.0/16', '10.0.0.0/8'], false],
  ['net.cidr_contains', ['2001:db8::/32', '2001:db8::1'], true],
  ['net.cidr_contains', ['10.0.0.0/8', '::ffff:10.0.0.1'], true],
  ['net.cidr_contains', ['x', '10.0.0.1'], 'error: eval_builtin_error: net.cidr_contains: invalid CIDR address: x'],
  ['net.cidr_intersects', ['192.168.0.0/16', '192.168.1.0/24'], true],
  ['net.cidr_intersects', ['fd1e:5bfe:8af3:9ddc::/64', 'fd1e:5bfe:8af3:9ddd::/64'], false],
  ['net.cidr_is_valid', ['192.168.1.1/33'], false],
  ['net.cidr_is_valid', ['::/0'], true],
  ['net.cidr_expand', ['192.168.1.0/31'], new RSet(['192.168.1.0', '192.168.1.1'])],
  ['net.cidr_expand', ['192.168.1.1/33'], 'error: eval_builtin_error: net.cidr_expand: invalid CIDR address: 192.168.1.1/33'],
  ['net.cidr_merge', [['192.0.2.112/31', '192.0.2.116/31', '192.0.2.118/31']], new RSet(['192.0.2.112/31', '192.0.2.116/30'])],
  ['net.cidr_merge', [['192.0.2.112', '192.0.2.116/31']], new RSet(['192.0.2.0/24'])],
  ['net.cidr_merge', [['2601:600:8a80:207e:a57d:7567:e2c9:e7b3/64']], new RSet(['2601:600:8a80:207e::/64'])],
  ['net.cidr_merge', [['::/0', '::192.0.2.0/124']], new RSet(['::/0'])],
  ['net.cidr_merge', [['192.0.2.112']], new RSet(['192.0.2.112/24'])],
  ['net.cidr_merge', [['foo']], 'error: eval_builtin_error: net.cidr_merge: invalid CIDR address: foo'],
  ['net.cidr_contains', ['10.0.0.0/8', 'x'], 'error: eval_builtin_error: net.cidr_contains: not a valid textual representation of an IP address or CIDR: x'],
  ['net.cidr_contains_matches', [1, ['10.0.0.1']], new RSet()],
  ['net.cidr_merge', [['2601:600::1']], 'error: eval_builtin_error: net.cidr_merge: IPv6 invalid: needs prefix length'],
  ['net.cidr_contains_matches', [['1.1.2.0/24', '1.1.1.0/24'], ['1.1.1.1', '1.1.2.1']], new RSet([[0, 1], [1, 0]])],
  ['net.cidr_contains_matches', [obj({ a: '1.1.1.0/24' }), '1.1.1.1'], new RSet([['a', '1.1.1.1']])],
  ['net.cidr_contains_matches', ['1.1.1.0/24', [[]]], 'error: eval_builtin_error: net.cidr_contains_matches: operand 2: element must be string or non-empty array'],
];

test('net builtins (table)', () => {
  for (const [name, args, want] of cases) {
    const got = call(builtins, name, ...args);
    const show = (v: Value | undefined | string) => (v === undefined ? 'undefined' : typeof v === 'string' ? v : toJSONText(v));
    assert.equal(show(got), show(want), `${name}(${args.map((a) => toJSONText(a)).join(', ')})`);
  }
});
