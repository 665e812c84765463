import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './jsonschema.ts';
import { call } from '../../../test/rego/test-call.ts';
import { fromJSON, toJSON, type Value } from '../value/value.ts';

const run = (name: string, ...args: unknown[]) => {
  const r = call(builtins, name, ...args.map((a) => (typeof a === 'string' ? a : fromJSON(a))));
  return typeof r === 'string' && r.startsWith('error:') ? r : toJSON(r as Value);
};
const schema = { properties: { id: { type: 'integer' }, tags: { type: 'array', maxItems: 1 } }, required: ['id'] };

test('match_schema reports gojsonschema-shaped errors', () => {
  assert.deepEqual(run('json.match_schema', { id: 5 }, schema), [true, []]);
  assert.deepEqual(run('json.match_schema', '{"id": 5}', JSON.stringify(schema)), [true, []]);
  assert.deepEqual(run('json.match_schema', { id: 'foo' }, schema), [false, [
    { desc: 'Invalid type. Expected: integer, given: string', error: 'id: Invalid type. Expected: integer, given: string', field: 'id', type: 'invalid_type' },
  ]]);
  assert.deepEqual(run('json.match_schema', { tags: [1, 2] }, schema), [false, [
    { desc: 'id is required', error: '(Root): id is required', field: '(Root)', type: 'required' },
    { desc: 'Array must have at most 1 items', error: 'tags: Array must have at most 1 items', field: 'tags', type: 'array_max_items' },
  ]]);
  assert.equal(run('json.match_schema', {}, { type: 'unknown' }),
    'error: eval_builtin_error: json.match_schema: has a primitive type that is NOT VALID -- given: /unknown/ Expected valid values are:[array boolean integer number null object string]');
});

test('verify_schema returns [valid, error text]', () => {
  assert.deepEqual(run('json.verify_schema', { type: 'boolean' }), [true, null]);
  assert.deepEqual(run('json.verify_schema', '{"type": "unknown_type"}'), [false,
    'jsonschema: has a primitive type that is NOT VALID -- given: /unknown_type/ Expected valid values are:[array boolean integer number null object string]']);
});

test('verify_schema: an array is an invalid schema, a boolean operand the wrong type (as OPA)', () => {
  assert.deepEqual(run('json.verify_schema', [1, 2]), [false, 'jsonschema: schema is invalid']);
  assert.deepEqual(run('json.verify_schema', '[1,2]'), [false, 'jsonschema: schema is invalid']);
  assert.deepEqual(run('json.verify_schema', true), [false, 'jsonschema: wrong type, expected string or object']);
  assert.deepEqual(run('json.verify_schema', { type: 'string' }), [true, null]);
});
