import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARITY, argTypes, result, signature } from './declarations.ts';
import { compileErr } from '../../../../test/rego/test-compile.ts';

test('the arity, signature and result of a builtin follow from its one declaration, printed as OPA prints them', () => {
  assert.equal(ARITY.count, 1);
  assert.equal(signature('count'), 'collection: any<string, array[any], object[any: any], set[any]>');
  assert.equal(result('count'), 'n: number');
  assert.equal(signature('json.marshal_with_options'), 'x: any, opts: object<indent: string, prefix: string, pretty: boolean>[string: any]');
  assert.equal(result('walk'), 'output: array<array[any], any>');
  assert.deepEqual(argTypes('lower'), [{ name: 'x', type: 'string' }]);
});

test('builtins without operands have arity 0; variadic print and unknown names have none', () => {
  assert.equal(ARITY['time.now_ns'], 0);
  assert.equal(signature('opa.runtime'), '');
  assert.equal(ARITY.print, undefined);
  assert.equal(signature('print'), undefined);
  assert.equal(signature('no.such_builtin'), undefined);
  assert.equal(ARITY['no.such_builtin'], undefined);
});

test('a type error names the operands as OPA 1.19.1 declares them (to_number takes x)', () => {
  assert.equal(compileErr('p := to_number([])'),
    'p.rego:2: rego_type_error: to_number: invalid argument(s)\n\thave: (array[any], ???)\n\twant: (x: any<null, boolean, number, string>, num: number)');
});
