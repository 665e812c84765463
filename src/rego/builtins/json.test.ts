import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins as json, unmarshal } from './json.ts';
import { builtins as objects } from './objects.ts';
import { builtins as encoding } from './encoding.ts';
import { builtins as yaml } from './yaml.ts';
import { builtins as uri } from './uri.ts';
import { call } from '../../../test/rego/test-call.ts';
import { type Value, RSet, obj, toJSON, toJSONText } from '../value/value.ts';

const table = { ...json, ...objects, ...encoding, ...yaml, ...uri };
const o = (x: Record<string, Value>) => obj(x);
const cases: [string, Value[], Value | undefined | string][] = [
  ['json.marshal', [[o({ foo: new RSet([3, 1, 2]) })]], '[{"foo":[1,2,3]}]'],
  ['json.marshal', ['<&>'], '"\\u003c\\u0026\\u003e"'],
  ['json.marshal_with_options', [[1, 2], o({ prefix: 'P ' })], 'P [\nP \t1,\nP \t2\nP ]'],
  ['json.marshal_with_options', [[], o({ indent: '  ', prefix: '---' })], '---[]'],
  ['json.marshal_with_options', [[1], o({ pretty: false, indent: 'x' })], '[1]'],
  ['json.marshal_with_options', [[], o({ bad: true })], 'error: eval_type_error: json.marshal_with_options: operand 2 object contained unknown key "bad"'],
  ['json.unmarshal', ['{"a":[1,123456789012345678901]}'], o({ a: [1, 123456789012345678901n] })],
  ['json.unmarshal', [1], 'error: eval_type_error: json.unmarshal: operand 1 must be string but got number'],
  ['json.unmarshal', ['{'], 'error: eval_builtin_error: json.unmarshal: unexpected EOF'],
  ['json.unmarshal', ['fghijkl'], "error: eval_builtin_error: json.unmarshal: invalid character 'g' in literal false (expecting 'a')"],
  ['json.unmarshal', ['[1 2]'], "error: eval_builtin_error: json.unmarshal: invalid character '2' after array element"],
  ['json.unmarshal', ['"\\u12'], "error: eval_builtin_error: json.unmarshal: invalid character ' ' in \\u hexadecimal character escape"],
  ['base64.decode', ['YQ='], 'error: eval_builtin_error: base64.decode: illegal base64 data at input byte 3'],
  ['uri.parse', ['ftp://[fe80::1%25en0]:21/x'], o({ scheme: 'ftp', hostname: 'fe80::1%en0', port: '21', path: '/x', raw_path: '/x' })],
  ['json.is_valid', ['plainstring'], false],
  ['json.is_valid', [1], false],
  ['json.filter', [o({ a: [o({ b: 7, c: 8 }), o({ d: 9 })] }), ['a/0/b', 'a/1']], o({ a: [o({ b: 7 }), o({ d: 9 })] })],
  ['json.filter', [o({ a: o({ b: 7 }) }), new RSet(['a', 'a/b'])], o({ a: o({ b: 7 }) })],
  ['json.remove', [o({ a: o({ b: 1, c: 2 }) }), ['a/b']], o({ a: o({ c: 2 }) })],
  ['json.remove', [o({}), 1], 'error: eval_type_error: json.remove: operand 2 must be one of {set, array} but got number'],
  ['json.remove', [o({}), [1]], 'error: eval_type_error: json.remove: operand 2 must be one of {set, array} containing string paths or array of path segments but got number'],
  ['json.remove', [[], []], 'error: eval_type_error: json.remove: operand 1 must be object but got array'],
  ['json.patch', [o({ foo: ['bar', 'baz'] }), [o({ op: 'add', path: '/foo/1', value: 'qux' })]], o({ foo: ['bar', 'qux', 'baz'] })],
  ['json.patch', [o({ foo: new RSet(['a', 'b']) }), [o({ op: 'remove', path: 'foo/b' })]], o({ foo: new RSet(['a']) })],
  ['json.patch', [o({ foo: new RSet(['a']) }), [o({ op: 'add', path: 'foo/d', value: 'e' })]], undefined],
  ['json.patch', [o({ a: 1 }), [o({ op: 'move', from: '/a', path: '/b' }), o({ op: 'test', path: '/b', value: 1 })]], o({ b: 1 })],
  ['json.patch', [[1, 2, 3], [o({ op: 'add', path: '1.2', value: 'foo' })]], undefined],
  ['json.patch', [o({}), 1], 'error: eval_type_error: json.patch: operand 2 must be array but got number'],
  ['object.filter', [o({ a: 1, b: 2 }), ['a']], o({ a: 1 })],
  ['object.filter', [o({ a: 1 }), 1], 'error: eval_type_error: object.filter: operand 2 must be one of {object, set, array} but got number'],
  ['object.remove', [o({ a: 1, b: 2 }), o({ a: 0 })], o({ b: 2 })],
  ['object.remove', [null, []], 'error: eval_type_error: object.remove: operand 1 must be object but got null'],
  ['object.union_n', [[o({ a: o({ b: 1 }) }), o({ a: o({ c: 2 }) })]], o({ a: o({ b: 1, c: 2 }) })],
  ['object.subset', [[1, 2, 3, 4], [2, 3]], true],
  ['object.subset', [[1, 2, 3, 4], [2, 4]], false],
  ['object.subset', [o({ a: o({ b: 1, c: 2 }) }), o({ a: o({ b: 1 }) })], true],
  ['object.subset', [new RSet([1]), [1]], 'error: eval_type_error: object.subset: both arguments object.subset must be of the same type or array and set'],
  ['object.subset', [[1, 1], new RSet([1, 2])], true],
  ['object.subset', [[], new RSet()], false],
  ['object.subset', [o({ a: [1, 2] }), o({ a: new RSet([1]) })], false],
  ['base64.encode', ['hello'], 'aGVsbG8='],
  ['base64.decode', ['aGVsbG8='], 'hello'],
  ['base64.decode', ['aGVsbG8'], 'error: eval_builtin_error: base64.decode: illegal base64 data at input byte 4'],
  ['base64.is_valid', ['a$=='], false],
  ['base64url.decode', ['aGVsbG8'], 'hello'],
  ['base64url.encode_no_pad', ['there'], 'dGhlcmU'],
  ['hex.decode', ['fghijkl'], "error: eval_builtin_error: hex.decode: encoding/hex: invalid byte: U+0067 'g'"],
  ['hex.encode', ['lorem'], '6c6f72656d'],
  ['urlquery.encode', ['a=b+1 c'], 'a%3Db%2B1+c'],
  ['urlquery.decode', ['a%zz'], 'error: eval_builtin_error: urlquery.decode: invalid URL escape "%zz"'],
  ['urlquery.encode_object', [o({ c: 'd', a: ['b+1', 'c+2'] })], 'a=b%2B1&a=c%2B2&c=d'],
  ['urlquery.decode_object', ['a=1&b&a=2'], o({ a: ['1', '2'], b: [''] })],
  ['yaml.unmarshal', ['a: [1, yes]\n1: x'], o({ a: [1, true], 1: 'x' })],
  ['yaml.unmarshal', ['[1,2,3'], "error: eval_builtin_error: yaml.unmarshal: yaml: line 1: did not find expected ',' or ']'"],
  ['yaml.marshal', [[o({ foo: new RSet([1, 2]) })]], '- foo:\n  - 1\n  - 2\n'],
  ['yaml.is_valid', ['a: {'], false],
  ['yaml.unmarshal', ['a: {'], "error: eval_builtin_error: yaml.unmarshal: yaml: line 1: did not find expected node content"],
  ['yaml.unmarshal', ['t: 2001-12-14\nb: .inf'], 'error: eval_builtin_error: yaml.unmarshal: json: unsupported value: +Inf'],
  ['yaml.unmarshal', ['t: 2001-12-14\n---\nx: 1'], o({ t: '2001-12-14' })],
  ['yaml.marshal', [o({ c: 'x: y', d: 'yes', y: 1, e: '' })], "c: 'x: y'\nd: \"yes\"\ne: \"\"\n\"y\": 1\n"],
];

test('json, object, encoding and yaml builtins (table)', () => {
  for (const [name, args, want] of cases) {
    const got = call(table, name, ...args);
    const show = (v: Value | undefined | string) => (v === undefined ? 'undefined' : typeof v === 'string' ? v : toJSONText(v));
    assert.equal(show(got), show(want), `${name}(${args.map((a) => toJSONText(a)).join(', ')})`);
  }
});

test('json.unmarshal reads as OPA does (a Go json.Decoder, then one more token): its errors, and a trailing null', () => {
  const cases: [string, unknown][] = [
    ['', 'EOF'], ['\t', 'EOF'], ['[1,', 'unexpected EOF'],
    ['1 true', "error: invalid character '%!s(bool=true)' after top-level value"],
    ['1 2', "error: invalid character '2' after top-level value"], ['{} {}', "error: invalid character '{' after top-level value"],
    ['1 "ab"', "error: invalid character 'ab' after top-level value"], ['2006-01-02', "error: invalid character '-0' after top-level value"],
    ['1 ]', "invalid character ']' looking for beginning of value"], ['1.0.0', "invalid character '.' looking for beginning of value"],
    ['1 -x', "invalid character 'x' in numeric literal"], ['1 null', 1],
  ];
  for (const [text, want] of cases) {
    let got: unknown;
    try { got = toJSON(unmarshal(text)); } catch (e) { got = (e as Error).message; }
    assert.equal(got, want, JSON.stringify(text));
  }
});

test('yaml.unmarshal refuses what go-yaml refuses before the content: tabs where a token starts, unknown directives', () => {
  const cases: [string, string][] = [
    ['\t', 'yaml: found character that cannot start any token'],
    [' \t\na: 1', 'yaml: found character that cannot start any token'],
    ['# c\n\t# x\na: 1', 'yaml: line 2: found character that cannot start any token'],
    ['%v %d', 'yaml: found unknown directive name'],
    ['\n%FOO\n--- 1', 'yaml: line 2: found unknown directive name'],
  ];
  for (const [text, want] of cases) assert.equal(call(table, 'yaml.unmarshal', text), `error: eval_builtin_error: yaml.unmarshal: ${want}`, JSON.stringify(text));
  assert.equal(call(table, 'yaml.is_valid', '\t'), false);
  assert.equal(toJSONText(call(table, 'yaml.unmarshal', '%YAML 1.1\n---\na: 1') as Value), '{"a":1}');
});

test('yaml.marshal writes a string with characters go-yaml cannot print as go-yaml does: double-quoted, escaped', () => {
  assert.equal(call(table, 'yaml.marshal', 'a\tb'), '"a\\tb"\n');
  assert.equal(call(table, 'yaml.marshal', '\u{1F600}\n1'), '"\\U0001F600\\n1"\n');
  assert.equal(call(table, 'yaml.marshal', o({ 'k\u0001': 'x' })), '"k\\x01": x\n');
});
