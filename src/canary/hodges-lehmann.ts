// The shift between two samples (canary - stable) with its confidence interval: the Hodges-Lehmann estimate (median of
// all pairwise differences) and the distribution-free interval from the order statistics of those differences, with
// the rank cut-off from the normal approximation of U (Bauer 1972; R's wilcox.test(conf.int = TRUE) asymptotic form).
import { normalQuantile } from './normal.ts';
import { quantile } from './describe.ts';

export interface Shift {
  estimate: number;
  low: number;
  high: number;
  confidence: number;
}

/** Above this many pairs, each sample is thinned to evenly spaced order statistics (an approximation). */
const MAX_PAIRS = 1_000_000;

/** At most `k` evenly spaced order statistics of a sample (all of it when it is small enough). */
function thin(values: number[], k: number): number[] {
  if (values.length <= k) return values;
  const v = [...values].sort((a, b) => a - b);
  return Array.from({ length: k }, (_, i) => v[Math.round((i * (v.length - 1)) / (k - 1))]);
}

export function hodgesLehmann(canaryAll: number[], stableAll: number[], confidence: number): Shift {
  const keep = Math.floor(Math.sqrt(MAX_PAIRS));
  const tooMany = canaryAll.length * stableAll.length > MAX_PAIRS;
  const canary = tooMany ? thin(canaryAll, keep) : canaryAll;
  const stable = tooMany ? thin(stableAll, keep) : stableAll;
  // A typed array sorts numerically in native code, an order of magnitude faster than Array#sort with a comparator.
  const diffs = new Float64Array(canary.length * stable.length);
  let i = 0;
  for (const c of canary) for (const s of stable) diffs[i++] = c - s;
  diffs.sort();
  const n = canary.length;
  const m = stable.length;
  const N = n * m;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const k = Math.max(0, Math.min(Math.floor(N / 2), Math.floor(N / 2 - z * Math.sqrt((N * (n + m + 1)) / 12))));
  return { estimate: quantile(diffs, 0.5, true), low: diffs[k], high: diffs[N - 1 - k], confidence };
}
