import { test } from 'node:test';
import assert from 'node:assert/strict';
import { num, compare, equal, RSet, RObject, fromJSON, toJSON, toJSONText, typeName, hashKey, strCompare } from './value.ts';

test('OPA total order: null < boolean < number < string < array < object < set', () => {
  const vals = [new RSet([1]), new RObject([['a', 1]]), [1], 'a', 1, true, false, null];
  const sorted = [...vals].sort(compare);
  assert.deepEqual(sorted.map(typeName), ['null', 'boolean', 'boolean', 'number', 'string', 'array', 'object', 'set']);
  assert.equal(sorted[1], false);
});

test('numbers: big integers exact, 1.0 == 1, mixed compare', () => {
  assert.equal(num('1.0'), 1);
  assert.ok(equal(num('1.0'), num('1')));
  assert.equal(num('123456789012345678901234567890'), 123456789012345678901234567890n);
  assert.ok(compare(num('9007199254740993'), 9007199254740992) > 0);
  assert.equal(num(2 ** 60), 2n ** 60n);
  assert.equal(num('1e3'), 1000);
  assert.equal(toJSONText(num('123456789012345678901234567890')), '123456789012345678901234567890');
});

test('strings compare by code point like UTF-8 bytes', () => {
  assert.ok(strCompare('\uffff', '\u{10000}') < 0);
  assert.ok('\uffff' > '\u{10000}');
});

test('sets and objects with any keys; hashing distinguishes types', () => {
  const s = new RSet([1, '1', [1], null, 'n']);
  assert.equal(s.size, 5);
  assert.notEqual(hashKey(1), hashKey('1'));
  const o = new RObject([[[1, 2], 'a'], [1, 'b']]);
  assert.equal(o.get([1, 2]), 'a');
  assert.deepEqual(toJSON(o), { '1': 'b', '[1,2]': 'a' });
  assert.deepEqual(toJSON(new RSet(['b', 'a'])), ['a', 'b']);
});

test('objects compare by sorted keys then values; equality ignores insertion order', () => {
  const a = fromJSON({ a: 1, b: 2 });
  const b = new RObject([['b', 2], ['a', 1]]);
  assert.ok(equal(a, b));
  assert.ok(compare(fromJSON({ a: 1 }), fromJSON({ a: 2 })) < 0);
  assert.ok(compare(fromJSON({ a: 1 }), fromJSON({ b: 0 })) < 0);
  assert.ok(compare([1, 2], [1, 2, 0]) < 0);
});
