import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaType } from './schema-types.ts';
import { typeText } from './type-check.ts';
import { RegoError } from '../errors.ts';

const text = (s: unknown) => typeText(schemaType(s));
const error = (s: unknown) => { try { schemaType(s); } catch (e) { return e instanceof RegoError ? e.message : `crash: ${String(e)}`; } return undefined; };

test('JSON Schema keywords become the types OPA gives them', () => {
  assert.equal(text({ type: 'object', properties: { b: { type: 'string' }, a: { type: 'integer' } } }), 'object<a: number, b: string>');
  assert.equal(text({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true }), 'object<a: string>');
  assert.equal(text({ type: 'object', additionalProperties: { type: 'number' } }), 'object[any: any]');
  assert.equal(text({ type: 'array', items: [{ type: 'string' }, { type: 'number' }] }), 'array<string, number>');
  assert.equal(text({ items: { type: 'boolean' } }), 'array[boolean]');
  assert.equal(text({ type: ['number', 'string'] }), 'string');
  assert.equal(text({ anyOf: [{ type: 'string' }, { type: 'boolean' }] }), 'any<boolean, string>');
  assert.equal(text({ allOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'number' } } }] }), 'object<a: string, b: number>');
  assert.equal(text({ type: 'object', properties: { a: { $ref: '#/$defs/n' } }, $defs: { n: { type: 'number' } } }), 'object<a: number>');
  for (const ignored of [{ type: 'null' }, { enum: ['a'] }, { oneOf: [{ type: 'string' }] }, {}, true]) assert.equal(text(ignored), 'any');
});

test('a schema is foreign input: bad shapes, remote refs, cycles and size are one clear error or bounded', () => {
  assert.match(error({ type: 'bogus' })!, /rego_type_error: unable to compile the schema: has a primitive type that is NOT VALID -- given: \/bogus\//);
  assert.match(error([])!, /unable to compile the schema: schema is invalid/);
  assert.match(error({ properties: 3 })!, /properties must be an object/);
  assert.match(error({ $ref: '#/definitions/nope' })!, /Object has no key 'definitions'/);
  assert.match(error({ $ref: 'http://127.0.0.1:9/x.json' })!, /remote references are not loaded/);
  assert.match(error({ allOf: [{ type: 'string' }, { type: 'boolean' }] })!, /unable to merge these schemas: type mismatch: string and boolean/);
  // OPA overflows its stack on a schema that refers to itself; here it is expanded once, then `any`
  assert.equal(text({ type: 'object', properties: { a: { $ref: '#' } } }), 'object<a: object<a: any>>');
  let deep: unknown = { type: 'string' };
  for (let i = 0; i < 500; i++) deep = { type: 'object', properties: { a: deep } };
  assert.match(error(deep)!, /nested deeper than 100 levels/);
  const wide = { type: 'object', properties: Object.fromEntries(Array.from({ length: 100_001 }, (_, i) => [`k${i}`, { type: 'string' }])) };
  assert.match(error(wide)!, /more than 100000 subschemas/);
});

test('a definition referred to many times is read once (the size bound counts it once)', () => {
  const defs = { leaf: { type: 'object', properties: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${i}`, { type: 'string' }])) } };
  const props = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`r${i}`, { $ref: '#/definitions/leaf' }]));
  const t = schemaType({ type: 'object', properties: props, definitions: defs });
  assert.equal(t.k === 'object' && t.static.size, 1000);
});
