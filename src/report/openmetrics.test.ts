import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { auditOf, diff, type Snapshot } from '../baseline/index.ts';
import { escapeLabelValue, renderOpenMetrics } from './openmetrics.ts';

const sha = (c: string) => c.repeat(64);
const bin = (target: string, size: number, s = 'a') => ({ target, file: 'app', size, sha256: sha(s) });
const base: Snapshot = { schema: 1, configs: [{ path: 'a.yaml', format: 'yaml', sha256: sha('a'), content: { a: 1 } }, { path: 'b.yaml', format: 'yaml', sha256: sha('a'), content: { b: 1 } }], verdicts: [], dependencies: [], toolchain: { version: '1.26.8', source: 'manifest' }, binaries: [bin('linux/amd64', 1000), bin('linux/arm64', 2000), bin('linux/386', 10)] };
const head: Snapshot = { ...base, configs: [{ ...base.configs[0], sha256: sha('b'), content: { a: 2 } }, base.configs[1]], verdicts: [{ rule: 'main/deny', level: 'failure', message: 'x', file: 'a.yaml', line: 1 }], binaries: [bin('linux/amd64', 1005, 'b'), bin('linux/arm64', 2000), bin('windows/amd64', 3000)] };
const hostileBranch = 'feat/"quoted"\\back\nslash';
const audit = auditOf(diff(base, head, [{ file: 'go.mod', status: 'changed', diff: { added: [{ name: 'x', base: null, head: { versions: ['v1'] } }], removed: [], upgraded: [], downgraded: [], changed: [], madeDirect: [], madeIndirect: [], rehashed: [] } }]), head.verdicts, { repository: 'o/r', branch: hostileBranch });
const text = renderOpenMetrics(audit);
const L = `repository="o/r",branch="feat/\\"quoted\\"\\\\back\\nslash"`;

test('label values are escaped as OpenMetrics says: backslash, double quote, line feed; lone surrogates replaced', () => {
  assert.equal(escapeLabelValue('a"b\\c\nd'), 'a\\"b\\\\c\\nd');
  assert.equal(escapeLabelValue('x\uD800y'), 'x\uFFFDy');
  assert.ok(!text.includes(hostileBranch), 'the raw branch name never reaches the file');
});

test('every family has TYPE and HELP, samples carry repository and branch, and the text ends with # EOF', () => {
  assert.ok(text.endsWith('\n# EOF\n'));
  const names = [...text.matchAll(/^# TYPE (\S+) gauge$/gm)].map((m) => m[1]);
  for (const n of names) assert.match(text, new RegExp(`^# HELP ${n} \\S`, 'm'));
  for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) assert.ok(line.includes(L), line);
  const expected = [
    `go_xenv_baseline_check_failures{${L}} 1`,
    `go_xenv_config_drift_ratio{${L}} 0.5`,
    `go_xenv_config_drifted_files{${L}} 1`,
    `go_xenv_config_tracked_files{${L}} 2`,
    `go_xenv_dependency_changes{${L},kind="added"} 1`,
    `go_xenv_dependency_changes{${L},kind="upgraded"} 0`,
    `go_xenv_binary_size_bytes{${L},target="linux/amd64"} 1005`,
    `go_xenv_binary_size_bytes{${L},target="windows/amd64"} 3000`,
    `go_xenv_binary_size_drift_bytes{${L},target="linux/amd64"} 5`,
    `go_xenv_binary_size_drift_ratio{${L},target="linux/amd64"} 0.005`,
    `go_xenv_binary_size_drift_ratio{${L},target="linux/arm64"} 0`,
    `go_xenv_audit_clean{${L}} 0`,
  ];
  for (const line of expected) assert.ok(text.split('\n').includes(line), `missing: ${line}\n${text}`);
  assert.ok(!/target="linux\/386"/.test(text.split('\n').filter((l) => l.startsWith('go_xenv_binary_size_bytes')).join('\n')), 'a removed target has no size');
});

const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
const noPromtool = promtool.error ? 'promtool is not on PATH (Debian package prometheus ships it)' : false;

test('promtool check metrics accepts the file', { skip: noPromtool }, () => {
  const r = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  assert.equal(`${r.stdout}${r.stderr}`.trim(), '', 'no lint complaints either');
});
