// `go-xenv policy test` against the real conftest v0.71.1's recorded answers (scripts/conftest-policy-oracle.mjs wrote
// src/policy/testdata/policy-oracle/expected/): for every case the same stdout text (or JSON) and exit code, with no
// conftest installed. Cases marked `differs` are where we refuse what conftest lets pass or stop on; their own
// expectations are checked in policy-cli.test.ts. conftest orders files and namespaces by Go map iteration (the order
// varies between its own runs), so results are compared per file and namespace: in order within one, in any order
// across them; the summary line exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORACLE_DIR, policyCli } from './policy-kit.ts';

const DIR = ORACLE_DIR;

interface Case {
  name: string;
  args: string[];
  differs?: string;
}
interface Recorded {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The stdout text as its summary and, per `<file> - <namespace>`, its lines in order. */
function byResult(text: string) {
  const lines = text.split('\n');
  const groups = new Map<string, string[]>();
  for (const l of lines.slice(0, -3)) {
    const key = l.split(' - ').slice(1, 3).join(' - ');
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return { summary: lines.slice(-3), groups: [...groups].sort(([a], [b]) => a.localeCompare(b)) };
}

const cases: Case[] = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8'));

for (const c of cases.filter((x) => !x.differs)) {
  test(`policy test agrees with conftest: ${c.name}`, async () => {
    const want: Recorded = JSON.parse(readFileSync(join(DIR, 'expected', `${c.name}.json`), 'utf8'));
    const got = await policyCli(c.args);
    assert.equal(got.stderr, '', got.stderr);
    assert.equal(got.code, want.exitCode);
    if (c.args.includes('json')) {
      const key = (r: { filename: string; namespace: string }) => `${r.namespace} ${r.filename}`;
      const sort = (doc: { filename: string; namespace: string }[]) => doc.sort((a, b) => key(a).localeCompare(key(b)));
      assert.deepEqual(sort(JSON.parse(got.stdout)), sort(JSON.parse(want.stdout)));
      // The bytes too (Go's escaping, tabs, left-out empty lists), one result at a time.
      const blocks = (text: string) =>
        text
          .split(/\n\t\},?\n/)
          .map((b) => b.replace(/^\[?\n?\t\{?\n?/, ''))
          .sort();
      assert.deepEqual(blocks(got.stdout), blocks(want.stdout));
    } else assert.deepEqual(byResult(got.stdout), byResult(want.stdout));
  });
}

test('every case that differs from conftest says why, and conftest did refuse or pass it', () => {
  for (const c of cases.filter((x) => x.differs)) {
    const want: Recorded = JSON.parse(readFileSync(join(DIR, 'expected', `${c.name}.json`), 'utf8'));
    assert.ok(want.stderr.startsWith('Error:') || want.exitCode === 0, c.name);
  }
});
