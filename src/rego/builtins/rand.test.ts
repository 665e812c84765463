import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './rand.ts';
import { call, testContext } from '../../../test/rego/test-call.ts';

test('rand.intn: in range, cached per (key, n), 0 for n = 0, errors for bad operands', () => {
  const ctx = testContext({ random: Math.random });
  const a = builtins['rand.intn'](['k', 10], ctx) as number;
  assert.ok(a >= 0 && a < 10);
  for (let i = 0; i < 5; i++) assert.equal(builtins['rand.intn'](['k', 10], ctx), a);
  assert.equal(builtins['rand.intn'](['k', 0], ctx), 0);
  const b = builtins['rand.intn'](['k', -3], ctx) as number;
  assert.ok(b >= 0 && b < 3);
  assert.equal(call(builtins, 'rand.intn', 1, 2), 'error: eval_type_error: rand.intn: operand 1 must be string but got number');
  assert.equal(call(builtins, 'rand.intn', 'k', 1.5), 'error: eval_type_error: rand.intn: operand 2 must be integer number but got floating-point number');
});
