import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, type Policy } from '../index.ts';
import { toJSON, fromJSON } from '../value/value.ts';
import { RegoError } from '../errors.ts';

const policy = (src: string, data: unknown = {}, v0 = false): Policy => compile([{ file: 'p.rego', source: src }], data, { v0 });
const value = (p: Policy, path: string, input?: unknown) => {
  const r = p.evaluate(path, { input: input === undefined ? undefined : fromJSON(input) });
  return r.value === undefined ? undefined : toJSON(r.value);
};

test('conftest-style deny/warn over an input, undefined vs false', () => {
  const p = policy(`package main
deny contains msg if {
  input.kind == "Deployment"
  not input.spec.template.spec.securityContext.runAsNonRoot
  msg := sprintf("%s must not run as root", [input.metadata.name])
}
warn contains "no labels" if { not input.metadata.labels }
default allow := false
allow if count(deny) == 0
maybe if input.x
`);
  const doc = { kind: 'Deployment', metadata: { name: 'web' }, spec: { template: { spec: {} } } };
  assert.deepEqual(value(p, 'main.deny', doc), ['web must not run as root']);
  assert.deepEqual(value(p, 'main.warn', doc), ['no labels']);
  assert.equal(value(p, 'main.allow', doc), false);
  assert.equal(value(p, 'main.maybe', doc), undefined);
});

test('v0 policies evaluate the same way', () => {
  const p = policy(`package main
deny[msg] { input.a == 1; msg := "a is 1" }
labels[k] = v { v := input.l[k] }`, {}, true);
  assert.deepEqual(value(p, 'main.deny', { a: 1, l: { x: 'y' } }), ['a is 1']);
  assert.deepEqual(value(p, 'main.labels', { a: 1, l: { x: 'y' } }), { x: 'y' });
});

test('core builtins: arithmetic (big and exact), aggregates, sets, types', () => {
  const p = policy(`package t
a := 9007199254740993 + 1
b := 0.1 + 0.2
c := [count("héllo"), sum([1, 2.5]), max({3, 1}), min([2, 0])]
d := sort({"b", "a"})
e := {1, 2} & {2, 3}
f := {1, 2} | {3}
g := {1, 2} - {1}
h := [type_name(set()), type_name({}), type_name(null)]
i := 7 / 2
j := object.get({"a": {"b": 1}}, ["a", "b"], 0)
k := array.slice([1, 2, 3, 4], 1, 3)
l := round(-2.5)
`);
  assert.equal(value(p, 't.a'), 9007199254740994n);
  assert.equal(value(p, 't.b'), 0.3);
  assert.deepEqual(value(p, 't.c'), [5, 3.5, 3, 0]);
  assert.deepEqual(value(p, 't.d'), ['a', 'b']);
  assert.deepEqual(value(p, 't.e'), [2]);
  assert.deepEqual(value(p, 't.f'), [1, 2, 3]);
  assert.deepEqual(value(p, 't.g'), [2]);
  assert.deepEqual(value(p, 't.h'), ['set', 'object', 'null']);
  assert.equal(value(p, 't.i'), 3.5);
  assert.equal(value(p, 't.j'), 1);
  assert.deepEqual(value(p, 't.k'), [2, 3]);
  assert.equal(value(p, 't.l'), -3);
});

test('conflicts, strict builtin errors and unsafe variables', () => {
  const p = policy(`package t
x := 1
x := 2
f(a) := a
f(a) := 2
y := f(1)
z := 1 / 0`);
  assert.throws(() => p.evaluate('t.x'), (e: unknown) => e instanceof RegoError && e.message === 'p.rego:3: eval_conflict_error: complete rules must not produce multiple outputs');
  assert.throws(() => p.evaluate('t.y'), /functions must not produce multiple outputs for same inputs/);
  assert.equal(p.evaluate('t.z').value, undefined);
  assert.equal(p.evaluate('t.z', { strict: true }).error?.message, 'p.rego:7: eval_builtin_error: div: divide by zero');
  assert.throws(() => policy('package t\np if { x > 1 }'), (e: unknown) => e instanceof RegoError && e.format() === 'p.rego:2:8: rego_unsafe_var_error: var x is unsafe');
});

test('with on input, data and functions; step budget stops runaway evaluation', () => {
  const p = policy(`package t
p := input.x + data.d.v
q := y if { y := count([1]) with count as 42 }
r := y if { y := p with input.x as 1 with data.d.v as 2 }
loop := [x | some i in numbers.range(1, 100000); x := i * 2]`, { d: { v: 10 } });
  assert.equal(value(p, 't.q'), 42);
  assert.equal(value(p, 't.r'), 3);
  assert.throws(() => p.evaluate('t.loop', { maxSteps: 1000 }), /eval_budget_error: evaluation exceeded 1000 steps/);
});
