// JSON Schema type checking against OPA v1.19.1's `opa eval --schema` (testdata/opa-recorded-schema*.json, recorded
// by scripts/opa-differential-schema.ts): each case run through `go-xenv rego eval` must give the same result set, or
// the same first error (code, file, row, column, message). Cases marked `known` are documented divergences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOursSchema, schemaDifference, writeCase, type SchemaCase, type SchemaOutcome } from './schema-differential.ts';
import { runCli } from '../../src/cli/run.ts';

type Recorded = SchemaCase & { opa: SchemaOutcome; known?: string };
const dir = new URL('./testdata/', import.meta.url);
const cases: Recorded[] = readdirSync(dir)
  .filter((f) => /^opa-recorded-schema.*\.json$/.test(f))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Recorded[]);

test('schema type checking agrees with opa eval --schema on the recorded cases', async () => {
  const failures: string[] = [];
  for (const c of cases) {
    if (c.known) continue;
    const d = schemaDifference(await runOursSchema(c), c.opa);
    if (d) failures.push(`${c.name}: ${d}`);
  }
  assert.deepEqual(failures, []);
  assert.ok(cases.length >= 170);
  // both kinds are covered: schemas that reject and schemas that accept
  assert.ok(cases.filter((c) => c.opa.error).length >= 40 && cases.filter((c) => !c.opa.error).length >= 25);
});

test('go-xenv rego eval --schema / -s: a type error is one message with file:line:col, a good policy evaluates', async () => {
  const { dir } = writeCase({
    name: 'cli', modules: { 'p.rego': 'package p\nx := input.foo.bar\ny := input.foo.baz\n' }, query: '', input: { foo: { baz: 1 } },
    schema: { type: 'object', properties: { foo: { type: 'object', properties: { baz: { type: 'number' } } } } },
  });
  const run = async (argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, env: {}, cwd: dir });
    return { code, out, err };
  };
  const bad = await run(['rego', 'eval', '--schema', 'schema.json', '-d', 'policy', 'data.p.x']);
  assert.equal(bad.code, 3);
  assert.match(bad.err, /^go-xenv: policy\/p\.rego:2:6: rego_type_error: undefined ref: input\.foo\.bar\n/);
  writeFileSync(join(dir, 'policy', 'p.rego'), 'package p\ny := input.foo.baz\n');
  const good = await run(['rego', 'eval', '-s', 'schema.json', '-d', 'policy', '-i', 'input.json', 'data.p.y']);
  assert.equal(good.code, 0, good.err);
  assert.match(good.out, /"value": 1/);
  const missing = await run(['rego', 'eval', '--schema', 'nope.json', '-d', 'policy', 'data.p.y']);
  assert.equal(missing.code, 3);
  assert.match(missing.err, /--schema nope\.json: no such file or directory/);
  rmSync(dir, { recursive: true, force: true });
});
