// The standard normal distribution, accurate to a few ulps in the tails, for the p-values of the Mann-Whitney test
// (a p-value of 1e-12 must still have ~15 correct digits, so 1 - cdf is never used).

const SQRT_PI = Math.sqrt(Math.PI);

/** erfc(x) for x >= 0: 1 - (a positive-term series of erf) near 0, a continued fraction in the tail. */
function erfcNonNegative(x: number): number {
  if (x < 1.5) {
    // erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_{n>=0} 2^n x^(2n+1) / (1*3*...*(2n+1)); every term positive.
    let term = x;
    let sum = x;
    for (let n = 1; n < 500 && term > sum * 1e-17; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated by modified Lentz.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 5000; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x >= 0 ? erfcNonNegative(x) : 2 - erfcNonNegative(-x);
}

/** P(Z > z) for a standard normal Z (scipy's norm.sf / special.ndtr(-z)). */
export function normalSf(z: number): number {
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  return erfc(z / Math.SQRT2) / 2;
}

/** The z with P(Z <= z) = p, by bisection on normalSf (called once per metric, so simplicity wins over speed). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (1 - normalSf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
