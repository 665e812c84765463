// The matrix on examples/ and on small modules written here, with the real go compiler, the real cross C compiler
// and real QEMU: every first-class target built and inspected, linux ones smoke-run, a cgo arm64 binary run with its
// sysroot, a mismatched binary caught, and each user error with its message. One GOCACHE (go's own) for the suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { splitArgs } from '../../src/config/load.ts';
import { hostExecPlanner } from '../../src/emulation/emulator.ts';
import { spawnRunner, type CommandRunner } from '../../src/process.ts';
import { distList } from '../../src/matrix/plan-config.ts';
import { planTargets } from '../../src/matrix/plan.ts';
import { runMatrix, type MatrixOptions } from '../../src/matrix/run-matrix.ts';
import type { Manifest } from '../../src/matrix/types.ts';
import { CHECK_STEPS } from '../../src/pipeline/steps.ts';
import { copyExamples } from '../kit/workspace.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const CLI = [process.execPath, '--import', 'tsx', join(REPO, 'src', 'cli.ts')];
const GO = { go: 'go', env: process.env };
const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));

function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}) {
  return spawnSync(CLI[0], [...CLI.slice(1), ...args], { cwd: opts.cwd ?? REPO, env: opts.env ?? process.env, encoding: 'utf8', timeout: opts.timeout ?? 300_000 });
}

function module(files: Record<string, string>): string {
  const dir = tmp('mod-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function options(o: Partial<MatrixOptions> & Pick<MatrixOptions, 'targets' | 'moduleDir'>): Promise<MatrixOptions> {
  return {
    pkg: '.', ldflagsTemplate: '-s -w', outDir: tmp('out-'), smokeArgs: ['-version'], smokeTimeoutMs: 60_000, reproducible: false, tempDir: tmp('temp-'),
    concurrency: 2, go: GO, run: spawnRunner, execPlanner: await hostExecPlanner(process.env), ...o,
  };
}

test('examples/: every first-class target builds, inspects, is checksummed; linux ones smoke-run', { timeout: 300_000 }, () => {
  const out = tmp('first-class-');
  const r = cli(['build', '--targets', 'first-class', '--out', out, '--json']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const step = JSON.parse(r.stdout).steps[0];
  assert.equal(step.status, 'ok');
  assert.equal(step.outputs.artifacts, join(out, 'manifest.json'));
  assert.equal(JSON.parse(step.outputs.matrix).include.length, 8);
  const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  assert.deepEqual(m.binaries.map((b) => b.file), [
    'hello_darwin_amd64', 'hello_darwin_arm64', 'hello_linux_386', 'hello_linux_amd64', 'hello_linux_arm', 'hello_linux_arm64',
    'hello_windows_386.exe', 'hello_windows_amd64.exe',
  ]);
  assert.deepEqual(m.failures, []);
  const commitTime = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: REPO, encoding: 'utf8' }).trim());
  const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8');
  for (const b of m.binaries) {
    assert.deepEqual(b.checks, { ok: true, problems: [] }, b.file);
    const bytes = readFileSync(join(out, b.file));
    const sha = createHash('sha256').update(bytes).digest('hex');
    assert.equal(b.sha256, sha);
    assert.ok(sums.includes(`${sha}  ${b.file}\n`), b.file);
    assert.equal(Math.round(statSync(join(out, b.file)).mtimeMs / 1000), commitTime, `${b.file} mtime is the commit time`);
    assert.equal(b.format, b.goos === 'darwin' ? 'macho' : b.goos === 'windows' ? 'pe' : 'elf');
    if (b.goos === 'linux') {
      assert.equal(b.smoke?.ok, true, JSON.stringify(b.smoke));
      assert.equal(b.smoke?.output, `hello ${m.version} linux/${b.goarch}\n`);
      assert.equal(b.smoke?.via, b.goarch === 'amd64' || b.goarch === '386' ? 'native' : b.smoke?.via === 'binfmt' ? 'binfmt' : 'qemu');
    } else {
      assert.equal(b.smoke, undefined);
    }
  }
  assert.equal(m.ldflags, `-s -w -X main.version=${m.version}`);
});

const CGO_MAIN = `package main

/*
static int answer(void) { return 6 * 7; }
*/
import "C"

import "fmt"

func main() { fmt.Println("cgo says", int(C.answer())) }
`;

test('cgo linux/arm64: built with aarch64-linux-gnu-gcc, dynamic with the glibc loader, runs under QEMU with -L sysroot', { timeout: 300_000 }, async () => {
  const dir = module({ 'go.mod': 'module example.com/cgoapp\n\ngo 1.21\n', 'main.go': CGO_MAIN });
  const targets = planTargets(await distList(GO, spawnRunner), { targets: ['linux/arm64'], exclude: [], variants: [], cgo: ['linux/arm64'] });
  const r = await runMatrix(await options({ targets, moduleDir: dir, smokeArgs: [] }));
  assert.deepEqual(r.failures, []);
  const b = r.binaries[0];
  assert.equal(b.name, 'cgoapp_linux_arm64');
  assert.deepEqual(b.problems, []);
  assert.equal(b.info.format === 'elf' && b.info.interpreter, '/lib/ld-linux-aarch64.so.1');
  assert.equal(b.info.format === 'elf' && b.info.dynamic, true);
  // smoke-args empty disables smoke runs; run it the way the smoke runner would with a sysroot.
  assert.equal(b.smoke, undefined);
  const again = await runMatrix(await options({ targets, moduleDir: dir, smokeArgs: ['ignored-arg'] }));
  const smoke = again.binaries[0].smoke!;
  assert.equal(smoke.ok, true, JSON.stringify(smoke));
  assert.equal(smoke.output, 'cgo says 42\n');
  if (smoke.via === 'qemu') assert.deepEqual(smoke.command.slice(0, 3), ['/usr/bin/qemu-aarch64-static', '-L', '/usr/aarch64-linux-gnu']);
});

test('a binary that does not match its target fails inspection and is not smoke-run', { timeout: 300_000 }, async () => {
  // A runner that builds arm64 whenever amd64 is asked for: the output is real, only the target is wrong.
  const lying: CommandRunner = (cmd, args, opts) => spawnRunner(cmd, args, args[0] === 'build' && opts?.env?.GOARCH === 'amd64' ? { ...opts, env: { ...opts.env, GOARCH: 'arm64' } } : opts);
  const targets = planTargets(await distList(GO, spawnRunner), { targets: ['linux/amd64'], exclude: [], variants: [], cgo: [] });
  const r = await runMatrix(await options({ targets, moduleDir: join(REPO, 'examples'), run: lying }));
  assert.deepEqual(r.failures.map((f) => [f.target.id, f.stage, f.message]), [['linux/amd64', 'inspect', 'hello_linux_amd64 does not match linux/amd64: machine is aarch64, linux/amd64 needs x86-64']]);
  assert.equal(r.binaries[0].smoke, undefined);
  assert.deepEqual(r.manifest.binaries[0].checks, { ok: false, problems: ['machine is aarch64, linux/amd64 needs x86-64'] });
});

test('unknown target: the error lists the valid ones', () => {
  const r = cli(['build', '--targets', 'linux/amd64,linux/vax']);
  assert.equal(r.status, 3);
  assert.match(r.stderr, /^go-xenv: input targets: unknown target "linux\/vax" — valid targets: aix\/ppc64, android\/386, .*linux\/riscv64, .*windows\/arm64\n$/);
});

test('missing cross compiler: the error names the Debian package', () => {
  const goBin = dirname(execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim() + '/bin/go');
  const r = cli(['build', '--targets', 'linux/riscv64', '--cgo', 'linux/riscv64'], { env: { ...process.env, PATH: goBin } });
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.equal(r.stderr, 'go-xenv: input cgo: cgo build of linux/riscv64 needs the C cross compiler riscv64-linux-gnu-gcc, which is not on PATH — install the Debian/Ubuntu package gcc-riscv64-linux-gnu\n');
});

test('build failure: the compiler\'s file:line:col in the message', { timeout: 120_000 }, () => {
  const dir = module({ 'go.mod': 'module example.com/broken\n\ngo 1.26\n', 'main.go': 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(nope)\n}\n' });
  const r = cli(['build', '--cwd', dir, '--targets', 'linux/amd64,linux/arm64', '--json']);
  assert.equal(r.status, 1, r.stderr);
  const step = JSON.parse(r.stdout).steps[0];
  assert.equal(step.status, 'failed');
  assert.equal(step.reason, 'linux/amd64: main.go:6:14: undefined: nope\nlinux/arm64: main.go:6:14: undefined: nope');
  assert.match(r.stderr, /^error: main\.go:6:14: linux\/amd64: undefined: nope$/m);
});

test('check runs toolchain, emulation, matrix in that order; from a terminal emulation only reports the needed platforms', { timeout: 300_000 }, () => {
  assert.deepEqual(CHECK_STEPS.map((s) => s.step).filter((s) => ['toolchain', 'emulation', 'matrix'].includes(s)), ['toolchain', 'emulation', 'matrix']);
  const r = cli(['check', '--targets', 'linux/amd64,linux/riscv64', '--out', tmp('check-'), '--json']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const steps = JSON.parse(r.stdout).steps;
  const emu = steps.find((s: { step: string }) => s.step === 'emulation');
  assert.deepEqual(emu.data.platforms.map((p: { platform: string }) => p.platform), ['riscv64']);
  const matrix = steps.find((s: { step: string }) => s.step === 'matrix');
  assert.deepEqual(matrix.data.binaries.map((b: Manifest['binaries'][number]) => [b.file, b.checks.ok, b.smoke?.ok]), [['hello_linux_amd64', true, true], ['hello_linux_riscv64', true, true]]);
});

test('reproducible: built twice (second time with a fresh GOCACHE, other directory), identical hashes', { timeout: 300_000 }, () => {
  const out = tmp('repro-');
  const r = cli(['build', '--targets', 'linux/arm64', '--reproducible', '--smoke-args', '', '--out', out, '--json']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const data = JSON.parse(r.stdout).steps[0].data;
  assert.deepEqual(data.reproducible, { checked: true, differing: [] });
  assert.ok(data.timings.reproducibleMs > 0);
});

/** Go's own default: this machine's go env file may say -buildvcs=false, which would stamp nothing to check. */
const VCS_ENV = { ...process.env, GOFLAGS: '-buildvcs=auto' };

/** examples/ alone in a fresh git repository with one commit and no .gitignore: every out dir in it is un-ignored. */
function gitModule(): string {
  const dir = tmp('git-module-');
  copyExamples(dir);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=go-xenv', '-c', 'user.email=go-xenv@example.com', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'examples');
  return dir;
}

/** What `go version -m` says each binary was built from, and whether the tree stayed clean. */
function vcsState(dir: string, outDir: string) {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir, encoding: 'utf8' });
  const bins = readdirSync(outDir).filter((f) => f.startsWith('hello_'));
  const stamps = bins.map((f) => {
    const info = execFileSync('go', ['version', '-m', join(outDir, f)], { encoding: 'utf8' });
    return [f, /\tvcs\.revision=(\w+)/.exec(info)?.[1] === head, /\tvcs\.modified=(\w+)/.exec(info)?.[1]];
  });
  return { status, stamps, bins };
}

test('reproducible inside an un-ignored git work tree: two runs pass, every binary says vcs.modified=false, the tree stays clean', { timeout: 600_000 }, () => {
  const dir = gitModule();
  const out = join(dir, '.go-xenv', 'out');
  for (const round of [1, 2]) {
    const r = cli(['build', '--cwd', dir, '--targets', 'linux/amd64,linux/arm64', '--reproducible', '--json'], { env: VCS_ENV });
    assert.equal(r.status, 0, `round ${round}: ${r.stdout}${r.stderr}`);
    assert.deepEqual(JSON.parse(r.stdout).steps[0].data.reproducible, { checked: true, differing: [] }, `round ${round}`);
    const v = vcsState(dir, out);
    assert.equal(v.status, '', `round ${round}: the outputs changed the module's git state`);
    assert.deepEqual(v.stamps, v.bins.map((f) => [f, true, 'false']), `round ${round}`);
  }
  assert.equal(readFileSync(join(out, '.gitignore'), 'utf8'), "# Written by go-xenv: build outputs never change the module's git state (vcs.modified, --reproducible).\n*\n");
});

test("README's build example: reproducible in a git work tree, vcs.modified=false, tree clean", { timeout: 900_000 }, () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const line = /`go-xenv (build --targets [^`]*--reproducible[^`]*)`/.exec(readme);
  assert.ok(line, 'the README has a reproducible build example');
  const dir = gitModule();
  const r = cli([...splitArgs(line[1]), '--cwd', dir, '--json'], { env: VCS_ENV, timeout: 840_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const data = JSON.parse(r.stdout).steps[0].data;
  assert.deepEqual(data.reproducible, { checked: true, differing: [] });
  const v = vcsState(dir, data.outDir);
  assert.equal(v.status, '');
  assert.ok(v.bins.length >= 2, v.bins.join(', '));
  assert.deepEqual(v.stamps, v.bins.map((f) => [f, true, 'false']));
});
