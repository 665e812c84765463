import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadCommandTable } from '../pipeline/registry.ts';
import { commandListTs } from './help.ts';
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
  const ws = mkdtempSync(join(tmpdir(), 'go-xenv-cli-'));
  assert.equal((await cli(['baseline-update'], ws)).code, 0);
  const r = await cli(['audit', '--json'], ws);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.command, 'audit');
  assert.equal(doc.steps[0].status, 'ok');
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

test('<command> --help lists only the inputs that command reads, its own flags and --json', async () => {
  const canary = (await cli(['canary', '--help'])).stdout;
  assert.match(canary, /--canary VALUE/);
  assert.match(canary, /--fail-on-hold  \(default: false\)/);
  assert.match(canary, /--json/);
  assert.doesNotMatch(canary, /--targets|--go-version|--qemu-method/);
  assert.doesNotMatch(canary, /repository config file \(default/);
  const setup = (await cli(['setup', '--help'])).stdout;
  assert.match(setup, /--go-version VALUE/);
  assert.match(setup, /--cache VALUE/);
  assert.doesNotMatch(setup, /--smoke-args|--canary |--qemu-image/);
  const check = (await cli(['check', '--help'])).stdout;
  for (const name of ['go-version', 'targets', 'qemu-method', 'smoke-timeout', 'canary']) assert.match(check, new RegExp(`--${name}\\b`));
  const rego = (await cli(['rego', '--help'])).stdout;
  assert.match(rego, /-d, --data VALUE/);
  assert.match(rego, /-i, --input VALUE/);
  assert.match(rego, /--json/);
  assert.doesNotMatch(rego, /--go-version|--targets|inputs \(/);
});

test('rego eval takes OPA\'s short flags -d and -i', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'go-xenv-cli-'));
  writeFileSync(join(ws, 'p.rego'), 'package p\n\nallow if input.user == "admin"\n');
  writeFileSync(join(ws, 'in.json'), '{"user": "admin"}');
  const r = await cli(['rego', 'eval', '-d', 'p.rego', '-i', 'in.json', 'data.p.allow'], ws);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).result[0].expressions[0].value, true);
  const inline = await cli(['rego', 'eval', '-d=p.rego', '-i=in.json', 'data.p.allow'], ws);
  assert.equal(inline.stdout, r.stdout);
  const bad = await cli(['rego', 'eval', '-x', 'q'], ws);
  assert.deepEqual([bad.code, bad.stderr], [3, 'go-xenv: unknown flag -x — see go-xenv rego --help\n']);
});

test('unknown flags suggest the closest one, among the command\'s own flags too', async () => {
  assert.match((await cli(['check', '--targtes', 'x'])).stderr, /unknown flag --targtes — did you mean --targets\?/);
  assert.match((await cli(['rego', 'eval', '--dtaa', 'x', 'q'])).stderr, /unknown flag --dtaa — did you mean --data\?/);
});

test('--cwd naming a directory that does not exist names it', async () => {
  const r = await cli(['audit', '--cwd', '/nonexistent']);
  assert.deepEqual([r.code, r.stderr], [3, 'go-xenv: --cwd "/nonexistent": no such directory (/nonexistent) — give the workspace directory to work in\n']);
});

test('--config naming a missing file is an error; a list where the mapping belongs says so', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'go-xenv-cli-'));
  const missing = await cli(['audit', '--config', 'nope.yml'], ws);
  assert.deepEqual([missing.code, missing.stderr.split(' — ')[0]], [3, 'go-xenv: input config-file: config file "nope.yml" does not exist']);
  writeFileSync(join(ws, 'list.yml'), '- a\n- b\n');
  const list = await cli(['audit', '--config', 'list.yml'], ws);
  assert.match(list.stderr, /^go-xenv: list\.yml:1: the config file must be a mapping of input names to values .+, not a list/);
});

test('the CLI never prints the token, and a token with a newline is refused without it', async () => {
  const token = 'ghp_SECRETsecret0123456789';
  const ws = mkdtempSync(join(tmpdir(), 'go-xenv-cli-'));
  let all = '';
  for (const argv of [['check', '--json', '--verbose', '--token', token], ['doctor', '--json', '--token', token], ['setup', '--help']]) {
    const code = await runCli(argv, { stdout: (s) => { all += s; }, stderr: (s) => { all += s; }, env: { GITHUB_TOKEN: token, PATH: process.env.PATH }, cwd: ws });
    assert.ok(code === 0 || code === 1, `${argv.join(' ')}: exit ${code}: ${all}`);
  }
  assert.ok(!all.includes(token) && !all.includes('SECRET'), all);
  const bad = await cli(['audit', '--token', `${token}\nInjected: yes`], ws);
  assert.equal(bad.code, 3);
  assert.match(bad.stderr, /^go-xenv: input "token" holds a character that cannot go in an HTTP header/);
  assert.ok(!bad.stderr.includes('SECRET') && !bad.stderr.includes('Injected'), bad.stderr);
});

test('the command list of --help is generated from the command table', async () => {
  assert.ok(readFileSync('src/cli/command-list.ts', 'utf8') === commandListTs(await loadCommandTable()), 'src/cli/command-list.ts is stale: run `npm run build`');
});
