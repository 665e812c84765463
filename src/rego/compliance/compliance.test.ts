// Ratchet: the engine's pass rate on OPA's compliance cases (../shared) must not fall below the level reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runAll } from './report.ts';

const CASES = resolve(process.env.OPA_COMPLIANCE_CASES ?? '../shared/opa-compliance/cases');
// Language-feature groups: fast, and they exercise the parser, compiler and evaluator.
const GROUPS: [string, number][] = [
  ['virtualdocs', 78], ['withkeyword', 90], ['eqexpr', 51], ['every', 35], ['functions', 33], ['disjunction', 25],
  ['negation', 24], ['elsekeyword', 14], ['defaultkeyword', 9], ['partialsetdoc', 11], ['keywordrefs', 100],
  ['logic_operators', 136], ['stringinterpolation', 48], ['arithmetic', 29], ['undos', 9],
];

test('compliance pass counts per group stay at or above the ratchet', { timeout: 120_000 }, (t) => {
  if (!existsSync(CASES)) {
    t.skip(`compliance cases not found at ${CASES} (set OPA_COMPLIANCE_CASES); CI checks them out beside the repo`);
    return;
  }
  for (const [group, min] of GROUPS) {
    if (!existsSync(resolve(CASES, group))) continue;
    const r = runAll(resolve(CASES, group));
    assert.ok(r.passed >= min, `${group}: ${r.passed}/${r.total} passed, ratchet is ${min}`);
  }
});
