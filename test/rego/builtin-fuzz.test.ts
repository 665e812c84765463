// The builtin differential fuzzer's corpus (scripts/opa-differential-builtins.ts): calls of every builtin with
// arguments of every type and edge values, with OPA 1.19.1's recorded answers. Every call must agree with OPA except
// the listed differences (testdata/builtin-fuzz-known.json: deliberate ones, see DIFFERENCES.md, and open ones).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runOurs, opaOutcome, difference, type DiffCase, type Recorded } from './differential.ts';

const read = (f: string) => JSON.parse(readFileSync(new URL(`./testdata/${f}`, import.meta.url), 'utf8'));
// calls without modules are recorded without the field
const cases: (DiffCase & { opa: Recorded })[] = read('builtin-fuzz.json').map((c: DiffCase & { opa: Recorded }) => ({ ...c, modules: c.modules ?? {} }));
const known: Record<string, string> = read('builtin-fuzz-known.json');

test('every recorded builtin call agrees with OPA, except the listed differences', { timeout: 300_000 }, (t) => {
  const failures: string[] = [];
  const per = new Map<string, [number, number]>();
  for (const c of cases) {
    const b = c.name.slice(0, c.name.indexOf('#'));
    const s = per.get(b) ?? [0, 0];
    per.set(b, s);
    s[1]++;
    const d = difference(runOurs(c), opaOutcome(c.opa));
    if (!d) {
      s[0]++;
      // a listed difference that is gone must leave the list, so the corpus proves the fix
      if (known[c.name]) failures.push(`${c.name}: listed as a difference but agrees now (npx tsx scripts/opa-differential-builtins.ts --relist)`);
    } else if (!known[c.name]) failures.push(`${c.name} ${c.query}: ${d.split('\n')[0]}`);
  }
  assert.deepEqual(failures, []);
  const names = new Set(cases.map((c) => c.name));
  assert.deepEqual(Object.keys(known).filter((n) => !names.has(n)), [], 'listed differences name recorded calls');
  for (const why of Object.values(known)) assert.match(why, /^(deliberate|open): ./);
  const agree = [...per.values()].reduce((a, [s]) => a + s, 0);
  t.diagnostic(`${agree}/${cases.length} calls agree; ${[...per.values()].filter(([s, n]) => s === n).length}/${per.size} builtins on every call`);
});
