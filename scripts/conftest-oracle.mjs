// Records what the real conftest's parsers make of our fixtures: `conftest parse <file>` for every file in
// src/policy/testdata/oracle/ (and oracle-bad/, files that should not parse), written to
// src/policy/testdata/conftest-parse/<file>.json (or `{ "error": ... }` when conftest refuses the file). The unit
// test src/policy/parsers/oracle.test.ts compares our parsers with these, without conftest installed. Re-run after
// adding a fixture or moving to another conftest version; `--check` only says whether the recordings still hold:
//   GOBIN=$PWD/.bin go install github.com/open-policy-agent/conftest@v0.71.1
//   CONFTEST=$PWD/.bin/conftest node scripts/conftest-oracle.mjs [--check]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = '0.71.1';
const conftest = process.env.CONFTEST ?? 'conftest';
const testdata = 'src/policy/testdata';
const check = process.argv.includes('--check');
// A bare environment: gotenv expands variables from the process environment, which must not colour the recording.
const env = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC' };
let stale = 0;

// A `go install`ed conftest says "dev" to --version; its build info names the module version.
const built = execFileSync('go', ['version', '-m', execFileSync('sh', ['-c', 'command -v "$0"', conftest], { encoding: 'utf8' }).trim()], { encoding: 'utf8' });
if (!new RegExp(`\\bmod\\s+github.com/open-policy-agent/conftest\\s+v${VERSION.replaceAll('.', '\\.')}\\b`).test(built)) {
  console.error(`conftest-oracle: want conftest v${VERSION}; ${conftest} is:\n${built}`);
  process.exit(1);
}
for (const set of ['oracle', 'oracle-bad']) {
  const fixtures = join(testdata, set);
  const out = join(testdata, set === 'oracle' ? 'conftest-parse' : 'conftest-parse-bad');
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(fixtures).sort()) {
    let recorded;
    try {
      // Run beside the file so the recorded path is the bare name; TZ=UTC as on a runner (TOML local dates use it).
      const text = execFileSync(conftest, ['parse', name], {
        cwd: fixtures,
        encoding: 'utf8',
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      });
      recorded = { conftest: VERSION, value: JSON.parse(text) };
    } catch (e) {
      if (!e.stderr) throw e;
      recorded = { conftest: VERSION, error: String(e.stderr).trim() };
    }
    const path = join(out, `${name}.json`);
    const text = JSON.stringify(recorded, null, 2) + '\n';
    const same = existsSync(path) && readFileSync(path, 'utf8') === text;
    if (!check) writeFileSync(path, text);
    else if (!same) stale++;
    console.log(`${name}: ${recorded.error ? 'refused' : 'parsed'}${check && !same ? ' (differs from the recording)' : ''}`);
  }
}
if (stale) {
  console.error(`conftest-oracle: ${stale} recording(s) differ from conftest ${VERSION}; re-record without --check`);
  process.exit(1);
}
