import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedVersions, commit, findCached, stagingDir, toolPath } from './tool-cache.ts';

test('the tool-cache layout: only trees with their .complete marker count', () => {
  const root = mkdtempSync(join(tmpdir(), 'go-xenv-tc-'));
  assert.deepEqual(cachedVersions(root, 'x64'), []);
  const staging = stagingDir(root);
  mkdirSync(join(staging, 'go', 'bin'), { recursive: true });
  writeFileSync(join(staging, 'go', 'bin', 'go'), '');
  const goroot = commit(join(staging, 'go'), root, '1.26.8', 'x64');
  assert.equal(goroot, toolPath(root, '1.26.8', 'x64'));
  assert.equal(goroot, join(root, 'go', '1.26.8', 'x64'));
  assert.ok(existsSync(`${goroot}.complete`));
  mkdirSync(join(root, 'go', '1.25.9', 'x64'), { recursive: true });
  assert.deepEqual(cachedVersions(root, 'x64'), ['1.26.8'], 'an incomplete tree is ignored');
  assert.deepEqual(cachedVersions(root, 'arm64'), []);
  assert.equal(findCached(root, '1.26.8', 'x64'), goroot);
  assert.equal(findCached(root, '1.25.9', 'x64'), undefined);
  // A second commit of the same version replaces the tree.
  const again = stagingDir(root);
  mkdirSync(join(again, 'go'));
  commit(join(again, 'go'), root, '1.26.8', 'x64');
  assert.deepEqual(readdirSync(goroot), []);
});
