import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { toJSON, fromJSON } from '../value/value.ts';
import { RegoError } from '../errors.ts';

const value = (src: string, path: string, input?: unknown) => {
  const r = compile([{ file: 'p.rego', source: src }], {}).evaluate(path, { input: input === undefined ? undefined : fromJSON(input) });
  return r.value === undefined ? undefined : toJSON(r.value);
};

test('`with` inside a template expression applies to that expression only', () => {
  const src = `package t
a := input.a
p := x if { x := $"foo {a with input as {"a": 42}} {a}" }`;
  assert.equal(value(src, 't.p', { a: 1 }), 'foo 42 1');
});

test('`with` on continuation lines after a template string; the last override wins', () => {
  const src = `package t
a := input.a
b := input.b
p := x if {
  x := $"{a} {b}"
    with input.a as 42
    with input.b as "bar"
}
q := x if {
  x := $\`{a} {b}\`
    with input as {"a": 42}
    with input as {"b": "bar"}
}`;
  assert.equal(value(src, 't.p'), '42 bar');
  assert.equal(value(src, 't.q'), '<undefined> bar');
});

test('escaped braces in raw (backtick) templates', () => {
  const src = 'package t\na := $`\\{42}`\nd := $`\\{{42}`\nm := $`x\n\\{1} {1 + 1}`';
  assert.equal(value(src, 't.a'), '{42}');
  assert.equal(value(src, 't.d'), '{42');
  assert.equal(value(src, 't.m'), 'x\n{1} 2');
});

test('a template string as a function argument is compared after the body binds its variables', () => {
  const src = `package t
p := f("foo bar")
q := f("foo baz")
f($"{x} {input.y}") := 42 if { x = "foo" }
g([x, x + 1]) := x
r := g([1, 2])
s := g([1, 3])`;
  assert.equal(value(src, 't.p', { y: 'bar' }), 42);
  assert.equal(value(src, 't.q', { y: 'bar' }), undefined);
  assert.equal(value(src, 't.r'), 1);
  assert.equal(value(src, 't.s'), undefined);
});

test('a template expression with several values is a conflict error; `_` cannot iterate in one', () => {
  const src = `package t
p := $"{input.xs[i]}" if i := input.i
q := $"{[x | some x in input.xs]}"
r := $"{x}" if some x in input.xs`;
  assert.equal(value(src, 't.q', { xs: [1, 1] }), '[1, 1]');
  assert.equal(value(src, 't.p', { xs: [1, 2], i: 1 }), '2');
  assert.throws(() => value(src, 't.r', { xs: [1, 2] }), (e: unknown) => e instanceof RegoError && e.code === 'eval_conflict_error');
  assert.throws(() => value('package t\np := $"{input.xs[_]}"', 't.p', { xs: [1] }),
    (e: unknown) => e instanceof RegoError && e.message === 'p.rego:2: rego_compile_error: var _ is undeclared');
});
