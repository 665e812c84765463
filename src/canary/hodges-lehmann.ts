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

export function hodgesLehmann(canary: number[], stable: number[], confidence: number): Shift {
  const diffs: number[] = [];
  for (const c of canary) for (const s of stable) diffs.push(c - s);
  diffs.sort((a, b) => a - b);
  const n = canary.length;
  const m = stable.length;
  const N = n * m;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const k = Math.max(0, Math.min(Math.floor(N / 2), Math.floor(N / 2 - z * Math.sqrt((N * (n + m + 1)) / 12))));
  return { estimate: quantile(diffs, 0.5, true), low: diffs[k], high: diffs[N - 1 - k], confidence };
}
