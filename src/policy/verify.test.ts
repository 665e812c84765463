// verify against the real opa's and conftest's verdicts on the same policies (testdata/verify/oracle.json, recorded by
// testdata/verify/record.mjs): discovery in every package and file, pass/fail/error/skip with each test's location,
// mocks of data and functions, data documents, one test per definition; and the bad inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as engine from '../rego/index.ts';
import { renderVerifyJson, renderVerifyJunit, renderVerifyMarkdown, renderVerifyStdout, renderVerifyTap } from '../report/policy-verify.ts';
import { verifyPolicies, type VerifyResult } from './verify.ts';
import { loadAllParsers } from './index.ts';

// These tests parse directly: every parser loaded first, as a run first loads the ones it reads with.
await loadAllParsers();

const cwd = new URL('./testdata/verify/', import.meta.url).pathname;
const oracle = JSON.parse(readFileSync(join(cwd, 'oracle.json'), 'utf8'));

const verdicts = (r: VerifyResult) =>
  r.tests.map((t) => ({
    file: t.location.file,
    row: t.location.row,
    package: t.package,
    name: t.name,
    status: t.status,
    ...(t.error ? { error: `${t.error.location!.file}:${t.error.location!.row}: ${t.error.code}: ${t.error.message}` } : {}),
  }));

const ok = () => verifyPolicies({ engine, cwd, policyPaths: ['ok'], dataPaths: ['data/limits.json'] });

test('every test gets the verdict opa test gives it, at its file and line', () => {
  const r = ok();
  assert.deepEqual(verdicts(r), oracle.opa.ok);
  assert.deepEqual(r.totals, { tests: 14, passed: 8, failed: 5, errors: 0, skipped: 1 });
  assert.equal(r.exitCode, 1);
  assert.ok(r.tests.filter((t) => t.status !== 'skip').every((t) => t.durationNs > 0));
});

test('a conflict is the erring test’s error with the location opa gives; a builtin error fails the test', () => {
  const r = verifyPolicies({ engine, cwd, policyPaths: ['err'] });
  assert.deepEqual(verdicts(r), oracle.opa.err);
  assert.equal(r.exitCode, 1);
});

test('strict (--show-builtin-errors): a builtin error is the test’s error', () => {
  const r = verifyPolicies({ engine, cwd, policyPaths: ['err/policy_test.rego', 'err/policy.rego'], strict: true });
  const t = r.tests.find((x) => x.name === 'test_strict_builtin_error')!;
  assert.deepEqual([t.status, t.error?.code, t.error?.message, t.error?.location?.row], ['error', 'eval_builtin_error', 'div: divide by zero', 10]);
});

test('stdout is conftest verify’s text: its FAIL lines and summary, and its exit code', () => {
  const r = ok();
  const lines = renderVerifyStdout(r, { color: false }).split('\n');
  assert.deepEqual(lines.filter((l) => l.startsWith('FAIL')).sort(), oracle.conftest.ok.failLines);
  assert.equal(lines.at(-1), oracle.conftest.ok.summary);
  assert.equal(r.exitCode, oracle.conftest.ok.exitCode);
  assert.ok(renderVerifyStdout(r).startsWith('\u001b[31mFAIL\u001b[0m - '));
});

test('an erring test is reported (conftest stops there) with the error conftest names, and exits 1 as conftest does', () => {
  const r = verifyPolicies({ engine, cwd, policyPaths: ['err'] });
  const text = renderVerifyStdout(r, { color: false });
  const conftestError = oracle.conftest.err.stderr.replace('Error: running verification: run test: ', '');
  assert.ok(text.includes(`FAIL - err/policy_test.rego -  - data.main.test_conflict_errors: ${conftestError}`), text);
  assert.equal(r.exitCode, oracle.conftest.err.exitCode);
});

test('json, tap and junit carry conftest verify’s shapes', () => {
  const r = ok();
  const json = JSON.parse(renderVerifyJson(r));
  assert.equal(json.length, 14);
  assert.deepEqual(json[0], { filename: 'ok/plain.rego', namespace: '', successes: 1 });
  assert.deepEqual(
    json.find((x: { skipped?: unknown }) => x.skipped),
    { filename: 'ok/policy_test.rego', namespace: '', successes: 0, skipped: [{ msg: 'data.main.todo_test_later' }] },
  );
  assert.deepEqual(json.find((x: { failures?: unknown }) => x.failures).failures, [{ msg: 'data.main.test_deny_service_fails' }]);
  assert.match(renderVerifyJson(r), /^\[\n\t\{\n\t\t"filename"/);
  const tap = renderVerifyTap(r).split('\n');
  assert.equal(tap[0], '1..14');
  assert.deepEqual(tap.slice(1, 3), ['# successes', 'ok 1 - ok/plain.rego -  - SUCCESS']);
  assert.ok(tap.includes('not ok 3 - ok/policy_test.rego -  - data.main.test_deny_service_fails'));
  assert.ok(tap.includes('# skip'));
  const junit = renderVerifyJunit(r);
  assert.match(junit, /<testsuite tests="14" failures="5" time="0.000" name="conftest.">/);
  assert.match(junit, /<skipped message="data.main.todo_test_later"><\/skipped>/);
  assert.match(junit, /<failure message="Failed" type="">data.main.test_twice#01<\/failure>/);
});

test('namespace globs choose the packages (conftest’s -n: * matches dots too)', () => {
  const names = (ns: string[]) =>
    verifyPolicies({ engine, cwd, policyPaths: ['ok'], dataPaths: ['data/limits.json'], namespaces: ns }).tests.map((t) => t.package);
  assert.deepEqual([...new Set(names(['other.*']))], ['data.other.nested']);
  assert.deepEqual([...new Set(names(['*n']))].sort(), ['data.main', 'data.plain']);
  assert.deepEqual(names(['nothing']), []);
});

test('a test function (with arguments) is an error, as opa reports it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  writeFileSync(join(dir, 'f_test.rego'), 'package t\n\ntest_fn(x) := x\n\ntest_ok if true\n');
  const r = verifyPolicies({ engine, cwd: dir, policyPaths: ['.'] });
  assert.deepEqual(
    r.tests.map((t) => [t.name, t.status, t.error?.message]),
    [
      ['test_fn', 'error', 'function data.t.test_fn used as reference, not called'],
      ['test_ok', 'pass', undefined],
    ],
  );
});

test('bad input: a syntax error names file:line:col, an empty policy dir and a bad data file are one clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'bad.rego'), 'package t\n\ntest_x if {\n');
  assert.throws(
    () => verifyPolicies({ engine, cwd: dir, policyPaths: ['bad.rego'] }),
    (e: Error & { format(): string }) => /^bad\.rego:\d+:\d+: rego_parse_error/.test(e.format()),
  );
  assert.throws(() => verifyPolicies({ engine, cwd: dir, policyPaths: ['empty'] }), /no policies found in empty/);
  assert.throws(() => verifyPolicies({ engine, cwd: dir, policyPaths: ['missing'] }), /policy: no such file or directory: missing/);
  writeFileSync(join(dir, 'ok.rego'), 'package t\n\ntest_x if true\n');
  writeFileSync(join(dir, 'd.json'), '{"a": ');
  assert.throws(
    () => verifyPolicies({ engine, cwd: dir, policyPaths: ['ok.rego'], dataPaths: ['d.json'] }),
    (e: Error & { format(): string }) => /cannot load data/.test(e.message) && /d\.json/.test(e.format()),
  );
});

test('a second definition that cannot be renamed in place is a clear error, not a lost test', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  writeFileSync(join(dir, 'd_test.rego'), 'package t\n\ndefault test_x := false\n\ndefault test_x := false\n');
  assert.throws(() => verifyPolicies({ engine, cwd: dir, policyPaths: ['.'] }), /does not start with its name|multiple default/);
});

test('the job-summary section lists each failed or erring test at its file:line, escaped', () => {
  const md = renderVerifyMarkdown(verifyPolicies({ engine, cwd, policyPaths: ['err'] })).split('\n');
  assert.deepEqual(md, [
    '3 tests, 1 passed, 0 warnings, 2 failures, 0 exceptions, 0 skipped',
    '',
    '| | where | test | error |',
    '|---|---|---|---|',
    '| error | err/policy\\_test.rego:3 | data.main.test\\_conflict\\_errors | eval\\_conflict\\_error: complete rules must not produce multiple outputs \\(err/policy.rego:5\\) |',
    '| fail | err/policy\\_test.rego:9 | data.main.test\\_strict\\_builtin\\_error |  |',
  ]);
});
