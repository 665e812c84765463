import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { toJSON, fromJSON } from '../value/value.ts';

const value = (src: string, path: string, data: unknown = {}) => {
  const r = compile([{ file: 'p.rego', source: src }], data).evaluate(path);
  return r.value === undefined ? undefined : toJSON(r.value);
};

test('object patterns unify pairwise: variables on either side, same variable twice', () => {
  const src = `package t
a contains [x, y] if { {"x": x, "y": 2} = {"x": 1, "y": y} }
b contains x if { {"x": x, "y": x} = {"x": 1, "y": 1} }
c contains x if { {"x": x, "y": x} = {"x": 1, "y": 2} }
d contains y if { {"k": y} = {"k": "v"} }
e contains x if { {"a": 1, "b": x} = {"a": 2, "b": 3} }`;
  assert.deepEqual(value(src, 't.a'), [[1, 2]]);
  assert.deepEqual(value(src, 't.b'), [1]);
  assert.deepEqual(value(src, 't.c'), []);
  assert.deepEqual(value(src, 't.d'), ['v']);
  assert.deepEqual(value(src, 't.e'), []);
});

test('object patterns with a variable key bound earlier bind the values inside', () => {
  const src = `package t
p[k] := v if {
  w := q[k]
  {k: [w]} = {k: [v]}
}
q[x] := y if data.b[x] = y`;
  assert.deepEqual(value(src, 't.p', { b: { v1: 'hello', v2: 'bye' } }), { v1: 'hello', v2: 'bye' });
});

test('number keys in data references read object members by their text (base documents only)', () => {
  const src = `package t
p := data.nested[2]
q := data[3]
r := obj[2] if obj := data.nested
s := data.nested[true]`;
  const data = { nested: { 2: 'bar', true: 'no' }, 3: 'top' };
  assert.equal(value(src, 't.p', data), 'bar');
  assert.equal(value(src, 't.q', data), 'top');
  assert.equal(value(src, 't.r', data), undefined);
  assert.equal(value(src, 't.s', data), undefined);
});

test('walk used as a value yields each [path, value] pair', () => {
  const src = `package t
p := [x | x := walk({"a": 1})]
q contains v if walk([1, [2]], [_, v])`;
  assert.deepEqual(value(src, 't.p'), [[[], { a: 1 }], [['a'], 1]]);
  assert.deepEqual(value(src, 't.q'), [1, 2, [1, [2]], [2]]);
});

test('early exit as OPA: with one constant value for all rules, the first success decides and later errors are not raised', () => {
  const strict = (src: string, path: string) => {
    try {
      const r = compile([{ file: 'p.rego', source: src }], {}).evaluate(path, { strict: true });
      return r.error ? r.error.message : r.value === undefined ? undefined : toJSON(r.value);
    } catch (e) {
      return (e as Error).message;
    }
  };
  assert.equal(strict('package t\np := 1 if true\np := 1 if { 1 / 0 }', 't.p'), 1);
  assert.equal(strict('package t\np if true\np if { to_number("x") }', 't.p'), true);
  assert.equal(strict('package t\nf(_) := 1 if true\nf(_) := 1 if { 1 / 0 }\np := f(1)', 't.p'), 1);
  assert.equal(strict('package t\np := 1 if true\np := 2 if true', 't.p'), 'p.rego:3: eval_conflict_error: complete rules must not produce multiple outputs');
  assert.equal(strict('package t\np := x if x := 1\np := 1 if { 1 / 0 }', 't.p'), 'p.rego:3: eval_builtin_error: div: divide by zero');
});

test('print writes one line per combination of its arguments\' values, <undefined> for none', () => {
  const lines: string[] = [];
  const p = compile([{ file: 'p.rego', source: 'package t\np if { print("x", input.xs[_], input.nope, {"a": 1}, input.ys[_]) }' }], {});
  p.evaluate('t.p', { input: fromJSON({ xs: [2, 1, 1], ys: ['b', 'a'] }), print: (l) => lines.push(l) });
  assert.deepEqual(lines, ['x 1 <undefined> {"a": 1} a', 'x 1 <undefined> {"a": 1} b', 'x 2 <undefined> {"a": 1} a', 'x 2 <undefined> {"a": 1} b']);
});

test('object literals with a repeated key keep one value, as OPA (no conflict error)', () => {
  assert.deepEqual(value('package t\np := {"a": 1, "a": 2}', 't.p'), { a: 2 });
  assert.deepEqual(value('package t\np := {k: 1, "a": 2} if k := "a"', 't.p'), { a: 1 });
  assert.throws(() => value('package t\np := {k: v | some v in [1, 2]; k := "a"}', 't.p'), /eval_conflict_error: object keys must be unique/);
});
