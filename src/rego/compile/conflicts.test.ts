import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileErr } from '../../../test/rego/test-compile.ts';


test('rule conflicts found at compile time, as OPA reports them', () => {
  assert.equal(compileErr('p := 1\np contains 2'), 'p.rego:2: rego_type_error: conflicting rules data.t.p found');
  assert.equal(compileErr('f(x) := 1\nf(x, y) := 2'), 'p.rego:2: rego_type_error: conflicting rules data.t.f found');
  assert.equal(compileErr('a.b := 1\na.b(x) := x'), 'p.rego:2: rego_type_error: conflicting rules data.t.a.b found');
  assert.equal(compileErr('default p := 1\ndefault p := 2'), 'p.rego:2: rego_type_error: multiple default rules data.t.p found at p.rego:2, p.rego:3');
  assert.equal(compileErr('a.b := 1\na.b.c := 2'), 'p.rego:2: rego_type_error: rule data.t.a.b conflicts with:\n  rule data.t.a.b.c at p.rego:3');
  assert.equal(compileErr('a contains 1\na.b := 1'), 'p.rego:2: rego_type_error: rule data.t.a conflicts with:\n  rule data.t.a.b at p.rego:3');
});

test('rules whose path base data already takes', () => {
  assert.equal(compileErr('x := 2', { t: { x: { y: 1 } } }), 'p.rego:2: rego_compile_error: conflicting rule for data path t/x found');
  assert.equal(compileErr('x.y := 2', { t: { x: 1 } }), 'p.rego:2: rego_compile_error: conflicting rule for data path t/x/y found');
  assert.equal(compileErr('x[k] := 2 if k := "a"', { t: { x: [1] } }), 'p.rego:2: rego_compile_error: conflicting rule for data path t/x found');
});

test('what OPA allows: dynamic refs overlapping constant ones, sibling data, defaults with rules', () => {
  for (const [src, data] of [
    ['a[x] := 1 if x := "b"\na.c := 2', {}],
    ['a.b[x] contains y if { x := "u"; y := 1 }\na.b.w contains 3', {}],
    ['x := 2', { t: { z: 1 } }],
    ['default p := 1\np := 2 if input.x', {}],
    ['f(x) := 1 if x > 0\nf(x) := 2 if x < 0\ndefault f(_) := 0', {}],
    ['p[x] := 1 if x := "a"\np[x] := 2 if x := "b"', {}],
  ] as [string, unknown][]) assert.equal(compileErr(src, data), undefined, src);
});

test('with cannot replace part of a rule\'s value; replacing it whole or base data below it is fine', () => {
  assert.equal(compileErr('o[k] := 1 if some k in ["a"]\np := o\nq := x if x := p with data.t.o.a as 5'),
    'p.rego:4: rego_compile_error: with keyword cannot partially replace virtual document(s)');
  assert.equal(compileErr('o[k] := 1 if some k in ["a"]\np := o\nq := x if x := p with data.t.o as {}'), undefined);
  assert.equal(compileErr('p := data.cfg\nq := x if x := p with data.cfg.a.b as 1', { cfg: { a: {} } }), undefined);
});

test('some and every cannot be negated', () => {
  assert.equal(compileErr('p if not some x in [1]'), 'p.rego:2: rego_parse_error: unexpected some keyword: some cannot be negated');
  assert.equal(compileErr('p if not every x in [1] { x > 0 }'), 'p.rego:2: rego_parse_error: unexpected every keyword: every cannot be negated');
});
