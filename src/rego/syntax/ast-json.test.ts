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
