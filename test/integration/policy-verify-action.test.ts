// The action's policy step running the repository's own `test_` rules (policy-verify): passing and failing tests, a
// test that errs, a syntax error in a _test.rego file, the built-in pack's tests left out, and the report section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.ts';
import type { PolicyStepData } from '../../src/core/result.ts';
import { isUserError } from '../../src/errors.ts';
import type { Host } from '../../src/host.ts';
import { terminalHost } from '../../src/terminal-host.ts';
import { check } from '../../src/pipeline/check.ts';
import { runPolicyAction } from '../../src/pipeline/policy.ts';
import { policySection } from '../../src/report/sections/policy.ts';
import { workspaceWith } from '../kit/workspace.ts';

const POLICY = 'package main\n\ndeny contains "pods are not allowed" if input.kind == "Pod"\n';
const PASSING = [
  'package main_test',
  '',
  'import data.main',
  '',
  'test_pod_denied if main.deny with input as {"kind": "Pod"}',
  '',
  'test_service_allowed if count(main.deny) == 0 with input as {"kind": "Service"}',
  '',
].join('\n');
const FAILING = `${PASSING}test_wrong if count(main.deny) == 0 with input as {"kind": "Pod"}\n\ntest_conflict := x if {\n\tsome x in [1, 2]\n}\n`;

function actionsHost() {
  const lines: string[] = [];
  const host: Host = {
    ...terminalHost({ env: {}, write: (l) => lines.push(l) }),
    kind: 'actions',
    info: (m) => lines.push(m),
    setOutput: () => undefined,
    group: async (_n, fn) => fn(),
  };
  return { host, lines };
}

function context(dir: string, given: Record<string, string> = {}) {
  const h = actionsHost();
  const config = loadConfig({ given: { 'out-dir': join(dir, '.out'), ...given }, workspace: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push' } });
  return { ctx: { config, host: h.host, args: [], flags: {} }, lines: h.lines };
}

async function run(dir: string, given?: Record<string, string>) {
  const c = context(dir, given);
  const [r] = await runPolicyAction(c.ctx);
  return { r, data: r.data as PolicyStepData, lines: c.lines };
}

test("auto: the repository's passing tests run with the policy step, a line in its title, the result in its data", async () => {
  const dir = workspaceWith({ 'policy/p.rego': POLICY, 'policy/p_test.rego': PASSING, 'svc.yaml': 'kind: Service\n' });
  const { r, data, lines } = await run(dir);
  assert.equal(r.status, 'ok');
  assert.equal(r.exitCode, 0);
  assert.equal(
    r.title,
    'policy: 1 tests, 1 passed, 0 warnings, 0 failures, 0 exceptions; verify: 2 tests, 2 passed, 0 warnings, 0 failures, 0 exceptions, 0 skipped',
  );
  assert.deepEqual(data.verify?.totals, { tests: 2, passed: 2, failed: 0, errors: 0, skipped: 0 });
  assert.deepEqual(r.findings, []);
  assert.ok(lines.includes('policy verify: 2 tests, 2 passed, 0 warnings, 0 failures, 0 exceptions, 0 skipped'));
  assert.equal(
    policySection(data),
    '1 tests, 1 passed, 0 warnings, 0 failures, 0 exceptions\n\n**verify**: 2 tests, 2 passed, 0 warnings, 0 failures, 0 exceptions, 0 skipped',
  );
});

test('a failing and an erring test fail the step: error findings verify/<package>.<test> at the test, a table in the report', async () => {
  const dir = workspaceWith({ 'policy/p.rego': POLICY, 'policy/p_test.rego': FAILING, 'svc.yaml': 'kind: Service\n' });
  const { r, data } = await run(dir);
  assert.equal(r.status, 'failed');
  assert.equal(r.exitCode, 1);
  assert.match(r.title, /; verify: 4 tests, 2 passed, 0 warnings, 2 failures, 0 exceptions, 0 skipped$/);
  assert.deepEqual(
    r.findings.map((f) => [f.capability, f.rule, f.severity, f.file, f.line, f.column]),
    [
      ['policy', 'verify/main_test.test_wrong', 'error', 'policy/p_test.rego', 8, 1],
      ['policy', 'verify/main_test.test_conflict', 'error', 'policy/p_test.rego', 10, 1],
    ],
  );
  assert.equal(r.findings[0].message, 'test test_wrong failed');
  assert.match(r.findings[1].message, /^test test_conflict erred: eval_conflict_error: .* at policy\/p_test\.rego:10:1$/);
  // The policy verdicts themselves are untouched: the service passes.
  assert.deepEqual(data.result.totals, { tests: 1, passed: 1, warnings: 0, failures: 0, exceptions: 0 });
  const section = policySection(data);
  assert.ok(section.includes('\n| fail | policy/p\\_test.rego:8 | data.main\\_test.test\\_wrong |  |\n'), section);
  assert.ok(section.includes('\n| error | policy/p\\_test.rego:10 | data.main\\_test.test\\_conflict | eval\\_conflict\\_error: complete rules'), section);
  // A passing test is not in the table.
  assert.doesNotMatch(section, /test_pod_denied/);
});

test('a failing test fails `check` too, through the policy step', async () => {
  const dir = workspaceWith({ 'policy/p.rego': POLICY, 'policy/p_test.rego': FAILING, 'svc.yaml': 'kind: Service\n' });
  const c = context(dir, { command: 'check', targets: '' });
  const results = await check.run(c.ctx);
  const policy = results.find((x) => x.step === 'policy')!;
  assert.equal(policy.status, 'failed');
  assert.ok(policy.findings.some((f) => f.rule === 'verify/main_test.test_wrong'));
});

test('a syntax error in a _test.rego file is one clear error at its file:line:col', async () => {
  const dir = workspaceWith({
    'policy/p.rego': POLICY,
    'policy/p_test.rego': 'package main_test\n\ntest_x if {\n\tinput.kind ==\n}\n',
    'svc.yaml': 'kind: Service\n',
  });
  await assert.rejects(run(dir), (e: unknown) => isUserError(e) && /^policy\/p_test\.rego:5:1: /.test(e.format()) && e.format().split('\n').length <= 2);
});

test('policy-verify false runs no test; true reports zero tests; auto without tests adds nothing', async () => {
  const withTests = workspaceWith({ 'policy/p.rego': POLICY, 'policy/p_test.rego': FAILING, 'svc.yaml': 'kind: Service\n' });
  const off = await run(withTests, { 'policy-verify': 'false' });
  assert.equal(off.r.status, 'ok');
  assert.equal(off.data.verify, undefined);
  assert.doesNotMatch(off.r.title, /verify/);
  const noTests = workspaceWith({ 'policy/p.rego': POLICY, 'svc.yaml': 'kind: Service\n' });
  const auto = await run(noTests);
  assert.equal(auto.data.verify, undefined);
  const on = await run(noTests, { 'policy-verify': 'true' });
  assert.equal(on.r.status, 'ok');
  assert.deepEqual(on.data.verify?.totals, { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 });
  assert.throws(
    () => context(noTests, { 'policy-verify': 'maybe' }),
    (e: unknown) => isUserError(e) && /policy-verify.*"maybe" is not allowed/.test(e.format()),
  );
});

test("the built-in pack's own tests are not the repository's: only the repository's policy paths are verified", async () => {
  const dir = workspaceWith({ 'policy/p.rego': POLICY, 'policy/p_test.rego': PASSING, 'svc.yaml': 'kind: Service\n' });
  const both = await run(dir, { policy: 'policy, builtin' });
  assert.deepEqual(both.data.verify?.totals, { tests: 2, passed: 2, failed: 0, errors: 0, skipped: 0 });
  assert.ok(both.data.verify!.tests.every((t) => t.location.file.startsWith('policy/')));
  const pack = await run(dir, { policy: 'builtin', 'policy-verify': 'true' });
  assert.equal(pack.data.verify, undefined);
});
