// Differential run of the Rego engine against OPA itself (outside the default test run; needs Go and the module
// proxy for the first build): `npx tsx scripts/opa-differential.ts <cases.json> [--record <out.json>]`.
// Cases: [{name, modules: {file: source}, query, input?, data?, v0?, lax?}]. Prints each case whose outcome
// differs; --record writes the cases with OPA's outcomes (what test/rego/testdata/opa-recorded.json holds).
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runOurs, opaOutcome, recordOutput, difference, type DiffCase } from '../test/rego/differential.ts';
import { toJSONText } from '../src/rego/value/value.ts';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const record = flag('--record');
const file = args[0];
if (!file) { console.error('usage: npx tsx scripts/opa-differential.ts <cases.json> [--record <out.json>]'); process.exit(2); }
const cases: DiffCase[] = JSON.parse(readFileSync(file, 'utf8'));
const dir = join(dirname(fileURLToPath(import.meta.url)), 'opa-differential');
const opaText = execFileSync('go', ['run', '.'], { cwd: dir, input: JSON.stringify(cases), maxBuffer: 1 << 28 }).toString();
const opa = recordOutput(opaText);
let same = 0;
// agreement per group: a case named `group/name` counts in `group`
const groups = new Map<string, [number, number]>();
cases.forEach((c, i) => {
  const ours = runOurs(c);
  const d = difference(ours, opaOutcome(opa[i]));
  const g = groups.get(c.name.split('/')[0]) ?? [0, 0];
  groups.set(c.name.split('/')[0], [g[0] + (d ? 0 : 1), g[1] + 1]);
  if (!d) { same++; return; }
  console.log(`DIFF ${c.name}: ${d}\n  ours: ${ours.error ?? toJSONText(ours.rows!)}\n  OPA:  ${opa[i].error ?? opa[i].rows}`);
});
if (groups.size > 1) for (const [g, [n, all]] of groups) console.log(`${g}: ${n}/${all}`);
console.log(`${same} same, ${cases.length - same} differ`);
if (record) writeFileSync(record, JSON.stringify(cases.map((c, i) => ({ ...c, opa: opa[i] })), null, 1) + '\n');
