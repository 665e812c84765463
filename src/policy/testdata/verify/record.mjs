// Records the real opa's and conftest's verdicts on these policies (normalized: durations dropped, tests in file and
// line order), the fixtures src/policy/verify.test.ts checks ours against. Run from this directory:
//   node record.mjs /work/notes/bin     (a directory holding opa v1.19.1 and conftest v0.71.1)
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = process.argv[2];
const run = (tool, args) => spawnSync(join(bin, tool), args, { encoding: 'utf8', timeout: 60_000 });
const byPlace = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row);
const opa = (args) =>
  JSON.parse(run('opa', ['test', '-f', 'json', ...args]).stdout)
    .map((t) => ({
      file: t.location.file,
      row: t.location.row,
      package: t.package,
      name: t.name,
      status: t.error ? 'error' : t.skip ? 'skip' : t.fail ? 'fail' : 'pass',
      ...(t.error ? { error: `${t.error.location.file}:${t.error.location.row}: ${t.error.code}: ${t.error.message}` } : {}),
    }))
    .sort(byPlace);
const conftest = (args) => {
  const out = run('conftest', ['verify', '--no-color', ...args]);
  const lines = out.stdout.split('\n');
  return { exitCode: out.status, failLines: lines.filter((l) => l.startsWith('FAIL')).sort(), summary: lines.filter(Boolean).pop(), stderr: out.stderr.trim() };
};
const oracle = {
  opa: { ok: opa(['ok', 'data/limits.json']), err: opa(['err']) },
  conftest: { ok: conftest(['-p', 'ok', '-d', 'data/limits.json']), err: conftest(['-p', 'err']) },
};
writeFileSync('oracle.json', `${JSON.stringify(oracle, null, 2)}\n`);
