// Canary judging cost: the rank-based Mann-Whitney U against counting U over all pairs (the textbook definition), the
// exact null distribution for a small sample, and the Hodges-Lehmann interval, on window-sized samples.
import { mannWhitneyU } from '../src/canary/mann-whitney.ts';
import { hodgesLehmann } from '../src/canary/hodges-lehmann.ts';

function sample(n: number, mu: number, seed: number): number[] {
  let a = seed;
  const rand = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, () => mu + Math.round(Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()) * 100) / 10);
}

function pairCountU(x: number[], y: number[]): number {
  let u = 0;
  for (const a of x) for (const b of y) u += a > b ? 1 : a === b ? 0.5 : 0;
  return u;
}

function time(label: string, reps: number, fn: () => unknown): number {
  fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / reps;
  console.log(`${label.padEnd(52)} ${ms.toFixed(3).padStart(9)} ms`);
  return ms;
}

for (const n of [60, 1440, 5000]) {
  const x = sample(n, 100, 1);
  const y = sample(n, 101, 2);
  if (mannWhitneyU(x, y).u1 !== pairCountU(x, y)) throw new Error('U differs from the pair count');
  const reps = n > 2000 ? 3 : 20;
  const ranked = time(`Mann-Whitney U by ranks, n=m=${n}`, reps, () => mannWhitneyU(x, y));
  const pairs = time(`U by counting all pairs, n=m=${n}`, reps, () => pairCountU(x, y));
  console.log(`  ratio pairs/ranks: ${(pairs / ranked).toFixed(1)}x`);
  time(`Hodges-Lehmann shift + interval, n=m=${n}`, reps, () => hodgesLehmann(x, y, 0.98));
}
const small = sample(8, 100, 3);
const big = sample(2000, 100, 4).map((v, i) => v + i * 1e-6);
time('exact p-value (BigInt Gaussian binomial), 8 vs 2000', 5, () => mannWhitneyU(small, big));
