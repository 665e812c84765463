// The go command's own go.mod/go.work messages, through the real go on this machine's PATH (an integration test:
// the unit suite runs without go).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { UserError } from '../../src/errors.ts';
import { requestedVersions } from '../../src/toolchain/request.ts';
import { toolchainConfig, workspaceWith } from '../kit/workspace.ts';

const tc = toolchainConfig;

const ws = (files: Record<string, string>) => workspaceWith(files, 'go-xenv-request-');

// The real go: the one on this machine's PATH (CI installs it), found through its GOROOT.
const goOnPath = { PATH: join(execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim(), 'bin') };

test('with a go on PATH, a go.mod our parser refuses is reported with the go command\'s own message at its line', async () => {
  const table: [text: string, own: string, go: string][] = [
    ['module m\n\ngo 1.26 extra\n', 'go.mod:3:9: the go directive takes one argument', 'go.mod:3: go directive expects exactly one argument — as `go mod edit -json` reads it; fix that line'],
    ['module m\n\ngo 1.26\nrequire (\n\tfoo v1.0.0\n', 'go.mod:4:1: the require block opened here is never closed', 'go.mod:6: syntax error (unterminated block started at go.mod:4:1) — as `go mod edit -json` reads it; fix that line'],
    ['module m\ngo 1.26\nrequire "foo v1\n', 'go.mod:3:9: unexpected newline in string', 'go.mod:3:16: unexpected newline in string — as `go mod edit -json` reads it; fix that line'],
  ];
  for (const [text, own, go] of table) {
    const dir = ws({ 'go.mod': text });
    const message = async (env?: NodeJS.ProcessEnv) => {
      try {
        await requestedVersions(tc(), dir, dir, env);
      } catch (e) {
        if (e instanceof UserError) return e.format();
      }
      return assert.fail('no UserError');
    };
    const ours = await message();
    assert.ok(ours.startsWith(own), ours);
    assert.equal(await message({ ...goOnPath, GOFLAGS: '-mdo=mod' }), go);
  }
  const work = ws({ 'go.work': 'go 1.26 x\n' });
  await assert.rejects(() => requestedVersions(tc({ goVersionFile: 'go.work' }), work, work, goOnPath), (e: unknown) => e instanceof UserError && e.format() === 'go.work:1: go directive expects exactly one argument — as `go work edit -json` reads it; fix that line');
});
