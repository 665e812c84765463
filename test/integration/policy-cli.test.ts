// `go-xenv policy test` on bad input and on what conftest lets pass: each is one clear error (file, line, what to do,
// exit 3) or, for an input file that does not parse, a failure of that file while the others are still checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyCli } from './policy-kit.ts';
import { workspaceWith } from '../kit/workspace.ts';

const workspace = (files: Record<string, string>) => workspaceWith(files, 'go-xenv-policy-');

const DENY = 'package main\n\ndeny contains msg if {\n\tinput.kind == "Pod"\n\tmsg := "no pods"\n}\n';

test('a Rego syntax error names the policy file, line and column, in OPA and conftest words (exit 3)', async () => {
  const r = await policyCli(['-p', 'syntax', 'configs/svc.json']);
  assert.deepEqual([r.code, r.stdout], [3, '']);
  assert.equal(r.stderr, 'go-xenv: syntax/s.rego:5:1: rego_parse_error: unexpected } token\n');
});

test('a v0 policy without --rego-version v0 is a parse error at its line', async () => {
  const r = await policyCli(['-p', 'v0', 'configs/svc.json']);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /^go-xenv: v0\/v\.rego:3:\d+: rego_parse_error: /);
});

test('an unknown namespace is an error naming the declared ones (conftest passes with 0 tests)', async () => {
  const r = await policyCli(['-n', 'nope', 'configs/svc.json']);
  assert.equal(r.code, 3);
  assert.equal(r.stderr, 'go-xenv: no policy declares namespace "nope" — the policies declare: main (use --namespace or --all-namespaces)\n');
});

test('a data file that does not parse names its file and line (exit 3)', async () => {
  const r = await policyCli(['-d', 'baddata', 'configs/svc.json']);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /^go-xenv: baddata\/broken\.yaml:2:1: cannot load data: invalid YAML: .+ — fix the data document or leave it out of --data\n$/);
});

test('an input file that does not parse is a failure of that file; the others are still checked', async () => {
  const r = await policyCli(['--no-color', 'broken.yaml', 'configs/web.yaml']);
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stdout.split('\n');
  assert.match(lines[0], /^FAIL - broken\.yaml - main - invalid YAML: /);
  assert.ok(lines.includes('FAIL - configs/web.yaml - main - deployment web has no owner'));
  assert.equal(lines.at(-2), '6 tests, 0 passed, 2 warnings, 4 failures, 0 exceptions');
  // Alone it still fails: never a pass, even with no other file to check.
  const alone = await policyCli(['-o', 'json', 'broken.yaml']);
  assert.equal(alone.code, 1);
  const doc = JSON.parse(alone.stdout);
  assert.deepEqual([doc.length, doc[0].filename, doc[0].successes, doc[0].failures.length], [1, 'broken.yaml', 0, 1]);
  // --no-fail keeps the failure in the output, exit 0 as conftest's --no-fail.
  assert.equal((await policyCli(['--no-fail', 'broken.yaml'])).code, 0);
});

test('an empty policy directory, or no policy/ at all, is an error saying where policies were looked for', async () => {
  const ws = workspace({ 'empty/.keep': '', 'in.json': '{}' });
  const r = await policyCli(['-p', 'empty', 'in.json'], ws);
  assert.equal(r.code, 3);
  assert.equal(r.stderr, 'go-xenv: no policies found in empty — name a directory or file holding .rego policies with --policy\n');
  const none = await policyCli(['in.json'], ws);
  assert.equal(none.stderr, 'go-xenv: policy: no such file or directory: policy — check the policy paths\n');
});

test('the default policy/ directory is read, and a policy file may be named directly', async () => {
  const ws = workspace({ 'policy/deny.rego': DENY, 'pod.yaml': 'kind: Pod\n' });
  const r = await policyCli(['--no-color', 'pod.yaml'], ws);
  assert.deepEqual([r.code, r.stdout], [1, 'FAIL - pod.yaml - main - no pods\n\n1 test, 0 passed, 0 warnings, 1 failure, 0 exceptions\n']);
  assert.equal((await policyCli(['--no-color', '-p', 'policy/deny.rego', 'pod.yaml'], ws)).stdout, r.stdout);
});

test('a result object without a string msg is an error naming the rule', async () => {
  const ws = workspace({ 'policy/p.rego': 'package main\n\ndeny contains {"message": "x"} if true\n', 'a.json': '{}' });
  const r = await policyCli(['a.json'], ws);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /^go-xenv: data\.main\.deny: a result object has no "msg" key — /);
});

test('bad flags: unknown --output, --rego-version, --parser, no files, a missing file', async () => {
  const ws = workspace({ 'policy/deny.rego': DENY, 'pod.yaml': 'kind: Pod\n' });
  const cases: [string[], RegExp][] = [
    [['-o', 'xml', 'pod.yaml'], /^go-xenv: unknown --output "xml" — use one of: stdout, json, tap, junit, table, github, sarif\n$/],
    [['--rego-version', 'v2', 'pod.yaml'], /^go-xenv: unknown --rego-version "v2" — use v0 or v1\n$/],
    [['--parser', 'nope', 'pod.yaml'], /^go-xenv: unknown parser "nope" — use one of: /],
    [[], /^go-xenv: policy test needs at least one file or directory to test/],
    [['missing.yaml'], /^go-xenv: no such file or directory: missing\.yaml — /],
  ];
  for (const [args, want] of cases) {
    const r = await policyCli(args, ws);
    assert.equal(r.code, 3, args.join(' '));
    assert.match(r.stderr, want, args.join(' '));
  }
});

test('messages are foreign text: a newline or a workflow command in one cannot start a log line', async () => {
  const ws = workspace({
    'policy/p.rego': 'package main\n\ndeny contains "first\\n::error::injected" if true\nwarn contains "##[warning]x" if true\n',
    'a.json': '{}',
  });
  const r = await policyCli(['--no-color', 'a.json'], ws);
  assert.equal(r.code, 1);
  for (const line of r.stdout.split('\n')) assert.doesNotMatch(line, /^\s*::|##\[/, line);
  assert.match(r.stdout, /FAIL - a\.json - main - first\\n::error::injected/);
});

test('a binary or huge file named on the command line is a failure of that file, never a pass', async () => {
  const dir = workspace({ 'policy/p.rego': DENY });
  writeFileSync(join(dir, 'bin.json'), Buffer.from([0x7b, 0x00, 0x7d]));
  writeFileSync(join(dir, 'huge.yaml'), Buffer.alloc(4 * 1024 * 1024 + 1, 0x20));
  const r = await policyCli(['--no-color', 'bin.json', 'huge.yaml'], dir);
  assert.equal(r.code, 1);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], 'FAIL - bin.json - main - bin.json is not read as json: it contains NUL bytes (a binary file)');
  assert.match(lines[1], /^FAIL - huge\.yaml - main - huge\.yaml is larger than 4194304 bytes, the bound for a config file$/);
  assert.equal(lines.at(-2), '2 tests, 0 passed, 0 warnings, 2 failures, 0 exceptions');
});

test('policy test reads neither the go-xenv config file nor the action inputs given as flags (conftest reads neither)', async () => {
  const dir = workspace({ '.github/go-xenv.yml': 'go-version: [unclosed\n', 'policy/p.rego': DENY, 'pod.json': '{"kind": "Pod"}' });
  const r = await policyCli(['--no-color', 'pod.json'], dir);
  assert.deepEqual([r.code, r.stderr], [1, '']);
  assert.match(r.stdout, /^FAIL - pod\.json - main - no pods\n/);
});

test("policy verify in a process of its own knows conftest's builtins: a test over parse_config and parse_config_file passes, as with conftest verify", () => {
  const ws = workspace({
    'policy/p.rego':
      'package main\n\nimport rego.v1\n\ntest_parse_config if parse_config("yaml", "a: 1").a == 1\n\ntest_parse_config_file if parse_config_file("cfg.json").b == 2\n',
    'policy/cfg.json': '{"b": 2}\n',
  });
  const repo = join(import.meta.dirname, '..', '..');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'src', 'cli.ts'), 'policy', 'verify', '--cwd', ws, '--no-color', '-p', 'policy'], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(r.status, 0, r.stderr);
  // conftest 0.71.1 verify prints the same line
  assert.match(r.stdout, /^2 tests, 2 passed, 0 warnings, 0 failures, 0 exceptions, 0 skipped$/m);
});
