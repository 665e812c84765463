// The report document: verdict, sections in their order with detail folded, a section from elsewhere plugged in,
// hostile text inert, and the 65,536-character limit met by dropping detail, then by the summary with a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertSnapshot } from '../../test/kit/snapshot.ts';
import { decide } from '../canary/decide.ts';
import { judgeMetric } from '../canary/judge.ts';
import type { MetricSpec } from '../canary/types.ts';
import type { MatrixBuildData, StepResult } from '../core/result.ts';
import type { PolicyResult } from '../policy/index.ts';
import { BODY_LIMIT, clip, renderReport, verdictLine, type ReportSection } from './document.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'snapshots');
const HOSTILE = '</details><img src=x onerror=alert(1)> @octocat | a | b [x](https://evil.example) ```';

const binary = (target: string, file: string, smokeReason?: string): MatrixBuildData['binaries'][number] => ({
  target,
  goos: target.split('/')[0],
  goarch: target.split('/')[1],
  cgo: false,
  file,
  size: 1000,
  sha256: 'ab'.repeat(32),
  format: 'elf',
  checks: { ok: true, problems: [] },
  header: { format: 'elf' } as never,
  smoke: smokeReason
    ? { via: 'qemu', command: [], exitCode: 2, timedOut: false, output: '', durationMs: 9, ok: false, reason: smokeReason }
    : { via: 'native', command: [], exitCode: 0, timedOut: false, output: '', durationMs: 9, ok: true },
});

function matrix(binaries: MatrixBuildData['binaries'], failures: MatrixBuildData['failures']): StepResult {
  const failed = failures.length > 0;
  return {
    step: 'matrix',
    status: failed ? 'failed' : 'ok',
    title: `matrix: ${binaries.length} binaries built and checked${failed ? `, ${failures.length} failures` : ''}`,
    reason: failed ? failures.map((f) => `${f.target}: ${f.message}`).join('\n') : undefined,
    findings: failures.map((f) => ({ capability: 'matrix', severity: 'error', message: `${f.target}: ${f.message}`, file: 'main.go', line: 3 })),
    data: { outDir: 'dist', manifest: 'dist/manifest.json', sums: 'dist/SHA256SUMS', binaries, failures, reproducible: undefined, timings: {} as never },
  };
}

const spec = (name: string, judge: MetricSpec['judge']): MetricSpec => ({
  name,
  queries: { canary: name, stable: name },
  judge,
  critical: false,
  required: true,
  minSamples: 1,
  where: {},
  queryWhere: { canary: {}, stable: {} },
});

function canary(): StepResult {
  const threshold = spec(`errors ${HOSTILE}`, { kind: 'threshold', max: 0.01, aggregate: 'each', failureLimit: 0 });
  const compare = spec('latency', { kind: 'compare', worse: 'higher', confidence: 0.95, tolerance: 0.05, toleranceAbsolute: 0 });
  const metrics = [
    judgeMetric(threshold, { canary: { values: [0.001, 0.002, 0.03], dropped: 0 }, stable: { values: [0.001, 0.002], dropped: 0 } }),
    judgeMetric(compare, {
      canary: { values: [31, 33, 35, 32, 36, 34, 37, 33], dropped: 0 },
      stable: { values: [21, 22, 20, 23, 22, 21, 24, 22], dropped: 0 },
    }),
  ];
  const r = decide(metrics, { passScore: 0.95, marginalScore: 0.75 }, { start: 1_700_000_000, end: 1_700_001_800, stepSeconds: 60 });
  const data = { ...r, judges: [threshold, compare].map((m) => ({ metric: m.name, judge: m.judge })) };
  return { step: 'canary', status: r.decision === 'promote' ? 'ok' : 'failed', title: `canary: ${r.decision}`, reason: r.reasons[0], findings: [], data };
}

const policyResult: PolicyResult = {
  results: [
    {
      filename: 'deploy.yaml',
      namespace: 'main',
      successes: 1,
      exceptions: [],
      warnings: [],
      failures: [{ msg: HOSTILE, metadata: { query: 'data.main.deny' }, line: 7 }],
    },
  ],
  findings: [{ capability: 'policy', rule: 'main/deny', severity: 'error', message: `${HOSTILE}\n# not a heading`, file: 'deploy.yaml', line: 7 }],
  totals: { tests: 2, passed: 1, warnings: 0, failures: 1, exceptions: 0 },
  exitCode: 1,
};

function results(): StepResult[] {
  return [
    { step: 'toolchain', status: 'ok', title: 'toolchain: go1.26.8', findings: [] },
    matrix(
      [binary('linux/amd64', 'app_linux_amd64'), binary('linux/arm64', `app_${HOSTILE}`, `exit 2: ${HOSTILE}`)],
      [{ target: 'linux/arm64', stage: 'smoke', message: `exit 2: ${HOSTILE}` }],
    ),
    canary(),
    {
      step: 'policy',
      status: 'failed',
      title: 'policy: 2 tests, 1 passed, 0 warnings, 1 failures, 0 exceptions',
      findings: policyResult.findings,
      data: { result: policyResult, output: 'stdout', color: false },
    },
    { step: 'baseline', status: 'skipped', title: 'baseline: skipped', reason: 'not available in this version of go-xenv', findings: [] },
  ];
}

const BASELINE: ReportSection = {
  id: 'baseline',
  title: 'Baseline diff',
  summary: '2 config keys changed',
  detail: '| key | old | new |\n|---|---|---|\n| a.b | 1 | 2 |',
};

test('the report: verdict, steps, then policy, baseline, matrix, canary in that order, detail folded (snapshot)', () => {
  const md = renderReport(results(), { command: 'check', sections: [BASELINE], runUrl: 'https://github.com/o/r/actions/runs/7' });
  const at = (h: string) => md.indexOf(`### ${h}`);
  assert.ok(at('❌ Policy') < at('Baseline diff') && at('Baseline diff') < at('❌ Build matrix') && at('❌ Build matrix') < at('❌ Canary'), md);
  assert.ok(at('✅ Toolchain') > at('❌ Build matrix') && at('✅ Toolchain') < at('❌ Canary'), md);
  assertSnapshot(DIR, 'report-check', { markdown: md });
});

test('the verdict says what failed, how many passed and the findings; all green says so', () => {
  assert.equal(verdictLine(results()), '❌ **3 steps failed: matrix, canary, policy** · 1 passed · 1 skipped · 2 errors');
  assert.equal(verdictLine([{ step: 'toolchain', status: 'ok', title: 't', findings: [] }]), '✅ **All checks passed** · 1 passed');
  assert.match(renderReport([{ step: 'toolchain', status: 'ok', title: 't', findings: [] }]), /^## go-xenv\n\n✅ \*\*All checks passed\*\*/);
});

test('the canary section: the decision first, then per metric judge, figures, test, effect with CI, verdict and why', () => {
  const md = renderReport([canary()]);
  const section = md.slice(md.indexOf('### ❌ Canary'));
  assert.match(section, /^### ❌ Canary\n\n\*\*Decision: 🔴 rollback\*\* \(score 0\)/);
  assert.match(section, /\| metric \| judge \| canary median \/ p95 \(n\) \| stable median \/ p95 \(n\) \| test \| effect \[CI\] \| verdict \| why \|/);
  assert.ok(
    section.includes(
      '| latency | compare | 33.5 / 36.65 \\(8\\) | 22 / 23.65 \\(8\\) | p\\=0.00089 \\(confidence 0.95, higher is worse\\) | \\+54.5% \\[\\+45.5%, \\+63.6%\\] | ❌ High |',
    ),
    section,
  );
  assert.match(section, /\| threshold \| 0\.002 \/ [\d.]+ \\\(3\\\) \| [^|]+ \| max 0\.01 \\\(each, 0 may fail\\\) \|/);
});

/** Every table row of a Markdown text has as many unescaped cell separators as its table's header. */
function assertTablesIntact(md: string) {
  const cells = (line: string) => line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
  let header: number | undefined;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    header ??= cells(line);
    assert.equal(cells(line), header, `a broken table row: ${line}`);
  }
}

test('hostile file content and messages stay inert: no HTML, no mention, no link, no broken table or details', () => {
  const md = renderReport(results(), { command: 'check', sections: [BASELINE] });
  for (const raw of ['<img', '@octocat', '](https://evil', '\n# not a heading']) assert.ok(!md.includes(raw), `${raw} in\n${md}`);
  assert.equal(md.split('<details>').length, md.split('</details>').length, 'every <details> closes, none is closed by the content');
  assert.equal((md.match(/<\/details>/g) ?? []).length, (md.match(/<details><summary>Details<\/summary>/g) ?? []).length);
  assertTablesIntact(md);
});

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A matrix whose detail is `n` rows of multi-byte text (emoji, accents, CJK). */
const bigMatrix = (n: number) =>
  matrix(
    Array.from({ length: n }, (_, i) => binary('linux/amd64', `app_🦀_é_漢字_${i}`, `exit 2: 🦀 panic é ${'漢'.repeat(40)}`)),
    [{ target: 'linux/amd64', stage: 'smoke', message: 'exit 2' }],
  );

test('at the limit the report is whole; one character over, the largest detail is dropped with a pointer to the run', () => {
  const rs = [bigMatrix(50), canary()];
  const full = renderReport(rs, { runUrl: 'https://github.com/o/r/actions/runs/7' });
  assert.equal(renderReport(rs, { limit: full.length }), full);
  const cut = renderReport(rs, { limit: full.length - 1, runUrl: 'https://github.com/o/r/actions/runs/7' });
  assert.ok(cut.length <= full.length - 1);
  assert.match(
    cut,
    /### ❌ Build matrix[\s\S]*_Details left out to fit GitHub's size limit: \[see the job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/7\)\._/,
  );
  // The smaller canary detail stays.
  assert.match(cut, /<details><summary>Details<\/summary>\n\nWindow /);
});

test('far over the limit (multi-byte text): detail dropped, then the summary with a link; never over, never a lone surrogate', () => {
  const huge = bigMatrix(2000);
  const md = renderReport([huge, canary()], { runUrl: 'https://github.com/o/r/actions/runs/7' });
  assert.ok(md.length <= BODY_LIMIT, `${md.length}`);
  assert.match(md, /_Details left out/);
  // A summary that alone is too long: only the verdict and the steps, with the link.
  const many: StepResult[] = Array.from({ length: 400 }, (_, i) => ({
    step: 'matrix',
    status: 'failed',
    title: `m${i} ${'🦀'.repeat(150)}`,
    reason: '漢'.repeat(400),
    findings: [],
  }));
  const sections: ReportSection[] = [{ id: 'baseline', title: 'Baseline diff', summary: 'é'.repeat(70_000) }];
  const short = renderReport(many, { runUrl: 'https://github.com/o/r/actions/runs/7', sections });
  assert.ok(short.length <= BODY_LIMIT, `${short.length}`);
  assert.match(short, /_The full report is longer than GitHub allows here: \[see the job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/7\)\._/);
  assert.match(short, /_\d+ more steps not shown\._/);
  assert.ok(!loneSurrogate.test(short) && !loneSurrogate.test(md));
  assertTablesIntact(short);
  // Even a limit no summary fits in gives a body within it.
  assert.ok(renderReport(many, { limit: 100 }).length <= 100);
});

test('clip never splits a surrogate pair and marks the cut', () => {
  assert.equal(clip('abc', 3), 'abc');
  assert.equal(clip('🦀🦀🦀', 4), '🦀…');
  assert.ok(!loneSurrogate.test(clip('a🦀🦀', 3)));
});
