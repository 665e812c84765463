import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RE2JS } from 're2js';
import { readFileSync } from 'node:fs';
import { linearRegExp, wellFormed } from './regex-linear.ts';
import { generatedPattern, generatedSubject, random } from './regex-linear-cases.ts';

// re2js is a port of RE2 (what OPA runs): the reference for every pattern the linear subset takes.
function re2(p: string): RE2JS | null {
  try {
    return RE2JS.compile(p);
  } catch {
    return null;
  }
}

test('the linear subset answers as RE2 does, on generated patterns and subjects', () => {
  const next = random(42);
  let translated = 0;
  let matched = 0;
  for (let n = 0; n < 4000; n++) {
    const pattern = generatedPattern(next);
    const fast = linearRegExp(pattern);
    if (!fast) continue;
    translated++;
    const ref = re2(pattern);
    assert.ok(ref, `RE2 refuses ${JSON.stringify(pattern)}, the subset took it as ${fast}`);
    for (let k = 0; k < 12; k++) {
      const subject = generatedSubject(next);
      const want = ref.matcher(wellFormed(subject)).find();
      if (want) matched++;
      assert.equal(fast.test(wellFormed(subject)), want, `${JSON.stringify(pattern)} (${fast}) on ${JSON.stringify(subject)}`);
    }
  }
  // the generator reaches the subset often, and both answers
  assert.ok(translated > 1000, `${translated} patterns translated`);
  assert.ok(matched > 2000 && matched < translated * 12 - 2000, `${matched} matches`);
});

test('the linear subset answers as OPA does (Go RE2, recorded by scripts/record-regex-linear.ts)', () => {
  const recorded = JSON.parse(readFileSync(new URL('./fixtures/regex-linear-opa.json', import.meta.url), 'utf8')) as [string, string, boolean][];
  assert.ok(recorded.length >= 1600);
  for (const [p, s, want] of recorded) {
    const re = linearRegExp(p);
    assert.ok(re, `the subset refuses ${JSON.stringify(p)}`);
    assert.equal(re.test(wellFormed(s)), want, `${JSON.stringify(p)} on ${JSON.stringify(s)}`);
  }
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
