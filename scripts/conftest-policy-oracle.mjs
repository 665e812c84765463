// Records what the real conftest's `test` command gives for the policy cases in src/policy/testdata/policy-oracle/
// (cases.json: the arguments after `conftest test`, run in that directory): stdout, stderr and the exit code, written to
// src/policy/testdata/policy-oracle/expected/<case>.json. The unit test src/policy/oracle.test.ts runs ours on the same
// arguments and compares, without conftest installed. Re-run after changing a case or moving to another conftest version:
//   CONFTEST=/path/to/conftest node scripts/conftest-policy-oracle.mjs [--check]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = '0.71.1';
const conftest = process.env.CONFTEST ?? 'conftest';
const dir = 'src/policy/testdata/policy-oracle';
const check = process.argv.includes('--check');
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
let stale = 0;
for (const c of JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'))) {
  const r = spawnSync(conftest, ['test', ...c.args], { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
  if (r.error) throw r.error;
  const text = `${JSON.stringify({ args: c.args, stdout: r.stdout, stderr: r.stderr, exitCode: r.status }, null, 2)}\n`;
  const file = join(dir, 'expected', `${c.name}.json`);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`stale: ${file}`);
      stale++;
    }
  } else writeFileSync(file, text);
}
process.exit(stale ? 1 : 0);
