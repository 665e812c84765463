// Records OPA's parse verdicts as compliance cases (outside the default test run; needs `opa`):
//   npx tsx scripts/opa-differential-parse.ts [snippets] [--out <yaml>]
// Each line of the snippets file (default scripts/opa-differential-parse.txt; `\n` = line break) is a module body
// after `package t`. Every snippet OPA refuses becomes a case expecting rego_parse_error with OPA's message; where
// our message words it otherwise the case expects the code only and its note quotes both (listed, not hidden).
// Snippets on which the verdicts differ are printed (not written); the default test run checks the YAML
// (test/rego/testdata/opa-parse).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import { parseModule } from '../src/rego/syntax/parser.ts';
import { RegoError } from '../src/rego/errors.ts';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const out = flag('--out') ?? new URL('../test/rego/testdata/opa-parse/parse-errors.yaml', import.meta.url).pathname;
const file = args[0] ?? new URL('./opa-differential-parse.txt', import.meta.url).pathname;
const opa = process.env.OPA_BIN ?? 'opa';
const dir = mkdtempSync(join(tmpdir(), 'opa-parse-'));
const cases: Record<string, unknown>[] = [];
let agree = 0;
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
for (const [i, line] of lines.entries()) {
  const source = `package t\n${line.replaceAll('\\n', '\n')}\n`;
  const path = join(dir, `s${i}.rego`);
  writeFileSync(path, source);
  // `opa check` also compiles; only its parse errors count here
  const r = spawnSync(opa, ['check', '--format', 'json', path], { encoding: 'utf8' });
  if (r.error) { console.error(`cannot run ${opa}: ${r.error.message}`); process.exit(2); }
  const errors: { code: string; message: string }[] = r.status === 0 ? [] : JSON.parse(r.stdout || r.stderr).errors ?? [];
  const opaMsg = errors.find((e) => e.code === 'rego_parse_error')?.message;
  let ours: string | undefined;
  try { parseModule(source, 'test-0.rego', {}); } catch (e) { ours = e instanceof RegoError ? e.detail : String(e); }
  if ((opaMsg === undefined) === (ours === undefined)) agree++;
  if (opaMsg === undefined) {
    if (ours !== undefined) console.log(`OPA accepts, we refuse: ${line}\n  ours: ${ours}`);
    continue;
  }
  if (ours === undefined) {
    console.log(`OPA refuses, we accept: ${line}\n  OPA: ${opaMsg}`);
    continue;
  }
  const same = ours.includes(opaMsg);
  cases.push({
    note: same ? `parse/${line}` : `parse/${line} (OPA: ${JSON.stringify(opaMsg)}; ours: ${JSON.stringify(ours)})`,
    query: 'data.t = x',
    modules: [source],
    want_error_code: 'rego_parse_error',
    ...(same ? { want_error: opaMsg } : {}),
  });
}
writeFileSync(out, `# Recorded from OPA 1.19.1 by scripts/opa-differential-parse.ts; do not edit by hand.\n---\n${stringify({ cases })}`);
console.log(`${agree}/${lines.length} verdicts agree; ${cases.length} parse-error cases written to ${out}`);
