// Descriptive statistics of a sample: median, p95 and the like (linear interpolation between order statistics,
// numpy's default 'linear' method).

export interface SampleStats {
  samples: number;
  median?: number;
  p95?: number;
  mean?: number;
}

export function quantile(values: ArrayLike<number>, q: number, sorted = false): number {
  if (!values.length) return NaN;
  const v = sorted ? values : Array.from(values).sort((a, b) => a - b);
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

export const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

// Loops, not Math.max(...values): spreading ~130k arguments overflows the stack.
export const maxOf = (values: readonly number[]) => values.reduce((m, v) => (v > m ? v : m), -Infinity);
export const minOf = (values: readonly number[]) => values.reduce((m, v) => (v < m ? v : m), Infinity);

export function describe(values: number[]): SampleStats {
  if (!values.length) return { samples: 0 };
  const v = [...values].sort((a, b) => a - b);
  return { samples: v.length, median: quantile(v, 0.5, true), p95: quantile(v, 0.95, true), mean: mean(v) };
}
