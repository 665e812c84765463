import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './uuid.ts';
import { call, testContext } from '../../../test/rego/test-call.ts';
import { toJSON, type Value } from '../value/value.ts';

test('uuid.parse accepts google/uuid forms and reports version properties', () => {
  const v2 = { clocksequence: 12800, domain: 'Person', id: 1000, macvariables: 'local:unicast', nodeid: '32-50-96-b3-9f-47', time: 1693566990121469600n, variant: 'RFC4122', version: 2 };
  const table: [string, unknown][] = [
    ['00000000-0000-4000-8000-000000000000', { variant: 'RFC4122', version: 4 }],
    ['{00000000-0000-4000-8000-000000000000}', { variant: 'RFC4122', version: 4 }],
    ['6bea8ef2d3d33cd184e09bab06a52ece', { variant: 'RFC4122', version: 3 }],
    ['URN:UUID:000003e8-48b9-21ee-b200-325096b39f47', v2],
    ['not-a-uuid', undefined],
    ['00000000-0000-4000-8000-00000000000g', undefined],
  ];
  for (const [s, want] of table) {
    const r = call(builtins, 'uuid.parse', s);
    assert.deepEqual(r === undefined ? undefined : toJSON(r as Value), want, s);
  }
  assert.equal(call(builtins, 'uuid.parse', 123), 'error: eval_type_error: uuid.parse: operand 1 must be string but got number');
});

test('uuid.rfc4122 is a v4 UUID, stable per key within one query', () => {
  const ctx = testContext({ random: Math.random });
  const a = builtins['uuid.rfc4122'](['k'], ctx) as string;
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(builtins['uuid.rfc4122'](['k'], ctx), a);
  assert.notEqual(builtins['uuid.rfc4122'](['other'], ctx), a);
});
