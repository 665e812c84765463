// cache-dependency-path on the real file system: a 3 GB dependency file hashes (streamed) without crashing, and
// patterns, symlinks and special files that lead out of the workspace or are not regular files are refused clearly.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config/config.ts';
import { UserError } from '../../src/errors.ts';
import type { Host } from '../../src/host.ts';
import { dependencyFiles } from '../../src/toolchain/go-cache.ts';

let tmp: string;
let ws: string;
const warnings: string[] = [];
const host = { warning: (m: string) => warnings.push(m) } as unknown as Host;
const config = (patterns: string[]) =>
  ({ workspace: ws, workingDirectory: ws, toolchain: { cacheDependencyPath: patterns } }) as unknown as Config;

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'go-xenv-depfiles-'));
  ws = join(tmp, 'ws');
  mkdirSync(join(ws, 'mod'), { recursive: true });
  writeFileSync(join(ws, 'go.sum'), 'example.com/x v1.0.0 h1:abc=\n');
  writeFileSync(join(tmp, 'outside.sum'), 'secret\n');
});
after(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 10 }));

test('a 3 GB dependency file is hashed streaming, and the digest is the file\'s', { timeout: 300_000 }, async () => {
  const big = join(ws, 'mod', 'go.sum');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 3 * 1024 ** 3);
  closeSync(fd);
  try {
    const files = await dependencyFiles(config(['**/go.sum']), host);
    assert.deepEqual(files.map((f) => f.path), ['go.sum', 'mod/go.sum']);
    assert.equal(files[0].sha256, createHash('sha256').update('example.com/x v1.0.0 h1:abc=\n').digest('hex'));
    assert.equal(files[1].sha256, execFileSync('sha256sum', [big], { encoding: 'utf8' }).split(' ')[0]);
  } finally {
    rmSync(big);
  }
});

test('patterns and matches outside the workspace, and files that are not regular, are refused with the input named', async () => {
  const refused = async (patterns: string[], message: RegExp) => {
    await assert.rejects(dependencyFiles(config(patterns), host), (e: unknown) => e instanceof UserError && message.test(e.message), patterns.join());
  };
  await refused(['../outside.sum'], /^input "cache-dependency-path" "\.\.\/outside\.sum" resolves to .*outside\.sum, outside the workspace /);
  await refused([join(tmp, '*.sum')], /^input "cache-dependency-path" ".*" resolves to .*, outside the workspace /);
  symlinkSync(join(tmp, 'outside.sum'), join(ws, 'mod', 'link.sum'));
  try {
    await refused(['mod/link.sum'], /^input "cache-dependency-path" "mod\/link\.sum" resolves to .*outside\.sum, outside the workspace/);
    assert.deepEqual(await dependencyFiles(config(['mod/*.sum']), host), [], 'a glob does not follow the symlink out');
  } finally {
    rmSync(join(ws, 'mod', 'link.sum'));
  }
  execFileSync('mkfifo', [join(ws, 'mod', 'pipe.sum')]);
  try {
    await refused(['mod/pipe.sum'], /^input "cache-dependency-path" file ".*pipe\.sum" is not a regular file$/);
  } finally {
    rmSync(join(ws, 'mod', 'pipe.sum'));
  }
});
