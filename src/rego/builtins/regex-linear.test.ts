import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RE2JS } from 're2js';
import { linearRegExp, wellFormed } from './regex-linear.ts';

// re2js is a port of RE2 (what OPA runs): the reference for every pattern the linear subset takes.
function re2(p: string): RE2JS | null {
  try {
    return RE2JS.compile(p);
  } catch {
    return null;
  }
}

/** A small deterministic generator (mulberry32), so a failure is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATTERN_PARTS = [
  'a',
  'b',
  'k',
  's',
  'S',
  'K',
  '\u212a',
  '\u017f',
  'é',
  '😀',
  '.',
  '*',
  '+',
  '?',
  '*?',
  '|',
  '(',
  ')',
  '(?:',
  '(?P<n>',
  '[',
  '[^',
  ']',
  '-',
  '^',
  '$',
  '{2}',
  '{1,3}',
  '{2,}',
  '{',
  '}',
  ',',
  '2',
  '\\d',
  '\\w',
  '\\s',
  '\\D',
  '\\W',
  '\\S',
  '\\b',
  '\\B',
  '\\A',
  '\\z',
  '\\.',
  '\\-',
  '\\n',
  '\\v',
  '\\x41',
  '\\x{1F600}',
  '\\pL',
  '[:alpha:]',
  ' ',
];
const SUBJECT_PARTS = ['a', 'b', 'k', 'K', 's', 'S', '\u212a', '\u017f', 'é', 'É', '😀', '\n', '\v', '\f', ' ', '.', '-', '_', '2', 'A', '\ud800'];

test('the linear subset answers as RE2 does, on generated patterns and subjects', () => {
  const next = random(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  let translated = 0;
  let matched = 0;
  for (let n = 0; n < 4000; n++) {
    const flags = pick(['', '', '(?i)', '(?s)', '(?is)']);
    const pattern = flags + Array.from({ length: 1 + Math.floor(next() * 7) }, () => pick(PATTERN_PARTS)).join('');
    const fast = linearRegExp(pattern);
    if (!fast) continue;
    translated++;
    const ref = re2(pattern);
    assert.ok(ref, `RE2 refuses ${JSON.stringify(pattern)}, the subset took it as ${fast}`);
    for (let k = 0; k < 12; k++) {
      const subject = Array.from({ length: Math.floor(next() * 6) }, () => pick(SUBJECT_PARTS)).join('');
      const want = ref.matcher(wellFormed(subject)).find();
      if (want) matched++;
      assert.equal(fast.test(wellFormed(subject)), want, `${JSON.stringify(pattern)} (${fast}) on ${JSON.stringify(subject)}`);
    }
  }
  // the generator reaches the subset often, and both answers
  assert.ok(translated > 1000, `${translated} patterns translated`);
  assert.ok(matched > 2000 && matched < translated * 12 - 2000, `${matched} matches`);
});

test('patterns outside the subset go to RE2', () => {
  for (const p of [
    'a(',
    'x**',
    'a{2}{3}',
    '{2}',
    '(?m)^a',
    'a(?i)b',
    '(?i:a)',
    '\\pL',
    '[[:alpha:]]',
    '\\B',
    '\\Q.\\E',
    '\\1',
    'a{1001}',
    '[b-a]',
    '(?i)é',
    '(?i)[à-é]',
    '(?P<x>a)(?P<x>b)',
    'a{100}',
    '\\C',
  ])
    assert.equal(linearRegExp(p), null, p);
});

test("case folding, dot and the Perl classes are RE2's", () => {
  const yes = (p: string, s: string) => assert.equal(linearRegExp(p)!.test(wellFormed(s)), true, `${p} ~ ${JSON.stringify(s)}`);
  const not = (p: string, s: string) => assert.equal(linearRegExp(p)!.test(wellFormed(s)), false, `${p} !~ ${JSON.stringify(s)}`);
  yes('(?i)^k$', '\u212a'); // the Kelvin sign folds to k
  yes('(?i)^[r-t]$', '\u017f');
  not('(?i)^\\W$', '\u212a'); // \W is folded, then negated
  not('^.$', '\n');
  yes('(?s)^.$', '\n');
  yes('^.$', '😀'); // one code point
  not('^..$', '😀');
  yes('^[^a]$', '😀');
  not('^\\s$', '\v'); // RE2's \s has no vertical tab
  yes('^[^a]$', '\ud800'); // a lone surrogate reads as U+FFFD
  yes('(?i)(password|secret|token)', 'DB_PASSWORD');
});
