import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { compileErr } from '../../../test/rego/test-compile.ts';


test('declared variables: messages as OPA', () => {
  assert.equal(compileErr('p if every k, v in [1] { v > 0 }'), 'p.rego:2: rego_compile_error: declared var k unused');
  assert.equal(compileErr('p if { some x; true }'), 'p.rego:2: rego_compile_error: declared var x unused');
  assert.equal(compileErr('p if { x := 1; x := 2 }'), 'p.rego:2: rego_compile_error: var x assigned above');
  assert.equal(compileErr('p if { some x; x := 1 }'), 'p.rego:2: rego_compile_error: var x declared above');
  assert.equal(compileErr('p if { x := 1; some x in [2]; x == 2 }'), 'p.rego:2: rego_compile_error: var x assigned above');
  assert.equal(compileErr('f(x) := y if { x := 1; y := x }'), 'p.rego:2: rego_compile_error: arg x redeclared');
  assert.equal(compileErr('p if { input := 2 }'), 'p.rego:2: rego_compile_error: variables must not shadow input (use a different variable name)');
  assert.equal(compileErr('p if { [data, _] := [1, 2] }'), 'p.rego:2: rego_compile_error: variables must not shadow data (use a different variable name)');
  assert.equal(compileErr('p := [1 | some x; true]'), 'p.rego:2: rego_compile_error: declared var x unused');
});

test('declared variables: what OPA allows', () => {
  for (const ok of [
    'p if some x in [1]',
    'p if { some k, v in [1]; v > 0 }',
    'p if { x := 1 }',
    'p if { some x; x = 1 }',
    'p if { x := 1; [y | x := 2; y := x] }',
    'p if { x := 1; every x in [2] { x == 2 } }',
    'p if every _ in [1] { true }',
    'p := [x | some x; input.a[x]]',
    'p contains x if { some x; input.a[x] }',
    'q := 1\np if { q := 2; q == 2 }',
    'p if { some x, x; x = 1 }',
  ]) assert.equal(compileErr(ok), undefined, ok);
});

test('assignments to refs, rules named data/input, non-constant defaults are errors; late imports are not', () => {
  assert.equal(compileErr('p if { input.x := 1 }'), 'p.rego:2: rego_compile_error: cannot assign to ref');
  assert.equal(compileErr('data := 1'), 'p.rego:2: rego_compile_error: rules must not shadow data (use a different rule name)');
  assert.equal(compileErr('input := 1'), 'p.rego:2: rego_compile_error: rules must not shadow input (use a different rule name)');
  assert.equal(compileErr('default p := input.x'), 'p.rego:2: rego_parse_error: illegal default rule (value cannot contain ref)');
  assert.equal(compileErr('default p := [1, x]'), 'p.rego:2: rego_parse_error: illegal default rule (value cannot contain var)');
  assert.equal(compileErr('default p := count([1])'), 'p.rego:2: rego_parse_error: illegal default rule (value cannot contain call)');
  assert.equal(compileErr('default p := [x | x := 1]'), undefined);
  const p = compile([{ file: 'p.rego', source: 'package t\np := l.n\nimport data.lib as l' }, { file: 'l.rego', source: 'package lib\nn := 3' }]);
  assert.equal(p.evaluate('t.p').value, 3);
});

test('with targets must be input, data or a function', () => {
  assert.equal(compileErr('p := 1\nq if { p with x as 1 }'), 'p.rego:3: rego_type_error: with keyword target must reference existing input, data, or a function');
  assert.equal(compileErr('p := 1\nq if { p with p as 1 }'), 'p.rego:3: rego_type_error: with keyword target must reference existing input, data, or a function');
  for (const ok of ['p := 1\nq if { p with input.x as 1 with data.y as 2 }', 'f(x) := x\np := 1\nq if { p with f as 2 with count as 1 with time.now_ns as 3 }']) {
    assert.equal(compileErr(ok), undefined, ok);
  }
});

test('a variable used above cannot be declared below it; unsafe-variable errors name the variable as written', () => {
  assert.equal(compileErr('p if { x == 1; x := input.a }'), 'p.rego:2: rego_compile_error: var x referenced above');
  assert.equal(compileErr('p if { every v in xs { v > 0 }; xs := [1] }'), 'p.rego:2: rego_compile_error: var xs referenced above');
  assert.equal(compileErr('p := y if { y := [z | z := x[_]]; x := [1, 2] }'), 'p.rego:2: rego_unsafe_var_error: var z is unsafe');
  assert.equal(compileErr('p contains [a, b] if { [a, b] = [b, 1] }'), undefined);
  const p = compile([{ file: 'p.rego', source: 'package t\np contains [a, b] if { [a, b] = [b, 1] }' }]);
  assert.deepEqual([...(p.evaluate('t.p').value as Iterable<unknown>)], [[1, 1]]);
});
