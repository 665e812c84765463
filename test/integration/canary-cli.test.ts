// `go-xenv canary` end to end through runCli with the file provider: the decision's exit codes (0 promote, 1 rollback,
// 2 hold with --fail-on-hold, 3 config error), the report, and config errors at their file:line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args.ts';
import { loadCommand } from '../../src/pipeline/registry.ts';
import { CHECK_STEPS } from '../../src/pipeline/steps.ts';
import { canaryStep } from '../../src/pipeline/canary.ts';
import { loadConfig } from '../../src/config/load.ts';
import { terminalHost } from '../../src/terminal-host.ts';
import { canaryCli } from './canary-kit.ts';

const ramp = (n: number, from: number, step: number) => Array.from({ length: n }, (_, i) => from + ((i * 7) % n) * step);

const SERIES = {
  metrics: {
    'errors-ok': { canary: [0.001, 0.002, 'NaN', 0.001], stable: [0.001, 0.001] },
    'errors-bad': { canary: [0.001, 0.03, 0.04], stable: [0.001, 0.001] },
    'latency-same': { canary: ramp(20, 100, 1), stable: ramp(20, 100.2, 1) },
    'latency-slow': { canary: ramp(20, 150, 1), stable: ramp(20, 100, 1) },
    'only-nan': { canary: ['NaN', '+Inf', null], stable: [1, 2] },
  },
};

function workspace(canaryYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-canary-cli-'));
  writeFileSync(join(dir, 'series.json'), JSON.stringify(SERIES));
  writeFileSync(join(dir, 'canary.yml'), canaryYaml);
  return dir;
}

const yaml = (...metrics: string[]) => `provider:\n  type: file\n  path: series.json\nmetrics:\n${metrics.join('')}`;
const threshold = (name: string, critical = false) => `  - name: ${name}\n    judge: threshold\n    max: 0.01\n    critical: ${critical}\n`;
const compare = (name: string) => `  - name: ${name}\n    judge: compare\n    worse: higher\n`;

const cli = (dir: string, ...argv: string[]) => canaryCli(dir, {}, ...argv);

test('promote exits 0 and prints the per-metric table and the decision', async () => {
  const r = await cli(workspace(yaml(threshold('errors-ok', true), compare('latency-same'))), 'canary', '--config', 'canary.yml');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^ok {6}canary: promote \(score 1\)\n/);
  assert.match(r.stdout, /decision: promote \(score 1\)/);
  assert.match(r.stdout, /metric +judge +canary median \/ p95 \(n\) +stable median \/ p95 \(n\) +difference \[CI\] +p-value +effect +verdict/);
  assert.match(r.stdout, /errors-ok \(critical\) +threshold +0\.001 \/ 0\.0019 \(3\) +0\.001 \/ 0\.001 \(2\) +0 \[0, 0\.001\] +0\.68 +0% +Pass\n +all 3 samples within max 0\.01/);
  assert.match(r.stdout, /latency-same +compare +109\.5 \/ 118 \(20\) +109\.7 \/ 118\.3 \(20\) +-0\.2 \[-5\.2, 4\.8\] +0\.8 +-0\.182% +Pass\n +no significant difference from stable \(p=0\.8 ≥ 0\.02\)/);
});

test('rollback exits 1; --json carries the decision, score and per-metric numbers', async () => {
  const r = await cli(workspace(yaml(threshold('errors-ok'), compare('latency-slow'))), 'canary', '--config', 'canary.yml', '--json');
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.ok, false);
  const step = out.steps[0];
  assert.deepEqual(step.outputs, { 'canary-decision': 'rollback', 'canary-score': '0.5' });
  assert.equal(step.exitCode, 1);
  assert.equal(step.reason, '1 of 2 judged metrics passed (score 50%), below marginal-score 75%');
  const slow = step.data.metrics[1];
  assert.equal(slow.verdict, 'High');
  assert.equal(slow.difference.estimate, 50);
  assert.ok(slow.pValue < 1e-6);
});

test('a critical failure rolls back with score 0', async () => {
  const r = await cli(workspace(yaml(threshold('errors-bad', true), compare('latency-same'))), 'canary', '--config', 'canary.yml', '--json');
  assert.equal(r.code, 1);
  const step = JSON.parse(r.stdout).steps[0];
  assert.equal(step.outputs['canary-score'], '0');
  assert.deepEqual(step.data.reasons, ['critical metric errors-bad failed, so the score is 0', 'errors-bad: 2 of 3 samples above max 0.01 (worst 0.04), more than failure-limit 0']);
});

test('hold exits 0, or 2 with --fail-on-hold; NaN/Inf only is no data', async () => {
  const dir = workspace(yaml(threshold('only-nan'), compare('latency-same')));
  const plain = await cli(dir, 'canary', '--config', 'canary.yml', '--json');
  assert.equal(plain.code, 0);
  const step = JSON.parse(plain.stdout).steps[0];
  assert.equal(step.outputs['canary-decision'], 'hold');
  assert.equal(step.data.metrics[0].reason, 'the canary query returned no numbers for the window (3 NaN/Inf values dropped)');
  const strict = await cli(dir, 'canary', '--config', 'canary.yml', '--fail-on-hold');
  assert.equal(strict.code, 2);
  assert.match(strict.stdout, /^FAILED  canary: hold \(score 0\.5\) \(no data on 1 of 2 metrics \(half or more\)\)/);
});

test('a metric missing from the series file is no data, not a pass', async () => {
  const r = await cli(workspace(yaml(threshold('errors-ok'), compare('latency-same'), threshold('typo-metric'))), 'canary', '--config', 'canary.yml', '--json');
  const step = JSON.parse(r.stdout).steps[0];
  assert.equal(step.outputs['canary-decision'], 'hold');
  assert.equal(step.data.metrics[2].reason, 'no canary data: no series "typo-metric" in series.json');
});

const configErrors: { name: string; yaml: string; stderr: string; env?: NodeJS.ProcessEnv }[] = [
  { name: 'unknown key', yaml: yaml(threshold('errors-ok')).replace('    max: 0.01\n', '    max: 0.01\n    maxx: 2\n'), stderr: 'go-xenv: canary.yml:8: canary: unknown key "maxx" in metrics[0] — allowed keys: name, query, canary-query, stable-query, judge, max, min, aggregate, failure-limit, worse, confidence, tolerance, tolerance-absolute, critical, required, min-samples\n' },
  { name: 'missing provider', yaml: 'metrics:\n  - name: a\n    judge: threshold\n    max: 1\n', stderr: 'go-xenv: canary.yml:1: canary: "provider" is missing — see the canary section of the README\n' },
  { name: 'unknown judge', yaml: yaml('  - name: a\n    judge: kayenta\n'), stderr: 'go-xenv: canary.yml:6: canary: metrics[0].judge "kayenta" is not allowed — use one of: threshold, compare\n' },
  { name: 'threshold without bounds', yaml: yaml('  - name: a\n    judge: threshold\n'), stderr: 'go-xenv: canary.yml:5: canary: metric "a": judge threshold needs "max", "min" or both — see the canary section of the README\n' },
  { name: 'a compare key on a threshold judge', yaml: yaml('  - name: a\n    judge: threshold\n    max: 1\n    worse: lower\n'), stderr: 'go-xenv: canary.yml:8: canary: metric "a": "worse" does not apply to judge threshold — see the canary section of the README\n' },
  { name: 'wrong type', yaml: yaml('  - name: a\n    judge: threshold\n    max: "high"\n'), stderr: 'go-xenv: canary.yml:7: canary: metrics[0].max must be a number, got "high" — see the canary section of the README\n' },
  { name: 'prometheus query without {{track}}', yaml: 'provider:\n  type: prometheus\n  url: http://127.0.0.1:9\nmetrics:\n  - name: a\n    query: up\n    judge: threshold\n    max: 1\n', stderr: 'go-xenv: canary.yml:6: canary: metric "a": "query" needs the {{track}} placeholder (replaced by canary and stable) — or give canary-query and stable-query\n' },
  { name: 'bearer secret not set', yaml: 'provider:\n  type: prometheus\n  url: http://127.0.0.1:9\n  bearer-token-env: PROM_TOKEN\nmetrics:\n  - name: a\n    query: up{track="{{track}}"}\n    judge: threshold\n    max: 1\n', stderr: 'go-xenv: canary: the environment variable PROM_TOKEN (provider.bearer-token-env) is empty or not set — pass the secret to the step as an env variable\n', env: { GO_XENV_CANARY_URL: 'http://127.0.0.1:9' } },
  { name: 'YAML syntax', yaml: 'provider: [file\n', stderr: 'go-xenv: canary.yml:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] — fix the YAML syntax\n' },
  { name: 'duplicate metric', yaml: yaml(threshold('a'), threshold('a')), stderr: 'go-xenv: canary.yml:9: canary: metric name "a" is used twice — see the canary section of the README\n' },
  { name: 'marginal above pass', yaml: `pass-score: 0.5\nmarginal-score: 0.9\n${yaml(threshold('a'))}`, stderr: 'go-xenv: canary.yml:2: canary: marginal-score (0.9) is above pass-score (0.5) — see the canary section of the README\n' },
];

for (const c of configErrors) {
  test(`config error exits 3 with file:line: ${c.name}`, async () => {
    const r = await canaryCli(workspace(c.yaml), c.env ?? {}, 'canary', '--config', 'canary.yml');
    assert.equal(r.code, 3);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, c.stderr);
  });
}

test('a missing config file and no config at all are config errors', async () => {
  const dir = workspace('');
  assert.deepEqual(await cli(dir, 'canary', '--config', 'nope.yml'), { code: 3, stdout: '', stderr: 'go-xenv: canary config file "nope.yml" does not exist — give a path relative to the current directory (or --cwd)\n' });
  const none = await cli(dir, 'canary');
  assert.equal(none.code, 3);
  assert.equal(none.stderr, 'go-xenv: no canary config: give --config FILE, the canary input, or a canary key in the config file — see the canary section of the README\n');
});

test('the canary key of the repository config file works, with errors at its lines there', async () => {
  const dir = workspace('');
  mkdirSync(join(dir, '.github'));
  const nested = yaml(threshold('errors-ok')).split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
  writeFileSync(join(dir, '.github', 'go-xenv.yml'), `fail-on-hold: true\ncanary:\n${nested}`);
  const ok = await cli(dir, 'canary', '--json');
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).steps[0].outputs['canary-decision'], 'promote');
  writeFileSync(join(dir, '.github', 'go-xenv.yml'), `canary:\n${nested.replace('max: 0.01', 'max: lots')}`);
  const bad = await cli(dir, 'canary');
  assert.equal(bad.stderr, 'go-xenv: .github/go-xenv.yml:8: canary: metrics[0].max must be a number, got "lots" — see the canary section of the README\n');
});

test('the check step runs the canary, or is skipped with the reason', async () => {
  const dir = workspace(yaml(threshold('errors-ok', true), compare('latency-slow')));
  const host = terminalHost({ env: {}, write: () => {} });
  const ctx = (given: Record<string, string>) => ({ config: loadConfig({ given, workspace: dir, env: {} }), host, args: [], flags: {} });
  assert.equal(canaryStep.skipReason(ctx({})), 'no canary config (the canary input or key is empty)');
  const withCanary = ctx({ canary: 'canary.yml' });
  assert.equal(canaryStep.skipReason(withCanary), undefined);
  const [r] = await canaryStep.run(withCanary, []);
  assert.deepEqual([r.status, r.outputs, r.exitCode], ['failed', { 'canary-decision': 'rollback', 'canary-score': '0.5' }, 1]);
  assert.ok(CHECK_STEPS.includes(canaryStep));
});

test('--config means the canary file for canary and the repository config file elsewhere', async () => {
  const commands = new Map([['canary', await loadCommand('canary')], ['check', await loadCommand('check')]]);
  const findCommand = (name: string) => commands.get(name);
  const canary = parseArgs(['canary', '--config', 'c.yml'], findCommand);
  assert.deepEqual([canary.flags, canary.given], [{ config: 'c.yml' }, {}]);
  const inline = parseArgs(['canary', '--config=c.yml'], findCommand);
  assert.deepEqual(inline.flags, { config: 'c.yml' });
  const check = parseArgs(['check', '--config', 'repo.yml'], findCommand);
  assert.deepEqual([check.flags, check.given], [{}, { 'config-file': 'repo.yml' }]);
  assert.deepEqual(parseArgs(['canary', '--config-file', 'repo.yml'], findCommand).given, { 'config-file': 'repo.yml' });
});
