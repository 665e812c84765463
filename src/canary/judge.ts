// The judges: one metric's canary (and stable) samples -> a verdict with its numbers and the reason in words.
// threshold: samples (or one aggregate of the window) against min/max with a failure limit (Flagger, Argo Rollouts).
// compare: Mann-Whitney U of canary vs stable at a confidence level, with an effect-size tolerance (Kayenta).
import { describe, maxOf, mean, minOf, quantile } from './describe.ts';
import { hodgesLehmann } from './hodges-lehmann.ts';
import { mannWhitneyU } from './mann-whitney.ts';
import type { CompareJudge, MetricResult, MetricSpec, SeriesResult, ThresholdJudge, Track } from './types.ts';

/** The finite numbers of a series; NaN and +-Inf (Prometheus' 0/0 and x/0) are no data, not numbers. */
export const finite = (values: number[]) => values.filter(Number.isFinite);

export function judgeMetric(spec: MetricSpec, series: Record<Track, SeriesResult | undefined>): MetricResult {
  const values = (t: Track) => {
    const s = series[t];
    return s && 'values' in s ? finite(s.values) : [];
  };
  const canary = values('canary');
  const stable = values('stable');
  const base = {
    name: spec.name, judge: spec.judge.kind, critical: spec.critical, required: spec.required,
    canary: describe(canary), stable: describe(stable),
  };
  const needed: Track[] = spec.judge.kind === 'compare' ? ['canary', 'stable'] : ['canary'];
  for (const t of needed) {
    const s = series[t];
    const got = t === 'canary' ? canary : stable;
    if (s && 'error' in s) return { ...base, verdict: 'NoData', noData: 'no-data', reason: `no ${t} data: ${s.error}` };
    if (!got.length) {
      const dropped = s && 'dropped' in s && s.dropped ? ` (${s.dropped} NaN/Inf values dropped)` : '';
      return { ...base, verdict: 'NoData', noData: 'no-data', reason: `the ${t} query returned no numbers for the window${dropped}` };
    }
    if (got.length < spec.minSamples) {
      return { ...base, verdict: 'NoData', noData: 'too-few-samples', reason: `too few ${t} samples: ${got.length} < min-samples ${spec.minSamples}` };
    }
  }
  if (spec.judge.kind === 'compare') return { ...base, ...compare(spec.judge, canary, stable) };
  // The threshold verdict needs only the canary; the comparison with stable is shown for information.
  return { ...base, ...(stable.length ? comparison(canary, stable, 0.98) : {}), ...threshold(spec.judge, canary) };
}

function comparison(canary: number[], stable: number[], confidence: number) {
  const test = mannWhitneyU(canary, stable);
  const difference = hodgesLehmann(canary, stable, confidence);
  const stableMedian = quantile(stable, 0.5);
  const shift = difference.estimate;
  const effectSize = shift === 0 ? 0 : stableMedian === 0 ? Math.sign(shift) * Infinity : shift / Math.abs(stableMedian);
  return { test, difference, pValue: test.p, effectSize };
}

type Judged = Pick<MetricResult, 'verdict' | 'reason' | 'difference' | 'pValue' | 'effectSize'>;

function threshold(j: ThresholdJudge, canary: number[]): Judged {
  const bounds = [j.min !== undefined ? `min ${fmt(j.min)}` : '', j.max !== undefined ? `max ${fmt(j.max)}` : ''].filter(Boolean).join(', ');
  if (j.aggregate !== 'each') {
    const v = aggregate(j.aggregate, canary);
    const what = `${j.aggregate} ${fmt(v)}`;
    if (j.max !== undefined && v > j.max) return { verdict: 'High', reason: `${what} is above max ${fmt(j.max)}` };
    if (j.min !== undefined && v < j.min) return { verdict: 'Low', reason: `${what} is below min ${fmt(j.min)}` };
    return { verdict: 'Pass', reason: `${what} is within ${bounds}` };
  }
  const high = j.max !== undefined ? canary.filter((v) => v > j.max!) : [];
  const low = j.min !== undefined ? canary.filter((v) => v < j.min!) : [];
  const failing = high.length + low.length;
  const limit = `failure-limit ${j.failureLimit}`;
  if (failing > j.failureLimit) {
    const verdict = high.length >= low.length ? 'High' : 'Low';
    const worst = verdict === 'High' ? `above max ${fmt(j.max!)} (worst ${fmt(maxOf(high))})` : `below min ${fmt(j.min!)} (worst ${fmt(minOf(low))})`;
    return { verdict, reason: `${failing} of ${canary.length} samples ${worst}, more than ${limit}` };
  }
  return { verdict: 'Pass', reason: failing ? `${failing} of ${canary.length} samples out of bounds, within ${limit}` : `all ${canary.length} samples within ${bounds}` };
}

function aggregate(kind: Exclude<ThresholdJudge['aggregate'], 'each'>, v: number[]): number {
  switch (kind) {
    case 'mean': return mean(v);
    case 'median': return quantile(v, 0.5);
    case 'p95': return quantile(v, 0.95);
    case 'max': return maxOf(v);
    case 'min': return minOf(v);
    case 'last': return v[v.length - 1];
  }
}

function compare(j: CompareJudge, canary: number[], stable: number[]): Judged {
  const { test, difference, effectSize } = comparison(canary, stable, j.confidence);
  const shift = difference.estimate;
  const nums = { difference, pValue: test.p, effectSize };
  const alpha = 1 - j.confidence;
  const p = `p=${fmtP(test.p)}`;
  if (test.p >= alpha) return { ...nums, verdict: 'Pass', reason: `no significant difference from stable (${p} ≥ ${fmtP(alpha)})` };
  const higher = test.xTendsHigher;
  const dir = higher ? 'higher' : 'lower';
  const size = Number.isFinite(effectSize) ? `${fmtPct(effectSize)}` : `${fmt(shift)} (stable median is 0)`;
  const withinRel = Number.isFinite(effectSize) && Math.abs(effectSize) <= j.tolerance;
  const withinAbs = Math.abs(shift) <= j.toleranceAbsolute;
  if (withinRel || withinAbs) {
    const tol = withinRel ? `tolerance ${fmtPct(j.tolerance).replace(/^\+/, '')}` : `tolerance-absolute ${fmt(j.toleranceAbsolute)}`;
    return { ...nums, verdict: 'Pass', reason: `significantly ${dir} (${p}) but the shift ${size} is within ${tol}` };
  }
  if (j.worse !== 'either' && j.worse !== dir) return { ...nums, verdict: 'Pass', reason: `significantly ${dir} than stable (${p}, ${size}), which is better` };
  return { ...nums, verdict: higher ? 'High' : 'Low', reason: `significantly ${dir} than stable: shift ${size}, ${p}` };
}

export function fmt(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '-';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e6 || a < 1e-4 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}
export const fmtP = (p: number) => (p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2))));
export const fmtPct = (f: number) => `${f > 0 ? '+' : ''}${Number((f * 100).toPrecision(3))}%`;
