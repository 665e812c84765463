// Records what OPA (Go's RE2) answers for regex.match on generated patterns that the linear subset takes
// (src/rego/builtins/regex-linear.ts) and generated subjects, as the fixture regex-linear.test.ts checks:
// `npx tsx scripts/record-regex-linear.ts` with opa on PATH (or OPA_BIN).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linearRegExp } from '../src/rego/builtins/regex-linear.ts';
import { generatedPattern, generatedSubject, random } from '../src/rego/builtins/regex-linear-cases.ts';

const next = random(7);
const cases: { p: string; s: string }[] = [];
while (cases.length < 1600) {
  const p = generatedPattern(next);
  if (!linearRegExp(p)) continue;
  for (let k = 0; k < 4; k++) cases.push({ p, s: generatedSubject(next) });
}
const dir = mkdtempSync(join(tmpdir(), 'regex-linear-'));
try {
  writeFileSync(join(dir, 'cases.json'), JSON.stringify({ cases }));
  writeFileSync(join(dir, 'p.rego'), 'package x\nimport rego.v1\nres := [[c.p, c.s, regex.match(c.p, c.s)] | some c in data.cases]\n');
  const r = spawnSync(process.env.OPA_BIN ?? 'opa', ['eval', '--strict-builtin-errors', '-d', 'p.rego', '-d', 'cases.json', '--format', 'raw', 'data.x.res'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`opa eval: ${r.stderr || r.error?.message}`);
  const res = JSON.parse(r.stdout) as unknown[];
  if (res.length !== cases.length) throw new Error(`opa answered ${res.length} of ${cases.length} cases`);
  writeFileSync(new URL('../src/rego/builtins/fixtures/regex-linear-opa.json', import.meta.url), JSON.stringify(res) + '\n');
  console.log(`${res.length} cases recorded`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
