// The two-sided Mann-Whitney U test, matching scipy.stats.mannwhitneyu(x, y) with its defaults
// (alternative='two-sided', use_continuity=True, method='auto'): the exact null distribution when either sample has
// at most 8 values and there are no ties, otherwise the normal approximation with the tie correction and the 0.5
// continuity correction. Checked against scipy 1.17 values in fixtures/mannwhitney-reference.json.
import { normalSf } from './normal.ts';

export interface MannWhitneyResult {
  /** U of the first sample (scipy's `statistic`). */
  u1: number;
  /** Two-sided p-value. */
  p: number;
  method: 'exact' | 'asymptotic';
  /** Mean rank of x minus mean rank of y > 0 means x tends to be larger. */
  xTendsHigher: boolean;
}

/** Average ranks (1-based) of the pooled values, and the size of every group of tied values. */
export function rankWithTies(values: number[]): { ranks: number[]; tieSizes: number[] } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  const tieSizes: number[] = [];
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const avg = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = avg;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}

export function mannWhitneyU(x: number[], y: number[], method: 'auto' | 'exact' | 'asymptotic' = 'auto'): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('mannWhitneyU: both samples need at least one value');
  const { ranks, tieSizes } = rankWithTies([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const ties = tieSizes.some((t) => t > 1);
  const chosen = method === 'auto' ? (n1 > 8 && n2 > 8) || ties ? 'asymptotic' : 'exact' : method;
  const oneSided = chosen === 'exact' ? exactSf(u, n1, n2) : normalSf(zScore(u, n1, n2, tieSizes));
  return { u1, p: Math.min(1, Math.max(0, 2 * oneSided)), method: chosen, xTendsHigher: u1 > (n1 * n2) / 2 };
}

/** (U - n1 n2 / 2 - 0.5) / sigma, sigma with the tie correction; +-Inf when every value is tied (sigma = 0). */
function zScore(u: number, n1: number, n2: number, tieSizes: number[]): number {
  const n = n1 + n2;
  const tieTerm = tieSizes.reduce((s, t) => s + (t * t * t - t), 0);
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - (n > 1 ? tieTerm / (n * (n - 1)) : 0)));
  const numerator = u - (n1 * n2) / 2 - 0.5;
  return numerator / sigma;
}

/**
 * P(U >= u) under the null hypothesis, from the exact counts of rank arrangements: the coefficients of the
 * Gaussian binomial [n1+n2 choose n1]_q, built as prod_{i=1..s} (1 - q^(l+i)) / (1 - q^i) with s = min, l = max.
 * BigInt keeps every count exact; the one division at the end rounds once.
 */
export function exactSf(u: number, n1: number, n2: number): number {
  const s = Math.min(n1, n2);
  const l = Math.max(n1, n2);
  const size = s * l + 1;
  const counts = new Array<bigint>(size).fill(0n);
  counts[0] = 1n;
  for (let i = 1; i <= s; i++) {
    const top = Math.min(size - 1, i * l);
    for (let k = top; k >= l + i; k--) counts[k] -= counts[k - l - i];
    for (let k = i; k <= top; k++) counts[k] += counts[k - i];
  }
  let total = 0n;
  let tail = 0n;
  const from = Math.ceil(u);
  for (let k = 0; k < size; k++) {
    total += counts[k];
    if (k >= from) tail += counts[k];
  }
  return bigRatio(tail, total);
}

/** a / b for big integers, correctly rounded to ~1 ulp even when both exceed 2^1023. */
function bigRatio(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const shift = Math.max(0, b.toString(2).length - 1000);
  return Number(a >> BigInt(shift)) / Number(b >> BigInt(shift));
}
