import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './graphql.ts';
import { toJSON, type Value } from '../value/value.ts';
import type { BuiltinContext } from './types.ts';

const ctx = {} as BuiltinContext;
const call = (name: string, ...args: Value[]) => builtins[name](args, ctx);
const json = (name: string, ...args: Value[]) => toJSON(call(name, ...args) as Value);

test('parse_query returns the gqlparser AST shape', () => {
  assert.deepEqual(json('graphql.parse_query', '{ f(id: [1, $v], s: "x") @skip(if: true) }'), {
    Operations: [{
      Name: '', Operation: 'query',
      SelectionSet: [{
        Alias: 'f', Name: 'f',
        Arguments: [
          { Name: 'id', Value: { Children: [{ Name: '', Value: { ExpectedTypeHasDefault: false, Kind: 1, Raw: '1' } }, { Name: '', Value: { ExpectedTypeHasDefault: false, Kind: 0, Raw: 'v' } }], ExpectedTypeHasDefault: false, Kind: 8, Raw: '' } },
          { Name: 's', Value: { ExpectedTypeHasDefault: false, Kind: 3, Raw: 'x' } },
        ],
        Directives: [{ Name: 'skip', Location: '', Arguments: [{ Name: 'if', Value: { ExpectedTypeHasDefault: false, Kind: 5, Raw: 'true' } }] }],
      }],
    }],
  });
});

test('parse_schema returns definitions, extensions and directives', () => {
  assert.deepEqual(json('graphql.parse_schema', 'type A implements B { x: [Int!]! }\nextend union U = A\ndirective @d repeatable on FIELD'), {
    Definitions: [{ BuiltIn: false, Description: '', Kind: 'OBJECT', Name: 'A', Interfaces: ['B'], Fields: [{ Description: '', Name: 'x', Type: { Elem: { NamedType: 'Int', NonNull: true }, NamedType: '', NonNull: true } }] }],
    Extensions: [{ BuiltIn: false, Description: '', Kind: 'UNION', Name: 'U', Types: ['A'] }],
    Directives: [{ Description: '', IsRepeatable: true, Locations: ['FIELD'], Name: 'd' }],
  });
});

const syntaxErrors: [string, string, string][] = [
  ['graphql.parse_query', '{', 'Expected Name, found <EOF> in GraphQL string at location 1:2'],
  ['graphql.parse_query', '\n  { ...MissingOn }\n  fragment MissingOn Type\n', 'Expected "on", found Name "Type" in GraphQL string at location 3:22'],
  ['graphql.parse_query', 'notanoperation Foo { field }', 'Unexpected Name "notanoperation" in GraphQL string at location 1:1'],
  ['graphql.parse_query', '{...{__typename{...{}}}}', 'expected at least one definition, found } in GraphQL string at location 1:21'],
  ['graphql.parse_query', 'query Foo($x: Complex = { a: { b: [ $var ] } }) { field }', 'Unexpected $ in GraphQL string at location 1:37'],
  ['graphql.parse_schema', 'union Hello = | Wo | Rld |', 'Expected Name, found <EOF> in GraphQL string at location 1:27'],
  ['graphql.parse_schema', 'directive @foo on FIELD | INCORRECT_LOCATION', 'Unexpected Name "INCORRECT_LOCATION" in GraphQL string at location 1:27'],
  ['graphql.parse_schema', '"""\r', 'Unexpected <Invalid> in GraphQL string at location 2:1'],
];

test('syntax errors carry gqlparser messages and positions', () => {
  for (const [name, input, message] of syntaxErrors) {
    assert.throws(() => call(name, input), (e: Error) => e.message === message, `${name}(${JSON.stringify(input)})`);
  }
});

test('operands must be strings (or objects where OPA accepts ASTs)', () => {
  assert.throws(() => call('graphql.parse_query', 1), /operand 1 must be string but got number/);
  assert.throws(() => call('graphql.parse', 1, ''), /operand 1 must be one of \{string, object\} but got number/);
});

const schema = 'type Query { hero(id: ID!): Hero }\ntype Hero { name: String }';
const validity: [string, string, boolean][] = [
  ['{ hero(id: "1") { name } }', schema, true],
  ['{ hero { name } }', schema, false],
  ['{ villain }', schema, false],
  ['mutation { x }', schema, false],
  ['{ entity { ... on User { id } } }', 'extend type User { id: ID! }\nunion _Entity = User\nextend type Query { entity: _Entity }', true],
];

test('is_valid validates queries against schemas', () => {
  for (const [q, s, want] of validity) assert.equal(call('graphql.is_valid', q, s), want, q);
  assert.equal(call('graphql.is_valid', 1, schema), false);
});

test('schema_is_valid applies gqlparser schema rules', () => {
  const cases: [string, boolean][] = [
    [schema, true],
    ['type Hello {}', false],
    ['type Hello implements World { field: String }', false],
    ['interface IA { id: ID! }\ninterface IIA implements IA { id: ID! }\ntype A implements IIA { id: ID! }', false],
    ['union U = A', false],
    ['input I { o: Hero }\n' + schema, false],
    ['extend type Q { x: Int }', true],
  ];
  for (const [s, want] of cases) assert.equal(call('graphql.schema_is_valid', s), want, s);
});

test('parse reports validation errors; parse_and_verify returns false instead', () => {
  assert.throws(() => call('graphql.parse', '{ hero { name } }', schema),
    (e: Error) => e.message === 'Field "hero" argument "id" of type "ID!" is required, but it was not provided in GraphQL string at location 1:3');
  const bad = toJSON(call('graphql.parse_and_verify', '{ hero { name } }', schema) as Value);
  assert.deepEqual(bad, [false, {}, {}]);
  const good = call('graphql.parse_and_verify', '{ hero(id: 1) { name } }', schema) as Value[];
  assert.equal(good[0], true);
});

test('ASTs given as objects are accepted in place of strings', () => {
  const q = call('graphql.parse_query', '{ hero(id: "alice") { name } }') as Value;
  const s = call('graphql.parse_schema', schema) as Value;
  assert.equal(call('graphql.is_valid', q, s), true);
  const bad = call('graphql.parse_query', 'mutation { x(a: b) }') as Value;
  assert.equal(call('graphql.is_valid', bad, s), false);
});
