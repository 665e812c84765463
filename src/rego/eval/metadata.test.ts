import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { toJSON } from '../value/value.ts';
import { parseAuthor } from './metadata.ts';
import { loadYamlLib } from '../yaml-lib.ts';

// METADATA blocks and YAML schemas are read with the yaml library, which the engine loads on demand
await loadYamlLib();

const value = (sources: string[], path: string) => {
  const r = compile(sources.map((source, i) => ({ file: `m${i}.rego`, source })), {}).evaluate(path);
  return r.value === undefined ? undefined : toJSON(r.value);
};

test('authors are parsed as OPA does', () => {
  assert.deepEqual(parseAuthor('The OPA contributors'), { name: 'The OPA contributors' });
  assert.deepEqual(parseAuthor('Jane Doe <jane@example.com>'), { name: 'Jane Doe', email: 'jane@example.com' });
  assert.deepEqual(parseAuthor('<ops@example.com>'), { email: 'ops@example.com' });
});

test('metadata chain: rule, document, package (any module), subpackages outward', () => {
  const chain = value([`# METADATA
# scope: subpackages
# organizations: [Acme]
package a`, `# METADATA
# description: pkg
package a.b`, `package a.b

# METADATA
# scope: document
# authors:
# - Jane <j@x.io>
# - {name: Bob}
# related_resources:
# - https://example.com
p := "no" if false

# METADATA
# title: p rule
p := rego.metadata.chain() if true
r := rego.metadata.rule()
q := rego.metadata.chain()`], 'a.b');
  const c = chain as Record<string, unknown>;
  assert.deepEqual(c.p, [
    { path: ['a', 'b', 'p'], annotations: { scope: 'rule', title: 'p rule' } },
    { path: ['a', 'b', 'p'], annotations: { scope: 'document', authors: [{ name: 'Jane', email: 'j@x.io' }, { name: 'Bob' }], related_resources: [{ ref: 'https://example.com' }] } },
    { path: ['a', 'b'], annotations: { scope: 'package', description: 'pkg' } },
    { path: ['a'], annotations: { scope: 'subpackages', organizations: ['Acme'] } },
  ]);
  assert.deepEqual(c.q, [
    { path: ['a', 'b', 'q'] },
    { path: ['a', 'b'], annotations: { scope: 'package', description: 'pkg' } },
    { path: ['a'], annotations: { scope: 'subpackages', organizations: ['Acme'] } },
  ]);
  assert.deepEqual(c.r, {});
});

test('metadata of partial set and ref-head rules; entrypoints are documents; schemas as paths', () => {
  const v = value([`package t

# METADATA
# title: set
s contains rego.metadata.rule().title

# METADATA
# title: rh
a.b[x] := rego.metadata.chain() if x := "k"

# METADATA
# entrypoint: true
# schemas:
# - input.a: schema.foo
# - data.x: {"type": "string"}
e := rego.metadata.chain()`], 't') as Record<string, unknown>;
  assert.deepEqual(v.s, ['set']);
  assert.deepEqual(v.a, { b: { k: [{ path: ['t', 'a', 'b'], annotations: { scope: 'rule', title: 'rh' } }] } });
  assert.deepEqual(v.e, [{ path: ['t', 'e'] }, { path: ['t', 'e'], annotations: {
    scope: 'document', entrypoint: true,
    schemas: [{ path: ['input', 'a'], schema: ['schema', 'foo'] }, { path: ['data', 'x'], definition: { type: 'string' } }],
  } }]);
  assert.throws(() => value(['package t\n\n# METADATA\n# scope: rule\n# entrypoint: true\np := 1'], 't'),
    /m0.rego:3: rego_parse_error: annotation entrypoint applied to non-document or package scope 'rule'/);
});
