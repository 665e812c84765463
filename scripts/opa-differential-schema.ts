// Differential run of JSON Schema type checking against the real `opa eval --schema` (outside the default test run):
// `npx tsx scripts/opa-differential-schema.ts <cases.json> [--record <out.json>] [--opa <path>]`. Each case is written
// out as files and given to both CLIs the same way (test/rego/schema-differential.ts); prints each case whose outcome
// differs and the agreement per group (`group/name`); --record writes the cases with OPA's outcomes, which the default
// test run (test/rego/schema-differential.test.ts) checks without OPA.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { runOursSchema, schemaDifference, writeCase, resultText, type SchemaCase, type SchemaOutcome } from '../test/rego/schema-differential.ts';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const record = flag('--record');
const opaBin = flag('--opa') ?? process.env.OPA ?? 'opa';
const file = args[0];
if (!file) { console.error('usage: npx tsx scripts/opa-differential-schema.ts <cases.json> [--record <out.json>] [--opa <path>]'); process.exit(2); }
// re-recording keeps each case and its `known` note, and replaces OPA's outcome
const cases = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[])
  .map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'opa')) as unknown as SchemaCase);

interface OpaError { code: string; message: string; location?: { file?: string; row?: number; col?: number } }

function runOpa(c: SchemaCase): SchemaOutcome {
  const { dir, args: a } = writeCase(c);
  try {
    const argv = ['eval', '-f', 'json', '-d', a.data, ...(a.input ? ['-i', a.input] : []), ...(a.schema ? ['--schema', a.schema] : []), c.query];
    const r = spawnSync(opaBin, argv, { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    if (r.error) throw r.error;
    const out = JSON.parse(r.stdout || '{}') as { errors?: OpaError[] } & Record<string, unknown>;
    if (!out.errors) return { result: resultText(out) };
    const e = out.errors[0];
    const loc = e.location;
    return {
      error: { code: e.code, message: e.message.split('\n')[0], ...(loc ? { file: loc.file || undefined, row: loc.row, col: loc.col } : {}) },
      errors: out.errors.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const recorded: (SchemaCase & { opa: SchemaOutcome })[] = [];
const groups = new Map<string, [number, number]>();
let same = 0;
for (const c of cases) {
  const opa = runOpa(c);
  recorded.push({ ...c, opa });
  const d = schemaDifference(await runOursSchema(c), opa);
  const g = c.name.split('/')[0];
  const [n, all] = groups.get(g) ?? [0, 0];
  groups.set(g, [n + (d ? 0 : 1), all + 1]);
  if (d) console.log(`DIFF ${c.name}: ${d}`); else same++;
}
for (const [g, [n, all]] of groups) console.log(`${g}: ${n}/${all}`);
console.log(`${same} same, ${cases.length - same} differ`);
if (record) writeFileSync(record, JSON.stringify(recorded, null, 1) + '\n');
