import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { requestedVersions } from './request.ts';
import type { ToolchainConfig } from '../config/config.ts';
import { toolchainConfig, workspaceWith } from '../../test/kit/workspace.ts';

const tc = toolchainConfig;

const ws = (files: Record<string, string>) => workspaceWith(files, 'go-xenv-request-');

test('go-version wins; then go-version-file; then the working directory go.mod; else nothing', async () => {
  const dir = ws({ 'mod/go.mod': 'module m\n\ngo 1.25\n', '.go-version': '1.26.8\n' });
  const mod = join(dir, 'mod');
  const both = (await requestedVersions(tc({ goVersions: ['1.26', '1.27rc1'], goVersionFile: '.go-version' }), dir, mod))!;
  assert.deepEqual(both.specs.map((s) => s.kind), ['minor', 'exact']);
  assert.equal(both.warning, 'both go-version and go-version-file are given; using go-version (1.26, 1.27rc1)');
  const file = (await requestedVersions(tc({ goVersionFile: '.go-version' }), dir, mod))!;
  assert.deepEqual(file.specs, [{ kind: 'exact', raw: '1.26.8', semver: '1.26.8' }]);
  assert.equal(file.source, '.go-version:1');
  const inMod = (await requestedVersions(tc({ goVersionFile: 'go.mod' }), dir, mod))!;
  assert.equal(inMod.source, 'mod/go.mod:3');
  const dflt = (await requestedVersions(tc(), dir, mod))!;
  assert.deepEqual(dflt.specs, [{ kind: 'minor', raw: '1.25', line: '1.25' }]);
  assert.equal(await requestedVersions(tc(), dir, dir), undefined);
});

test('bad requests name where they came from', async () => {
  const dir = ws({ 'go.mod': 'module m\ngo 1.2x\n' });
  const fails = (c: ToolchainConfig, message: string) =>
    assert.rejects(() => requestedVersions(c, dir, dir), (e: unknown) => e instanceof UserError && e.format() === message);
  await fails(tc({ goVersionFile: 'missing/.go-version' }), 'input go-version-file: go-version-file "missing/.go-version" does not exist — give a path relative to the workspace (go.mod, go.work, .go-version or .tool-versions)');
  await fails(tc(), 'go.mod:2:4: invalid go version "1.2x" in the go directive — write it as `go 1.26` or `go 1.26.8`');
  await fails(tc({ goVersions: ['1.26', 'newest'] }), 'input go-version: "newest" is not a Go version — use an exact version (1.26.8), a minor (1.26), a range (^1.25, >=1.24 <1.26, 1.x), a prerelease (1.27rc1), stable or oldstable');
});

test('version files are read bounded and only when regular: /dev/zero, a FIFO, a huge file are one clear error', async () => {
  const dir = ws({ 'big.mod': `module m\ngo 1.26\n${'// pad\n'.repeat(700_000)}` });
  execFileSync('mkfifo', [join(dir, '.go-version')]);
  const fails = (file: string, message: RegExp) =>
    assert.rejects(() => requestedVersions(tc({ goVersionFile: file }), dir, dir), (e: unknown) => e instanceof UserError && message.test(e.format()));
  await fails('/dev/zero', /^\/dev\/zero: go-version-file "\/dev\/zero" is not a regular file — name a regular file inside the workspace$/);
  await fails('.go-version', /^\.go-version: go-version-file ".*\/\.go-version" is not a regular file/);
  await fails('big.mod', /^big\.mod: go-version-file ".*\/big\.mod" is larger than 4194304 bytes/);
});
