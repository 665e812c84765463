import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, loadAllBuiltins } from '../index.ts';
import { MAX_DEPTH, fromJSON, toJSON, toJSONText } from '../value/value.ts';
import { parseJSONValue } from '../builtins/json/text.ts';

// the policies here call builtins of families the engine loads on demand
await loadAllBuiltins();

test('a long array literal of calls and refs evaluates without exhausting the stack', () => {
  const n = 5000;
  const src = `package t\nx := 2\nout := [${Array.from({ length: n }, (_, i) => `abs(${i} - x)`).join(', ')}]\nsome_undefined := [1, input.nope, 3]\n`;
  const p = compile([{ file: 'p.rego', source: src }]);
  const out = toJSON(p.evaluate('t.out').value!) as number[];
  assert.equal(out.length, n);
  assert.equal(out[0], 2);
  assert.equal(out[n - 1], n - 3);
  assert.equal(p.evaluate('t.some_undefined').value, undefined);
});

const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);

test('values nest to OPA\'s depth of 10,000 on every path and fail beyond it with "exceeded max depth"', () => {
  const deep = parseJSONValue(nested(MAX_DEPTH));
  assert.throws(() => parseJSONValue(nested(MAX_DEPTH + 1)), /^Error: invalid character '\[' exceeded max depth$/);
  let js: unknown = [];
  for (let i = 1; i < MAX_DEPTH; i++) js = [js];
  assert.equal(toJSONText(fromJSON(js)), nested(MAX_DEPTH));
  assert.throws(() => fromJSON([js]), /^UserError: exceeded max depth of 10000$/);
  const p = compile([
    {
      file: 'p.rego',
      source: [
        'package t',
        'marshal := json.marshal(input)',
        'round := json.unmarshal(marshal) == input',
        'yaml_json := yaml.unmarshal(marshal) == input',
        'same := input == json.unmarshal(marshal)',
        'in_set := {input, [1]}[input] == input',
        'keys := count({input: 1})',
      ].join('\n'),
    },
  ]);
  const at = (rule: string) => {
    const r = p.evaluate(`t.${rule}`, { input: deep, strict: true });
    assert.equal(r.error, undefined, rule);
    return r.value;
  };
  assert.equal(at('marshal'), nested(MAX_DEPTH));
  for (const r of ['round', 'yaml_json', 'same', 'in_set']) assert.equal(at(r), true, r);
  assert.equal(at('keys'), 1);
});

test('walk works past the old recursion limit (its paths take memory quadratic in the depth, as in OPA)', () => {
  const walked = compile([{ file: 'w.rego', source: 'package t\nn := count([x | walk(input, x)])\n' }]);
  assert.equal(walked.evaluate('t.n', { input: parseJSONValue(nested(4000)), strict: true }).value, 4000);
});

test("json.unmarshal and yaml.unmarshal of a document deeper than 10,000 fail with OPA's messages", () => {
  const tooDeep = compile([
    { file: 'p.rego', source: `package t\nj := json.unmarshal(\`${nested(MAX_DEPTH + 1)}\`)\ny := yaml.unmarshal(\`${nested(MAX_DEPTH + 1)}\`)\n` },
  ]);
  assert.match(tooDeep.evaluate('t.j', { strict: true }).error!.message, /eval_builtin_error: json.unmarshal: invalid character '\[' exceeded max depth$/);
  assert.match(tooDeep.evaluate('t.y', { strict: true }).error!.message, /eval_builtin_error: yaml.unmarshal: yaml: exceeded max depth of 10000$/);
});
