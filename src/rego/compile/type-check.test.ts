import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { RegoError } from '../errors.ts';
import { fromJSON } from '../value/value.ts';
import { schemaKey } from './schema-types.ts';
import { loadYamlLib } from '../yaml-lib.ts';

// METADATA blocks and YAML schemas are read with the yaml library, which the engine loads on demand
await loadYamlLib();

const compileError = (src: string) => {
  try { compile([{ file: 'p.rego', source: `package p\n${src}` }], {}); } catch (e) { return e instanceof RegoError ? e.message : String(e); }
  return undefined;
};

test('types inferred through variables, rule values and builtin results reach the builtin check', () => {
  assert.match(compileError('r := 1\nx := count(r)\n')!, /p\.rego:3: rego_type_error: count: invalid argument\(s\)\n\thave: \(number, \?\?\?\)/);
  assert.match(compileError('x if { y := split("a", ","); upper(y) }\n')!, /have: \(array\[string\], \?\?\?\)/);
  assert.match(compileError('x := [y | y := 1][0] + "a"\n')!, /plus: invalid argument\(s\)\n\thave: \(number, string, \?\?\?\)/);
  assert.match(compileError('o := {"a": 1}\nx := o.b\n')!, /undefined ref: data\.p\.o\.b/);
});

test('what is not known is any and passes: input, base data, unions', () => {
  assert.equal(compileError('x := count(input.a)\ny := upper(data.q)\n'), undefined);
  assert.equal(compileError('r := 1 if input.a\nr := "a" if not input.a\nx := upper(r)\n'), undefined);
  assert.equal(compileError('x := y if { a := input.a; count(a); y := a + 1 }\n'), undefined);
});

test("a function's parameters take the types its bodies give them, and calls are checked against them", () => {
  assert.match(compileError('f(a) := b if { b := split(a, ",") }\nx := f(1)\n')!, /data\.p\.f: invalid argument\(s\)\n\thave: \(number, \?\?\?\)\n\twant: \(string, array\[string\]\)/);
  assert.match(compileError('f(a) := 1\nx := y if { y := upper(f(1)) with f as "a" }\n')!, /upper: invalid argument/);
});

test('a query is checked against the types of the rules it reads', () => {
  const p = compile([{ file: 'p.rego', source: 'package p\nr := "a"\n' }], {});
  assert.throws(() => p.query('x := data.p.r + 1'), /rego_type_error: plus: invalid argument/);
  assert.deepEqual(p.query('x := upper(data.p.r)').rows.length, 1);
});

test('two bound sides of a unification must unify (match error); in a query `==` only compares', () => {
  assert.match(compileError('x if { y := 1; y == "a" }\n')!, /p\.rego:2: rego_type_error: match error\n\tleft {2}: number\n\tright : string/);
  assert.match(compileError('x if { [a] := "s" }\n')!, /match error/);
  const p = compile([{ file: 'p.rego', source: 'package p\nr := 1\n' }], {});
  assert.equal(p.query('x := 1; x == "a"').rows.length, 0);
  assert.throws(() => p.query('x := 1; x = "a"'), /match error/);
});

const inline = '# METADATA\n# schemas:\n#   - input: {"type": "object", "properties": {"a": {"type": "string"}}}\n';

test('schemas: annotations type input only when schemas are asked for (opa eval does, conftest does not)', () => {
  const src = [{ file: 'p.rego', source: `package p\n${inline}x if input.b\n` }];
  assert.doesNotThrow(() => compile(src, {}));
  assert.throws(() => compile(src, {}, { schemas: {} }), /p\.rego:5: rego_type_error: undefined ref: input\.b\n\tinput\.b\n\thave: "b"\n\twant \(one of\): \["a"\]/);
});

test('a global input schema types queries too, and rule values computed from input', () => {
  const set = new Map([[schemaKey([]), { type: 'object', properties: { n: { type: 'number' } } }]]);
  const p = compile([{ file: 'p.rego', source: 'package p\nr := input.n\n' }], {}, { schemas: { set } });
  assert.throws(() => p.query('upper(data.p.r)'), /upper: invalid argument\(s\)\n\thave: \(number, \?\?\?\)/);
  assert.throws(() => p.query('input.m'), /undefined ref: input\.m/);
  assert.equal(p.query('x := input.n + 1', { input: fromJSON({ n: 1 }) }).rows.length, 1);
});
