import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins as units } from './units.ts';
import { builtins as bits } from './bits.ts';
import { builtins as numbers } from './numbers.ts';
import { call } from '../../../test/rego/test-call.ts';
import type { Value } from '../value/value.ts';

const table = { ...units, ...bits, ...numbers };
const cases: [string, Value[], Value | undefined | string][] = [
  ['units.parse', ['500m'], 0.5],
  ['units.parse', ['0.0000005M'], 0.5],
  ['units.parse', ['1.1Ki'], 1126.4],
  ['units.parse', ['10KI'], 10240],
  ['units.parse', ['10e'], 10000000000000000000n],
  ['units.parse', ['-3.5E2m'], -0.35],
  ['units.parse', ['7.8E-1'], 0.78],
  ['units.parse', ['"100TI"'], 109951162777600],
  ['units.parse', ['foo'], 'error: eval_builtin_error: units.parse: units.parse: no amount provided'],
  ['units.parse', ['0.0.0'], 'error: eval_builtin_error: units.parse: units.parse: could not parse amount to a number'],
  ['units.parse', [' 327Mi '], 'error: eval_builtin_error: units.parse: units.parse: spaces not allowed in resource strings'],
  ['units.parse', ['10e10000000Ei'], 'error: eval_builtin_error: units.parse: units.parse: exponent too large'],
  ['units.parse', ['5x'], 'error: eval_builtin_error: units.parse: units.parse: unit x not recognized'],
  ['units.parse_bytes', ['1.1KiB'], 1126],
  ['units.parse_bytes', ['123456789012345678901'], 123456789012345678904n],
  ['units.parse', ['1e-11'], 0],
  ['units.parse', ['1/2'], 'error: eval_builtin_error: units.parse: units.parse: unit /2 not recognized'],
  ['units.parse', ['1e1234567'], 'error: eval_builtin_error: units.parse: units.parse: exponent too large'],
  ['units.parse_bytes', ['10Kib'], 10240],
  ['units.parse_bytes', ['1e-2KB'], 10],
  ['units.parse_bytes', ['.0'], 0],
  ['units.parse_bytes', ['10eib'], 11529215046068469760n],
  ['units.parse_bytes', ['GB'], 'error: eval_builtin_error: units.parse_bytes: units.parse_bytes: no byte amount provided'],
  ['units.parse_bytes', ['.5.2'], 'error: eval_builtin_error: units.parse_bytes: units.parse_bytes: could not parse byte amount to a number'],
  ['bits.and', [12, 10], 8],
  ['bits.or', [12, 10], 14],
  ['bits.xor', [12, 10], 6],
  ['bits.negate', [5], -6],
  ['bits.lsh', [1, 64], 18446744073709551616n],
  ['bits.rsh', [-8, 1], -4],
  ['bits.and', [1.5, 1], 'error: eval_type_error: bits.and: operand 1 must be integer number but got floating-point number'],
  ['bits.lsh', [1, -1], 'error: eval_type_error: bits.lsh: operand 2 must be an unsigned integer number but got a negative integer'],
  ['numbers.range', [3, 1], [3, 2, 1]],
  ['numbers.range', [1, 1], [1]],
  ['numbers.range', [1, 2.5], 'error: eval_type_error: numbers.range: operand 2 must be integer number but got floating-point number'],
  ['numbers.range_step', [0, 10, 4], [0, 4, 8]],
  ['numbers.range_step', [10, 0, 4], [10, 6, 2]],
  ['numbers.range_step', [0, 10, 0], 'error: eval_builtin_error: numbers.range_step: numbers.range_step: step must be a positive integer'],
];

test('units, bits and numbers builtins (table)', () => {
  for (const [name, args, want] of cases) assert.deepEqual(call(table, name, ...args), want, `${name}(${String(args)})`);
});
