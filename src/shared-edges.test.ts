import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBoundedText, hashRegularFile } from './bounded-read.ts';
import { isUserError } from './errors.ts';
import { logSafe } from './log-text.ts';
import { scrubEnv, addSecretEnvName } from './process.ts';
import { codeBlock, escapeMarkdown } from './report/escape.ts';
import { resolveInside } from './workspace-path.ts';

const userError = (fn: () => unknown, re: RegExp) => assert.throws(fn, (e: unknown) => isUserError(e) && re.test(e.format()));

test('resolveInside: inside is the real path; ../, absolute and symlinked escapes are refused naming the input', () => {
  const ws = mkdtempSync(join(tmpdir(), 'go-xenv-ws-'));
  mkdirSync(join(ws, 'sub'));
  symlinkSync('/etc', join(ws, 'etc-link'));
  assert.ok(resolveInside(ws, 'sub/new/file', { label: 'input "out-dir"' }).endsWith('/sub/new/file'));
  assert.ok(resolveInside(ws, '.', { label: 'input "working-directory"' }).length > 0);
  userError(() => resolveInside(ws, '../x', { label: 'input "out-dir"' }), /input "out-dir" "\.\.\/x" resolves to .* outside the workspace/);
  userError(() => resolveInside(ws, '/tmp/x', { label: 'input "out-dir"' }), /outside the workspace/);
  userError(() => resolveInside(ws, 'etc-link/passwd', { label: 'canary provider path' }), /canary provider path .*\/etc\/passwd/);
  const other = mkdtempSync(join(tmpdir(), 'go-xenv-own-'));
  assert.ok(resolveInside(ws, join(other, 'a'), { label: 'x', alsoAllowed: [other] }).endsWith('/a'));
});

test('readBounded: regular files only, capped; devices and FIFOs are one clear error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-read-'));
  writeFileSync(join(dir, 'ok'), 'go 1.26\n');
  assert.equal(readBoundedText(join(dir, 'ok'), { label: 'go-version-file' }), 'go 1.26\n');
  writeFileSync(join(dir, 'big'), Buffer.alloc(2048));
  userError(() => readBoundedText(join(dir, 'big'), { label: 'go-version-file', maxBytes: 1024 }), /larger than 1024 bytes/);
  userError(() => readBoundedText('/dev/zero', { label: 'canary config' }), /canary config "\/dev\/zero" is not a regular file/);
  userError(() => readBoundedText(join(dir, 'missing'), { label: 'go-version-file' }), /cannot be read \(ENOENT\)/);
  userError(() => readBoundedText(dir, { label: 'go-version-file' }), /not a regular file/);
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  userError(() => readBoundedText(join(dir, 'fifo'), { label: 'go-version-file' }), /not a regular file/);
  assert.equal(await hashRegularFile(join(dir, 'ok'), { label: 'x' }), createHash('sha256').update('go 1.26\n').digest('hex'));
  await assert.rejects(hashRegularFile('/dev/zero', { label: 'cache-dependency-path' }), /not a regular file/);
});

test('logSafe: newlines, command markers and control characters cannot start a workflow command', () => {
  const hostile = 'go1.26.linux-amd64.tar.gz\n::warning::pwned\r\n::add-mask::x\u0000##[set-env name=A]';
  const out = logSafe(hostile);
  assert.equal(out.split('\n').length, 1);
  assert.doesNotMatch(out, /##\[/);
  assert.match(logSafe('::error::x'), /^\u200b:/);
  assert.match(logSafe('  ::error::x'), /^ {2}\u200b:/);
  assert.equal(logSafe('plain text: fine'), 'plain text: fine');
});

test('escapeMarkdown: no HTML, links, images, table breaks or mentions survive; codeBlock cannot be closed early', () => {
  const md = escapeMarkdown('<img src=x onerror=alert(1)> | ![i](http://e/x.png) [l](javascript:alert(1)) @octocat @org/team `x');
  assert.doesNotMatch(md, /<img/);
  assert.doesNotMatch(md, /(^|[^\\])\|/);
  assert.doesNotMatch(md, /(^|[^\\])!\[/);
  assert.doesNotMatch(md, /(^|[^\\])\]\(/);
  assert.doesNotMatch(md, /@octocat/);
  assert.doesNotMatch(md, /(^|[^\\])`/);
  assert.doesNotMatch(md, /https?:\/\//);
  assert.doesNotMatch(escapeMarkdown('a\nb\r\nc'), /\n/);
  const block = codeBlock('line ``` inside\n````\n<details>');
  const fence = block.split('\n')[0];
  assert.ok(fence.length >= 5 && /^`+$/.test(fence));
  assert.equal(block.split('\n').filter((l) => l === fence).length, 2);
  assert.equal(codeBlock('`'.repeat(200_000)).split('\n')[0].length, 200_001);
});

test('scrubEnv: no action input, token or registered credential reaches a child', () => {
  addSecretEnvName('PROM_BEARER');
  const env = scrubEnv({
    PATH: '/usr/bin', HOME: '/root', INPUT_TOKEN: 't', input_token: 't', GITHUB_TOKEN: 't', GH_TOKEN: 't',
    ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't', ACTIONS_ID_TOKEN_REQUEST_URL: 'u', PROM_BEARER: 's',
    GITHUB_WORKSPACE: '/w',
  });
  assert.deepEqual(Object.keys(env).sort(), ['GITHUB_WORKSPACE', 'HOME', 'PATH']);
});
