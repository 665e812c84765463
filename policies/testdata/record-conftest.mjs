// Records the real conftest's answers on the pack (conftest-answers.json), which src/policy/verify-pack.test.ts holds
// ours to: `conftest verify -p policies`, and `conftest test -p policies -d policies/data --all-namespaces` on every
// fixture here, one by one and all at once with --combine. conftest has no parser for go.mod, go.sum,
// requirements*.txt, sshd_config or logrotate, so those reach it as the JSON document `go-xenv parse` prints (the
// document our parsers give policies); the answers name the original files. Run from the repository root:
//   node policies/testdata/record-conftest.mjs /work/notes/bin/conftest     (conftest v0.71.1)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const conftest = process.argv[2] ?? 'conftest';
const root = process.cwd();
const here = 'policies/testdata';
const NATIVE = /\.(ya?ml)$|^nginx\.conf$/;
const run = (args, cwd) => spawnSync(conftest, args, { cwd, encoding: 'utf8', timeout: 120_000 });

const mirror = mkdtempSync(join(tmpdir(), 'pack-conftest-'));
const files = ['bad', 'good'].flatMap((d) => readdirSync(join(here, d)).sort().map((f) => `${here}/${d}/${f}`));
const shown = new Map();
for (const f of files) {
  mkdirSync(join(mirror, dirname(f)), { recursive: true });
  if (NATIVE.test(f.split('/').pop())) {
    cpSync(f, join(mirror, f));
    shown.set(f, f);
    continue;
  }
  const parsed = spawnSync('npx', ['tsx', 'src/cli.ts', 'parse', f], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (parsed.status !== 0) throw new Error(`go-xenv parse ${f}: ${parsed.stderr}`);
  writeFileSync(join(mirror, `${f}.json`), parsed.stdout);
  shown.set(`${f}.json`, f);
}
const inputs = [...shown.keys()];
const base = ['test', '-p', join(root, 'policies'), '-d', join(root, 'policies/data'), '--all-namespaces', '--no-color', '-o', 'json'];
const answer = (args) => {
  const r = run([...base, ...args], mirror);
  if (r.status > 1) throw new Error(`conftest ${args.join(' ')}: ${r.stderr}`);
  return { exitCode: r.status, results: JSON.parse(r.stdout).map((x) => ({ ...x, filename: shown.get(x.filename) ?? x.filename })) };
};
const verify = run(['verify', '-p', 'policies', '--no-color'], root);
const answers = {
  verify: { exitCode: verify.status, summary: verify.stdout.trim().split('\n').pop() },
  test: Object.fromEntries(inputs.map((f) => [shown.get(f), answer([f])])),
  combine: answer(['--combine', ...inputs.filter((f) => f.includes('/bad/'))]),
};
rmSync(mirror, { recursive: true, force: true });
writeFileSync(join(here, 'conftest-answers.json'), `${JSON.stringify(answers, null, 2)}\n`);
console.log(answers.verify, Object.keys(answers.test).length, 'files');
