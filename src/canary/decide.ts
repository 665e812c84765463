// Score and decision from the per-metric verdicts. The order of the rules is the policy:
// 1. a critical metric High/Low -> rollback, score 0;
// 2. nothing judged, or NoData on half or more of the metrics -> hold;
// 3. score below marginal-score with at least one failing metric -> rollback (NoData alone never rolls back: hold);
// 4. too few samples on any metric -> hold; 5. score below pass-score -> hold (marginal);
// 6. NoData on a required metric -> hold (NoData never promotes); 7. otherwise promote.
import { fmtPct } from './judge.ts';
import type { CanaryResult, Decision, MetricResult, Window } from './types.ts';

export interface Thresholds {
  passScore: number;
  marginalScore: number;
}

export function decide(metrics: MetricResult[], t: Thresholds, window: Window): CanaryResult {
  const names = (ms: MetricResult[]) => ms.map((m) => m.name).join(', ');
  const failing = metrics.filter((m) => m.verdict === 'High' || m.verdict === 'Low');
  const noData = metrics.filter((m) => m.verdict === 'NoData');
  const judged = metrics.filter((m) => m.required || m.verdict !== 'NoData');
  const passing = judged.filter((m) => m.verdict === 'Pass');
  const rawScore = judged.length ? passing.length / judged.length : 0;
  const summary = `${passing.length} of ${judged.length} judged metrics passed (score ${fmtScore(rawScore)})`;
  const out = (decision: Decision, score: number, ...reasons: string[]): CanaryResult => ({
    decision, score, reasons: reasons.filter(Boolean), metrics, window,
  });
  const failingWhy = failing.map((m) => `${m.name}: ${m.reason}`);

  const criticalFailures = failing.filter((m) => m.critical);
  if (criticalFailures.length) {
    return out('rollback', 0, `critical metric ${names(criticalFailures)} failed, so the score is 0`, ...failingWhy);
  }
  if (!judged.length) return out('hold', 0, 'no metric could be judged', ...noData.map((m) => `${m.name}: ${m.reason}`));
  const noDataWhy = noData.map((m) => `${m.name}: ${m.reason}`);
  if (noData.length * 2 >= metrics.length) {
    return out('hold', rawScore, `no data on ${noData.length} of ${metrics.length} metrics (half or more)`, ...noDataWhy, ...failingWhy);
  }
  if (rawScore < t.marginalScore) {
    if (failing.length) return out('rollback', rawScore, `${summary}, below marginal-score ${fmtScore(t.marginalScore)}`, ...failingWhy, ...noDataWhy);
    return out('hold', rawScore, `${summary}, below marginal-score ${fmtScore(t.marginalScore)} only because of missing data`, ...noDataWhy);
  }
  const tooFew = noData.filter((m) => m.noData === 'too-few-samples');
  if (tooFew.length) return out('hold', rawScore, `too few samples on ${names(tooFew)}`, ...noDataWhy, ...failingWhy);
  if (rawScore < t.passScore) {
    return out('hold', rawScore, `${summary}: marginal (at least ${fmtScore(t.marginalScore)}, below pass-score ${fmtScore(t.passScore)})`, ...failingWhy, ...noDataWhy);
  }
  const requiredNoData = noData.filter((m) => m.required);
  if (requiredNoData.length) return out('hold', rawScore, `no data on required metric ${names(requiredNoData)}: no data never promotes`, ...noDataWhy);
  return out('promote', rawScore, `${summary}, at least pass-score ${fmtScore(t.passScore)}`, ...noDataWhy, ...failingWhy);
}

const fmtScore = (s: number) => fmtPct(s).replace(/^\+/, '');
