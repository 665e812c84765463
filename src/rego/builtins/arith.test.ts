// Expected values are OPA v1.19.1's (`opa eval` and its topdown/arithmetic.go on Go's math/big), text as OPA prints it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './arith.ts';
import * as bf from '../value/bigfloat.ts';
import { type Value, parseNumber, numToString } from '../value/value.ts';
import { compile } from '../index.ts';
import { toJSON } from '../value/value.ts';

const call = (op: string, ...args: string[]): string =>
  numToString(builtins[op](args.map((a) => parseNumber(a)!) as Value[], {} as never) as never);
const opaText = (op: 'add' | 'sub' | 'mul' | 'quo', a: string, b: string): string =>
  bf.toText(bf[op](bf.fromDecimal(a), bf.fromDecimal(b)));

test('float arithmetic at 64-bit precision prints as OPA does', () => {
  assert.equal(opaText('add', '0.1', '0.2'), '0.3');
  assert.equal(opaText('mul', '2.5', '1.1'), '2.75');
  assert.equal(opaText('quo', '1', '3'), '0.33333333333333333334');
  assert.equal(opaText('quo', '2', '3'), '0.6666666666666666667');
  assert.equal(opaText('add', '1.1', '2.2'), '3.3000000000000000002');
  assert.equal(opaText('sub', '0.3', '0.1'), '0.20000000000000000002');
  assert.equal(opaText('add', '1000000.5', '1'), '1.0000015e+06');
  assert.equal(opaText('mul', '1.5', '1e-10'), '1.5e-10');
  assert.equal(opaText('quo', '1', '10'), '0.1');
  // integer results print the shortest digits padded with zeros ('f', -1)
  assert.equal(opaText('mul', '1e308', '10.5'), '105' + '0'.repeat(307));
  assert.equal(opaText('quo', '1e30', '10'), '100000000000000000010000000000');
});

test('plus/minus/mul/div builtins: OPA results, with its text when longer than 17 digits', () => {
  assert.equal(call('plus', '0.1', '0.2'), '0.3');
  assert.equal(call('mul', '2.5', '1.1'), '2.75');
  assert.equal(call('mul', '0.1', '3'), '0.3');
  assert.equal(call('mul', '1.0000000000000002', '1'), '1.0000000000000002');
  assert.equal(call('div', '10', '4'), '2.5');
  assert.equal(call('div', '1', '3'), '0.33333333333333333334');
  assert.equal(call('plus', '1.1', '2.2'), '3.3000000000000000002');
  assert.equal(call('plus', '1.5', '2.5'), '4');
  // exact integers of any size; `/` rounds a big dividend to 64 bits first, as OPA does
  assert.equal(call('mul', '18446744073709551616', '3'), '55340232221128654848');
  assert.equal(call('div', '1000000000000000000000000000000', '10'), '100000000000000000010000000000');
  assert.equal(call('mul', '1e308', '10.5'), '105' + '0'.repeat(307));
});

test('round/ceil/floor/abs: OPA v1.19 semantics, including its signs at -0.5 and 64-bit rounding of big integers', () => {
  assert.equal(call('round', '-2.5'), '-3');
  assert.equal(call('round', '2.5'), '3');
  assert.equal(call('ceil', '1.01'), '2');
  assert.equal(call('floor', '-1.001'), '-2');
  assert.equal(call('ceil', '-0.5'), '1');
  assert.equal(call('floor', '-0.5'), '0');
  assert.equal(call('round', '123456789012345678901234567'), '123456789012345678899183616');
  assert.equal(call('abs', '-123456789012345678901234567'), '123456789012345678900000000');
  assert.equal(call('abs', '-1.5'), '1.5');
  assert.equal(call('round', '7'), '7');
});

test('errors: divide by zero (any zero), modulo on floats, modulo by zero (not by multiples of 2^64)', () => {
  assert.throws(() => call('div', '1', '0'), /divide by zero/);
  assert.throws(() => call('div', '1', '0.0'), /divide by zero/);
  assert.throws(() => call('rem', '1.1', '1'), /modulo on floating-point number/);
  assert.throws(() => call('rem', '10', '0'), /modulo by zero/);
  assert.equal(call('rem', '10', '18446744073709551616'), '10');
  assert.equal(call('rem', '-7', '3'), '-1');
});

test('in policies: 0.1 + 0.2 == 0.3, sums and sprintf as OPA', () => {
  const p = compile([{ file: 'p.rego', source: `package x
eq if 0.1 + 0.2 == 0.3
s := sum([0.1, 0.2, 1])
msg := sprintf("%v", [2.5 * 1.1])
` }]);
  assert.equal(toJSON(p.evaluate('x.eq').value!), true);
  assert.equal(toJSON(p.evaluate('x.s').value!), 1.3);
  assert.equal(toJSON(p.evaluate('x.msg').value!), '2.75');
});
