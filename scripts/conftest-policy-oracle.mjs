// Records what the real conftest's `test` command gives for the policy cases in src/policy/testdata/policy-oracle/
// (cases.json: the arguments after `conftest test`, run in that directory): stdout, stderr and the exit code, written to
// src/policy/testdata/policy-oracle/expected/<case>.json. test/integration/policy-oracle.test.ts runs ours on the same
// arguments and compares, without conftest installed. conftest orders files by Go map iteration, so two recordings may
// differ in order only (the test compares per file). Re-run after changing a case or moving to another conftest version:
//   GOBIN=$PWD/.bin go install github.com/open-policy-agent/conftest@v0.71.1
//   CONFTEST=$PWD/.bin/conftest node scripts/conftest-policy-oracle.mjs [case names: only these]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = '0.71.1';
const conftest = process.env.CONFTEST ?? 'conftest';
const dir = 'src/policy/testdata/policy-oracle';
// A bare environment, so nothing of the caller's shell colours the recording.
const env = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC' };

// A `go install`ed conftest says "dev" to --version; its build info names the module version.
const path = spawnSync('sh', ['-c', 'command -v "$0"', conftest], { encoding: 'utf8' }).stdout.trim();
const built = spawnSync('go', ['version', '-m', path], { encoding: 'utf8', timeout: 30_000 }).stdout ?? '';
if (!new RegExp(`\\bmod\\s+github.com/open-policy-agent/conftest\\s+v${VERSION.replaceAll('.', '\\.')}\\b`).test(built)) {
  console.error(`conftest-policy-oracle: want conftest v${VERSION}; ${conftest} is:\n${built}`);
  process.exit(1);
}
mkdirSync(join(dir, 'expected'), { recursive: true });
const only = process.argv.slice(2);
for (const c of JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'))) {
  if (only.length && !only.includes(c.name)) continue;
  const r = spawnSync(conftest, ['test', ...c.args], { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
  if (r.error) throw r.error;
  const text = `${JSON.stringify({ args: c.args, stdout: r.stdout, stderr: r.stderr, exitCode: r.status }, null, 2)}\n`;
  writeFileSync(join(dir, 'expected', `${c.name}.json`), text);
}
