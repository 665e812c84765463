import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './graph.ts';
import { call } from '../../../test/rego/test-call.ts';
import { type Value, RSet, obj, toJSONText } from '../value/value.ts';

const g = obj({ a: new RSet(['b', 'c']), b: new RSet(['d']), c: new RSet(['d']), d: new RSet(), e: new RSet(['f']), f: new RSet(['e']) });
const cases: [string, Value[], Value | string][] = [
  ['graph.reachable', [g, ['b', 'e']], new RSet(['b', 'd', 'e', 'f'])],
  ['graph.reachable', [obj({ a: null }), ['a']], new RSet(['a'])],
  ['graph.reachable', [1, ['a']], 'error: eval_type_error: graph.reachable: operand 1 must be object but got number'],
  ['graph.reachable', [g, 'a'], 'error: eval_type_error: graph.reachable: operand 2 must be {array, set} but got string'],
  ['graph.reachable_paths', [g, ['b', 'e']], new RSet([['b', 'd'], ['e', 'f']])],
  ['graph.reachable_paths', [obj({ a: ['b'], b: ['nonexistent'] }), new RSet(['a', 'b'])], new RSet([['a', 'b'], ['b']])],
  ['graph.reachable_paths', [obj({ a: ['b'], b: ['c'], c: ['a'] }), ['a']], new RSet([['a', 'b', 'c']])],
  ['graph.reachable_paths', [obj({ a: ['b', 'x'], b: [] }), ['a']], new RSet([['a'], ['a', 'b']])],
];

test('graph builtins (table)', () => {
  for (const [name, args, want] of cases) {
    const got = call(builtins, name, ...args);
    assert.equal(typeof got === 'string' ? got : toJSONText(got as Value), typeof want === 'string' ? want : toJSONText(want), name);
  }
});
