import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseModule } from './parser.ts';
import { moduleJSON } from './ast-json.ts';
import { toJSON } from '../value/value.ts';
import { builtins } from '../builtins/rego.ts';
import { call } from '../../../test/rego/test-call.ts';

const v = (n: string) => ({ type: 'var', value: n });
const s = (x: string) => ({ type: 'string', value: x });
const ref = (...xs: unknown[]) => ({ type: 'ref', value: xs });

test('a module as OPA\'s AST JSON: package, imports, heads, operator calls, some-in, negation, with', () => {
  const m = parseModule(`package foo.bar
import rego.v1
import data.a as b
p if { a = true }
q contains x if { some x in [1]; not f(x) with input as 2 }
default r := 1
f(x) := x + 1`, 'x.rego');
  const j = toJSON(moduleJSON(m)) as Record<string, unknown>;
  assert.deepEqual(j.package, { path: [v('data'), s('foo'), s('bar')] });
  assert.deepEqual(j.imports, [{ path: ref(v('rego'), s('v1')) }, { path: ref(v('data'), s('a')), alias: 'b' }]);
  const rules = j.rules as Record<string, unknown>[];
  assert.deepEqual(rules[0], {
    head: { name: 'p', value: { type: 'boolean', value: true }, ref: [v('p')] },
    body: [{ index: 0, terms: [ref(v('eq')), v('a'), { type: 'boolean', value: true }] }],
  });
  assert.deepEqual((rules[1].head as Record<string, unknown>).key, v('x'));
  assert.equal((rules[1].head as Record<string, unknown>).value, undefined);
  assert.deepEqual(rules[1].body, [
    { index: 0, terms: { symbols: [{ type: 'call', value: [ref(v('internal'), s('member_2')), v('x'), { type: 'array', value: [{ type: 'number', value: 1 }] }] }] } },
    { index: 1, terms: [ref(v('f')), v('x')], negated: true, with: [{ target: v('input'), value: { type: 'number', value: 2 } }] },
  ]);
  assert.equal(rules[2].default, true);
  assert.deepEqual((rules[3].head as Record<string, unknown>).args, [v('x')]);
  assert.deepEqual((rules[3].head as Record<string, unknown>).value, { type: 'call', value: [ref(v('plus')), v('x'), { type: 'number', value: 1 }] });
});

test('rego.parse_module: parse errors are builtin errors with the parser\'s message', () => {
  assert.equal(call(builtins, 'rego.parse_module', 'x.rego', 'package foo.'),
    'error: eval_builtin_error: rego.parse_module: 1 error occurred: x.rego:1: rego_parse_error: unexpected eof token: expected identifier');
  assert.equal(call(builtins, 'rego.parse_module', 1, ''), 'error: eval_type_error: rego.parse_module: operand 1 must be string but got number');
});

// name and key of each head as `opa parse --format json` 1.19.1 gives them
test('heads carry OPA\'s name and key: a two-part head with a value is named, its key the second part', () => {
  const m = parseModule(`package a
p[x] := 1 if x := 1
p["s"] := 1
p.q := 1
p.q[x] := 1 if x := 1
p[x].b := 1 if x := 1
s contains x if x := 1
t[y] contains 1 if y := 1
u[x] if x := 1
f(x) := 1`, 'x.rego');
  const heads = (toJSON(moduleJSON(m)) as { rules: { head: Record<string, unknown> }[] }).rules.map(({ head: { name, key } }) => ({ name, key }));
  const n = (x: number) => ({ type: 'number', value: x });
  assert.deepEqual(heads, [
    { name: 'p', key: v('x') }, { name: 'p', key: s('s') }, { name: 'p', key: s('q') }, { name: undefined, key: undefined },
    { name: undefined, key: undefined }, { name: 's', key: v('x') }, { name: undefined, key: n(1) }, { name: undefined, key: v('x') },
    { name: 'f', key: undefined },
  ]);
});

test('sets and objects list their items in OPA\'s term order; null\'s value is {}; the comments are base64 with a place', () => {
  const m = parseModule('package a\nq := {3, 1, "a", null, x, [1], y.z, {1}}\no := {"k": 1, 3: 2, null: 3, x: 4, "a": 5, false: 6}\n# hi\r\n#\n', 'm.rego');
  const j = toJSON(moduleJSON(m)) as { rules: { head: { value: { value: unknown[] } } }[]; comments: unknown };
  const n = (x: number) => ({ type: 'number', value: x });
  const nul = { type: 'null', value: {} };
  assert.deepEqual(j.rules[0].head.value.value, [nul, n(1), n(3), s('a'), v('x'), ref(v('y'), s('z')), { type: 'array', value: [n(1)] }, { type: 'set', value: [n(1)] }]);
  assert.deepEqual(j.rules[1].head.value.value, [[nul, n(3)], [{ type: 'boolean', value: false }, n(6)], [n(3), n(2)], [s('a'), n(5)], [s('k'), n(1)], [v('x'), n(4)]]);
  assert.deepEqual(j.comments, [
    { Text: 'IGhp', Location: { file: 'm.rego', row: 4, col: 1 } },
    { Text: null, Location: { file: 'm.rego', row: 5, col: 1 } },
  ]);
});

test('rego.parse_module: several parse errors are listed as OPA lists them', () => {
  assert.equal(call(builtins, 'rego.parse_module', 'x.rego', '1.0.0'), 'error: eval_builtin_error: rego.parse_module: 2 errors occurred:\n'
    + 'x.rego:1: rego_parse_error: illegal ref (head cannot be number)\nx.rego:1: rego_parse_error: unexpected number token: expected identifier');
  assert.equal(call(builtins, 'rego.parse_module', 'x.rego', '%v %d'), 'error: eval_builtin_error: rego.parse_module: 1 error occurred: x.rego:1: rego_parse_error: unexpected rem token');
});
