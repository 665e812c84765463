// JSON Schema type checking against OPA v1.19.1's `opa eval --schema` (testdata/opa-recorded-schema*.json, recorded
// by scripts/opa-differential-schema.ts): each case run through `go-xenv rego eval` must give the same result set, or
// the same first error (code, file, row, column, message). Cases marked `known` are documented divergences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { runOursSchema, schemaDifference, type SchemaCase, type SchemaOutcome } from './schema-differential.ts';

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
  assert.ok(cases.length >= 90);
  // both kinds are covered: schemas that reject and schemas that accept
  assert.ok(cases.filter((c) => c.opa.error).length >= 40 && cases.filter((c) => !c.opa.error).length >= 25);
});
