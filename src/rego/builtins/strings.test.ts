import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './strings.ts';
import { call } from '../../../test/rego/test-call.ts';
import { RFloat, RSet, obj } from '../value/value.ts';
import type { Value } from '../value/value.ts';

const cases: [string, Value[], Value | undefined | string][] = [
  ['concat', [',', ['a', 'b']], 'a,b'],
  ['concat', [',', new RSet(['b', 'a'])], 'a,b'],
  ['concat', [',', [1]], 'error: eval_type_error: concat: operand 2 must be array of strings but got array containing number'],
  ['concat', [',', 1], 'error: eval_type_error: concat: operand 2 must be one of {set, array} but got number'],
  ['upper', ['straße'], 'STRAßE'],
  ['upper', ['ﬀ ŉ ᾳ'], 'ﬀ ŉ ᾼ'],
  ['lower', ['ΟΔΟΣ İ'], 'οδοσ i'],
  ['indexof', ['μx', 'x'], 1],
  ['indexof', ['😇😀', '😀'], 1],
  ['indexof', ['abc', ''], 'error: eval_builtin_error: indexof: empty search character'],
  ['indexof_n', ['aaa', 'aa'], [0, 1]],
  ['substring', ['aåäö', 2, -1], 'äö'],
  ['substring', ['aaa', -1, -1], 'error: eval_builtin_error: substring: negative offset'],
  ['substring', ['aaa', 3, -1], ''],
  ['substring', ['abc', 1.5, 1], 'error: eval_type_error: substring: operand 2 must be integer number but got floating-point number'],
  ['format_int', [15.9, 16], 'f'],
  ['format_int', [-15.9, 16], '-f'],
  ['format_int', [18446744073709551617n, 2], '10000000000000000000000000000000000000000000000000000000000000001'],
  ['format_int', [4.1, 199], 'error: eval_type_error: format_int: operand 2 must be one of {2, 8, 10, 16}'],
  ['split', ['', ''], []],
  ['split', ['test', ''], ['t', 'e', 's', 't']],
  ['strings.split_n', ['a.b.c.d', '.', -2], ['c', 'd']],
  ['strings.split_n', ['abc', '', -2], ['b', 'c']],
  // an integer beyond Go's 64-bit int is no int operand (OPA's IntOperand)
  ['strings.split_n', ['a.b', '.', 12345678901234567890123n], 'error: eval_type_error: strings.split_n: operand 3 must be integer number but got floating-point number'],
  ['strings.split_n', ['a.b', '.', 9223372036854775807n], ['a', 'b']],
  ['strings.split_n', ['a.b.c', '.', 1.5], 'error: eval_type_error: strings.split_n: operand 3 must be integer number but got floating-point number'],
  ['replace', ['a$b', '$', '$&'], 'a$&b'],
  ['replace', ['ab', '', '-'], '-a-b-'],
  ['replace', ['Ä', '', '-'], '-\ufffd-\ufffd-'],
  ['strings.replace_n', [obj({ '': '|', a: 'A' }), 'abba'], '|A|b|b|A|'],
  ['strings.replace_n', [obj({ a: 'b', b: 'a' }), 'abba'], 'baab'],
  ['strings.replace_n', [obj([[1, 'a']]), 'x'], 'error: eval_type_error: strings.replace_n: operand 1 non-string key found in pattern object'],
  ['trim', ['...foo.bar...', '.fr'], 'oo.ba'],
  ['trim_space', ['\u00a0 x \u0085'], 'x'],
  ['trim_suffix', ['abc', 'c'], 'ab'],
  ['strings.count', ['11111', '11'], 2],
  ['strings.count', ['', ''], 1],
  ['strings.reverse', ['1\u{1F600}\u{1D6FE}'], '\u{1D6FE}\u{1F600}1'],
  ['strings.reverse', [1], 'error: eval_type_error: strings.reverse: operand 1 must be string but got number'],
  ['strings.any_prefix_match', [['a/b'], 'a/'], true],
  ['strings.any_prefix_match', [[1], 'a/'], 'error: eval_type_error: strings.any_prefix_match: operand 1 must be array of strings but got array containing number'],
  ['strings.any_suffix_match', ['a', 1], 'error: eval_type_error: strings.any_suffix_match: operand 2 must be one of {string, set, array} but got number'],
  ['to_number', ['1.5'], 1.5],
  ['to_number', ['+10'], 10],
  ['to_number', [null], 0],
  ['to_number', ['-Inf'], 'error: eval_type_error: to_number: operand 1 must be valid number string but got string'],
  ['to_number', ['1e400'], 'error: eval_builtin_error: to_number: strconv.ParseFloat: parsing "1e400": value out of range'],
  ['to_number', ['x'], 'error: eval_builtin_error: to_number: strconv.ParseFloat: parsing "x": invalid syntax'],
  ['sprintf', ['hi %02d', [5]], 'hi 05'],
  ['sprintf', ['hi %v', [new RFloat('2e308')]], 'hi 2e308'], ['sprintf', ['%v', [new RFloat('1.5e300')]], '1.5e+300'], ['sprintf', ['%d', [new RFloat('-0')]], '0'],
  ['sprintf', ['hi %02X.%02X', [127, 1]], 'hi 7F.01'],
  ['sprintf', ['hi %.2f', [3.1415]], 'hi 3.14'],
  ['sprintf', ['hi %s', [true]], 'hi true'],
  ['sprintf', ['hi %v', [['there', 5, 3.14]]], 'hi ["there", 5, 3.14]'],
  ['sprintf', ['%v %v %v', [1e6 + 0.5, 0.00001, 123456789.5]], '1.0000005e+06 1e-05 1.234567895e+08'],
  ['sprintf', ['%d', ['x']], '%!d(string=x)'],
  ['sprintf', ['%d %d', [1]], '1 %!d(MISSING)'],
  ['sprintf', ['%d', [1, 'a']], '1%!(EXTRA string=a)'],
  ['sprintf', ['%T %T %T %T', [1, 1.5, 'a', 99999999999999999999n]], 'int64 float64 string *big.Int'],
  ['sprintf', ['%q|%x|%-4s|%5.1f|%e|%g', ['a"b', 'hi', 'ab', 3.14159, 1234.5678, 0.000012]], '"a\\"b"|6869|ab  |  3.1|1.234568e+03|1.2e-05'],
  ['sprintf', ['%+d %x %o %b %#x %c %U', [5, 255, 8, 5, 255, 65, 65]], '+5 ff 10 101 0xff A U+0041'],
  ['sprintf', ['%.2f %.2f %6.2v %x %#v', [0.125, 2.675, 0.125, 2.5, 100000]], '0.12 2.67   0.12 0x1.4p+01 100000'],
  ['sprintf', ['%05d|%-5s|%05s|%5d', [-42, 'ab', 'ab', 'x']], '-0042|ab   |000ab|%!d(string=    x)'],
  ['sprintf', ['%s %d', [123456789012345678901234n, 123456789012345678901234n]], '123456789012345678901234 123456789012345678901234'],
];

test('strings builtins (table)', () => {
  for (const [name, args, want] of cases) {
    assert.deepEqual(call(builtins, name, ...args), want, `${name}(${JSON.stringify(args, (_, v) => (typeof v === 'bigint' ? v.toString() : v))})`);
  }
});

test('sprintf: composite values print as Rego terms', () => {
  assert.equal(call(builtins, 'sprintf', '%v|%s', [new RSet([2, 1]), obj({ a: [null] })]), '{1, 2}|{"a": [null]}');
  assert.equal(call(builtins, 'sprintf', '%v', [new RSet()]), 'set()');
});
