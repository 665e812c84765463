// The repository config file is the pull request author's on `pull_request`: what would choose a privileged container,
// an executable or a path outside the workspace is refused there, with one message naming the key and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './load.ts';
import { userErrorOf, workspace } from './testkit.ts';

const fromFile = (yaml: string, files?: Record<string, string>) => () => loadConfig({ given: {}, workspace: workspace(yaml, files), env: {} });
const fromInput = (given: Record<string, string>, ws = workspace()) => loadConfig({ given, workspace: ws, env: {} });

test('step-only inputs in the config file are refused with the key and why', () => {
  userErrorOf(fromFile('targets: linux/amd64\nqemu-image: attacker/evil:latest\n'),
    /^\.github\/go-xenv\.yml:2: "qemu-image" is a step input only: the docker method runs this image as a privileged container — give it in the workflow step's `with:`/);
  userErrorOf(fromFile('go-download-base-url: http://evil.example/dl\n'), /:1: "go-download-base-url" is a step input only: the mirror serves the release list and its checksums, so it chooses the Go binary that runs/);
  userErrorOf(fromFile('token: ghp_x\n'), /:1: "token" is a step input only: a secret belongs in the workflow/);
  userErrorOf(fromFile('config-file: other.yml\n'), /:1: "config-file" is a step input only/);
});

test('the same values as step inputs are accepted', () => {
  const c = fromInput({ 'qemu-image': 'example/binfmt@sha256:00', 'go-download-base-url': 'http://127.0.0.1:1/dl', 'qemu-method': 'docker', ldflags: '-linkmode=external -extldflags=-static' });
  assert.deepEqual([c.emulation.image, c.toolchain.downloadBaseUrl, c.emulation.method, c.matrix.ldflags], ['example/binfmt@sha256:00', 'http://127.0.0.1:1/dl', 'docker', '-linkmode=external -extldflags=-static']);
});

test('policy-no-fail from the config file: only false; true would let a pull request pass its own policy failures', () => {
  for (const v of ['true', '"true"']) userErrorOf(fromFile(`policy-no-fail: ${v}\n`), /:1: "policy-no-fail" may only be false in the config file: true would let a pull request/);
  assert.equal(fromFile('policy-no-fail: false\n')().policy.noFail, false);
  assert.equal(fromInput({ 'policy-no-fail': 'true' }).policy.noFail, true);
});

test('qemu-method from the config file: docker and auto may pull a container and are refused; direct and none are fine', () => {
  for (const m of ['docker', 'auto']) userErrorOf(fromFile(`qemu-method: ${m}\n`), new RegExp(`:1: "qemu-method" may only be direct or none in the config file: ${m} may start a privileged container`));
  for (const m of ['direct', 'none']) assert.equal(fromFile(`qemu-method: ${m}\n`)().emulation.method, m);
});

test('ldflags from the config file may strip and stamp, never choose a linker, an interpreter or a file to write', () => {
  for (const bad of ['-extld=/tmp/x.sh', '-s -extldflags "-fuse-ld=/tmp/ld"', '-linkmode external', '--linkmode=external', '-I /tmp/evil-ld.so', '-o /tmp/x', '-r /tmp', '-toolexec=/tmp/x.sh', '-tmpdir /tmp/t', '-cpuprofile /tmp/p', 'main.go']) {
    userErrorOf(fromFile(`ldflags: '${bad}'\n`), /:1: "ldflags" may not carry ".+": from the config file ldflags take only -s, -w, -X, -B and -buildid/);
  }
  const ok = '-s -w -X main.version={{.Version}} -X "main.commit={{.Commit}}" -buildid= -B gobuildid';
  assert.equal(fromFile(`ldflags: '${ok}'\n`)().matrix.ldflags, ok);
  // -X takes the next word as its value, even one that looks like a flag: the linker reads it so.
  assert.equal(fromFile(`ldflags: '-X main.a=-extld'\n`)().matrix.ldflags, '-X main.a=-extld');
});

test('paths named in the config file stay inside the workspace, symlinks followed', () => {
  const outside = workspace(undefined, { 'secret.txt': 'x\n' });
  const ws = workspace('');
  symlinkSync(outside, join(ws, 'link'));
  const file = (yaml: string) => () => { writeFileSync(join(ws, '.github', 'go-xenv.yml'), yaml); return loadConfig({ given: {}, workspace: ws, env: {} }); };
  const line = userErrorOf(file('working-directory: ../\n'), /:1: "working-directory" "\.\.\/" resolves to .+, outside the workspace /);
  assert.ok(line.includes(ws));
  userErrorOf(file('working-directory: link\n'), /"working-directory" "link" resolves to .+, outside the workspace/);
  userErrorOf(file('out-dir: /tmp/x\n'), /:1: "out-dir" "\/tmp\/x" resolves to \/tmp\/x, outside the workspace/);
  userErrorOf(file('out-dir: link/bin\n'), /"out-dir" "link\/bin" resolves to .+, outside the workspace/);
  userErrorOf(file('go-version-file: link/secret.txt\n'), /"go-version-file" "link\/secret\.txt" resolves to .+, outside the workspace/);
  userErrorOf(file('go-version-file: /etc/passwd\n'), /"go-version-file" "\/etc\/passwd" resolves to \/etc\/passwd, outside the workspace/);
  userErrorOf(file('cache-dependency-path: ../go.sum\n'), /"cache-dependency-path": entry "\.\.\/go\.sum" must be a path or glob relative to the workspace, without \.\./);
  userErrorOf(file('cache-dependency-path: [go.sum, /etc/passwd]\n'), /entry "\/etc\/passwd" must be a path or glob relative to the workspace/);
  userErrorOf(file('cache-dependency-path: "link/**/go.sum"\n'), /"cache-dependency-path" "link" resolves to .+, outside the workspace/);
  userErrorOf(file('canary: /dev/zero\n'), /:1: canary config file "\/dev\/zero" resolves to \/dev\/zero, outside the workspace/);
  userErrorOf(file('canary: link/secret.txt\n'), /canary config file "link\/secret\.txt" resolves to .+, outside the workspace/);
  assert.deepEqual(file('cache-dependency-path: "**/go.sum, !vendor/**"\n')().toolchain.cacheDependencyPath, ['**/go.sum', '!vendor/**']);
});

test('working-directory, go-version-file and the canary file given as step inputs follow the same rule; out-dir may lie outside', () => {
  const ws = workspace();
  userErrorOf(() => fromInput({ 'working-directory': '..' }, ws), /^input "working-directory" "\.\." resolves to .+, outside the workspace /);
  userErrorOf(() => fromInput({ 'go-version-file': '/etc/passwd' }, ws), /^input "go-version-file" "\/etc\/passwd" resolves to/);
  userErrorOf(() => fromInput({ canary: '/dev/zero' }, ws), /^canary config file "\/dev\/zero" resolves to \/dev\/zero, outside the workspace/);
  // The workflow's author may write binaries to $RUNNER_TEMP; a pull request's config file may not.
  assert.equal(fromInput({ 'out-dir': '/tmp/go-xenv-out' }, ws).matrix.outDir, '/tmp/go-xenv-out');
});

test('a canary file inside the workspace is read bounded: a FIFO or a huge file is one clear error', () => {
  const ws = workspace(undefined, { 'canary.yml': 'provider: { type: file, path: m.json }\n', 'big.yml': `# ${'x'.repeat(4 * 1024 * 1024)}\n` });
  assert.deepEqual(fromInput({ canary: 'canary.yml' }, ws).canary.document, { provider: { type: 'file', path: 'm.json' } });
  userErrorOf(() => fromInput({ canary: 'big.yml' }, ws), /^big\.yml: canary config file ".+big\.yml" is larger than 4194304 bytes/);
  execFileSync('mkfifo', [join(ws, 'fifo.yml')]);
  userErrorOf(() => fromInput({ canary: 'fifo.yml' }, ws), /canary config file ".+fifo\.yml" is not a regular file/);
});

test('smoke-timeout is a whole number of seconds from 1 to 3600', () => {
  userErrorOf(() => fromInput({ 'smoke-timeout': '0' }), /^input "smoke-timeout": 0 is out of range: give a whole number from 1 to 3600$/);
  userErrorOf(() => fromInput({ 'smoke-timeout': '3000000' }), /^input "smoke-timeout": 3000000 is out of range: give a whole number from 1 to 3600$/);
  userErrorOf(() => fromInput({ 'smoke-timeout': 'thirty' }), /^input "smoke-timeout": "thirty" is not a whole number from 1 to 3600$/);
  userErrorOf(fromFile('smoke-timeout: 0\n'), /:1: "smoke-timeout" must be a whole number from 1 to 3600, not "0"/);
  userErrorOf(fromFile('smoke-timeout: 3000000\n'), /"smoke-timeout" must be a whole number from 1 to 3600, not "3000000"/);
  assert.equal(fromInput({ 'smoke-timeout': '3600' }).matrix.smokeTimeoutSeconds, 3600);
});

test('binary-name is a bare file name', () => {
  for (const bad of ['../x', 'a/b', 'a\\\\b', '..', '.']) userErrorOf(fromFile(`binary-name: "${bad}"\n`), /:1: "binary-name": ".+" must be a bare file name/);
  userErrorOf(() => fromInput({ 'binary-name': '../../x' }), /^input "binary-name": "\.\.\/\.\.\/x" must be a bare file name/);
  assert.equal(fromInput({ 'binary-name': 'tool-v2.1' }).matrix.binaryName, 'tool-v2.1');
});

test('a token that cannot go in an HTTP header is refused without echoing it', () => {
  for (const bad of ['ghp_abc\nInjected: 1', 'ghp_abc\r', 'ghp abc', 'ghp_abc\u0000', 'ghp_äbc']) {
    const line = userErrorOf(() => fromInput({ token: bad }), /^input "token" holds a character that cannot go in an HTTP header .+; its value is not shown/);
    assert.ok(!line.includes('ghp'), line);
  }
  const line = userErrorOf(() => loadConfig({ given: {}, workspace: workspace(), env: { GITHUB_TOKEN: 'ghs_x\nX' } }), /^GITHUB_TOKEN holds a character/);
  assert.ok(!line.includes('ghs_'));
  assert.equal(fromInput({ token: 'ghp_0123456789abcdef' }).toolchain.token, 'ghp_0123456789abcdef');
});

test('a working directory that is a file is refused', () => {
  const ws = workspace(undefined, { 'go.mod': 'module x\n' });
  mkdirSync(join(ws, 'sub'));
  userErrorOf(() => fromInput({ 'working-directory': 'go.mod' }, ws), /^working-directory "go\.mod" does not exist or is no directory/);
  assert.equal(fromInput({ 'working-directory': 'sub' }, ws).workingDirectory, join(ws, 'sub'));
});

test('go-version-file is found beside the workspace root or in the working directory, as its real path', () => {
  const ws = workspace('working-directory: mod\ngo-version-file: .go-version\n', { 'mod/.go-version': '1.26\n' });
  assert.equal(loadConfig({ given: {}, workspace: ws, env: {} }).toolchain.goVersionFile, join(ws, 'mod', '.go-version'));
  // A missing file stays as given: the toolchain says it does not exist, naming the input.
  assert.equal(fromInput({ 'go-version-file': 'nope/.go-version' }, ws).toolchain.goVersionFile, 'nope/.go-version');
});
