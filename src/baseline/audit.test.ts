import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditOf } from './audit.ts';
import { diff } from './diff.ts';
import { SHA_A, SHA_B, snapshot, state } from './testdata.ts';

const cfg = (path: string, sha256 = SHA_A) => ({ path, format: 'yaml', sha256, content: { a: sha256 === SHA_A ? 1 : 2 } });
const facts = { repository: 'o/r', branch: 'main' };

const CASES = [
  { name: 'nothing tracked', base: [], head: [], failures: 0, ratio: 0, clean: true },
  { name: 'one of four files changed', base: [cfg('a'), cfg('b'), cfg('c'), cfg('d')], head: [cfg('a', SHA_B), cfg('b'), cfg('c'), cfg('d')], failures: 0, ratio: 0.25, clean: false },
  { name: 'a file added to three tracked', base: [cfg('a'), cfg('b')], head: [cfg('a'), cfg('b'), cfg('c')], failures: 0, ratio: 1 / 3, clean: false },
  { name: 'no drift, a failure already in the baseline', base: [cfg('a')], head: [cfg('a')], failures: 1, ratio: 0, clean: false },
];

for (const c of CASES) {
  test(`audit — ${c.name}`, () => {
    const verdicts = Array.from({ length: c.failures }, () => ({ rule: 'main/deny', level: 'failure' as const, message: 'm', file: 'a', line: 1 }));
    const d = diff(snapshot({ configs: c.base, verdicts }), state({ configs: c.head, verdicts }), []);
    const a = auditOf(d, [...verdicts, { rule: 'main/warn', level: 'warning', message: 'w', file: null, line: null }], facts);
    assert.equal(a.drift.ratio, c.ratio);
    assert.equal(a.failures.length, c.failures);
    assert.equal(a.warnings.length, 1, 'warnings are counted, they do not make the audit unclean');
    assert.equal(a.clean, c.clean);
    assert.equal(a.drift.tracked, new Set([...c.base, ...c.head].map((x) => x.path)).size);
  });
}
