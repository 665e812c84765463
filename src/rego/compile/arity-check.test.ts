import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileErr } from '../../../test/rego/test-compile.ts';
import { compile, RegoError } from '../index.ts';


test('builtin calls with too many or too few arguments are compile-time type errors, as OPA prints them', () => {
  assert.equal(compileErr('p := count(1, 2, 3)'),
    'p.rego:2: rego_type_error: count: arity mismatch\n\thave: (number, number, number, ???)\n\twant: (collection: any<string, array[any], object[any: any], set[any]>)');
  assert.equal(compileErr('p if { concat(",") }'),
    'p.rego:2: rego_type_error: concat: arity mismatch\n\thave: (string, ???)\n\twant: (delimiter: string, collection: any<array[string], set[string]>)');
  assert.equal(compileErr('p := [x | x := startswith("a", "b", "c", "d")]')?.split('\n')[0], 'p.rego:2: rego_type_error: startswith: arity mismatch');
});

test('the output argument, package functions shadowing builtins and print are not arity errors', () => {
  for (const ok of [
    'p if { count([1], n); n == 1 }',
    'count(a, b, c) := a + b + c\np := count(1, 2, 3)',
    'p if { print(1, 2, 3) }',
    'p := time.now_ns()',
  ]) assert.equal(compileErr(ok), undefined, ok);
});

test('literal arguments of a kind the builtin does not accept are compile-time type errors, as OPA prints them', () => {
  assert.equal(compileErr('p := 1 + "a"'), 'p.rego:2: rego_type_error: plus: invalid argument(s)\n\thave: (number, string, ???)\n\twant: (x: number, y: number, z: number)');
  assert.equal(compileErr('p := count(1)'),
    'p.rego:2: rego_type_error: count: invalid argument(s)\n\thave: (number, ???)\n\twant: (collection: any<string, array[any], object[any: any], set[any]>, n: number)');
  assert.equal(compileErr('p := {1} - [1]'),
    'p.rego:2: rego_type_error: minus: invalid argument(s)\n\thave: (set[number], array<number>, ???)\n\twant: (x: any<number, set[any]>, y: any<number, set[any]>, z: any<number, set[any]>)');
  assert.equal(compileErr('p := sprintf(1, [])'),
    'p.rego:2: rego_type_error: sprintf: invalid argument(s)\n\thave: (number, array[any], ???)\n\twant: (format: string, values: array[any], output: string)');
  for (const ok of ['p := count(input.x)', 'p := concat(",", {"a"})', 'p := object.get({}, 1, 2)', 'p := {1} - {1}', 'p := 2 - 1', 'p := $"{1}" == "1"']) {
    assert.equal(compileErr(ok), undefined, ok);
  }
});

test('an array written out and indexed by a non-integer literal is a type error, as in OPA', () => {
  for (const q of ['x := [1, 2][1.0]', 'x := [1, 2]["a"]', 'x := [1, 2][true]']) {
    assert.throws(() => compile([]).query(q), (e: RegoError) => e.regoCode === 'rego_type_error' && /^undefined ref: \[1, 2\]\[/.test(e.detail), q);
  }
  assert.deepEqual(compile([]).query('x := [1, 2][1]').rows[0].bindings.get('x'), 2);
});
