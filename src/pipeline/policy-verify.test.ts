// `go-xenv policy verify` end to end through runCli: conftest verify's text and exit codes, its --output formats, and
// `policy test` still answering as before beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run.ts';

const fixtures = new URL('../policy/testdata/verify/', import.meta.url).pathname;

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), env: {}, cwd });
  return { code, stdout, stderr };
}

const workspace = () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-verify-'));
  cpSync(fixtures, dir, { recursive: true });
  return dir;
};

test('policy verify prints conftest verify’s lines and summary and exits 1 on a failing test', async () => {
  const r = await cli(['policy', 'verify', '-p', 'ok', '-d', 'data/limits.json', '--no-color'], workspace());
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^FAIL - ok\/policy_test\.rego - {2}- data\.main\.test_deny_service_fails$/m);
  assert.match(r.stdout, /\n14 tests, 8 passed, 0 warnings, 5 failures, 0 exceptions, 1 skipped\n?$/);
});

test('policy verify exits 0 when every test passes, and -o json gives the per-test results', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-verify-'));
  writeFileSync(join(dir, 'p_test.rego'), 'package main\n\ntest_a if true\n\ntodo_test_b if false\n');
  const r = await cli(['policy', 'verify', '-p', '.', '-o', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [
    { filename: 'p_test.rego', namespace: '', successes: 1 },
    { filename: 'p_test.rego', namespace: '', successes: 0, skipped: [{ msg: 'data.main.todo_test_b' }] },
  ]);
  const tap = await cli(['policy', 'verify', '-p', '.', '-o', 'tap'], dir);
  assert.equal(tap.stdout.split('\n')[0], '1..2');
});

test('policy verify refuses an output format it has not, and the default policy dir is policy/', async () => {
  const dir = workspace();
  const bad = await cli(['policy', 'verify', '-p', 'ok', '-o', 'sarif'], dir);
  assert.equal(bad.code, 3);
  assert.match(bad.stderr, /unknown --output "sarif" for policy verify/);
  const none = await cli(['policy', 'verify'], dir);
  assert.match(none.stderr, /no such file or directory: policy/);
});

test('policy test still runs beside verify', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-verify-'));
  writeFileSync(join(dir, 'p.rego'), 'package main\n\ndeny contains "no" if input.bad\n');
  writeFileSync(join(dir, 'in.json'), '{"bad": true}');
  const r = await cli(['policy', 'test', '-p', 'p.rego', 'in.json', '--no-color'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /FAIL - in\.json - main - no/);
});
