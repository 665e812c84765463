import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from './index.ts';
import { toJSON } from './value.ts';

test('a long array literal of calls and refs evaluates without exhausting the stack', () => {
  const n = 5000;
  const src = `package t\nx := 2\nout := [${Array.from({ length: n }, (_, i) => `abs(${i} - x)`).join(', ')}]\nsome_undefined := [1, input.nope, 3]\n`;
  const p = compile([{ file: 'p.rego', source: src }]);
  const out = toJSON(p.evaluate('t.out').value!) as number[];
  assert.equal(out.length, n);
  assert.equal(out[0], 2);
  assert.equal(out[n - 1], n - 3);
  assert.equal(p.evaluate('t.some_undefined').value, undefined);
});
