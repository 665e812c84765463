import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { RegoError } from '../errors.ts';
import { toJSON } from '../value/value.ts';

const compileErr = (src: string, file = 'p.rego'): string => {
  try {
    compile([{ file, source: src }]);
  } catch (e) {
    assert.ok(e instanceof RegoError, String(e));
    return e.format();
  }
  assert.fail('expected a compile error');
};

test('recursion is a compile error with the cycle and the rule location (OPA messages)', () => {
  assert.equal(compileErr('package x\n\np if q\nq if p\n'),
    'p.rego:3:1: rego_recursion_error: rule data.x.p is recursive: data.x.p -> data.x.q -> data.x.p');
  assert.equal(compileErr('package policy\n\nrule_a := rule_a\n'),
    'p.rego:3:1: rego_recursion_error: rule data.policy.rule_a is recursive: data.policy.rule_a -> data.policy.rule_a');
  // through functions and imports
  assert.equal(compileErr('package x\nf(a) := y if y := g(a)\ng(a) := f(a)\n'),
    'p.rego:2:1: rego_recursion_error: rule data.x.f is recursive: data.x.f -> data.x.g -> data.x.f');
  assert.equal(compileErr('package x\nimport data.x.q as qq\np contains v if { some v in qq }\nq contains v if { some v in p }\n'),
    'p.rego:3:1: rego_recursion_error: rule data.x.p is recursive: data.x.p -> data.x.q -> data.x.p');
});

test('recursion across packages, through data prefixes and with', () => {
  const mods = [
    { file: 'a.rego', source: 'package a\nimport data.b\np := {x | some x in b.q}\n' },
    { file: 'b.rego', source: 'package b\nq contains 1 if every v in data.a { v }\n' },
  ];
  assert.throws(() => compile(mods), (e: RegoError) => e.format() ===
    'a.rego:3:1: rego_recursion_error: rule data.a.p is recursive: data.a.p -> data.b.q -> data.a.p');
  // `data[_]` may reach every rule, so it is recursive from inside a rule (as in OPA)
  assert.match(compileErr('package x\np if data[_]\n'), /rule data\.x\.p is recursive: data\.x\.p -> data\.x\.p$/);
  // a constant non-string key names no rule
  assert.doesNotThrow(() => compile([{ file: 'p.rego', source: 'package x\np := data[2]\n' }], { 2: 'bar' }));
  // a mock naming a function counts as a dependency
  assert.match(compileErr('package x\nf(a) := 1\ng(a) := h(a)\nh(a) := y if y := f(a) with f as g\n'),
    /rule data\.x\.g is recursive: data\.x\.g -> data\.x\.h -> data\.x\.g$/);
  // else branches are rules of their own
  assert.match(compileErr('package x\np := 1 if false\nelse := q\nq := p\n'), /rego_recursion_error: rule data\.x\.p is recursive/);
});

test('no false recursion: chains, mocks of other functions, sibling refs', () => {
  const p = compile([{ file: 'p.rego', source: `package x
f(_) := 2
g(x) := f(x)
p := y if y := f(1) with f as g
a := 1
b := a + 1
c := {k: v | some k, v in {"a": a, "b": b}}
` }]);
  assert.deepEqual(toJSON(p.evaluate('x.p').value!), 2);
  assert.deepEqual(toJSON(p.evaluate('x.c').value!), { a: 1, b: 2 });
});

test('user function arities belong to their compilation (a later compile does not change an earlier policy)', () => {
  const a = compile([{ file: 'a.rego', source: 'package a\nf(x) := x + 1\n' }]);
  // the same name with another arity in a second policy
  compile([{ file: 'b.rego', source: 'package a\nf(x, y) := x + y\n' }]);
  const r = a.query('data.a.f(1, out)');
  assert.equal(r.rows.length, 1);
  assert.equal(toJSON(r.rows[0].bindings.get('out')!), 2);
});
