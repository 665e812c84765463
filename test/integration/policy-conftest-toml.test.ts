// `go-xenv policy test` reads conftest.toml from the directory it runs in, as conftest does (flags > file > defaults),
// and repeated -p/-n/-d flags add up as conftest's string-slice flags do. Expected answers are the real conftest
// v0.71.1's on the same files (run by hand: rc and summary lines noted beside each case).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyCli } from './policy-kit.ts';
import { workspaceWith } from '../kit/workspace.ts';

const files = () =>
  workspaceWith(
    {
      'policy/p.rego': 'package main\n\ndeny contains "d" if input.a == 1\n\nwarn contains "w" if input.a == 1\n',
      'pol2/o.rego': 'package other\n\ndeny contains "o" if input.a == 1\n',
      'x.json': '{"a": 1}\n',
    },
    'go-xenv-conftest-toml-',
  );

const summary = (out: string) => out.trim().split('\n').at(-1);

test('conftest.toml sets policy, namespace and fail-on-warn (conftest: 3 tests, 1 warning, 2 failures, rc 2)', async () => {
  const dir = files();
  writeFileSync(join(dir, 'conftest.toml'), 'policy = ["policy", "pol2"]\nnamespace = ["main", "other"]\nfail-on-warn = true\n');
  const r = await policyCli(['--no-color', 'x.json'], dir);
  assert.deepEqual([r.code, summary(r.stdout)], [2, '3 tests, 0 passed, 1 warning, 2 failures, 0 exceptions']);
});

test('flags win over conftest.toml (conftest: -n main -p policy over the file: 2 tests, rc 1)', async () => {
  const dir = files();
  writeFileSync(join(dir, 'conftest.toml'), 'namespace = "other"\npolicy = ["pol2"]\n');
  const r = await policyCli(['--no-color', '-n', 'main', '-p', 'policy', 'x.json'], dir);
  assert.deepEqual([r.code, summary(r.stdout)], [1, '2 tests, 0 passed, 1 warning, 1 failure, 0 exceptions']);
});

test('no-fail, all-namespaces and output from conftest.toml (conftest: the JSON document, rc 0)', async () => {
  const dir = files();
  writeFileSync(join(dir, 'conftest.toml'), 'no-fail = true\nall-namespaces = true\npolicy = ["policy", "pol2"]\noutput = "json"\ncombine = false\n');
  const r = await policyCli(['x.json'], dir);
  assert.equal(r.code, 0);
  assert.deepEqual(
    JSON.parse(r.stdout).map((x: { namespace: string }) => x.namespace),
    ['main', 'other'],
  );
});

test('repeated -n and -p add up, as comma-separated values do (conftest: 3 tests, rc 1 both ways)', async () => {
  const dir = files();
  for (const args of [
    ['-p', 'policy', '-p', 'pol2', '-n', 'main', '-n', 'other'],
    ['-p', 'policy,pol2', '-n', 'main,other'],
  ]) {
    const r = await policyCli(['--no-color', ...args, 'x.json'], dir);
    assert.deepEqual([r.code, summary(r.stdout)], [1, '3 tests, 0 passed, 1 warning, 2 failures, 0 exceptions'], args.join(' '));
  }
});

test('a conftest.toml that is no TOML is one error at its line (conftest names no line)', async () => {
  const dir = files();
  writeFileSync(join(dir, 'conftest.toml'), 'policy = [\n"a"\nnamespace = 3\n');
  const r = await policyCli(['x.json'], dir);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /^go-xenv: conftest\.toml:3:\d+: invalid TOML: .+ — fix the TOML syntax of conftest\.toml\n$/);
  writeFileSync(join(dir, 'conftest.toml'), 'fail-on-warn = "sometimes"\n');
  const wrong = await policyCli(['x.json'], dir);
  assert.equal(wrong.stderr, 'go-xenv: conftest.toml:1: conftest.toml: "fail-on-warn" must be true or false — see conftest\'s flags of the same names\n');
});
