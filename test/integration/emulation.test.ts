// Emulation for real, without touching the host's binfmt_misc table: every registration happens inside
// `unshare --user --map-root-user --mount`, on a binfmt_misc instance mounted there (Linux >= 6.7 gives each user
// namespace that mounts binfmt_misc its own table). Verification executes arm64, arm, riscv64, ppc64le and s390x
// binaries built by go. The docker route runs against a fake `docker` that records its argv and registers nothing.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_BINFMT_IMAGE } from '../../src/emulation/docker.ts';
import { findPlatform } from '../../src/emulation/platforms.ts';
import { registerString } from '../../src/emulation/register.ts';
import type { EmulationReport } from '../../src/emulation/types.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const CLI = [process.execPath, '--import', 'tsx', join(REPO, 'src', 'cli.ts')];
const PLATFORMS = ['arm64', 'arm', 'riscv64', 'ppc64le', 's390x'];
const HOST_TABLE = '/proc/sys/fs/binfmt_misc';
let refused = '';

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const sh = (argv: string[]) => argv.map(q).join(' ');

/** Runs a shell script in a new user+mount namespace (as mapped root unless asked not to). */
function inNamespace(script: string, opts: { mapRoot?: boolean; env?: NodeJS.ProcessEnv; timeout?: number } = {}) {
  const args = ['--user', ...(opts.mapRoot === false ? [] : ['--map-root-user']), '--mount', 'sh', '-c', script];
  return spawnSync('unshare', args, { cwd: REPO, env: { ...process.env, ...opts.env }, encoding: 'utf8', timeout: opts.timeout ?? 240_000 });
}

const hostEntries = () => (existsSync(HOST_TABLE) ? readdirSync(HOST_TABLE).sort() : []);

before(() => {
  // Whether this kernel lets a user namespace mount its own binfmt_misc: the suite's premise, checked, not assumed.
  const dir = mkdtempSync(join(tmpdir(), 'binfmt-probe-'));
  const r = inNamespace(`mount -t binfmt_misc binfmt_misc ${q(dir)} && cat ${q(join(dir, 'status'))}`, { timeout: 20_000 });
  if (r.status !== 0 || r.stdout.trim() !== 'enabled') {
    const uname = spawnSync('uname', ['-r'], { encoding: 'utf8' }).stdout.trim();
    refused = `kernel ${uname} refused binfmt_misc inside a user namespace (needs Linux >= 6.7 with CONFIG_BINFMT_MISC and unprivileged user namespaces): ${(r.stderr || r.error?.message || '').trim()}`;
  }
});

test('direct registration inside a user namespace: F flag, qemu-user-static, every platform verified by execution', (t) => {
  if (refused) return t.skip(refused);
  const before = hostEntries();
  const root = mkdtempSync(join(tmpdir(), 'binfmt-'));
  const out = mkdtempSync(join(tmpdir(), 'emu-out-'));
  const register = sh([...CLI, 'emulation', 'register', '--binfmt-root', root, '--qemu-method', 'direct', '--qemu-platforms', PLATFORMS.join(','), '--json']);
  const status = sh([...CLI, 'emulation', 'status', '--binfmt-root', root, '--qemu-platforms', PLATFORMS.join(','), '--verify', '--json']);
  const r = inNamespace(`${register} > ${q(join(out, 'register.json'))}; echo $? > ${q(join(out, 'rc1'))}; ${status} > ${q(join(out, 'status.json'))}; echo $? > ${q(join(out, 'rc2'))}`);
  assert.equal(readFileSync(join(out, 'rc1'), 'utf8').trim(), '0', r.stderr);
  const reg = JSON.parse(readFileSync(join(out, 'register.json'), 'utf8'));
  const step = reg.steps[0];
  assert.equal(step.status, 'ok');
  assert.equal(step.outputs['qemu-platforms'], PLATFORMS.join(','));
  const report = step.data as EmulationReport;
  assert.equal(report.method, 'direct');
  assert.deepEqual(report.binfmt.mounted && report.binfmt.enabled, true);
  const qemuArch: Record<string, string> = { arm64: 'aarch64', arm: 'arm', riscv64: 'riscv64', ppc64le: 'ppc64le', s390x: 's390x' };
  for (const p of report.platforms) {
    assert.equal(p.registeredBy, 'direct', p.platform);
    assert.equal(p.entry, `qemu-${qemuArch[p.platform]}`);
    assert.match(p.interpreter!, new RegExp(`/qemu-${qemuArch[p.platform]}-static$`));
    assert.equal(p.fixBinary, true);
    assert.equal(p.verified, true, p.detail);
    assert.equal(p.detail, `go-xenv-probe linux ${p.platform}`);
  }
  // A second command in the same namespace sees the table and verifies it again; the host's table never changed.
  assert.equal(readFileSync(join(out, 'rc2'), 'utf8').trim(), '0', r.stderr);
  const st = JSON.parse(readFileSync(join(out, 'status.json'), 'utf8')).steps[0].data as EmulationReport;
  assert.deepEqual(st.platforms.map((p) => [p.platform, p.registeredBy, p.fixBinary, p.verified]), PLATFORMS.map((p) => [p, 'already', true, true]));
  assert.deepEqual(st.binfmt.entries.map((e) => e.name).sort(), Object.values(qemuArch).map((a) => `qemu-${a}`).sort());
  assert.deepEqual(hostEntries(), before);
});

test('docker route: the exact command line, and an exit 0 that registered nothing is reported as not verified', (t) => {
  if (refused) return t.skip(refused);
  const bin = mkdtempSync(join(tmpdir(), 'fake-docker-'));
  const log = join(bin, 'argv.log');
  writeFileSync(join(bin, 'docker'), `#!/bin/sh\nprintf '%s\\n' "$@" '--' >> ${q(log)}\ncase "$1" in version) echo 27.3.1 ;; esac\nexit 0\n`);
  chmodSync(join(bin, 'docker'), 0o755);
  const root = mkdtempSync(join(tmpdir(), 'binfmt-'));
  // The namespace gets its own, empty table first, so the host's registrations cannot make the probes run.
  const cli = sh([...CLI, 'emulation', 'register', '--binfmt-root', root, '--qemu-platforms', 'arm64,riscv64', '--json']);
  const r = inNamespace(`mount -t binfmt_misc binfmt_misc ${q(root)} && ${cli}`, { env: { PATH: `${bin}:${process.env.PATH}` } });
  assert.equal(r.status, 1, r.stderr);
  const step = JSON.parse(r.stdout).steps[0];
  const report = step.data as EmulationReport;
  assert.equal(report.method, 'docker');
  assert.deepEqual(report.docker?.argv, ['docker', 'run', '--rm', '--privileged', DEFAULT_BINFMT_IMAGE, '--install', 'arm64,riscv64']);
  assert.equal(report.docker?.exitCode, 0);
  assert.deepEqual(readFileSync(log, 'utf8').split('--\n').filter(Boolean).map((a) => a.trim().split('\n')), [
    ['version', '--format', '{{.Server.Version}}'],
    ['run', '--rm', '--privileged', 'docker.io/tonistiigi/binfmt@sha256:400a4873b838d1b89194d982c45e5fb3cda4593fbfd7e08a02e76b03b21166f0', '--install', 'arm64,riscv64'],
  ]);
  assert.deepEqual(report.platforms.map((p) => [p.platform, p.registeredBy, p.verified]), [['arm64', 'none', false], ['riscv64', 'none', false]]);
  for (const p of report.platforms) assert.match(p.detail!, new RegExp(`^the ${p.platform} probe did not run: exec format error \\(no binfmt_misc handler took it\\)$`));
  assert.equal(step.status, 'failed');
  assert.equal(step.reason, 'not verified: arm64 (the arm64 probe did not run: exec format error (no binfmt_misc handler took it)); riscv64 (the riscv64 probe did not run: exec format error (no binfmt_misc handler took it))');
  assert.equal(step.outputs['qemu-platforms'], '');
});

test('register without root says so and changes nothing', (t) => {
  if (refused) return t.skip(refused);
  const root = mkdtempSync(join(tmpdir(), 'binfmt-'));
  const r = inNamespace(sh([...CLI, 'emulation', 'register', '--binfmt-root', root, '--qemu-method', 'direct', '--qemu-platforms', 'arm64']), { mapRoot: false, timeout: 60_000 });
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.equal(r.stderr.trim(), 'go-xenv: registering emulators changes the kernel\'s binfmt_misc table and needs root — run `sudo go-xenv emulation register`, or use qemu-<arch>-static directly (smoke runs do that when nothing is registered)');
  assert.deepEqual(readdirSync(root), []);
});

test('status and usage errors from the CLI', () => {
  const st = spawnSync(CLI[0], [...CLI.slice(1), 'emulation', 'status', '--binfmt-root', mkdtempSync(join(tmpdir(), 'nobinfmt-')), '--json'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  assert.equal(st.status, 0, st.stderr);
  const data = JSON.parse(st.stdout).steps[0].data as EmulationReport;
  assert.equal(data.binfmt.mounted, false);
  assert.equal(data.platforms.find((p) => p.platform === 'arm64')?.qemuStatic, '/usr/bin/qemu-aarch64-static');
  // No action given (as in the action, which has no positional arguments): status, which changes nothing.
  const bare = spawnSync(CLI[0], [...CLI.slice(1), 'emulation', '--binfmt-root', mkdtempSync(join(tmpdir(), 'nobinfmt-')), '--qemu-platforms', 'arm64', '--json'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  assert.equal(bare.status, 0, bare.stderr);
  assert.deepEqual(JSON.parse(bare.stdout).steps.map((s: { title: string }) => s.title), ['emulation: 0 platforms registered']);
  assert.match(bare.stderr, /^arm64: not registered \(\/usr\/bin\/qemu-aarch64-static on PATH\); not verified \(status without --verify\)$/m);
  const bad = spawnSync(CLI[0], [...CLI.slice(1), 'emulation', 'frobnicate'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  assert.equal(bad.status, 3);
  assert.equal(bad.stderr.trim(), 'go-xenv: emulation: unknown action "frobnicate" — use go-xenv emulation status or go-xenv emulation register');
  const plat = spawnSync(CLI[0], [...CLI.slice(1), 'emulation', 'register', '--qemu-platforms', 'vax'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  assert.equal(plat.status, 3);
  assert.match(plat.stderr, /^go-xenv: input qemu-platforms: unknown platform "vax" — use one of: arm64, arm, /);
});

test('a registration without F is found, `register` replaces it with F, and a disabled table is found', (t) => {
  if (refused) return t.skip(refused);
  const root = mkdtempSync(join(tmpdir(), 'binfmt-'));
  const out = mkdtempSync(join(tmpdir(), 'emu-out-'));
  const noF = registerString(findPlatform('arm64')!, '/usr/bin/qemu-aarch64-static', '');
  const status = (name: string) => `${sh([...CLI, 'emulation', 'status', '--binfmt-root', root, '--qemu-platforms', 'arm64', '--json'])} > ${q(join(out, `${name}.json`))}`;
  const register = sh([...CLI, 'emulation', 'register', '--binfmt-root', root, '--qemu-method', 'direct', '--qemu-platforms', 'arm64', '--json']);
  const r = inNamespace([
    `mount -t binfmt_misc binfmt_misc ${q(root)}`, `printf %s ${q(noF)} > ${q(join(root, 'register'))}`, status('before'),
    `${register} > ${q(join(out, 'register.json'))}`, status('after'), `echo 0 > ${q(join(root, 'status'))}`, status('disabled'),
  ].join(' && '));
  assert.equal(r.status, 0, r.stderr);
  const step = (name: string) => JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')).steps[0];
  const before = step('before').data;
  assert.deepEqual(before.platforms.map((p: { fixBinary: boolean }) => p.fixBinary), [false]);
  assert.deepEqual(before.findings.map((f: { rule: string }) => f.rule), ['binfmt/no-fix-binary']);
  assert.match(before.findings[0].help, /^re-register it with F: `sudo go-xenv emulation register --qemu-method direct --qemu-platforms arm64`/);
  const reg = step('register').data as EmulationReport;
  assert.deepEqual(reg.platforms.map((p) => [p.registeredBy, p.fixBinary, p.verified]), [['direct', true, true]]);
  assert.deepEqual(step('after').data.findings, []);
  assert.deepEqual(step('disabled').data.findings.map((f: { rule: string; help: string }) => [f.rule, f.help]), [['binfmt/disabled', `\`echo 1 | sudo tee ${root}/status\``]]);
});

test('noexec on out-dir and on TMPDIR, from the real mount table: status says so and fails', (t) => {
  if (refused) return t.skip(refused);
  const tmp = mkdtempSync(join(tmpdir(), 'noexec-tmp-'));
  const outDir = mkdtempSync(join(tmpdir(), 'noexec-out-'));
  const out = mkdtempSync(join(tmpdir(), 'emu-out-'));
  const cli = sh([...CLI, 'emulation', 'status', '--binfmt-root', mkdtempSync(join(tmpdir(), 'nobinfmt-')), '--qemu-platforms', 'arm64', '--out-dir', outDir, '--json']);
  const r = inNamespace(`mount -t tmpfs -o noexec tmpfs ${q(tmp)} && mount -t tmpfs -o noexec tmpfs ${q(outDir)} && TMPDIR=${q(tmp)} ${cli} > ${q(join(out, 'status.json'))}; echo $? > ${q(join(out, 'rc'))}`);
  assert.equal(readFileSync(join(out, 'rc'), 'utf8').trim(), '1', r.stderr);
  const s = JSON.parse(readFileSync(join(out, 'status.json'), 'utf8')).steps[0];
  const findings = s.data.findings.filter((f: { rule: string }) => f.rule.startsWith('noexec/'));
  assert.deepEqual(findings.map((f: { severity: string; message: string; help: string }) => [f.severity, f.message, f.help]), [
    ['error', `out-dir ${outDir} is on ${outDir}, mounted noexec: smoke runs cannot execute the built binaries`, `\`sudo mount -o remount,exec ${outDir}\`, or use --out-dir on another file system`],
    ['error', `TMPDIR ${tmp} is on ${tmp}, mounted noexec: the emulation probe and \`go run\`/\`go test\` cannot execute what they build`, `\`sudo mount -o remount,exec ${tmp}\`, or use TMPDIR=$HOME/.cache/tmp (mkdir it first)`],
  ]);
  assert.equal(s.status, 'failed');
  assert.match(s.reason, /out-dir .* mounted noexec.*; TMPDIR .* mounted noexec/);
  assert.match(r.stderr, /^warning: TMPDIR .* mounted noexec/m);
});
