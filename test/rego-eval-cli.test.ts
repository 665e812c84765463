// `go-xenv rego eval` end to end through the CLI: data, input, v0 policies, the opa-eval-shaped output, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from '../src/cli/run.ts';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, env: {}, cwd });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-rego-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const POLICY_V0 = `package main

deny[msg] {
  input.kind == "Deployment"
  not input.spec.template.spec.securityContext.runAsNonRoot
  msg := sprintf("%s must run as non-root", [input.metadata.name])
}
`;

test('a v0 conftest policy over an input prints the result set like opa eval -f json', async () => {
  const ws = workspace({ 'policy.rego': POLICY_V0, 'input.yaml': 'kind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec: {}\n' });
  for (const json of [[], ['--json']]) {
    const r = await cli(['rego', 'eval', '--v0', '--data', 'policy.rego', '--input', 'input.yaml', 'x := data.main.deny', ...json], ws);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.result[0].bindings, { x: ['web must run as non-root'] });
    assert.deepEqual(doc.result[0].expressions, [{ value: true, text: 'x := data.main.deny', location: { row: 1, col: 1 } }]);
  }
});

test('an undefined query prints {}', async () => {
  const ws = workspace({ 'data.json': '{"limits": {"cpu": 2}}' });
  const r = await cli(['rego', 'eval', '--data', 'data.json', 'data.limits.memory'], ws);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '{}\n');
});

test('a Rego syntax error names file:line:col and what was expected, exit 3', async () => {
  const ws = workspace({ 'bad.rego': 'package main\n\ndeny contains msg if {\n  msg := \n}\n' });
  const r = await cli(['rego', 'eval', '--data', 'bad.rego', 'data.main.deny'], ws);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /^go-xenv: bad\.rego:5:1: rego_parse_error: .*expected/);
});

test('a missing data path and a missing query are clear errors', async () => {
  const ws = workspace({});
  const a = await cli(['rego', 'eval', '--data', 'nope.rego', 'data.x'], ws);
  assert.equal(a.code, 3);
  assert.match(a.stderr, /no such file or directory: nope\.rego/);
  const b = await cli(['rego', 'eval'], ws);
  assert.equal(b.code, 3);
  assert.match(b.stderr, /usage: go-xenv rego eval/);
});

test('a false expression drops its row, as in opa eval', async () => {
  const ws = workspace({});
  const rows = await cli(['rego', 'eval', 'x := [1,2,3][_]; x > 1'], ws);
  assert.equal(rows.code, 0, rows.stderr);
  assert.deepEqual(JSON.parse(rows.stdout).result.map((r: { bindings: unknown }) => r.bindings), [{ x: 2 }, { x: 3 }]);
  for (const q of ['x := 1; x == 2', '[false][_]', 'x := [false][_]; x', '[1][_] == 2']) {
    const r = await cli(['rego', 'eval', q], ws);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '{}\n', q);
  }
});

test('one expression without iteration shows its value, false included, with its text (as recorded from opa eval 1.19.1)', async () => {
  const ws = workspace({});
  const cases: [string, unknown][] = [
    ['1 == 2', [{ value: false, text: '1 == 2', location: { row: 1, col: 1 } }]],
    ['false', [{ value: false, text: 'false', location: { row: 1, col: 1 } }]],
    ['count([1,2])   ;  2 + 3', [{ value: 2, text: 'count([1,2])', location: { row: 1, col: 1 } }, { value: 5, text: '2 + 3', location: { row: 1, col: 19 } }]],
  ];
  for (const [q, want] of cases) {
    const r = await cli(['rego', 'eval', q], ws);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).result[0].expressions, want, q);
  }
});

test('a missing --input, a directory as --input and a symlink loop in --data are one clear message each', async () => {
  const ws = workspace({ 'p.rego': 'package p\nx := 1\n' });
  mkdirSync(join(ws, 'd'));
  symlinkSync('../d', join(ws, 'd', 'loop'));
  symlinkSync('b', join(ws, 'a'));
  symlinkSync('a', join(ws, 'b'));
  const cases: [string[], RegExp][] = [
    [['--input', 'missing.json'], /--input ".*missing\.json" cannot be read \(ENOENT\)/],
    [['--input', 'd'], /--input ".*d" is not a regular file/],
    [['--data', 'd'], /--data d\/loop: a symbolic link loop/],
    [['--data', 'a'], /--data a: a symbolic link loop/],
  ];
  for (const [flags, want] of cases) {
    const r = await cli(['rego', 'eval', ...flags, 'data'], ws);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, want);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\bat \w/);
  }
});

test('input nested to 10,000 levels is read and printed (also with --json); deeper is one clear error', async () => {
  const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const ws = workspace({ 'ok.json': nested(9990), 'ok.yaml': nested(9990), 'deep.json': nested(10_001), 'deep.yaml': nested(10_001),
    'block.yaml': Array.from({ length: 1200 }, (_, i) => `${' '.repeat(2 * i)}a:`).join('\n') + ' 1\n' });
  for (const f of ['ok.json', 'ok.yaml']) {
    const r = await cli(['rego', 'eval', '--input', f, 'count(input)'], ws);
    assert.equal(JSON.parse(r.stdout).result[0].expressions[0].value, 1, r.stderr);
  }
  const printed = await cli(['rego', 'eval', '--json', '--input', 'ok.json', 'input'], ws);
  assert.equal(printed.code, 0, printed.stderr);
  assert.ok(printed.stdout.includes('[]'));
  for (const [f, want] of [['deep.json', /cannot parse deep\.json: exceeded max depth of 10000/], ['deep.yaml', /cannot parse deep\.yaml: yaml: exceeded max depth of 10000/],
    ['block.yaml', /cannot parse block\.yaml: yaml: exceeded max depth of the YAML reader/]] as const) {
    const r = await cli(['rego', 'eval', '--input', f, 'input'], ws);
    assert.equal(r.code, 3);
    assert.match(r.stderr, want);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});
