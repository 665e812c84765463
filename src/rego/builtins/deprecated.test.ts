import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './deprecated.ts';
import { call } from '../../../test/rego/test-call.ts';
import { RSet, RObject, toJSONText, type Value } from '../value/value.ts';
import { compile } from '../index.ts';
import { RegoError } from '../errors.ts';

const show = (v: Value | undefined | string) => (v === undefined ? 'undefined' : typeof v === 'string' ? v : toJSONText(v));

test('deprecated builtins behave as OPA\'s', () => {
  const cases: [string, Value[], string][] = [
    ['any', [[false, true]], 'true'], ['any', [new RSet([1, 'true'])], 'false'], ['any', [[]], 'false'],
    ['all', [[true, true]], 'true'], ['all', [new RSet([true, 1])], 'false'], ['all', [[]], 'true'],
    ['all', [1], 'error: eval_type_error: all: operand 1 must be one of {array, set} but got number'],
    ['set_diff', [new RSet([1, 2, 3]), new RSet([2])], '[1,3]'],
    ['set_diff', [[1], new RSet([2])], 'error: eval_type_error: set_diff: operand 1 must be set but got array'],
    ['cast_array', [new RSet([2, 1])], '[1,2]'], ['cast_set', [[2, 1, 2]], '[1,2]'],
    ['cast_string', [1], 'error: eval_type_error: cast_string: operand 1 must be string but got number'],
    ['cast_boolean', [true], 'true'], ['cast_null', [null], 'null'], ['cast_object', [new RObject()], '{}'],
    ['cast_object', [[]], 'error: eval_type_error: cast_object: operand 1 must be object but got array'],
  ];
  for (const [name, args, want] of cases) assert.equal(show(call(builtins, name, ...args)), want, name);
});

test('v0 modules may call them; v1 modules are rejected as OPA does, unless the package defines the name', () => {
  const v0 = compile([{ file: 'p.rego', source: 'package t\np = x { x := any([false, true]) }' }], {}, { v0: true });
  assert.equal(v0.evaluate('t.p').value, true);
  assert.throws(() => compile([{ file: 'p.rego', source: 'package t\np := re_match("a", "a")' }]),
    (e: unknown) => e instanceof RegoError && e.message === 'p.rego:2: rego_type_error: deprecated built-in function calls in expression: re_match');
  const own = compile([{ file: 'p.rego', source: 'package t\nany(xs) := true if some true in xs\np := any([true])' }]);
  assert.equal(own.evaluate('t.p').value, true);
});
