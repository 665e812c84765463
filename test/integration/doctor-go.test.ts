// The doctor with the real go: settings under which every go command fails (GOFLAGS, GO111MODULE, GOTOOLCHAIN,
// -mod=vendor without vendor/) are found by running go with them, each with its fix; a healthy setup stays quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.ts';
import { loadConfig } from '../../src/config/load.ts';
import { terminalHost } from '../../src/terminal-host.ts';
import { diagnose } from '../../src/toolchain/doctor.ts';
import { gatherFacts } from '../../src/toolchain/doctor-facts.ts';

const goBinDir = join(execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim(), 'bin');
const goVersion = execFileSync(join(goBinDir, 'go'), ['env', 'GOVERSION'], { encoding: 'utf8' }).trim().replace(/^go/, '');

function module(goMod: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-doctor-'));
  writeFileSync(join(dir, 'go.mod'), goMod);
  writeFileSync(join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
  return dir;
}

const baseEnv = () => ({ PATH: goBinDir, HOME: process.env.HOME ?? tmpdir(), GOTOOLCHAIN: 'local' });

async function findings(dir: string, env: NodeJS.ProcessEnv) {
  const config = loadConfig({ given: {}, workspace: dir, env: {} });
  const facts = await gatherFacts(config, terminalHost({ env, write: () => {} }));
  return diagnose(facts);
}

test('GOFLAGS=-mdo=mod: every go command fails, and the doctor says so with the fix', async () => {
  const dir = module(`module example.com/m\n\ngo ${goVersion}\n`);
  assert.deepEqual((await findings(dir, baseEnv())).map((f) => f.id), []);
  const [f, ...rest] = await findings(dir, { ...baseEnv(), GOFLAGS: '-mdo=mod' });
  assert.deepEqual(rest, []);
  assert.deepEqual(f, {
    id: 'go-fails', severity: 'error',
    message: 'every go command fails here: `go list -e -f {{.ImportPath}} unsafe` in . says: go: parsing $GOFLAGS: unknown flag -mdo',
    fix: 'fix or unset GOFLAGS (now "-mdo=mod"): it takes space-separated flags that go knows, such as -mod=readonly',
  });
  let out = '';
  const code = await runCli(['doctor'], { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, env: { ...baseEnv(), GOFLAGS: '-mdo=mod' }, cwd: dir });
  assert.notEqual(code, 0);
  assert.doesNotMatch(out, /No problems found/);
  assert.match(out, /every go command fails here/);
});

test('other settings go refuses are found by running go with them', async () => {
  const dir = module(`module example.com/m\n\ngo ${goVersion}\n\nrequire example.com/dep v1.0.0\n`);
  const table: [NodeJS.ProcessEnv, string, RegExp, RegExp][] = [
    [{ GO111MODULE: 'bogus' }, 'go-fails', /says: go: unknown environment setting GO111MODULE=bogus$/, /^unset GO111MODULE, or set it to on$/],
    [{ GOFLAGS: '-race=maybe' }, 'go-fails', /says: go: invalid boolean value "maybe" for flag -race \(from \$GOFLAGS\)/, /^fix or unset GOFLAGS \(now "-race=maybe"\)/],
    [{ GOFLAGS: '-mod=vendor' }, 'go-fails', /says: go: inconsistent vendoring in /, /^run `go mod vendor` and commit vendor\/, or remove -mod=vendor from GOFLAGS$/],
    [{ GOTOOLCHAIN: 'bogus' }, 'gotoolchain', /^GOTOOLCHAIN=bogus: go refuses it: go: invalid GOTOOLCHAIN "bogus"$/, /^set GOTOOLCHAIN to local/],
  ];
  for (const [env, id, message, fix] of table) {
    const got = (await findings(dir, { ...baseEnv(), ...env })).filter((f) => f.severity === 'error');
    assert.equal(got.length, 1, `${JSON.stringify(env)}: ${JSON.stringify(got)}`);
    assert.equal(got[0].id, id, JSON.stringify(env));
    assert.match(got[0].message, message, JSON.stringify(env));
    assert.match(got[0].fix, fix, JSON.stringify(env));
  }
  // A toolchain go would download is a warning (it works with network), not a refusal.
  const download = await findings(dir, { ...baseEnv(), GOTOOLCHAIN: 'go1.25.0' });
  assert.deepEqual(download.map((f) => `${f.severity}:${f.id}`), ['warning:gotoolchain']);
});

interface HostJson {
  host: { osrelease?: string; binfmt: { mounted: boolean }; selinux?: unknown; dirs: { role: string; path: string; mount?: { point: string; options: string[] } }[] };
  findings: { id: string; severity: string; message: string; fix: string }[];
}

async function doctorJson(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; data: HostJson; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['doctor', ...args, '--json'], { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, env, cwd });
  return { code, data: JSON.parse(out).steps[0].data, err };
}

test('the host checks on this machine report what its own /proc, /sys and mount table say (one real run)', async () => {
  const dir = module(`module example.com/m\n\ngo ${goVersion}\n`);
  // A module with no foreign targets: binfmt_misc is none of its business.
  const bare = await doctorJson([], baseEnv(), dir);
  assert.deepEqual(bare.data.findings.filter((f) => /^(binfmt|host|selinux)\//.test(f.id)), []);
  const { data } = await doctorJson(['--qemu-platforms', 'arm64'], baseEnv(), dir);
  assert.equal(data.host.osrelease, readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
  const mounted = existsSync('/proc/sys/fs/binfmt_misc/register');
  assert.equal(data.host.binfmt.mounted, mounted);
  assert.equal(data.host.selinux !== undefined, existsSync('/sys/fs/selinux/enforce'));
  const ids = data.findings.map((f) => f.id);
  assert.equal(ids.includes('binfmt/not-mounted') || ids.includes('binfmt/unsupported') || ids.includes('host/wsl1'), !mounted);
  // The mount holding each directory is the one util-linux's findmnt names.
  assert.deepEqual(data.host.dirs.map((d) => d.role), ['out-dir', 'temp']);
  for (const d of data.host.dirs.filter((x) => existsSync(x.path))) {
    const [target, options] = execFileSync('findmnt', ['-n', '-o', 'TARGET,VFS-OPTIONS', '--target', d.path], { encoding: 'utf8' }).trim().split(/\s+/);
    assert.equal(d.mount?.point, target, d.path);
    assert.equal(ids.includes(`noexec/${d.role}`), options.split(',').includes('noexec'), d.path);
  }
});

test('a cgo target whose cross compiler is missing: found through the planned targets, with the package to install', async () => {
  const dir = module(`module example.com/m\n\ngo ${goVersion}\n`);
  // Only go on PATH: no cross compiler. The glob resolves against the targets through the real go.
  const missing = await doctorJson(['--targets', 'linux/arm64,linux/riscv64,windows/amd64', '--cgo', 'linux/*'], baseEnv(), dir);
  assert.equal(missing.code, 1);
  assert.deepEqual(missing.data.findings.filter((f) => f.id.startsWith('cgo/')).map((f) => [f.severity, f.message, f.fix]), [
    ['error', 'cgo is asked for linux/arm64, which needs the C cross compiler aarch64-linux-gnu-gcc: not on PATH', '`sudo apt-get install -y gcc-aarch64-linux-gnu`'],
    ['error', 'cgo is asked for linux/riscv64, which needs the C cross compiler riscv64-linux-gnu-gcc: not on PATH', '`sudo apt-get install -y gcc-riscv64-linux-gnu`'],
  ]);
  // With the machine's PATH the installed aarch64-linux-gnu-gcc is found.
  const ccDir = execFileSync('sh', ['-c', 'command -v aarch64-linux-gnu-gcc'], { encoding: 'utf8' }).trim().replace(/\/[^/]+$/, '');
  const found = await doctorJson(['--targets', 'linux/arm64', '--cgo', 'linux/arm64'], { ...baseEnv(), PATH: `${goBinDir}:${ccDir}` }, dir);
  assert.deepEqual(found.data.findings.filter((f) => f.id.startsWith('cgo/')), []);
});

test('doctor reads a fake host tree given with --host-root: WSL1 by name, with the fix, for a config with an arm64 target', async () => {
  const dir = module(`module example.com/m\n\ngo ${goVersion}\n`);
  const root = mkdtempSync(join(tmpdir(), 'host-root-'));
  mkdirSync(join(root, 'proc/sys/kernel'), { recursive: true });
  writeFileSync(join(root, 'proc/sys/kernel/osrelease'), '4.4.0-22621-Microsoft\n');
  const { code, data } = await doctorJson(['--host-root', root, '--targets', 'linux/arm64'], { ...baseEnv(), WSL_DISTRO_NAME: 'Debian' }, dir);
  assert.equal(code, 0);
  assert.deepEqual(data.findings.map((f) => [f.id, f.severity, f.fix]), [
    ['host/wsl1', 'warning', 'convert the distribution to WSL2 from Windows: `wsl --set-version Debian 2` (`wsl -l -v` lists them), or run foreign binaries with qemu-user-static directly: `qemu-aarch64-static ./bin`'],
  ]);
});
