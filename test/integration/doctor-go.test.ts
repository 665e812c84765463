// The doctor with the real go: settings under which every go command fails (GOFLAGS, GO111MODULE, GOTOOLCHAIN,
// -mod=vendor without vendor/) are found by running go with them, each with its fix; a healthy setup stays quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.ts';
import { loadConfig } from '../../src/config/load.ts';
import { terminalHost } from '../../src/terminal-host.ts';
import { diagnose } from '../../src/toolchain/doctor.ts';
import { gatherFacts } from '../../src/toolchain/doctor-facts.ts';

const goBinDir = join(execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim(), 'bin');
const goVersion = execFileSync(join(goBinDir, 'go'), ['env', 'GOVERSION'], { encoding: 'utf8' }).trim().replace(/^go/, '');

function module(goMod: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-doctor-'));
  writeFileSync(join(dir, 'go.mod'), goMod);
  writeFileSync(join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
  return dir;
}

const baseEnv = () => ({ PATH: goBinDir, HOME: process.env.HOME ?? tmpdir(), GOTOOLCHAIN: 'local' });

async function findings(dir: string, env: NodeJS.ProcessEnv) {
  const config = loadConfig({ given: {}, workspace: dir, env: {} });
  const facts = await gatherFacts(config, terminalHost({ env, write: () => {} }));
  return diagnose(facts);
}

test('GOFLAGS=-mdo=mod: every go command fails, and the doctor says so with the fix', async () => {
  const dir = module(`module example.com/m\n\ngo ${goVersion}\n`);
  assert.deepEqual((await findings(dir, baseEnv())).map((f) => f.id), []);
  const [f, ...rest] = await findings(dir, { ...baseEnv(), GOFLAGS: '-mdo=mod' });
  assert.deepEqual(rest, []);
  assert.deepEqual(f, {
    id: 'go-fails', severity: 'error',
    message: 'every go command fails here: `go list -e -f {{.ImportPath}} runtime` in . says: go: parsing $GOFLAGS: unknown flag -mdo',
    fix: 'fix or unset GOFLAGS (now "-mdo=mod"): it takes space-separated flags that go knows, such as -mod=readonly',
  });
  let out = '';
  const code = await runCli(['doctor'], { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, env: { ...baseEnv(), GOFLAGS: '-mdo=mod' }, cwd: dir });
  assert.notEqual(code, 0);
  assert.doesNotMatch(out, /No problems found/);
  assert.match(out, /every go command fails here/);
});

test('other settings go refuses are found by running go with them', async () => {
  const dir = module(`module example.com/m\n\ngo ${goVersion}\n\nrequire example.com/dep v1.0.0\n`);
  const table: [NodeJS.ProcessEnv, string, RegExp, RegExp][] = [
    [{ GO111MODULE: 'bogus' }, 'go-fails', /says: go: unknown environment setting GO111MODULE=bogus$/, /^unset GO111MODULE, or set it to on$/],
    [{ GOFLAGS: '-race=maybe' }, 'go-fails', /says: go: invalid boolean value "maybe" for flag -race \(from \$GOFLAGS\)/, /^fix or unset GOFLAGS \(now "-race=maybe"\)/],
    [{ GOFLAGS: '-mod=vendor' }, 'go-fails', /says: go: inconsistent vendoring in /, /^run `go mod vendor` and commit vendor\/, or remove -mod=vendor from GOFLAGS$/],
    [{ GOTOOLCHAIN: 'bogus' }, 'gotoolchain', /^GOTOOLCHAIN=bogus: go refuses it: go: invalid GOTOOLCHAIN "bogus"$/, /^set GOTOOLCHAIN to local/],
  ];
  for (const [env, id, message, fix] of table) {
    const got = (await findings(dir, { ...baseEnv(), ...env })).filter((f) => f.severity === 'error');
    assert.equal(got.length, 1, `${JSON.stringify(env)}: ${JSON.stringify(got)}`);
    assert.equal(got[0].id, id, JSON.stringify(env));
    assert.match(got[0].message, message, JSON.stringify(env));
    assert.match(got[0].fix, fix, JSON.stringify(env));
  }
  // A toolchain go would download is a warning (it works with network), not a refusal.
  const download = await findings(dir, { ...baseEnv(), GOTOOLCHAIN: 'go1.25.0' });
  assert.deepEqual(download.map((f) => `${f.severity}:${f.id}`), ['warning:gotoolchain']);
});
