import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, loadAllBuiltins } from '../index.ts';
import { toJSON } from '../value/value.ts';
import { parseModule } from '../syntax/parser.ts';

// the policies here call builtins of families the engine loads on demand
await loadAllBuiltins();

const value = (src: string, path: string, env?: Record<string, string>) => {
  const r = compile([{ file: 'p.rego', source: src }], {}).evaluate(path, { env });
  return r.value === undefined ? undefined : toJSON(r.value);
};

test('no mock applies inside a mock: the mocked name is the original, other mocks are not called', () => {
  const src = `package t
f(x) := object.union_n(x) if {x: i | x := ["a", "a"][i]}
g(x) := count(x)
p if { q with count as f }
q if { r with object.union_n as g }
r if { object.union_n([{}]) }
mock_concat("one", _) := ["one"]
mock_concat(_, x) := x
s := x if { x := {concat(n, [n]) | some n in {"one", "two"}} with concat as mock_concat }`;
  assert.equal(value(src, 't.p'), true);
  assert.deepEqual(value(src, 't.s'), [['one'], ['two']]);
});

test('rule values computed inside a mock are not reused outside it', () => {
  const src = `package t
n := count([1, 2, 3])
m(_) := n
p := x if { x := [abs(-5), n] with count as count_one with abs as m }
count_one(_) := 1`;
  assert.deepEqual(value(src, 't.p'), [3, 1]);
});

test('opa.runtime is {} without runtime information, {"env": ...} with it', () => {
  const src = `package t
p := opa.runtime()
q := x if { x = time.now_ns() with time.now_ns as opa.runtime }`;
  assert.deepEqual(value(src, 't.p'), {});
  assert.deepEqual(value(src, 't.q'), {});
  assert.deepEqual(value(src, 't.p', { HOME: '/root' }), { env: { HOME: '/root' } });
});

test('`if` followed by a term that starts with a brace is a one-literal body', () => {
  const m = parseModule(`package t
a if {x: 1 | x := "k"}["k"] == 1
b if { true }
c if {1, 2} == {2, 1}`, 'p.rego');
  assert.equal(m.rules.length, 3);
  assert.equal(m.rules[0].body.length, 1);
  const src = `package t
a if {x: 1 | x := "k"}["k"] == 1
c if {1, 2} == {2, 1}`;
  assert.equal(value(src, 't.a'), true);
  assert.equal(value(src, 't.c'), true);
});
