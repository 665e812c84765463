import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from './decide.ts';
import type { Decision, MetricResult, Verdict } from './types.ts';

const m = (name: string, verdict: Verdict, o: Partial<MetricResult> = {}): MetricResult => ({
  name, verdict, judge: 'threshold', critical: false, required: true, canary: { samples: 10 }, stable: { samples: 10 },
  reason: `${name} is ${verdict}`, ...(verdict === 'NoData' && !o.noData ? { noData: 'no-data' as const } : {}), ...o,
});
const window = { start: 0, end: 600, stepSeconds: 60 };
const t = { passScore: 0.95, marginalScore: 0.75 };

const cases: { name: string; metrics: MetricResult[]; decision: Decision; score: number; first: RegExp }[] = [
  { name: 'all pass -> promote', metrics: [m('a', 'Pass'), m('b', 'Pass')], decision: 'promote', score: 1, first: /^2 of 2 judged metrics passed \(score 100%\), at least pass-score 95%$/ },
  { name: 'critical failure -> rollback, score 0', metrics: [m('a', 'High', { critical: true }), m('b', 'Pass'), m('c', 'Pass'), m('d', 'Pass')], decision: 'rollback', score: 0, first: /^critical metric a failed, so the score is 0$/ },
  { name: 'marginal score -> hold', metrics: [m('a', 'High'), m('b', 'Pass'), m('c', 'Pass'), m('d', 'Pass')], decision: 'hold', score: 0.75, first: /^3 of 4 judged metrics passed \(score 75%\): marginal \(at least 75%, below pass-score 95%\)$/ },
  { name: 'low score -> rollback', metrics: [m('a', 'High'), m('b', 'Low'), m('c', 'Pass')], decision: 'rollback', score: 1 / 3, first: /below marginal-score 75%$/ },
  { name: 'too few samples -> hold', metrics: [m('a', 'NoData', { noData: 'too-few-samples' }), m('b', 'Pass'), m('c', 'Pass'), m('d', 'Pass')], decision: 'hold', score: 0.75, first: /^too few samples on a$/ },
  { name: 'half NoData -> hold', metrics: [m('a', 'NoData'), m('b', 'Pass')], decision: 'hold', score: 0.5, first: /^no data on 1 of 2 metrics \(half or more\)$/ },
  { name: 'all NoData -> hold, never promote', metrics: [m('a', 'NoData'), m('b', 'NoData')], decision: 'hold', score: 0, first: /^no data on 2 of 2 metrics/ },
  { name: 'NoData never promotes even with a lenient pass-score', metrics: [m('a', 'NoData'), m('b', 'Pass'), m('c', 'Pass'), m('d', 'Pass'), m('e', 'Pass')], decision: 'hold', score: 0.8, first: /marginal/ },
  { name: 'NoData alone below marginal -> hold, not rollback', metrics: [m('a', 'NoData'), m('b', 'Pass'), m('c', 'Pass')], decision: 'hold', score: 2 / 3, first: /only because of missing data$/ },
  { name: 'NoData on an optional metric is left out', metrics: [m('a', 'NoData', { required: false }), m('b', 'Pass'), m('c', 'Pass')], decision: 'promote', score: 1, first: /^2 of 2 judged metrics passed/ },
  { name: 'nothing judged -> hold', metrics: [m('a', 'NoData', { required: false })], decision: 'hold', score: 0, first: /^no metric could be judged$/ },
  { name: 'critical NoData is not a critical failure', metrics: [m('a', 'NoData', { critical: true }), m('b', 'Pass'), m('c', 'Pass')], decision: 'hold', score: 2 / 3, first: /missing data/ },
];

for (const c of cases) {
  test(`decide: ${c.name}`, () => {
    const r = decide(c.metrics, t, window);
    assert.equal(r.decision, c.decision, r.reasons.join('; '));
    assert.ok(Math.abs(r.score - c.score) < 1e-12, `score ${r.score}`);
    assert.match(r.reasons[0], c.first);
  });
}

test('NoData never promotes: every mix of verdicts with a required NoData ends in hold or rollback', () => {
  const verdicts: Verdict[] = ['Pass', 'High', 'Low', 'NoData'];
  for (const a of verdicts) for (const b of verdicts) for (const c of verdicts) {
    const ms = [m('a', a), m('b', b), m('c', c)];
    const r = decide(ms, { passScore: 0, marginalScore: 0 }, window);
    if (ms.some((x) => x.verdict === 'NoData')) assert.notEqual(r.decision, 'promote', `${a} ${b} ${c}`);
  }
});
