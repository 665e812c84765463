// Differential test against a real OPA (not part of the default test run): every compliance case under a directory
// (default ../shared/opa-compliance/cases) is written out as files, evaluated by our `go-xenv rego eval` path and by
// `opa eval -f json`, and the two result sets are compared (bindings and expression values; numbers by value, so
// OPA's `1.0000015e+06` equals our `1000001.5`; error codes when both fail).
// Usage: node --import tsx scripts/opa-diff.mjs [cases dir] [--filter <text>] [--limit <n>] [--json <report file>]
//        node --import tsx scripts/opa-diff.mjs --check <dir>   compile every .rego file under <dir> (v0 mode when its
//        path has a /v0/ segment) with both, comparing the verdict: ok or the first error code (`opa check`).
// OPA: $OPA_BIN, else `opa` on PATH, else ~/go/bin/opa. Without one it says so and exits with status 2.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { loadCases } from '../test/rego/compliance/cases.ts';
import { evalCommand } from '../src/rego/opa-eval.ts';
// Every builtin, registered up front: the cases call any of them synchronously.
import '../src/rego/builtins/index.ts';
import { compile, evalTermText } from '../src/rego/index.ts';
import { RegoError } from '../src/rego/errors.ts';
import { fromJSON, toJSONText, RObject } from '../src/rego/value/value.ts';

const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const filter = flag('--filter');
const limit = Number(flag('--limit') ?? Infinity);
const jsonOut = flag('--json');
const checkDir = flag('--check');
const dir = args[0] ?? fileURLToPath(new URL('../../shared/opa-compliance/cases', import.meta.url));

function findOpa() {
  if (process.env.OPA_BIN) return process.env.OPA_BIN;
  const which = spawnSync('sh', ['-c', 'command -v opa'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  const gobin = join(homedir(), 'go', 'bin', 'opa');
  return existsSync(gobin) ? gobin : undefined;
}

const opa = findOpa();
if (!opa) {
  console.log('no OPA binary (set OPA_BIN, or put opa on PATH); nothing compared');
  process.exit(2);
}
const version = spawnSync(opa, ['version'], { encoding: 'utf8' }).stdout.split('\n')[0];

/** Compile verdicts of every .rego file under dir, ours against `opa check`. */
function checkAll(root) {
  const files = [];
  const walk = (d) => readdirSync(d).sort().forEach((n) => {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.rego')) files.push(p);
  });
  walk(root);
  let same = 0;
  const differ = [];
  for (const f of files) {
    const v0 = f.includes('/v0/');
    let a = 'ok';
    try { compile([{ file: f, source: readFileSync(f, 'utf8') }], {}, { v0 }); } catch (e) { a = e instanceof RegoError ? e.regoCode : `crash: ${e.message}`; }
    const r = spawnSync(opa, ['check', '-f', 'json', ...(v0 ? ['--v0-compatible'] : []), f], { encoding: 'utf8' });
    const b = r.status === 0 ? 'ok' : (/"code"\s*:\s*"([^"]+)"/.exec(`${r.stdout}${r.stderr}`)?.[1] ?? `opa exit ${r.status}`);
    if (a === b) same++; else differ.push({ file: f, ours: a, opa: b });
  }
  for (const d of differ) console.log(`DIFF ${d.file}: ours ${d.ours}, opa ${d.opa}`);
  console.log(`${version}: ${files.length} files checked, ${same} same verdict, ${differ.length} differ`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ opa: version, dir: root, same, differ }, null, 2));
  process.exit(differ.length ? 1 : 0);
}
if (checkDir) checkAll(checkDir);

/** Canonical JSON of a result set: numbers by value, keys sorted, only bindings and expression values kept. */
function canonical(resultText) {
  const doc = fromJSON(parseYaml(resultText, { intAsBigInt: true }) ?? {});
  const rows = doc instanceof RObject ? doc.get('result') : undefined;
  if (!Array.isArray(rows)) return '[]';
  return toJSONText(rows.map((r) => new RObject([
    ['bindings', r.get('bindings') ?? new RObject()],
    ['values', (r.get('expressions') ?? []).map((e) => e.get('value'))],
  ])));
}

const ours = async (req) => {
  try {
    return { text: canonical(toJSONText(await evalCommand(req))) };
  } catch (e) {
    return { error: e instanceof RegoError ? e.regoCode : `crash: ${e.message}` };
  }
};

function theirs(work, c, inputFile) {
  const argv = ['eval', '-f', 'json', '--data', join(work, 'mods'), '--data', join(work, 'data.json')];
  if (inputFile) argv.push('--input', inputFile);
  if (c.strict_error) argv.push('--strict-builtin-errors');
  argv.push(c.query);
  const r = spawnSync(opa, argv, { encoding: 'utf8', timeout: 30_000 });
  const out = r.stdout ?? '';
  if (r.status !== 0 || /"errors"\s*:/.test(out)) {
    const code = /"code"\s*:\s*"([^"]+)"/.exec(out)?.[1];
    return { error: code ?? `opa exit ${r.status}: ${(r.stderr || out).split('\n')[0]}` };
  }
  return { text: canonical(out) };
}

const cases = loadCases(dir).filter((x) => !filter || `${x.file} ${x.c.note}`.includes(filter)).slice(0, limit);
const report = { opa: version, dir, compared: 0, same: 0, differ: [], skipped: [] };
for (const { file, index, c } of cases) {
  const id = `${file}#${index} ${c.note}`;
  if (c.experimental_keywords) { report.skipped.push({ id, reason: 'experimental keywords (not enabled in opa eval)' }); continue; }
  const work = mkdtempSync(join(tmpdir(), 'opa-diff-'));
  try {
    const mods = join(work, 'mods');
    spawnSync('mkdir', ['-p', mods]);
    (c.modules ?? []).forEach((m, i) => writeFileSync(join(mods, `test-${i}.rego`), m));
    writeFileSync(join(work, 'data.json'), toJSONText(fromJSON(c.data ?? {})));
    let inputFile;
    if (c.input_term !== undefined || c.input !== undefined) {
      inputFile = join(work, 'input.json');
      // sets in an input_term become arrays in JSON, for both engines alike
      const input = c.input_term !== undefined ? evalTermText(c.input_term) : fromJSON(c.input);
      writeFileSync(inputFile, toJSONText(input));
    }
    const a = await ours({ dataPaths: [mods, join(work, 'data.json')], inputFile, query: c.query, strict: !!c.strict_error });
    const b = theirs(work, c, inputFile);
    report.compared++;
    const same = a.error !== undefined || b.error !== undefined ? a.error === b.error : a.text === b.text;
    if (same) report.same++;
    else report.differ.push({ id, ours: a.error ?? a.text, opa: b.error ?? b.text });
  } catch (e) {
    report.skipped.push({ id, reason: `setup: ${e.message}` });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const d of report.differ) console.log(`DIFF ${d.id}\n  ours: ${d.ours.slice(0, 300)}\n  opa:  ${d.opa.slice(0, 300)}`);
for (const s of report.skipped) console.log(`SKIP ${s.id}: ${s.reason}`);
console.log(`${version}: ${report.compared} compared, ${report.same} same, ${report.differ.length} differ, ${report.skipped.length} skipped`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
process.exit(report.differ.length ? 1 : 0);
