import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DependencySet } from '../baseline/index.ts';
import { dependencyChanges } from './baseline.ts';

const set = (file: string, ecosystem: string, ...pkgs: [string, string][]): DependencySet => ({
  file,
  format: file,
  ecosystem,
  packages: pkgs.map(([name, version]) => ({ name, version, direct: true, hashes: [], source: null, markers: null })),
});
const names = (changes: ReturnType<typeof dependencyChanges>) =>
  changes.map((c) => [c.file, c.status, c.diff.added.map((x) => x.name), c.diff.removed.map((x) => x.name), c.diff.upgraded.map((x) => `${x.name} ${x.from}->${x.to}`)]);

test('the lock diff of each lock file whose set differs: changed, added, removed; an equal set is left out', () => {
  const base = [set('go.mod', 'go', ['a', 'v1.0.0'], ['b', 'v1.0.0']), set('requirements.txt', 'pip', ['requests', '2.31.0']), set('go.sum', 'go', ['a', 'v1.0.0'])];
  const head = [set('go.mod', 'go', ['a', 'v1.2.0'], ['c', 'v0.1.0']), set('go.sum', 'go', ['a', 'v1.0.0']), set('uv.lock', 'pip', ['idna', '3.6'])];
  assert.deepEqual(names(dependencyChanges(base, head)), [
    ['go.mod', 'changed', ['c'], ['b'], ['a v1.0.0->v1.2.0']],
    ['requirements.txt', 'removed', [], ['requests'], []],
    ['uv.lock', 'added', ['idna'], [], []],
  ]);
});

test('a file whose ecosystem differs (a hand-edited baseline) is every package removed and every package added, not a crash', () => {
  assert.deepEqual(names(dependencyChanges([set('x.lock', 'pip', ['a', '1.0'])], [set('x.lock', 'go', ['b', 'v1.0.0'])])), [['x.lock', 'changed', ['b'], ['a'], []]]);
});
