// The matrix and emulation as the runner runs them, attacked: the bundled action (a fresh build of the sources) installs
// Go from a mirror on 127.0.0.1 and builds test data (testdata/envdump) that dumps its environment and can print text
// meant to break the job summary. Credentials set the way a runner sets them reach no child process (go build seen
// through a -toolexec logger, smoke runs natively and under QEMU, docker, the emulation probes) and no output; a
// pull request's config file cannot smuggle go flags, paths or a privileged image; every command that runs Go
// installs the requested Go first; the emulation and matrix groups of the log say what was done.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBinfmt } from '../../src/emulation/binfmt-fs.ts';
import { entryFor } from '../../src/emulation/binfmt-parse.ts';
import { DEFAULT_BINFMT_IMAGE } from '../../src/emulation/docker.ts';
import { nativePlatforms, QEMU_PLATFORMS } from '../../src/emulation/platforms.ts';
import type { Manifest } from '../../src/matrix/types.ts';
import { spawnRunner } from '../../src/process.ts';
import { runGo } from '../../src/toolchain/go-env.ts';
import { buildBundle, type Mirror, packGoTarball, readFileCommands, ROOT, runNode, runnerEnv, startMirror, type Tarball } from './toolchain-kit.ts';

const TESTDATA = join(ROOT, 'test/integration/testdata/envdump');
const SNAPSHOT = join(ROOT, 'test/integration/fixtures/hostile-summary.md');
const MARKER = 'ghs_xenvMarker0Secret0Token';
/** What a runner puts in every step's environment, each set to the marker. */
const CREDENTIALS = {
  GITHUB_TOKEN: MARKER, ACTIONS_RUNTIME_TOKEN: MARKER, ACTIONS_ID_TOKEN_REQUEST_TOKEN: MARKER, ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:9/${MARKER}`,
};

let tmp = '';
let dist = '';
let tarball: Tarball;
let mirror: Mirror;
let goVersion = '';
let toolCache = '';
let gocache = '';
let n = 0;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'untrusted-build-'));
  dist = buildBundle(join(tmp, 'dist'));
  tarball = packGoTarball(tmp);
  goVersion = tarball.version.replace(/^go/, '');
  mirror = await startMirror(tarball);
  // One tool cache for the suite: the first run downloads, the others find it (both are the toolchain's routes).
  toolCache = join(tmp, 'tool-cache');
  mkdirSync(toolCache);
  gocache = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();
}, { timeout: 300_000 });

after(async () => {
  await mirror?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
});

interface Run { code: number | null; stdout: string; stderr: string; ws: string; dir: string; env: NodeJS.ProcessEnv }

/** The bundled action on a fresh copy of the test data, with the runner's environment (PATH holds no go). */
async function action(inputs: Record<string, string>, opts: { extra?: NodeJS.ProcessEnv; files?: Record<string, string>; drop?: string[] } = {}): Promise<Run> {
  const ws = join(tmp, `ws-${++n}`);
  cpSync(TESTDATA, ws, { recursive: true });
  for (const name of opts.drop ?? []) rmSync(join(ws, name));
  for (const [name, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(join(ws, name, '..'), { recursive: true });
    writeFileSync(join(ws, name), text);
  }
  const r = runnerEnv(join(tmp, `runner-${n}`), ws, { 'go-download-base-url': mirror.url('ok'), cache: 'false', ...inputs }, {
    RUNNER_TOOL_CACHE: toolCache, GOCACHE: gocache, GITHUB_EVENT_NAME: 'pull_request', ...opts.extra,
  });
  const ran = await runNode(process.execPath, join(dist, 'index.js'), r.env, ws, 600_000);
  return { ...ran, ws, dir: r.dir, env: r.env };
}

/** Every file under `dir` (recursively), but not under `skip`. */
function filesUnder(dir: string, skip: string[] = []): string[] {
  if (!existsSync(dir) || skip.includes(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (skip.includes(p)) return [];
    return statSync(p).isDirectory() ? filesUnder(p, skip) : [p];
  });
}

/** The files (and streams) that contain the marker: the test's verdict, named so a failure says where it leaked. */
function leaks(run: Run, extraFiles: string[] = []): string[] {
  const files = [...filesUnder(run.dir, [join(run.dir, 'tool-cache')]), ...filesUnder(run.ws), ...extraFiles];
  const found = files.filter((f) => readFileSync(f, 'latin1').includes(MARKER));
  // `::add-mask::<token>` is how the runner learns to hide the token: the one line allowed to carry it.
  const logged = run.stdout.split('\n').filter((l) => !l.startsWith(`::add-mask::${MARKER}`));
  if (run.stdout.includes(`::add-mask::${MARKER}`) === false) found.push('stdout: the token was not masked');
  if (logged.some((l) => l.includes(MARKER))) found.push('stdout');
  if (run.stderr.includes(MARKER)) found.push('stderr');
  return found;
}

/** The lines of one `::group::<name>` block of the action log. */
function group(stdout: string, name: string): string {
  const start = stdout.indexOf(`::group::${name}\n`);
  assert.ok(start >= 0, `no ::group::${name} in\n${stdout}`);
  return stdout.slice(start, stdout.indexOf('::endgroup::', start));
}

/** A shell script that appends `== <argv>` and its whole environment to `log`, then runs `then`. */
function envLogger(path: string, log: string, then: string): string {
  writeFileSync(path, `#!/bin/sh\n{ echo "== $*"; env; } >> '${log}'\n${then}\n`);
  chmodSync(path, 0o755);
  return path;
}

test('the token reaches no child: go build (through -toolexec), smoke runs native and under QEMU; nor any output, file or summary', { timeout: 600_000 }, async () => {
  const envDir = mkdtempSync(join(tmp, 'envdump-'));
  const toolLog = join(tmp, 'toolexec.log');
  const toolexec = envLogger(join(tmp, 'toolexec.sh'), toolLog, 'exec "$@"');
  const run = await action(
    { command: 'check', 'go-version': goVersion, targets: 'linux/amd64,linux/arm64', 'qemu-method': 'none', 'smoke-args': `-env-dir ${envDir}`, 'out-dir': 'out', token: MARKER },
    { extra: { ...CREDENTIALS, GOXENV_VISIBLE: 'yes', GOFLAGS: `-toolexec=${toolexec}` } },
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);

  // The children ran and saw the environment, minus every credential and action input.
  for (const arch of ['amd64', 'arm64']) {
    const env = readFileSync(join(envDir, `env-${arch}.txt`), 'utf8');
    assert.match(env, /^GOXENV_VISIBLE=yes$/m, arch);
    assert.doesNotMatch(env, /^INPUT_/m, arch);
    assert.ok(!env.includes(MARKER), `${arch} smoke run saw the marker`);
  }
  const tools = readFileSync(toolLog, 'utf8');
  assert.match(tools, /^== \S+\/compile /m);
  assert.match(tools, /^== \S+\/link /m);
  assert.match(tools, /^GOXENV_VISIBLE=yes$/m);
  assert.doesNotMatch(tools, /^INPUT_/m);
  const m = JSON.parse(readFileSync(join(run.ws, 'out', 'manifest.json'), 'utf8')) as Manifest;
  assert.deepEqual(m.binaries.map((b) => [b.file, b.smoke?.via === 'native' || b.smoke?.via === 'qemu' || b.smoke?.via === 'binfmt', b.smoke?.ok]), [
    ['envdump_linux_amd64', true, true], ['envdump_linux_arm64', true, true],
  ]);
  for (const b of m.binaries) assert.match(b.smoke!.output, /^INPUT_TOKEN=\nGITHUB_TOKEN=\nACTIONS_RUNTIME_TOKEN=\nACTIONS_ID_TOKEN_REQUEST_TOKEN=\nACTIONS_ID_TOKEN_REQUEST_URL=\nGOXENV_VISIBLE=yes$/m);
  assert.deepEqual(leaks(run, [toolLog, ...filesUnder(envDir)]), []);

  // Go was installed from the mirror for this run (nothing on PATH), and the groups say what the steps did.
  assert.match(group(run.stdout, 'toolchain'), new RegExp(`go${goVersion.replace(/\./g, '\\.')} (downloaded, SHA-256 verified,|found in the tool cache,)`));
  const matrix = group(run.stdout, 'matrix');
  assert.match(matrix, /^built linux\/amd64: envdump_linux_amd64 in \d+ ms$/m);
  assert.match(matrix, /^built linux\/arm64: envdump_linux_arm64 in \d+ ms$/m);
  assert.match(matrix, /^inspected envdump_linux_arm64: ELF64 aarch64 static, matches linux\/arm64, sha256 [0-9a-f]{64}$/m);
  assert.match(matrix, /^smoke run envdump_linux_amd64 -env-dir \S+: ok \(native, \d+ ms\): envdump dev linux\/amd64$/m);
  assert.match(matrix, /^smoke run envdump_linux_arm64 -env-dir \S+: ok \((qemu|binfmt), \d+ ms\): envdump dev linux\/arm64$/m);
});

test('go env (the toolchain\'s own runner) and the command runner start children without credentials', async () => {
  const log = join(tmp, 'fake-go.log');
  const fakeGo = envLogger(join(tmp, 'fake-go'), log, 'echo "{}"');
  const env = { ...process.env, ...CREDENTIALS, INPUT_TOKEN: MARKER, GOXENV_VISIBLE: 'yes' };
  await runGo(fakeGo, ['env', '-json'], env);
  await spawnRunner(fakeGo, ['build'], { env });
  const seen = readFileSync(log, 'utf8');
  assert.equal(seen.match(/^== /gm)?.length, 2);
  assert.equal(seen.match(/^GOXENV_VISIBLE=yes$/gm)?.length, 2);
  assert.ok(!seen.includes(MARKER), seen);
  assert.doesNotMatch(seen, /^INPUT_/m);
});

/** A foreign platform this host's binfmt_misc does not serve, so registering it has to call docker. */
async function unservedPlatform(): Promise<string | undefined> {
  const state = await readBinfmt();
  return QEMU_PLATFORMS.find((p) => !nativePlatforms().includes(p.name) && p.name !== 'arm64' && !entryFor(state.entries, p))?.name;
}

test('docker (the emulation route) and the probes it verifies with get no credentials either', { timeout: 600_000 }, async (t) => {
  const platform = await unservedPlatform();
  if (!platform) return t.skip('every foreign platform is already served by this host\'s binfmt_misc: registering would not call docker');
  const bin = mkdtempSync(join(tmp, 'fake-docker-'));
  const log = join(bin, 'docker.log');
  envLogger(join(bin, 'docker'), log, 'case "$1" in version) echo 27.3.1 ;; esac\nexit 0');
  const run = await action(
    { command: 'check', 'go-version': goVersion, 'qemu-method': 'docker', 'qemu-platforms': platform, token: MARKER },
    { extra: { ...CREDENTIALS, GOXENV_VISIBLE: 'yes', PATH: `${bin}:/usr/bin:/bin` } },
  );
  // The fake registers nothing: the probe cannot run, and verification (not docker's exit 0) decides.
  assert.equal(run.code, 1, run.stdout);
  const seen = readFileSync(log, 'utf8');
  // qemu-method docker: no `docker version` probe, one installer run.
  assert.deepEqual(seen.match(/^== .*$/gm), [`== run --rm --privileged ${DEFAULT_BINFMT_IMAGE} --install ${platform}`]);
  assert.match(seen, /^GOXENV_VISIBLE=yes$/m);
  assert.doesNotMatch(seen, /^INPUT_/m);
  assert.deepEqual(leaks(run, [log]), []);
  assert.match(group(run.stdout, 'emulation'), new RegExp(`^${platform}: not registered[^\\n]*; NOT verified: the ${platform} probe did not run: exec format error \\(no binfmt_misc handler took it\\)$`, 'm'));
});

test('hostile smoke output and binary name render inert in the job summary (snapshot) and issue no workflow command', { timeout: 600_000 }, async () => {
  // The fan-out's build job: go-version-file names the go.mod, whose go line picks the Go to install.
  const run = await action({ command: 'build', 'go-version-file': 'go.mod', targets: 'linux/amd64', 'smoke-args': '-hostile', 'binary-name': '<img src=x onerror=alert(1)>' });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const summary = readFileSync(run.env.GITHUB_STEP_SUMMARY!, 'utf8');
  // The report's own folds taken out, no <details> is left: the content opened none.
  const content = summary.replaceAll('<details><summary>Details</summary>', '');
  for (const raw of ['<img', '<details', '](https', '![', '@octocat', '| ```']) assert.ok(!content.includes(raw), `raw ${raw} in the summary:\n${summary}`);
  const normalized = summary.replace(/`[0-9a-f]{12}`/g, '`<sha256>`');
  if (process.env.UPDATE_SNAPSHOTS) writeFileSync(SNAPSHOT, normalized);
  assert.equal(normalized, readFileSync(SNAPSHOT, 'utf8'));
  // The smoke output reaches the log only through logSafe: no line of it becomes a command.
  assert.doesNotMatch(run.stdout, /^::(warning|error)::(also )?injected/m);
  assert.match(run.stdout, /^::error::linux\/amd64: <img src=x onerror=alert\(1\)>_linux_amd64 -hostile: exit code 1: <img src=x onerror=alert\(1\)> <details open> @octocat/m);
});

test('a pull request\'s config file: build-package cannot smuggle a go flag, binary-name cannot leave out-dir, qemu-image cannot pick a privileged container', { timeout: 600_000 }, async () => {
  const ran = join(tmp, 'toolexec-ran');
  const evil = join(tmp, 'evil.sh');
  writeFileSync(evil, `#!/bin/sh\ntouch '${ran}'\nexec "$@"\n`);
  chmodSync(evil, 0o755);
  const config = (body: string) => ({ files: { '.github/go-xenv.yml': `targets: [linux/amd64]\n${body}` } });

  const flag = await action({ command: 'build', 'go-version': goVersion }, config(`build-package: -toolexec=${evil}\n`));
  assert.equal(flag.code, 1, flag.stdout);
  assert.match(flag.stdout, /^::error[^:]*::.*build-package.*-toolexec=/m);
  assert.equal(existsSync(ran), false, 'the -toolexec script ran');
  assert.equal(existsSync(join(flag.ws, '.go-xenv')), false);

  const name = await action({ command: 'build', 'go-version': goVersion }, config('binary-name: ../x\n'));
  assert.equal(name.code, 1, name.stdout);
  assert.match(name.stdout, /^::error[^:]*::.*binary-name.*\.\.\/x/m);
  assert.deepEqual(filesUnder(name.ws).filter((f) => f.includes('x_linux')), []);

  const bin = mkdtempSync(join(tmp, 'fake-docker-'));
  const log = join(bin, 'docker.log');
  envLogger(join(bin, 'docker'), log, 'case "$1" in version) echo 27.3.1 ;; esac\nexit 0');
  const image = await action({ command: 'check', 'go-version': goVersion }, {
    ...config('qemu-image: attacker/evil:latest\nqemu-method: docker\nqemu-platforms: [riscv64]\n'), extra: { PATH: `${bin}:/usr/bin:/bin` },
  });
  assert.equal(image.code, 1, image.stdout);
  assert.match(image.stdout, /^::error[^:]*::.*qemu-image/m);
  assert.doesNotMatch(existsSync(log) ? readFileSync(log, 'utf8') : '', /^== run /m);
});

test('plan and build install the requested Go first; with nothing requested they say so, never "spawn go ENOENT"', { timeout: 600_000 }, async () => {
  const plan = await action({ command: 'plan', 'go-version-file': '.go-version', targets: 'linux/riscv64' }, { files: { '.go-version': `${goVersion}\n` } });
  assert.equal(plan.code, 0, plan.stdout);
  assert.match(plan.stdout, new RegExp(`^${goVersion.replace(/\./g, '\\.')}: go${goVersion.replace(/\./g, '\\.')} (downloaded, SHA-256 verified,|found in the tool cache,) in ${toolCache}`, 'm'));
  assert.equal(JSON.parse(readFileCommands(plan.env.GITHUB_OUTPUT!).matrix).include[0].target, 'linux/riscv64');

  for (const command of ['plan', 'build']) {
    const none = await action({ command, targets: 'linux/amd64' }, { drop: ['go.mod'] });
    assert.equal(none.code, 1, none.stdout);
    assert.match(none.stdout, /^::error::no Go version requested — set go-version or go-version-file/m);
    assert.doesNotMatch(none.stdout + none.stderr, /ENOENT|\n\s+at /);
  }
  // The CLI with no go on PATH and no go.mod: one message, exit 3.
  const cwd = mkdtempSync(join(tmp, 'nogo-'));
  const cli = spawnSync(process.execPath, [join(dist, 'cli.js'), 'build', '--targets', 'linux/amd64'], { cwd, env: { PATH: '/usr/bin:/bin', HOME: cwd }, encoding: 'utf8', timeout: 60_000 });
  assert.equal(cli.status, 3, cli.stderr);
  assert.match(cli.stderr, /^go-xenv: no Go version requested — /);
  assert.doesNotMatch(cli.stderr, /ENOENT|\n\s+at /);
});

test('command: emulation with no arguments reports the table (status) and logs one line per platform', { timeout: 120_000 }, async () => {
  const run = await action({ command: 'emulation', 'qemu-platforms': 'arm64,riscv64' });
  assert.equal(run.code, 0, run.stdout);
  assert.match(run.stdout, /^arm64: (not registered|registered \(already\) with \S+)[^\n]*; not verified \(status without --verify\)$/m);
  assert.match(run.stdout, /^riscv64: (not registered|registered \(already\) with \S+)[^\n]*; not verified \(status without --verify\)$/m);
  assert.match(readFileSync(run.env.GITHUB_STEP_SUMMARY!, 'utf8'), /\| arm64 \| /);
});
