// Which processes setup starts, counted through the CommandRunner it is given: the check of an installed tree and the
// `go env` setup needs are one go process; a tree whose `go env` does not name the version is judged by `go version`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadConfig } from '../../src/config/load.ts';
import { spawnRunner, type CommandRunner } from '../../src/process.ts';
import { terminalHost } from '../../src/terminal-host.ts';
import { setup } from '../../src/toolchain/setup.ts';
import { ALT_VERSION, minimalGoEntries, packAltTarball, runnerEnv, startMirror, writeTarball, type Mirror } from './toolchain-kit.ts';
import { workspaceWith } from '../kit/workspace.ts';

let tmp: string;
let mirror: Mirror;
let version: string;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'go-xenv-processes-'));
  const t = writeTarball(tmp, execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim(), minimalGoEntries());
  version = t.version.replace(/^go/, '');
  mirror = await startMirror(t, packAltTarball(join(tmp, 'alt')));
});
after(async () => {
  await mirror.close();
  // go's telemetry starts a detached child that may still be writing under the runner's HOME: rm retries
  rmSync(tmp, { recursive: true, force: true, maxRetries: 10 });
});

function counted(): { run: CommandRunner; calls: string[] } {
  const calls: string[] = [];
  return { calls, run: (command, args, opts) => { calls.push(`${basename(command)} ${args.join(' ')}`); return spawnRunner(command, args, opts); } };
}

async function setupOnce(dir: string, goVersion: string, mode = 'ok', extraEnv: NodeJS.ProcessEnv = {}) {
  const ws = workspaceWith({ 'go.mod': 'module m\n\ngo 1.26\n' }, 'go-xenv-processes-ws-');
  const r = runnerEnv(dir, ws, {}, extraEnv);
  const config = loadConfig({ given: { command: 'setup', 'go-version': goVersion, 'go-download-base-url': mirror.url(mode), cache: 'false' }, workspace: ws, env: r.env });
  const { run, calls } = counted();
  const lines: string[] = [];
  const s = await setup(config, terminalHost({ env: r.env, write: (l) => lines.push(l) }), { cache: false, run });
  return { s, calls, lines };
}

const GO_ENV = 'go env -json GOVERSION GOPATH GOMODCACHE GOCACHE';

test('a download is tar and one go process; the warm tool cache is one go process', async () => {
  const dir = join(tmp, 'runner');
  const first = await setupOnce(dir, version);
  assert.match(first.calls[0], /^tar -x -f - -C \S+ --no-same-owner --no-same-permissions$/);
  assert.deepEqual(first.calls.slice(1), [GO_ENV]);
  assert.equal(first.s.data.source, 'download');
  assert.match(first.s.outputs['go-version'], /^\d+\.\d+/);
  const warm = await setupOnce(dir, version);
  assert.deepEqual(warm.calls, [GO_ENV]);
  assert.equal(warm.s.data.source, 'tool-cache');
});

test('a tree whose go env reports another version is judged by go version, and the setup finding says what go env said', async () => {
  const { s, calls, lines } = await setupOnce(join(tmp, 'alt-runner'), ALT_VERSION, 'multi');
  assert.deepEqual(calls.slice(1), [GO_ENV, 'go version']);
  assert.equal(s.data.version, ALT_VERSION);
  const mismatch = s.findings.find((f) => f.rule === 'version-mismatch');
  assert.match(mismatch?.message ?? '', new RegExp(`/bin/go reports go\\d.*, expected go${ALT_VERSION.replaceAll('.', '\\.')}$`), lines.join('\n'));
});

test("the environment's TAR_OPTIONS does not reach tar: the archive is extracted as always", async () => {
  // --to-stdout would extract nothing.
  const { s } = await setupOnce(join(tmp, 'tar-options-runner'), version, 'ok', { TAR_OPTIONS: '--to-stdout' });
  assert.equal(s.data.source, 'download');
});
