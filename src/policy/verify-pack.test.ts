// The built-in pack (policies/): its _test.rego tests all pass through our verify, every deny/warn rule carries its
// id, severity, rationale and fix in METADATA and has a failing and a passing case among the tests, and our
// `policy test` gives the very answers the real conftest gave on the pack's fixtures (policies/testdata/
// conftest-answers.json, recorded by policies/testdata/record-conftest.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/run.ts';
import * as engine from '../rego/index.ts';
import { verifyPolicies } from './verify.ts';
import { loadAllParsers } from './index.ts';

// These tests parse directly: every parser loaded first, as a run first loads the ones it reads with.
await loadAllParsers();

await engine.loadAllBuiltins();

const root = new URL('../../', import.meta.url).pathname;
const answers = JSON.parse(readFileSync(join(root, 'policies/testdata/conftest-answers.json'), 'utf8'));
const regoFiles = readdirSync(join(root, 'policies')).filter((f) => f.endsWith('.rego'));

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), env: {}, cwd: root });
  return { code, stdout, stderr };
}

interface Result {
  filename: string;
  namespace: string;
  successes: number;
  warnings?: unknown[];
  failures?: unknown[];
  exceptions?: unknown[];
}
const byNamespace = (rs: Result[]) => [...rs].sort((a, b) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0));

test('every test of the pack passes through our verify, as through conftest verify', () => {
  const r = verifyPolicies({ engine, cwd: root, policyPaths: ['policies'] });
  const failed = r.tests.filter((t) => t.status !== 'pass').map((t) => `${t.package}.${t.name} ${t.status} ${t.error?.message ?? ''}`);
  assert.deepEqual(failed, []);
  assert.equal(`${r.totals.tests} tests, ${r.totals.passed} passed, 0 warnings, 0 failures, 0 exceptions, 0 skipped`, answers.verify.summary);
});

test('one package per topic, each with a _test.rego beside it', () => {
  const policies = regoFiles.filter((f) => !f.endsWith('_test.rego') && f !== 'lib.rego');
  assert.deepEqual(policies.sort(), ['compose.rego', 'config.rego', 'go_mod.rego', 'k8s.rego', 'logrotate.rego', 'nginx.rego', 'pip.rego', 'sshd.rego']);
  for (const p of policies) assert.ok(regoFiles.includes(p.replace('.rego', '_test.rego')), `${p} has no test file`);
});

test('every deny/warn rule has an id, severity, rationale and fix, and a failing and a passing test', () => {
  const modules = regoFiles.map((f) => ({ file: f, source: readFileSync(join(root, 'policies', f), 'utf8') }));
  const policy = engine.compile(modules, {});
  const tests = modules.filter((m) => m.file.endsWith('_test.rego'));
  const ids: string[] = [];
  for (const m of policy.modules) {
    for (const r of m.rules) {
      const name = r.head.ref[0].t === 'var' ? r.head.ref[0].name : '';
      if (name !== 'deny' && name !== 'warn') continue;
      const custom = (r.annotations?.find((a) => a.scope === 'rule')?.data.custom ?? {}) as Record<string, unknown>;
      for (const k of ['id', 'severity', 'rationale', 'fix']) assert.equal(typeof custom[k], 'string', `${m.file}:${r.loc.row}: custom.${k}`);
      assert.ok(['high', 'medium', 'low'].includes(custom.severity as string), `${m.file}:${r.loc.row}: severity`);
      const id = custom.id as string;
      ids.push(id);
      const own = tests.find((t) => t.file === m.file.replace('.rego', '_test.rego'))!.source;
      assert.ok(own.includes(`"${id}" in rules(`) || own.includes(`r.rule == "${id}"`), `${id}: no failing case`);
      assert.ok(own.includes(`not "${id}" in rules(`) || /count\(\w+\.(deny|warn)\) == 0/.test(own), `${id}: no passing case`);
    }
  }
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  assert.ok(ids.length >= 22, `${ids.length} rules`);
});

for (const file of Object.keys(answers.test)) {
  test(`policy test on ${file} answers as conftest does`, async () => {
    const r = await cli(['policy', 'test', '-p', 'policies', '-d', 'policies/data', '--all-namespaces', '-o', 'json', file]);
    const want = answers.test[file];
    assert.equal(r.code, want.exitCode, r.stderr);
    assert.deepEqual(byNamespace(JSON.parse(r.stdout)), byNamespace(want.results));
  });
}

test('policy test --combine on the bad fixtures answers as conftest does (go.mod checked against its go.sum)', async () => {
  const files = Object.keys(answers.test).filter((f) => f.includes('/bad/'));
  const r = await cli(['policy', 'test', '-p', 'policies', '-d', 'policies/data', '--all-namespaces', '--combine', '-o', 'json', ...files]);
  assert.equal(r.code, answers.combine.exitCode, r.stderr);
  const results = JSON.parse(r.stdout);
  assert.deepEqual(byNamespace(results), byNamespace(answers.combine.results));
  assert.ok(JSON.stringify(results).includes('go-mod/require-in-go-sum'));
});
