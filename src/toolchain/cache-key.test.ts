import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheKey, hashDependencyFiles, normalizeTargets, shouldSave, type SaveInput } from './cache-key.ts';

const base = { os: 'Linux', arch: 'X64', goVersion: '1.26.8', targets: [] as string[], depHash: 'abc' };

test('the key holds OS, arch, Go version, the target set and the dependency hash; restore keys drop the hash', () => {
  assert.deepEqual(cacheKey(base), { key: 'go-xenv-linux-x64-go1.26.8-targets-host-abc', restoreKeys: ['go-xenv-linux-x64-go1.26.8-targets-host-'] });
  const table: [changed: Partial<typeof base>, sameKey: boolean, samePrefix: boolean][] = [
    [{ os: 'macOS' }, false, false],
    [{ arch: 'ARM64' }, false, false],
    [{ goVersion: '1.26.7' }, false, false],
    [{ targets: ['linux/arm64'] }, false, false],
    [{ depHash: 'def' }, false, true],
    [{ depHash: undefined }, false, true],
  ];
  const k0 = cacheKey(base);
  for (const [changed, sameKey, samePrefix] of table) {
    const k = cacheKey({ ...base, ...changed });
    assert.equal(k.key === k0.key, sameKey, JSON.stringify(changed));
    assert.equal(k.restoreKeys[0] === k0.restoreKeys[0], samePrefix, JSON.stringify(changed));
    assert.ok(k.key.startsWith(k.restoreKeys[0]));
  }
});

test('the target set is a set: order, case and duplicates do not change the key', () => {
  const a = cacheKey({ ...base, targets: ['linux/amd64', 'linux/arm64'] });
  const b = cacheKey({ ...base, targets: [' Linux/ARM64', 'linux/amd64', 'linux/amd64'] });
  assert.equal(a.key, b.key);
  assert.notEqual(a.key, cacheKey({ ...base, targets: ['linux/amd64'] }).key);
  assert.deepEqual(normalizeTargets(['b', 'A', 'a', '']), ['a', 'b']);
  assert.match(a.key, /^go-xenv-linux-x64-go1\.26\.8-targets-[0-9a-f]{12}-abc$/);
});

test('the dependency hash covers paths and content hashes, not their order', () => {
  const h = hashDependencyFiles([{ path: 'go.sum', sha256: 'x' }, { path: 'a/go.sum', sha256: 'y' }]);
  assert.equal(h, hashDependencyFiles([{ path: 'a/go.sum', sha256: 'y' }, { path: 'go.sum', sha256: 'x' }]));
  assert.notEqual(h, hashDependencyFiles([{ path: 'go.sum', sha256: 'x' }, { path: 'a/go.sum', sha256: 'z' }]));
  assert.notEqual(h, hashDependencyFiles([{ path: 'go.sum', sha256: 'x' }, { path: 'b/go.sum', sha256: 'y' }]));
  assert.equal(hashDependencyFiles([]), undefined);
  assert.match(h!, /^[0-9a-f]{32}$/);
});

test('save only on a key miss, by default only on the default branch', () => {
  const s: SaveInput = { mode: 'true', key: 'k', matchedKey: '', branch: 'main', defaultBranch: 'main', saveBranches: [] };
  const table: [Partial<SaveInput>, boolean, string][] = [
    [{}, true, 'saving k'],
    [{ matchedKey: 'k-prefix' }, true, 'saving k'],
    [{ matchedKey: 'k' }, false, 'the cache was restored from the exact key k'],
    [{ mode: 'false' }, false, 'cache is off'],
    [{ mode: 'restore-only' }, false, 'cache is restore-only'],
    [{ branch: 'feature' }, false, 'branch feature does not save caches (cache-save-branches: main)'],
    [{ branch: undefined }, false, 'this run is not on a branch (pull request or tag): caches are saved only by branch runs'],
    [{ branch: 'feature', saveBranches: ['feature', 'main'] }, true, 'saving k'],
    [{ branch: 'feature', saveBranches: ['*'] }, true, 'saving k'],
    [{ branch: undefined, saveBranches: ['*'] }, true, 'saving k'],
    [{ defaultBranch: undefined }, false, 'the default branch is unknown: set cache-save-branches'],
    [{ defaultBranch: 'trunk', branch: 'trunk' }, true, 'saving k'],
  ];
  for (const [changed, save, reason] of table) assert.deepEqual(shouldSave({ ...s, ...changed }), { save, reason }, JSON.stringify(changed));
});
