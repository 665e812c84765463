import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadSchemaSet } from './schema-files.ts';
import { schemaKey } from './compile/schema-types.ts';
import { loadYamlLib } from './yaml-lib.ts';
import { UserError } from '../errors.ts';

// METADATA blocks and YAML schemas are read with the yaml library, which the engine loads on demand
await loadYamlLib();

const tmp = () => mkdtempSync(join(tmpdir(), 'schema-files-'));

test('a file is the input schema; a directory gives schema.<dirs>.<name> from JSON and YAML files', () => {
  const d = tmp();
  writeFileSync(join(d, 's.json'), '{"type": "string"}');
  assert.deepEqual([...loadSchemaSet('s.json', d)], [[schemaKey([]), { type: 'string' }]]);
  mkdirSync(join(d, 'dir/k8s'), { recursive: true });
  writeFileSync(join(d, 'dir/input.json'), '{"type": "object"}');
  writeFileSync(join(d, 'dir/k8s/pod.yaml'), 'type: number\n');
  writeFileSync(join(d, 'dir/README.md'), 'not a schema');
  assert.deepEqual(new Map(loadSchemaSet('dir', d)), new Map([[schemaKey(['input']), { type: 'object' }], [schemaKey(['k8s', 'pod']), { type: 'number' }]]));
});

test('a missing path, a file that does not parse and a link loop are one clear error naming the path', () => {
  const d = tmp();
  assert.throws(() => loadSchemaSet('nope.json', d), /--schema nope\.json: no such file or directory/);
  writeFileSync(join(d, 'bad.json'), '{bad');
  assert.throws(() => loadSchemaSet('bad.json', d), /cannot parse schema bad\.json/);
  mkdirSync(join(d, 'loop'));
  symlinkSync(join(d, 'loop'), join(d, 'loop', 'again'));
  assert.throws(() => loadSchemaSet('loop', d), /a symbolic link loop/);
  // two links to each other: stat itself fails (ELOOP), still one UserError naming the link
  mkdirSync(join(d, 'pair'));
  symlinkSync('b', join(d, 'pair', 'a'));
  symlinkSync('a', join(d, 'pair', 'b'));
  assert.throws(() => loadSchemaSet('pair', d), (e: Error) => e instanceof UserError && /--schema pair\/a: a symbolic link loop/.test(e.message));
});

test('two links to one directory are read through both (no loop), as any other directory', () => {
  const d = tmp();
  mkdirSync(join(d, 's/x'), { recursive: true });
  writeFileSync(join(d, 's/x/a.json'), '{"type": "string"}');
  symlinkSync('x', join(d, 's', 'y'));
  assert.deepEqual([...loadSchemaSet('s', d).keys()], [schemaKey(['x', 'a']), schemaKey(['y', 'a'])]);
});
