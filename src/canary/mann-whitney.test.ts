import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mannWhitneyU, rankWithTies } from './mann-whitney.ts';
import { hodgesLehmann } from './hodges-lehmann.ts';

interface Case { name: string; x: number[]; y: number[]; u1: number; p: number; pAsymptotic: number }
const reference = JSON.parse(readFileSync(new URL('./fixtures/mannwhitney-reference.json', import.meta.url), 'utf8')) as { cases: Case[] };

const close = (got: number, want: number, what: string) => {
  const rel = want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
  assert.ok(rel <= 1e-9, `${what}: got ${got}, scipy ${want} (relative error ${rel})`);
};

for (const c of reference.cases) {
  test(`Mann-Whitney U matches scipy: ${c.name}`, () => {
    const auto = mannWhitneyU(c.x, c.y);
    assert.equal(auto.u1, c.u1);
    close(auto.p, c.p, 'p (method auto)');
    close(mannWhitneyU(c.x, c.y, 'asymptotic').p, c.pAsymptotic, 'p (method asymptotic)');
    // Swapping the samples mirrors U and keeps the two-sided p-value.
    const swapped = mannWhitneyU(c.y, c.x);
    assert.equal(swapped.u1, c.x.length * c.y.length - c.u1);
    close(swapped.p, c.p, 'p (swapped)');
  });
}

test('the reference covers both methods, ties, both directions and identical samples', () => {
  const methods = new Set(reference.cases.map((c) => mannWhitneyU(c.x, c.y).method));
  assert.deepEqual([...methods].sort(), ['asymptotic', 'exact']);
  assert.ok(reference.cases.some((c) => mannWhitneyU(c.x, c.y).xTendsHigher));
  assert.ok(reference.cases.some((c) => c.u1 < (c.x.length * c.y.length) / 2));
  assert.ok(reference.cases.some((c) => c.p === 1));
});

test('ranks average over ties and report the tie groups', () => {
  assert.deepEqual(rankWithTies([3, 1, 3, 2]), { ranks: [3.5, 1, 3.5, 2], tieSizes: [1, 1, 2] });
});

test('an empty sample is refused', () => {
  assert.throws(() => mannWhitneyU([], [1]), /both samples need at least one value/);
});

test('Hodges-Lehmann shift and interval bracket the true shift', () => {
  const stable = Array.from({ length: 30 }, (_, i) => 100 + ((i * 7) % 11));
  const canary = stable.map((v) => v + 20);
  const s = hodgesLehmann(canary, stable, 0.98);
  assert.equal(s.estimate, 20);
  assert.ok(s.low <= 20 && s.high >= 20 && s.low < s.high, JSON.stringify(s));
  const same = hodgesLehmann(stable, stable, 0.98);
  assert.equal(same.estimate, 0);
  assert.ok(same.low < 0 && same.high > 0);
});

test('Hodges-Lehmann on samples past the pair limit thins them and still finds the shift', () => {
  const stable = Array.from({ length: 1500 }, (_, i) => (i * 37) % 1000);
  const canary = stable.map((v) => v + 50);
  const s = hodgesLehmann(canary, stable, 0.98);
  assert.ok(Math.abs(s.estimate - 50) <= 2, JSON.stringify(s));
  assert.ok(s.low <= 50 && s.high >= 50);
});
