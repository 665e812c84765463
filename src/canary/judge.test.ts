import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeMetric } from './judge.ts';
import type { CompareJudge, MetricSpec, SeriesResult, ThresholdJudge, Verdict } from './types.ts';

const threshold = (j: Partial<ThresholdJudge>): ThresholdJudge => ({ kind: 'threshold', aggregate: 'each', failureLimit: 0, ...j });
const compare = (j: Partial<CompareJudge> = {}): CompareJudge => ({ kind: 'compare', worse: 'higher', confidence: 0.98, tolerance: 0.1, toleranceAbsolute: 0, ...j });
const spec = (judge: ThresholdJudge | CompareJudge, minSamples = 1): MetricSpec => ({
  name: 'm', queries: { canary: 'c', stable: 's' }, judge, critical: false, required: true, minSamples, where: {}, queryWhere: { canary: {}, stable: {} },
});
const v = (values: number[], dropped = 0): SeriesResult => ({ values, dropped });
const ramp = (n: number, from: number, step: number) => Array.from({ length: n }, (_, i) => from + ((i * 7) % n) * step);

const cases: { name: string; spec: MetricSpec; canary?: SeriesResult; stable?: SeriesResult; verdict: Verdict; reason: RegExp }[] = [
  { name: 'threshold max, all below', spec: spec(threshold({ max: 0.01 })), canary: v([0.001, 0.002]), verdict: 'Pass', reason: /^all 2 samples within max 0\.01$/ },
  { name: 'threshold max, one above, limit 0', spec: spec(threshold({ max: 0.01 })), canary: v([0.001, 0.03]), verdict: 'High', reason: /^1 of 2 samples above max 0\.01 \(worst 0\.03\), more than failure-limit 0$/ },
  { name: 'threshold max, one above, limit 1', spec: spec(threshold({ max: 0.01, failureLimit: 1 })), canary: v([0.001, 0.03]), verdict: 'Pass', reason: /within failure-limit 1/ },
  { name: 'threshold min', spec: spec(threshold({ min: 0.99 })), canary: v([0.95, 0.999]), verdict: 'Low', reason: /below min 0\.99 \(worst 0\.95\)/ },
  { name: 'threshold aggregate p95', spec: spec(threshold({ max: 0.5, aggregate: 'p95' })), canary: v(ramp(20, 0.1, 0.01)), verdict: 'Pass', reason: /^p95 0\.28\d* is within max 0\.5$/ },
  { name: 'threshold aggregate mean above', spec: spec(threshold({ max: 1, aggregate: 'mean' })), canary: v([1, 2, 3]), verdict: 'High', reason: /^mean 2 is above max 1$/ },
  { name: 'NaN and Inf are no data', spec: spec(threshold({ max: 1 })), canary: v([NaN, Infinity, -Infinity], 0), verdict: 'NoData', reason: /^the canary query returned no numbers for the window$/ },
  { name: 'NaN dropped by the provider is counted', spec: spec(threshold({ max: 1 })), canary: v([], 4), verdict: 'NoData', reason: /\(4 NaN\/Inf values dropped\)/ },
  { name: 'NaN among numbers is ignored', spec: spec(threshold({ max: 1 })), canary: v([NaN, 0.5, Infinity]), verdict: 'Pass', reason: /^all 1 samples within max 1$/ },
  { name: 'provider error', spec: spec(threshold({ max: 1 })), canary: { error: 'connection refused' }, verdict: 'NoData', reason: /^no canary data: connection refused$/ },
  { name: 'too few samples', spec: spec(threshold({ max: 1 }), 5), canary: v([0.1, 0.2]), verdict: 'NoData', reason: /^too few canary samples: 2 < min-samples 5$/ },
  { name: 'compare: same distribution passes', spec: spec(compare()), canary: v(ramp(30, 100, 1)), stable: v(ramp(30, 100.5, 1)), verdict: 'Pass', reason: /^no significant difference from stable \(p=0\.\d+ ≥ 0\.02\)$/ },
  { name: 'compare: much higher is High', spec: spec(compare()), canary: v(ramp(30, 150, 1)), stable: v(ramp(30, 100, 1)), verdict: 'High', reason: /^significantly higher than stable: shift \+43\.7%, p=3\.0e-11$/ },
  { name: 'compare: much lower with worse=higher passes', spec: spec(compare()), canary: v(ramp(30, 50, 1)), stable: v(ramp(30, 100, 1)), verdict: 'Pass', reason: /significantly lower than stable .*which is better$/ },
  { name: 'compare: much lower with worse=lower is Low', spec: spec(compare({ worse: 'lower' })), canary: v(ramp(30, 50, 1)), stable: v(ramp(30, 100, 1)), verdict: 'Low', reason: /^significantly lower than stable/ },
  { name: 'compare: significant but within tolerance', spec: spec(compare({ tolerance: 0.1 })), canary: v(ramp(30, 105, 0.01)), stable: v(ramp(30, 100, 0.01)), verdict: 'Pass', reason: /^significantly higher \(p=.*\) but the shift \+4\.99% is within tolerance 10%$/ },
  { name: 'compare: stable median 0 uses tolerance-absolute', spec: spec(compare({ toleranceAbsolute: 0.01 })), canary: v([...Array(20).fill(0), 0.001, 0.002, 0.003, 0.004, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005]), stable: v(Array(40).fill(0)), verdict: 'Pass', reason: /within tolerance-absolute 0\.01/ },
  { name: 'compare: stable missing', spec: spec(compare()), canary: v([1, 2, 3, 4, 5]), stable: v([]), verdict: 'NoData', reason: /^the stable query returned no numbers/ },
  { name: 'compare: too few stable', spec: spec(compare(), 5), canary: v([1, 2, 3, 4, 5]), stable: v([1, 2]), verdict: 'NoData', reason: /^too few stable samples: 2 < min-samples 5$/ },
];

for (const c of cases) {
  test(`judge: ${c.name}`, () => {
    const r = judgeMetric(c.spec, { canary: c.canary, stable: c.stable });
    assert.equal(r.verdict, c.verdict, r.reason);
    assert.match(r.reason, c.reason);
  });
}

test('compare reports medians, p95, the shift with its interval, p-value and effect size', () => {
  const r = judgeMetric(spec(compare()), { canary: v(ramp(30, 150, 1)), stable: v(ramp(30, 100, 1)) });
  assert.equal(r.canary.samples, 30);
  assert.equal(r.canary.median, 164.5);
  assert.equal(r.stable.median, 114.5);
  assert.equal(r.difference!.estimate, 50);
  assert.ok(r.difference!.low <= 50 && r.difference!.high >= 50);
  assert.ok(r.pValue! < 1e-9);
  assert.ok(Math.abs(r.effectSize! - 50 / 114.5) < 1e-12);
});
