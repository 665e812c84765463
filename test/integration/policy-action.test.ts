// The action's policy step on real workspaces: which files it tests (a pull request's changes from real git history,
// the files API when the checkout has none, every matching file on push), conftest.toml under the inputs, the built-in
// pack, the SARIF file it writes, and the bad inputs that must stop it with one clear error rather than pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.ts';
import { isUserError } from '../../src/errors.ts';
import type { Host } from '../../src/host.ts';
import { terminalHost } from '../../src/terminal-host.ts';
import { runPolicyAction, policyCommand, policyStep, type PolicyRunDeps } from '../../src/pipeline/policy.ts';
import type { PolicyResult } from '../../src/policy/index.ts';
import { workspaceWith } from '../kit/workspace.ts';

const POLICY = [
  'package main',
  '',
  'deny contains msg if {',
  '\tinput.kind == "Pod"',
  '\tmsg := sprintf("pod %s is not allowed", [input.metadata.name])',
  '}',
  '',
  'warn contains "no owner" if {',
  '\tinput.kind',
  '\tnot input.metadata.owner',
  '}',
  '',
].join('\n');

const pod = (name: string) => `kind: Pod\nmetadata:\n  name: ${name}\n`;

function actionsHost() {
  const lines: string[] = [];
  const outputs: Record<string, string> = {};
  const host: Host = {
    ...terminalHost({ env: {}, write: (l) => lines.push(l) }),
    kind: 'actions',
    info: (m) => lines.push(m),
    setOutput: (n, v) => {
      outputs[n] = v;
    },
    group: async (_n, fn) => fn(),
  };
  return { host, lines, outputs };
}

function context(dir: string, given: Record<string, string> = {}, env: NodeJS.ProcessEnv = { GITHUB_EVENT_NAME: 'push' }) {
  const h = actionsHost();
  const config = loadConfig({ given: { 'out-dir': join(dir, '.out'), ...given }, workspace: dir, env: { GITHUB_ACTIONS: 'true', ...env } });
  return { ctx: { config, host: h.host, args: [], flags: {} }, ...h };
}

async function run(dir: string, given?: Record<string, string>, env?: NodeJS.ProcessEnv, deps?: PolicyRunDeps) {
  const c = context(dir, given, env);
  const [r] = await runPolicyAction(c.ctx, deps);
  return { r, result: (r.data as { result: PolicyResult }).result, ...c };
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();

/** A repository with a base commit and a head commit on top; the pull_request event payload naming both. */
function pullRequestRepo() {
  const dir = workspaceWith(
    { 'policy/p.rego': POLICY, 'old.yaml': pod('old'), 'gone.yaml': pod('gone'), 'keep.yaml': 'kind: Service\nmetadata:\n  owner: a\n' },
    'go-xenv-policy-pr-',
  );
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'new.yaml'), pod('new'));
  writeFileSync(join(dir, 'notes.txt'), 'not a config\n');
  mkdirSync(join(dir, 'vendor'));
  writeFileSync(join(dir, 'vendor', 'v.yaml'), pod('vendored'));
  rmSync(join(dir, 'gone.yaml'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  const event = join(dir, '..', `${dir.split('/').pop()}-event.json`);
  writeFileSync(
    event,
    JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'f', repo: { full_name: 'o/r' } } } }),
  );
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r' };
  return { dir, env, baseSha, headSha };
}

test('on push every file a parser understands is tested; findings are namespace/rule at the line; SARIF is written', async () => {
  const dir = workspaceWith({
    'policy/p.rego': POLICY,
    'k8s/a.yaml': pod('a'),
    'svc.json': '{"kind": "Service", "metadata": {"owner": "x"}}',
    'README.md': '# no parser\n',
    '.git/config.yaml': pod('hidden'),
  });
  const { r, result, lines } = await run(dir);
  assert.equal(r.status, 'failed');
  assert.deepEqual(
    result.results.map((x) => x.filename),
    ['k8s/a.yaml', 'svc.json'],
  );
  assert.deepEqual(result.totals, { tests: 4, passed: 2, warnings: 1, failures: 1, exceptions: 0 });
  assert.deepEqual(
    result.findings.map((f) => [f.capability, f.rule, f.severity, f.file, f.line, f.message]),
    [
      ['policy', 'main/deny', 'error', 'k8s/a.yaml', 1, 'pod a is not allowed'],
      ['policy', 'main/warn', 'warning', 'k8s/a.yaml', 1, 'no owner'],
    ],
  );
  assert.deepEqual(r.outputs, { 'policy-sarif': join(dir, '.out', 'policy.sarif') });
  const sarif = JSON.parse(readFileSync(r.outputs!['policy-sarif'], 'utf8'));
  assert.equal(sarif.version, '2.1.0');
  assert.ok(lines.some((l) => l === 'policy: tested 2 file(s) against 1 policy path(s)'));
});

test('on a pull request only the changed files are tested (git base...head), deleted ones skipped, globs and exclude applied', async () => {
  const { dir, env } = pullRequestRepo();
  const { result, lines } = await run(dir, { 'policy-exclude': 'vendor/**' }, env);
  assert.deepEqual(
    result.results.map((x) => x.filename),
    ['new.yaml'],
  );
  assert.ok(lines.includes('policy: 3 file(s) changed by pull request #7 (git)'), lines.join('\n'));
  // policy-files narrows to the globs given (notes.txt has no parser, so named by a glob it is a failure of that file).
  const narrowed = await run(dir, { 'policy-files': 'vendor/*.yaml' }, env);
  assert.deepEqual(
    narrowed.result.results.map((x) => x.filename),
    ['vendor/v.yaml'],
  );
  // policy-scope: all overrides the event.
  const all = await run(dir, { 'policy-scope': 'all' }, env);
  assert.deepEqual(
    all.result.results.map((x) => x.filename),
    ['keep.yaml', 'new.yaml', 'old.yaml', 'vendor/v.yaml'],
  );
});

test('a checkout without the history falls back to the pull request files API; without it, one clear error', async () => {
  const { dir, env } = pullRequestRepo();
  rmSync(join(dir, '.git'), { recursive: true });
  git(dir, 'init', '-q');
  let asked = 0;
  const listPullRequestFiles = async () => {
    asked++;
    return ['old.yaml', 'gone.yaml', 'notes.txt'];
  };
  const { result, lines } = await run(dir, {}, env, { listPullRequestFiles });
  assert.equal(asked, 1);
  assert.deepEqual(
    result.results.map((x) => x.filename),
    ['old.yaml'],
  );
  assert.ok(
    lines.some((l) => l.startsWith('policy: git cannot list the changed files (fatal: ') && l.endsWith("using the pull request's files from the API")),
    lines.join('\n'),
  );
  await assert.rejects(
    run(dir, {}, env),
    (e: unknown) =>
      isUserError(e) &&
      /cannot list the files the pull request changes: fatal: .* — check out with history \(actions\/checkout with fetch-depth: 0\), or set policy-scope: all$/.test(
        e.format(),
      ),
  );
});

test('git never reads a pull request field as an option: the range is shape-checked and follows no option', async () => {
  const { dir, env } = pullRequestRepo();
  const seen: string[][] = [];
  const fake = async (args: string[]) => {
    seen.push(args);
    return { code: 0, stdout: 'new.yaml\0', stderr: '' };
  };
  await run(dir, {}, env, { git: fake });
  assert.equal(seen.length, 1);
  assert.deepEqual(seen[0].slice(0, 5), ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d']);
  assert.match(seen[0][5], /^[0-9a-f]{40}\.\.\.[0-9a-f]{40}$/);
  assert.equal(seen[0][6], '--');
  // Output cut short (the runner keeps 1 MiB; -z output ends in NUL) is no list to trust: every file is tested.
  const cut = await run(dir, {}, env, { git: async () => ({ code: 0, stdout: 'new.yaml\0ol', stderr: '' }) });
  assert.deepEqual(
    cut.result.results.map((x) => x.filename),
    ['keep.yaml', 'new.yaml', 'old.yaml', 'vendor/v.yaml'],
  );
});

test('conftest.toml fills what the inputs leave unset; the inputs win over it', async () => {
  const dir = workspaceWith({
    'rules/p.rego': POLICY,
    'rules/other.rego': 'package other\n\ndeny contains "other" if input.kind\n',
    'conftest.toml': 'policy = ["rules"]\nnamespace = ["main", "other"]\nfail-on-warn = true\n',
    'svc.yaml': 'kind: Service\nmetadata:\n  name: s\n',
  });
  const fromToml = await run(dir, { 'policy-files': '*.yaml' });
  assert.deepEqual(
    fromToml.result.results.map((x) => `${x.namespace}:${x.failures.length}:${x.warnings.length}`),
    ['main:0:1', 'other:1:0'],
  );
  assert.equal(fromToml.result.exitCode, 2);
  const overridden = await run(dir, { 'policy-files': '*.yaml', 'policy-namespace': 'main', 'policy-fail-on-warn': 'false' });
  assert.deepEqual(
    overridden.result.results.map((x) => x.namespace),
    ['main'],
  );
  assert.equal(overridden.result.exitCode, 0);
  assert.equal(overridden.r.status, 'ok');
});

test('conftest.toml with a syntax error is one error at its line; a path it names outside the workspace is refused', async () => {
  const dir = workspaceWith({
    'policy/p.rego': POLICY,
    'conftest.toml': 'policy = ["policy"]\nnamespace = [\n  "main"\nfail-on-warn = true\n',
    'a.yaml': pod('a'),
  });
  await assert.rejects(run(dir), (e: unknown) => isUserError(e) && /^conftest\.toml:4:\d+: invalid TOML: /.test(e.format()));
  writeFileSync(join(dir, 'conftest.toml'), 'policy = ["../outside"]\n');
  await assert.rejects(
    run(dir),
    (e: unknown) => isUserError(e) && /conftest\.toml policy "\.\.\/outside" resolves to .*, outside the workspace/.test(e.format()),
  );
  writeFileSync(join(dir, 'conftest.toml'), 'namespace = 3\n');
  await assert.rejects(
    run(dir),
    (e: unknown) => isUserError(e) && e.format().startsWith('conftest.toml:1: conftest.toml: "namespace" must be a string or an array of strings'),
  );
});

test('the policy input names paths inside the workspace only; `builtin` names the pack at the action root', async () => {
  const dir = workspaceWith({ 'a.yaml': pod('a') });
  assert.throws(
    () => context(dir, { policy: '../elsewhere' }),
    (e: unknown) => isUserError(e) && /input "policy" "\.\.\/elsewhere" resolves to .*, outside the workspace/.test(e.format()),
  );
  const root = workspaceWith({ 'action.yml': 'name: x\n', 'policies/pods.rego': 'package main\n\ndeny contains "builtin says no" if input.kind == "Pod"\n' });
  const { result } = await run(dir, { policy: 'builtin' }, undefined, { actionRoot: root });
  assert.deepEqual(
    result.results[0].failures.map((f) => f.msg),
    ['builtin says no'],
  );
  const bare = workspaceWith({ 'action.yml': 'name: x\n' });
  await assert.rejects(
    run(dir, { policy: 'builtin' }, undefined, { actionRoot: bare }),
    (e: unknown) => isUserError(e) && /the built-in policy pack is not there/.test(e.format()),
  );
});

test('binary, huge and undecodable files picked by globs are skipped with a notice; one that does not parse is a failure', async () => {
  const dir = workspaceWith({ 'policy/p.rego': POLICY, 'ok.yaml': 'kind: Service\nmetadata:\n  owner: x\n', 'broken.yaml': 'a: [\n' });
  writeFileSync(join(dir, 'bin.json'), Buffer.from([0x7b, 0x00, 0x01, 0x7d]));
  writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'huge.json'), Buffer.alloc(4 * 1024 * 1024 + 1, 0x20));
  const { result, lines, r } = await run(dir);
  assert.equal(r.status, 'failed');
  assert.deepEqual(
    result.results.map((x) => [x.filename, x.failures.length]),
    [
      ['broken.yaml', 1],
      ['ok.yaml', 0],
    ],
  );
  const notices = result.findings.filter((f) => f.severity === 'notice');
  assert.deepEqual(
    notices.map((f) => f.file),
    ['bin.json', 'huge.json', 'latin1.yaml'],
  );
  assert.ok(lines.some((l) => l.startsWith('policy: huge.json is not tested: ') && l.includes('larger than 4194304 bytes')));
  assert.ok(lines.includes('policy: bin.json is not tested: bin.json is not read as json: it contains NUL bytes (a binary file)'));
});

test('bad policies stop the step with one clear error: a syntax error at file:line:col, an unknown namespace, bad data, an empty dir', async () => {
  const base = { 'a.yaml': pod('a') };
  const syntax = workspaceWith({ ...base, 'policy/s.rego': 'package main\n\ndeny contains "x" if {\n\tinput.a ==\n}\n' });
  await assert.rejects(run(syntax), (e: unknown) => isUserError(e) && /^policy\/s\.rego:5:1: rego_parse_error: /.test(e.format()));
  const ns = workspaceWith({ ...base, 'policy/p.rego': POLICY });
  await assert.rejects(run(ns, { 'policy-namespace': 'nope' }), (e: unknown) => isUserError(e) && /no policy declares namespace "nope"/.test(e.format()));
  const data = workspaceWith({ ...base, 'policy/p.rego': POLICY, 'data/d.yaml': 'a: [\n' });
  await assert.rejects(
    run(data, { 'policy-data': 'data' }),
    (e: unknown) => isUserError(e) && /^data\/d\.yaml:\d+(:\d+)?: cannot load data: invalid YAML/.test(e.format()),
  );
  const empty = workspaceWith({ ...base, 'policy/README.md': 'no rego here\n' });
  await assert.rejects(run(empty), (e: unknown) => isUserError(e) && /^no policies found in policy/.test(e.format()));
});

test('the step runs when there are policies; without any it says why it is skipped', async () => {
  const none = workspaceWith({ 'a.yaml': pod('a') });
  const c = context(none);
  assert.equal(policyStep.skipReason(c.ctx), 'no policies: no policy input, no conftest.toml and no .rego file in policy/');
  // A Go package named policy holds no policies: the step does not run (and fail) for it.
  const goPackage = workspaceWith({ 'policy/policy.go': 'package policy\n', 'policy/sub/x.go': 'package sub\n' });
  assert.equal(policyStep.skipReason(context(goPackage).ctx), policyStep.skipReason(c.ctx));
  assert.deepEqual(
    (await policyCommand.run(c.ctx)).map((r) => [r.status, r.reason]),
    [['skipped', policyStep.skipReason(c.ctx)]],
  );
  const some = workspaceWith({ 'a.yaml': pod('a'), 'policy/k8s/p.rego': POLICY });
  const s = context(some);
  assert.equal(policyStep.skipReason(s.ctx), undefined);
  assert.equal((await policyCommand.run(s.ctx))[0].status, 'failed');
});

test('the inputs reach the run: data, all-namespaces, combine, rego-version v0, no-fail', async () => {
  const dir = workspaceWith({
    'rules/v0.rego': 'package legacy\n\ndeny[msg] {\n\tcount(input) > data.limits.max\n\tmsg := "too many files"\n}\n',
    'data/limits.yaml': 'limits:\n  max: 1\n',
    'a.yaml': pod('a'),
    'b.json': '{"kind": "Service"}',
  });
  const given = { policy: 'rules', 'policy-data': 'data', 'policy-all-namespaces': 'true', 'policy-combine': 'true', 'policy-rego-version': 'v0' };
  const { result, r } = await run(dir, given);
  assert.deepEqual(
    result.results.map((x) => [x.filename, x.namespace, x.failures.map((f) => f.msg)]),
    [['Combined', 'legacy', ['too many files']]],
  );
  assert.equal(r.status, 'failed');
  assert.equal((await run(dir, { ...given, 'policy-no-fail': 'true' })).r.status, 'ok');
  // v1 (the default) refuses the v0 syntax at its line.
  await assert.rejects(
    run(dir, { ...given, 'policy-rego-version': 'v1' }),
    (e: unknown) => isUserError(e) && /^rules\/v0\.rego:3:\d+: rego_parse_error/.test(e.format()),
  );
});

test('policy-files and policy-exclude globs stay inside the workspace', () => {
  const dir = workspaceWith({ 'a.yaml': pod('a') });
  for (const [input, glob] of [
    ['policy-files', '../**/*.yaml'],
    ['policy-exclude', '/etc/**'],
  ]) {
    assert.throws(
      () => context(dir, { [input]: glob }),
      (e: unknown) => isUserError(e) && e.format().startsWith(`input "${input}": entry "${glob}" must be a path or glob relative to the workspace, without ..`),
    );
  }
});

test('a file behind a symbolic link that leads out of the workspace is not read (a changed one is named in a notice)', async () => {
  const outside = workspaceWith({ 'secret.yaml': pod('secret'), 'dir/x.yaml': pod('x') });
  const dir = workspaceWith({ 'policy/p.rego': POLICY, 'a.yaml': pod('a') });
  symlinkSync(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));
  symlinkSync(join(outside, 'dir'), join(dir, 'linkdir'));
  const { result } = await run(dir, { 'policy-files': '**/*.yaml' });
  assert.deepEqual(
    result.results.map((x) => x.filename),
    ['a.yaml'],
  );
  // The walk of every file does not follow links at all; a changed file behind one is checked and named.
  const { dir: pr, env } = pullRequestRepo();
  symlinkSync(join(outside, 'dir'), join(pr, 'linked'));
  const r = await run(pr, {}, env, { git: async () => ({ code: 0, stdout: 'linked/x.yaml\0new.yaml\0', stderr: '' }) });
  assert.deepEqual(
    r.result.results.map((x) => x.filename),
    ['new.yaml'],
  );
  assert.deepEqual(
    r.result.findings.filter((f) => f.severity === 'notice').map((f) => f.message),
    ['linked/x.yaml is not tested: it resolves to outside the workspace'],
  );
});

test("`builtin` runs every namespace of the shipped pack, with its data, beside the repository's own main", async () => {
  const dir = workspaceWith({
    'policy/p.rego': POLICY,
    'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n',
    'deploy/sshd_config': 'PermitRootLogin yes\nPasswordAuthentication no\n',
  });
  const { result } = await run(dir, { policy: 'policy, builtin' });
  const failed = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.file} ${f.rule}`);
  assert.ok(
    failed.some((f) => f.startsWith('compose.yaml go_xenv.compose/')),
    failed.join('\n'),
  );
  assert.ok(
    failed.some((f) => f.startsWith('deploy/sshd_config go_xenv.sshd/')),
    failed.join('\n'),
  );
  const namespaces = new Set(result.results.map((r) => r.namespace));
  assert.ok(namespaces.has('main') && namespaces.has('go_xenv.compose'), [...namespaces].join(', '));
  assert.ok(![...namespaces].some((n) => n.endsWith('_test') || n === 'go_xenv.lib'), [...namespaces].join(', '));
  // Only the pack: the absent `main` is not asked for.
  const alone = await run(dir, { policy: 'builtin' });
  assert.ok(!alone.result.results.some((r) => r.namespace === 'main'));
});
