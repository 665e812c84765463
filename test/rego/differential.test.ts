// Cases evaluated by OPA v1.19.1 itself (testdata/opa-recorded*.json, recorded by scripts/opa-differential.ts): our engine must agree, except
// for the documented divergences (`known`), which are listed so they stay visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { runOurs, opaOutcome, difference, type DiffCase, type Recorded } from './differential.ts';

type RecordedCase = DiffCase & { opa: Recorded; known?: string };
// Each file is re-recorded in place: `npx tsx scripts/opa-differential.ts <file> --record <file>`.
const dir = new URL('./testdata/', import.meta.url);
const cases: RecordedCase[] = readdirSync(dir)
  // opa-recorded-schema*.json are CLI cases of their own shape (schema-differential.test.ts)
  .filter((f) => /^opa-recorded(?!-schema).*\.json$/.test(f))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as RecordedCase[]);

test('outcomes agree with OPA on the recorded cases', () => {
  const failures: string[] = [];
  for (const c of cases) {
    if (c.known) continue;
    const d = difference(runOurs(c), opaOutcome(c.opa));
    if (d) failures.push(`${c.name}: ${d}`);
  }
  assert.deepEqual(failures, []);
  assert.ok(cases.filter((c) => !c.known).length >= 300);
});

test('documented divergences from OPA still carry a reason', (t) => {
  const known = cases.filter((c) => c.known);
  for (const c of known) assert.ok(c.known!.length > 10, c.name);
  t.diagnostic(`${known.length} known divergences: ${[...new Set(known.map((c) => c.known))].join('; ')}`);
});
