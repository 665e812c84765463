import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from './run.ts';

async function cli(argv: string[], cwd = mkdtempSync(join(tmpdir(), 'go-xenv-cli-'))) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, env: {}, cwd });
  return { code, stdout, stderr };
}

test('--help lists the commands and exits 0', async () => {
  const r = await cli(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /usage: go-xenv <command>/);
  assert.match(r.stdout, /\n {2}check +Run every configured capability/);
});

test('no command prints the usage and exits 3', async () => {
  const r = await cli([]);
  assert.equal(r.code, 3);
  assert.match(r.stdout, /usage:/);
});

test('an unknown command or flag is one clear error, exit 3', async () => {
  const a = await cli(['frobnicate']);
  assert.equal(a.code, 3);
  assert.match(a.stderr, /^go-xenv: unknown command "frobnicate"/);
  const b = await cli(['check', '--go-verison', '1.26']);
  assert.equal(b.code, 3);
  assert.equal(b.stderr, 'go-xenv: unknown flag --go-verison — did you mean --go-version? (see go-xenv check --help)\n');
  const c = await cli(['check', '--targets']);
  assert.equal(c.stderr, 'go-xenv: flag --targets needs a value — see go-xenv check --help\n');
});

test('<command> --help lists the inputs as flags', async () => {
  const r = await cli(['check', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /--go-version VALUE/);
  assert.match(r.stdout, /--reproducible  \(default: false\)/);
});

test('--json prints machine-readable results on stdout', async () => {
  const r = await cli(['audit', '--json']);
  assert.equal(r.code, 0);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.command, 'audit');
  assert.equal(doc.steps[0].status, 'skipped');
});

test('a config file error is reported with file and line, exit 3', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'go-xenv-cli-'));
  mkdirSync(join(ws, '.github'));
  writeFileSync(join(ws, '.github', 'go-xenv.yml'), 'targets: linux/amd64\nbogus: 1\n');
  const r = await cli(['audit'], ws);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /^go-xenv: \.github\/go-xenv\.yml:2: unknown key "bogus"/);
});

test('check over a directory that is no Go module skips the toolchain step and says why', async () => {
  const r = await cli(['check', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const toolchain = JSON.parse(r.stdout).steps.find((s: { step: string }) => s.step === 'toolchain');
  assert.deepEqual([toolchain.status, toolchain.reason], ['skipped', 'no go-version or go-version-file, and no go.mod in .']);
});
