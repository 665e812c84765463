// `go-xenv baseline update`, `baseline diff` and `audit` end to end through runCli, in a real git repository made here:
// a first commit of configs, locks and policies, the baseline written and committed, then a commit that changes a
// config, a lock and breaks a policy. The diff is read against the base's committed baseline (--base, or the pull
// request's base from the event payload); the audit writes OpenMetrics that promtool accepts. Bad inputs: a malformed
// baseline, a baseline path outside the workspace, a base revision that is missing or has no baseline.
import { renderReport } from '../../src/report/document.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../src/cli/run.ts';
import { loadConfig } from '../../src/config/load.ts';
import { baselineStep } from '../../src/pipeline/baseline.ts';
import { terminalHost } from '../../src/terminal-host.ts';

const LOCKS = new URL('../../src/locks/testdata/go/', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'go-xenv-baseline-'));
const repo = join(root, 'repo');
const outside = join(root, 'outside');
mkdirSync(repo);
mkdirSync(outside);
test.after(() => rmSync(root, { recursive: true, force: true }));

// Only what git and node need: no GITHUB_* of the machine running the tests leaks into the runs.
const baseEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

function git(...args: string[]): string {
  const r = spawnSync('git', args, { cwd: repo, env: baseEnv, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { ...baseEnv, ...env }, cwd: repo });
  return { code, stdout, stderr };
}

function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, name)), { recursive: true });
    writeFileSync(join(repo, name), text);
  }
}

const manifest = (size: number, sha: string) =>
  JSON.stringify({ schema: 1, module: 'example.com/lockdemo', goVersion: 'go1.26.8', binaries: [{ target: 'linux/amd64', file: 'lockdemo-linux-amd64', size, sha256: sha.repeat(64) }], failures: [] });

const POLICY = 'package main\n\ndeny contains msg if {\n  input.spec.replicas < 2\n  msg := sprintf("replicas %v is below 2", [input.spec.replicas])\n}\n';

git('init', '-q', '-b', 'main');
write({
  'policy/main.rego': POLICY,
  'deploy/app.yaml': 'spec:\n  replicas: 3\n  image: app:1\n',
  'deploy/sshd_config': 'PermitRootLogin no\nPort 22\n',
  '.env': 'LOG_LEVEL=info\n',
  '.gitignore': '.go-xenv/\nsecret.env\n',
  'secret.env': 'API_TOKEN=do-not-commit\n',
});
copyFileSync(join(LOCKS, 'base/go.mod'), join(repo, 'go.mod'));
copyFileSync(join(LOCKS, 'base/go.sum'), join(repo, 'go.sum'));
git('add', '-A');
git('commit', '-qm', 'configs');
const noBaselineCommit = git('rev-parse', 'HEAD');
const BASELINE = join(repo, '.github/go-xenv-baseline.json');

test('baseline update writes the snapshot; a second update with nothing changed leaves it as it is', async () => {
  write({ '.go-xenv/out/manifest.json': manifest(2_000_000, 'a') });
  const r = await cli(['baseline', 'update']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /baseline: wrote \.github\/go-xenv-baseline\.json \(3 config files, 0 verdicts, 2 lock files, 1 binary, Go 1\.26\.8\)/);
  const snap = JSON.parse(readFileSync(BASELINE, 'utf8'));
  assert.deepEqual(snap.configs.map((c: { path: string; format: string }) => `${c.path}:${c.format}`), ['.env:dotenv', 'deploy/app.yaml:yaml', 'deploy/sshd_config:sshd_config']);
  assert.deepEqual(snap.configs[1].content, { spec: { image: 'app:1', replicas: 3 } });
  assert.ok(!readFileSync(BASELINE, 'utf8').includes('do-not-commit'), 'a file git ignores is not tracked');
  assert.match(snap.configs[1].sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(snap.dependencies.map((d: { file: string }) => d.file), ['go.mod', 'go.sum']);
  assert.ok(snap.dependencies[0].packages.some((p: { name: string; version: string }) => p.name === 'golang.org/x/text' && p.version === 'v0.14.0'));
  assert.deepEqual(snap.toolchain, { source: 'manifest', version: '1.26.8' });
  assert.deepEqual(snap.binaries, [{ file: 'lockdemo-linux-amd64', sha256: 'a'.repeat(64), size: 2_000_000, target: 'linux/amd64' }]);
  const again = await cli(['baseline', 'update']);
  assert.match(again.stdout, /baseline: unchanged/);
  git('add', '-A');
  git('commit', '-qm', 'baseline');
});

test('after a config change, a lock change and a policy violation, baseline diff --base shows each by key path and package', async () => {
  write({ 'deploy/app.yaml': 'spec:\n  replicas: 1\n  image: app:2\n', 'deploy/sshd_config': '# hardened\nPermitRootLogin yes\nPort 22\n', '.go-xenv/out/manifest.json': manifest(2_100_000, 'b') });
  copyFileSync(join(LOCKS, 'head/go.mod'), join(repo, 'go.mod'));
  copyFileSync(join(LOCKS, 'head/go.sum'), join(repo, 'go.sum'));
  git('add', '-A');
  git('commit', '-qm', 'change');
  const r = await cli(['baseline', 'diff', '--base', 'HEAD~1']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  for (const line of [
    '| deploy/app.yaml | spec.image | "app:1" | "app:2" |',
    '| deploy/app.yaml | spec.replicas | 3 | 1 |',
    '| deploy/sshd\\_config | settings.permitrootlogin | "no" | "yes" |',
    '| failure | main/deny | deploy/app.yaml:1 | replicas 1 is below 2 |',
    '| go.mod | upgraded | golang.org/x/text | v0.14.0 | v0.21.0 |',
    '| linux/amd64 | 1.9 MiB | 2.0 MiB | +97.7 KiB | +5.00% |',
  ]) assert.ok(lines.includes(line), `missing ${line}\n${r.stdout}`);
  assert.match(r.stdout, /at HEAD\\~1 \([0-9a-f]{12}\)/);
  const json = await cli(['baseline', 'diff', '--base', 'HEAD~1', '--json']);
  const d = JSON.parse(json.stdout);
  assert.equal(d.base.rev, 'HEAD~1');
  assert.deepEqual(d.diff.configs.changed.map((c: { path: string }) => c.path), ['deploy/app.yaml', 'deploy/sshd_config']);
  assert.equal(d.diff.verdicts.new.length, 1);
  assert.ok(d.diff.dependencies.total > 0);
  assert.equal(d.diff.binaries.targets[0].deltaBytes, 100_000);
});

test('on a pull request the base is the payload\'s base commit', async () => {
  const baseSha = git('rev-parse', 'HEAD~1');
  const event = join(root, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { ref: 'main', sha: baseSha }, head: { ref: 'f', sha: git('rev-parse', 'HEAD'), repo: { full_name: 'o/r' } } }, repository: { default_branch: 'main' } }));
  const r = await cli(['baseline', 'diff', '--json'], { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).base.commit, baseSha);
});

test('audit: violations and drift as outputs and an OpenMetrics file promtool accepts', async (t) => {
  const r = await cli(['audit', '--json'], { GITHUB_REPOSITORY: 'o/r', GITHUB_REF: 'refs/heads/main' });
  assert.equal(r.code, 1, r.stderr);
  const step = JSON.parse(r.stdout).steps[0];
  assert.equal(step.outputs['audit-clean'], 'false');
  assert.equal(step.outputs['audit-failures'], '1');
  assert.equal(step.outputs['audit-drift-ratio'], String(2 / 3));
  assert.equal(step.data.issue.clean, false);
  assert.match(step.data.issue.body, /^### go-xenv audit of o\/r @ main: 1 policy failure, drift from the baseline/);
  const metrics = readFileSync(step.outputs['audit-metrics'], 'utf8');
  assert.ok(metrics.includes('go_xenv_baseline_check_failures{repository="o/r",branch="main"} 1'));
  assert.ok(metrics.includes(`go_xenv_config_drift_ratio{repository="o/r",branch="main"} ${2 / 3}`));
  assert.ok(metrics.includes('go_xenv_binary_size_drift_bytes{repository="o/r",branch="main",target="linux/amd64"} 100000'));
  const promtool = spawnSync('promtool', ['check', 'metrics'], { input: metrics, encoding: 'utf8', timeout: 30_000 });
  if (promtool.error) t.skip('promtool is not on PATH (the Debian package prometheus ships it): the file is not validated');
  else assert.equal(promtool.status, 0, promtool.stderr);
});

test('audit is clean once the baseline is updated and the violation fixed', async () => {
  write({ 'deploy/app.yaml': 'spec:\n  replicas: 2\n  image: app:2\n' });
  assert.equal((await cli(['baseline-update'])).code, 0);
  const r = await cli(['audit', '--json'], { GITHUB_REPOSITORY: 'o/r', GITHUB_REF: 'refs/heads/main' });
  assert.equal(r.code, 0, r.stdout);
  const step = JSON.parse(r.stdout).steps[0];
  assert.deepEqual([step.outputs['audit-clean'], step.outputs['audit-drift-ratio'], step.data.issue.clean], ['true', '0', true]);
  git('checkout', '-q', '--', '.');
});

test('as a step of check: the diff on a pull request; skipped where no baseline exists yet, at the base or at all', async () => {
  const ctxFor = (workspace: string, env: NodeJS.ProcessEnv) => ({ config: loadConfig({ given: {}, workspace, env: { ...baseEnv, ...env } }), host: terminalHost({ env: baseEnv, write: () => undefined }), args: [], flags: {} });
  const event = (baseSha: string) => {
    const path = join(root, `event-${baseSha}.json`);
    writeFileSync(path, JSON.stringify({ pull_request: { number: 8, base: { ref: 'main', sha: baseSha }, head: { ref: 'f', sha: git('rev-parse', 'HEAD'), repo: { full_name: 'o/r' } } } }));
    return { GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'o/r' };
  };
  const pr = ctxFor(repo, event(git('rev-parse', 'HEAD~1')));
  assert.equal(baselineStep.skipReason(pr), undefined);
  const [ran] = await baselineStep.run(pr, []);
  assert.equal(ran.status, 'ok');
  assert.match(renderReport([ran]), /\| deploy\/app\.yaml \| spec\.replicas \| 3 \| 1 \|/);
  const [skipped] = await baselineStep.run(ctxFor(repo, event(noBaselineCommit)), []);
  assert.deepEqual([skipped.status, skipped.reason], ['skipped', `there is no baseline .github/go-xenv-baseline.json at ${noBaselineCommit}`]);
  const bare = mkdtempSync(join(root, 'bare-'));
  assert.match(baselineStep.skipReason(ctxFor(bare, {})) ?? '', /^no baseline \.github\/go-xenv-baseline\.json/);
});

const BAD: [string, string[], RegExp][] = [
  ['a base revision that does not exist', ['baseline', 'diff', '--base', 'no-such-branch'], /base revision "no-such-branch" is not a commit in this repository — run it inside a git checkout that has the base revision/],
  ['a base revision git would read as a flag', ['baseline', 'diff', '--base=--output=/tmp/x'], /base revision "--output=\/tmp\/x" is not a revision/],
  ['a base revision without a baseline', ['baseline', 'diff', '--base', noBaselineCommit], /\.github\/go-xenv-baseline\.json: there is no baseline \.github\/go-xenv-baseline\.json at [0-9a-f]{40} — write it on the base branch/],
  ['a baseline path outside the workspace', ['baseline', 'update', '--baseline-file', '../outside/b.json'], /input "baseline-file" "\.\.\/outside\/b\.json" resolves to .*outside the workspace/],
  ['a baseline-configs glob that climbs out', ['baseline', 'update', '--baseline-configs', '../**'], /baseline-configs: "\.\.\/\*\*" must be a glob relative to the workspace, without \.\./],
  ['an unknown subcommand', ['baseline', 'show'], /usage: go-xenv baseline update \| baseline diff/],
];

for (const [name, argv, message] of BAD) {
  test(`bad input is one clear error (exit 3): ${name}`, async () => {
    const r = await cli(argv);
    assert.equal(r.code, 3, r.stdout);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line, no stack');
  });
}

test('a malformed committed baseline is one error naming the file and line; nothing is lost', async () => {
  const good = readFileSync(BASELINE, 'utf8');
  writeFileSync(BASELINE, '{\n  "schema": 1,\n  "configs": [}\n');
  for (const argv of [['baseline', 'diff'], ['audit']]) {
    const r = await cli(argv);
    assert.equal(r.code, 3, r.stdout);
    assert.match(r.stderr, /^go-xenv: \.github\/go-xenv-baseline\.json:3:\d+: the baseline \.github\/go-xenv-baseline\.json is not JSON — write it again with `go-xenv baseline update`/);
  }
  writeFileSync(BASELINE, JSON.stringify({ schema: 1, configs: 'x' }));
  assert.match((await cli(['baseline', 'diff'])).stderr, /is not a baseline snapshot: \/ must have required property 'verdicts'/);
  assert.equal(readFileSync(BASELINE, 'utf8'), JSON.stringify({ schema: 1, configs: 'x' }), 'the bad file is left for its author to see');
  writeFileSync(BASELINE, good);
});

test('a malformed build manifest is one clear error, and the baseline is not rewritten', async () => {
  const before = readFileSync(BASELINE, 'utf8');
  write({ '.go-xenv/out/manifest.json': JSON.stringify({ binaries: [{ target: 'linux/amd64', size: -1 }] }) });
  const r = await cli(['baseline', 'update']);
  assert.equal(r.code, 3, r.stdout);
  assert.match(r.stderr, /^go-xenv: \.go-xenv\/out\/manifest\.json: the build manifest \.go-xenv\/out\/manifest\.json has a malformed binary at binaries\[0\] .* — build again/);
  assert.equal(readFileSync(BASELINE, 'utf8'), before);
  rmSync(join(repo, '.go-xenv/out/manifest.json'));
});

test('a baseline file that is a symlink out of the workspace is refused', async () => {
  writeFileSync(join(outside, 'secret.json'), '{}');
  symlinkSync(join(outside, 'secret.json'), join(repo, 'link.json'));
  const r = await cli(['baseline', 'diff', '--baseline-file', 'link.json']);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /input "baseline-file" "link\.json" resolves to .*secret\.json, outside the workspace/);
  assert.ok(existsSync(join(outside, 'secret.json')));
  // As a tracked config it is left out, with a warning, and nothing of it is read.
  writeFileSync(join(outside, 'secret.json'), '{"password": "hunter2"}');
  const u = await cli(['baseline', 'update']);
  assert.equal(u.code, 0, u.stderr);
  assert.match(u.stderr, /link\.json: baseline: link\.json is left out: it leads outside the workspace/);
  assert.ok(!readFileSync(BASELINE, 'utf8').includes('hunter2'));
});
