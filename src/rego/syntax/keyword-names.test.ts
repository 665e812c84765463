import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { toJSON } from '../value/value.ts';

const value = (src: string, path: string, input?: unknown, experimental = false) => {
  const r = compile([{ file: 'p.rego', source: src }], {}, { experimental }).evaluate(path, { input: input === undefined ? undefined : toValue(input) });
  return r.value === undefined ? undefined : toJSON(r.value);
};
import { fromJSON as toValue } from '../value/value.ts';

test('keywords head references of partial set/object rules and functions, after bodiless rules too', () => {
  const src = `package t
p if {
  if.foo == {"a", "c"}
  in.bar.one == "a"
  foo.in == "a"
  in.f(1) == 1
  in.f(11) == 42
  contains.x == 1
}
if.foo contains "a"
if.foo contains "b" if false
if.foo contains "c" if true
in.bar.one := "a"
in.bar.two := "b" if { false }
foo.in := "a"
default in.f(_) := 42
in.f(x) := x if x < 10
contains.x := 1`;
  assert.equal(value(src, 't.p'), true);
  assert.deepEqual(value(src, 't.if'), { foo: ['a', 'c'] });
});

test('`in` starting a line is a reference, not the membership operator of the line before', () => {
  const src = `package t
in.a := 1
p if {
  x := 1
  in.a == x
}`;
  assert.equal(value(src, 't.p'), true);
});

test('logic operator groups nest in parentheses', () => {
  const src = `package t
import future.keywords.and
import future.keywords.or
p if { (input.a and (input.b or input.c)) and input.d }
q if { (((input.a or input.b))) }
r if { ((input.a) == 1) }`;
  assert.equal(value(src, 't.p', { a: 1, c: 1, d: 1 }, true), true);
  assert.equal(value(src, 't.p', { a: 1, d: 1 }, true), undefined);
  assert.equal(value(src, 't.q', { b: 1 }, true), true);
  assert.equal(value(src, 't.r', { a: 1 }, true), true);
});

const parseErr = (src: string, v0 = false): string | undefined => {
  try { compile([{ file: 'p.rego', source: src }], {}, { v0 }); return undefined; } catch (e) { return (e as Error).message; }
};

test('imports: duplicates, unknown future keywords, rego.v1 turning a v0 module into v1 syntax', () => {
  assert.equal(parseErr('package t\nimport data.a\nimport data.a\np := a'), 'p.rego:3: rego_compile_error: import must not shadow import data.a');
  assert.equal(parseErr('package t\nimport data.a as x\nimport data.b as x\np := x'), 'p.rego:3: rego_compile_error: import must not shadow import data.a as x');
  assert.equal(parseErr('package t\nimport future.keywords.foo\np := 1'), 'p.rego:2: rego_parse_error: unexpected keyword, must be one of [contains every if in not]');
  assert.equal(parseErr('package t\nimport rego.v1\np { true }', true), 'p.rego:3: rego_parse_error: `if` keyword is required before rule body');
  assert.equal(parseErr('package t\nimport rego.v1\np if { true }', true), undefined);
  assert.equal(parseErr('package t\nimport future.keywords\np if 1 in [1]'), undefined);
});

test('v1 keywords cannot name rules, except after a dot', () => {
  assert.equal(parseErr('package t\nevery := 1'), 'p.rego:2: rego_parse_error: unexpected every keyword');
  assert.equal(parseErr('package t\nif := 1'), 'p.rego:2: rego_parse_error: unexpected if keyword');
  assert.equal(parseErr('package t\nif.x := 1'), undefined);
  assert.equal(parseErr('package t\ncontains := 1', true), undefined);
});

test('refs on scalars and patterns after every are parse errors, as in OPA', () => {
  assert.equal(parseErr('package t\np := "abc"[0]'), 'p.rego:2: rego_parse_error: illegal ref (head cannot be string)');
  assert.equal(parseErr('package t\np := 1[0]'), 'p.rego:2: rego_parse_error: illegal ref (head cannot be number)');
  assert.equal(parseErr('package t\np if every [a, b] in [[1, 1]] { a == b }'), 'p.rego:2: rego_parse_error: unexpected array term: every declares variables');
  assert.equal(parseErr('package t\np := {"a": 1}.a\nq := [1][0]'), undefined);
});

test('not( and contains( : negation of a parenthesised expression, the contains builtin in v1', () => {
  const v = (src: string) => compile([{ file: 'p.rego', source: src }], {}).evaluate('t.p').value;
  assert.equal(v('package t\np if not(false)'), true);
  assert.equal(v('package t\np if contains("abc", "b")'), true);
  assert.equal(v('package t\np if not(1 == 2)'), true);
});
