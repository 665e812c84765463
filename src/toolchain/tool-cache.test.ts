import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedVersions, commit, findCached, stagingDir, sweepStaging, toolPath } from './tool-cache.ts';

/** A staged tree whose bin/go holds `tag`; "works" means the tag is not "broken". */
function staged(root: string, tag: string): string {
  const dir = stagingDir(root);
  mkdirSync(join(dir, 'go', 'bin'), { recursive: true });
  writeFileSync(join(dir, 'go', 'bin', 'go'), tag);
  return join(dir, 'go');
}
const works = async (dir: string) => readFileSync(join(dir, 'bin', 'go'), 'utf8') !== 'broken';

test('the tool-cache layout: only trees with their .complete marker count', async () => {
  const root = mkdtempSync(join(tmpdir(), 'go-xenv-tc-'));
  assert.deepEqual(cachedVersions(root, 'x64'), []);
  const placed = await commit(staged(root, 'first'), root, '1.26.8', 'x64', works);
  assert.deepEqual(placed, { path: toolPath(root, '1.26.8', 'x64'), adopted: false });
  assert.equal(placed.path, join(root, 'go', '1.26.8', 'x64'));
  assert.ok(existsSync(`${placed.path}.complete`));
  mkdirSync(join(root, 'go', '1.25.9', 'x64'), { recursive: true });
  assert.deepEqual(cachedVersions(root, 'x64'), ['1.26.8'], 'an incomplete tree is ignored');
  assert.deepEqual(cachedVersions(root, 'arm64'), []);
  assert.equal(findCached(root, '1.26.8', 'x64'), placed.path);
  assert.equal(findCached(root, '1.25.9', 'x64'), undefined);
});

test('commit adopts a tree that runs, replaces one that does not, and never removes a working one', async () => {
  const root = mkdtempSync(join(tmpdir(), 'go-xenv-tc-'));
  const target = toolPath(root, '1.26.8', 'x64');
  await commit(staged(root, 'first'), root, '1.26.8', 'x64', works);
  const second = staged(root, 'second');
  assert.deepEqual(await commit(second, root, '1.26.8', 'x64', works), { path: target, adopted: true });
  assert.equal(readFileSync(join(target, 'bin', 'go'), 'utf8'), 'first', 'the placed tree stays');
  assert.ok(existsSync(second), 'ours is left for the caller to remove');

  writeFileSync(join(target, 'bin', 'go'), 'broken');
  assert.deepEqual(await commit(staged(root, 'third'), root, '1.26.8', 'x64', works), { path: target, adopted: false });
  assert.equal(readFileSync(join(target, 'bin', 'go'), 'utf8'), 'third', 'a tree that does not run is replaced');

  // Ten commits at once: one tree, every caller gets it, the lock file is gone afterwards.
  const racers = Array.from({ length: 10 }, (_, i) => staged(root, `racer-${i}`));
  writeFileSync(join(target, 'bin', 'go'), 'broken');
  const got = await Promise.all(racers.map((g) => commit(g, root, '1.26.8', 'x64', works)));
  assert.equal(got.filter((g) => !g.adopted).length, 1);
  assert.ok(got.every((g) => g.path === target));
  assert.match(readFileSync(join(target, 'bin', 'go'), 'utf8'), /^racer-\d$/);
  assert.ok(!existsSync(`${target}.lock`));
  assert.deepEqual(
    readdirSync(join(root, 'go')).filter((f) => f.startsWith('.trash')),
    [],
  );
});

test('stale staging dirs are swept: a dead owner on this host, or a day old from another host', () => {
  const root = mkdtempSync(join(tmpdir(), 'go-xenv-tc-'));
  const mine = stagingDir(root);
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const deadDir = mine.replace(/-(\d+)-([0-9a-f]+)$/, `-${dead}-$2`);
  mkdirSync(deadDir);
  const foreign = join(root, 'go', '.staging-00000000-1-abcd');
  mkdirSync(foreign);
  assert.deepEqual(sweepStaging(root), [deadDir]);
  assert.ok(existsSync(mine), 'the live run keeps its staging dir');
  assert.deepEqual(sweepStaging(root, Date.now() + 25 * 3600_000), [foreign]);
});
