// Ratchet: the engine's pass rate on OPA's compliance cases (../shared) must not fall below the level reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAll } from './report.ts';
import { runCase } from './run.ts';

const CASES = resolve(process.env.OPA_COMPLIANCE_CASES ?? '../shared/opa-compliance/cases');
// Language-feature groups: fast, and they exercise the parser, compiler and evaluator.
const GROUPS: [string, number][] = [
  ['virtualdocs', 79], ['withkeyword', 94], ['eqexpr', 56], ['every', 35], ['functions', 33], ['disjunction', 25],
  ['negation', 24], ['elsekeyword', 14], ['defaultkeyword', 9], ['partialsetdoc', 11], ['keywordrefs', 105],
  ['logic_operators', 138], ['stringinterpolation', 57], ['arithmetic', 29], ['undos', 9], ['dataderef', 3],
  ['invalidkeyerror', 2], ['netlookupipaddr', 3], ['regometadatachain', 3], ['regoparsemodule', 2],
  ['compositereferences', 15], ['comparisonexpr', 16], ['assignments', 5], ['containskeyword', 5], ['array', 20],
];

test('compliance pass counts per group stay at or above the ratchet', { timeout: 120_000 }, (t) => {
  if (!existsSync(CASES)) {
    t.skip(`compliance cases not found at ${CASES} (set OPA_COMPLIANCE_CASES); CI checks them out beside the repo`);
    return;
  }
  for (const [group, min] of GROUPS) {
    if (!existsSync(resolve(CASES, group))) { t.skip(`group ${group} not found in ${CASES}`); continue; }
    const r = runAll(resolve(CASES, group));
    assert.ok(r.passed >= min, `${group}: ${r.passed}/${r.total} passed, ratchet is ${min}`);
  }
});

test('a case that needs the network is skipped with the reason; literal IPs and bad requests need none', () => {
  const mod = (body: string) => [`package t\n${body}`];
  const dns = runCase({ note: 'n', query: 'data.t.p = x', modules: mod('p := net.lookup_ip_addr("example.invalid")'), want_result: [{ x: ['1.2.3.4'] }] });
  assert.equal(dns.status, 'skip');
  assert.match((dns as { reason: string }).reason, /^needs the network: .*network access is disabled: net.lookup_ip_addr needs DNS for "example.invalid"/);
  const literal = runCase({ note: 'n', query: 'data.t.p = x', modules: mod('p := net.lookup_ip_addr("10.0.0.1")'), want_result: [{ x: ['10.0.0.1'] }] });
  assert.deepEqual(literal, { status: 'pass' });
  const bad = runCase({ note: 'n', query: 'data.t.p = x', modules: mod('p := http.send({"method": "get"})'), want_result: [{ x: 1 }], strict_error: true });
  assert.equal(bad.status, 'fail');
  assert.match((bad as { reason: string }).reason, /eval_type_error: http.send: operand 1 missing required request parameters\(s\): \{"url"\}/);
});

test('a case may expect a compile or parse error by code and message substring', () => {
  const ok = runCase({ note: 'n', query: 'data.t.p = x', modules: ['package t\np := y'], want_error_code: 'rego_unsafe_var_error', want_error: 'var y is unsafe' });
  assert.deepEqual(ok, { status: 'pass' });
  const parse = runCase({ note: 'n', query: 'x = 1', modules: ['package t\np := [1 +'], want_error_code: 'rego_parse_error' });
  assert.deepEqual(parse, { status: 'pass' });
  const query = runCase({ note: 'n', query: 'x = ', want_error_code: 'rego_parse_error' });
  assert.deepEqual(query, { status: 'pass' });
  const wrongCode = runCase({ note: 'n', query: 'data.t.p = x', modules: ['package t\np := y'], want_error_code: 'rego_type_error' });
  assert.equal(wrongCode.status, 'fail');
  assert.match((wrongCode as { reason: string }).reason, /^error code rego_unsafe_var_error, want rego_type_error/);
  const wrongText = runCase({ note: 'n', query: 'data.t.p = x', modules: ['package t\np := y'], want_error: 'recursion' });
  assert.match((wrongText as { reason: string }).reason, /does not contain "recursion"/);
  const unexpected = runCase({ note: 'n', query: 'data.t.p = x', modules: ['package t\np := y'], want_result: [] });
  assert.match((unexpected as { reason: string }).reason, /^compile: .*var y is unsafe/);
});

test('the parse errors recorded from OPA (testdata/opa-parse) are parse errors here, with its message where recorded', () => {
  const r = runAll(fileURLToPath(new URL('../testdata/opa-parse', import.meta.url)));
  assert.ok(r.total >= 60, `${r.total} cases`);
  assert.deepEqual(r.groups.flatMap((g) => g.failures.map((f) => `${f.note}: ${f.reason}`)), []);
});
