// On a real runner every input that declares a default in action.yml arrives as INPUT_<NAME>. These tests build that
// exact environment from the committed action.yml and prove that the config file still wins over every default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import type { Config } from './config.ts';
import { INPUTS } from './inputs.ts';
import { inputsFromEnv, loadConfig } from './load.ts';
import { configFileSchema } from './schema.ts';
import { workspace } from './testkit.ts';

const RUNNER_TOKEN = 'ghs_runnerDefaultToken123';

/** INPUT_* as the runner sets them for a step with no `with:`: every declared default, expressions evaluated. */
function runnerInputs(): NodeJS.ProcessEnv {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: NodeJS.ProcessEnv = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default === undefined) continue;
    env[`INPUT_${name.toUpperCase()}`] = input.default === '${{ github.token }}' ? RUNNER_TOKEN : input.default;
  }
  return env;
}

/** Every key the config file may set: a value other than its default, and where the loaded Config shows it. */
const FILE_VALUES: Record<string, [yaml: string, actual: (c: Config, ws: string) => unknown, expected: (ws: string) => unknown]> = {
  'command': ['audit', (c) => c.command, () => 'audit'],
  'working-directory': ['mod', (c) => c.workingDirectory, (ws) => join(ws, 'mod')],
  'go-version': ['"1.25"', (c) => c.toolchain.goVersions, () => ['1.25']],
  'go-version-file': ['mod/.go-version', (c) => c.toolchain.goVersionFile, (ws) => join(ws, 'mod', '.go-version')],
  'check-latest': ['true', (c) => c.toolchain.checkLatest, () => true],
  'cache': ['false', (c) => c.toolchain.cache, () => 'false'],
  'cache-dependency-path': ['mod/go.sum', (c) => c.toolchain.cacheDependencyPath, () => ['mod/go.sum']],
  'cache-save-branches': ['release', (c) => c.toolchain.cacheSaveBranches, () => ['release']],
  'qemu-platforms': ['arm64', (c) => c.emulation.platforms, () => ['arm64']],
  'qemu-method': ['none', (c) => c.emulation.method, () => 'none'],
  'qemu-install': ['false', (c) => c.emulation.install, () => false],
  'targets': ['linux/amd64, linux/arm64', (c) => c.matrix.targets, () => ['linux/amd64', 'linux/arm64']],
  'exclude': ['linux/386', (c) => c.matrix.exclude, () => ['linux/386']],
  'variants': ['GOARM=7', (c) => c.matrix.variants, () => ['GOARM=7']],
  'cgo': ['linux/amd64', (c) => c.matrix.cgo, () => ['linux/amd64']],
  'build-package': ['./cmd/tool', (c) => c.matrix.buildPackage, () => './cmd/tool'],
  'binary-name': ['tool', (c) => c.matrix.binaryName, () => 'tool'],
  'ldflags': ['"-s -X main.version={{.Version}}"', (c) => c.matrix.ldflags, () => '-s -X main.version={{.Version}}'],
  'out-dir': ['bin', (c) => c.matrix.outDir, (ws) => join(ws, 'mod', 'bin')],
  'smoke-args': ['-version extra-arg', (c) => c.matrix.smokeArgs, () => ['-version', 'extra-arg']],
  'smoke-timeout': ['5', (c) => c.matrix.smokeTimeoutSeconds, () => 5],
  'reproducible': ['true', (c) => c.matrix.reproducible, () => true],
  'canary': ['{ provider: { type: file, path: m.json } }', (c) => c.canary.document, () => ({ provider: { type: 'file', path: 'm.json' } })],
  'fail-on-hold': ['true', (c) => c.canary.failOnHold, () => true],
  'comment': ['never', (c) => c.report.comment, () => 'never'],
  'comment-id': ['nightly', (c) => c.report.commentId, () => 'nightly'],
  'baseline-file': ['ci/baseline.json', (c) => c.baseline.file, (ws) => join(ws, 'ci', 'baseline.json')],
  'baseline-configs': ['"deploy/**"', (c) => c.baseline.configs, () => ['deploy/**']],
  'policy': ['rules, builtin', (c) => c.policy.paths, () => ['rules', 'builtin']],
  'policy-namespace': ['k8s', (c) => c.policy.namespaces, () => ['k8s']],
  'policy-all-namespaces': ['true', (c) => c.policy.allNamespaces, () => true],
  'policy-data': ['data', (c) => c.policy.data, () => ['data']],
  'policy-files': ['"deploy/**/*.yaml"', (c) => c.policy.files, () => ['deploy/**/*.yaml']],
  'policy-exclude': ['"deploy/tmp/**"', (c) => c.policy.exclude, () => ['deploy/tmp/**']],
  'policy-scope': ['all', (c) => c.policy.scope, () => 'all'],
  'policy-combine': ['true', (c) => c.policy.combine, () => true],
  'policy-fail-on-warn': ['true', (c) => c.policy.failOnWarn, () => true],
  'policy-no-fail': ['false', (c) => c.policy.noFail, () => false],
  'policy-rego-version': ['v0', (c) => c.policy.regoVersion, () => 'v0'],
  'policy-verify': ['false', (c) => c.policy.verify, () => 'false'],
};

const fileYaml = () => Object.entries(FILE_VALUES).map(([k, [v]]) => `${k}: ${v}`).join('\n') + '\n';

test('action.yml declares a default only where the runner must evaluate it (the token)', () => {
  assert.deepEqual(Object.keys(runnerInputs()), ['INPUT_TOKEN']);
});

test('the sample covers every key the config file may set, and the published schema accepts it', () => {
  const fileKeys = INPUTS.filter((s) => !s.stepOnly).map((s) => s.name);
  assert.deepEqual(Object.keys(FILE_VALUES).sort(), [...fileKeys].sort());
  assert.deepEqual(Object.keys(configFileSchema().properties as object).sort(), [...fileKeys].sort());
  const validate = new Ajv({ strict: false }).compile(configFileSchema());
  assert.ok(validate(parse(fileYaml())), JSON.stringify(validate.errors));
});

test('with the exact runner environment, every value of the config file wins over its default', () => {
  const ws = workspace(fileYaml(), { 'mod/.go-version': '1.25.3\n', 'mod/go.sum': '' });
  mkdirSync(join(ws, 'mod', 'bin'));
  const env = runnerInputs();
  const c = loadConfig({ given: inputsFromEnv(env), workspace: ws, env });
  for (const [key, [, actual, expected]] of Object.entries(FILE_VALUES)) {
    assert.deepEqual(actual(c, ws), expected(ws), `config file value of "${key}" lost to the default`);
  }
  assert.equal(c.toolchain.token, RUNNER_TOKEN);
});

test('with the exact runner environment and no config file, the table defaults apply', () => {
  const env = runnerInputs();
  const ws = workspace();
  const c = loadConfig({ given: inputsFromEnv(env), workspace: ws, env });
  assert.deepEqual(
    [c.command, c.workingDirectory, c.toolchain.cache, c.emulation.method, c.emulation.install, c.matrix.outDir, c.matrix.smokeArgs, c.matrix.smokeTimeoutSeconds, c.matrix.ldflags, c.matrix.buildPackage],
    ['check', ws, 'true', 'auto', true, join(ws, '.go-xenv', 'out'), ['-version'], 30, '-s -w -X main.version={{.Version}}', '.'],
  );
});

test('a step input still wins over the config file on a runner', () => {
  const ws = workspace('cache: false\nout-dir: from-file\n');
  const env = { ...runnerInputs(), INPUT_CACHE: 'restore-only', 'INPUT_OUT-DIR': 'from-step' };
  const c = loadConfig({ given: inputsFromEnv(env), workspace: ws, env });
  assert.deepEqual([c.toolchain.cache, c.matrix.outDir], ['restore-only', join(ws, 'from-step')]);
});

test('the config file is checked by the same rules the published schema states', () => {
  const validate = new Ajv({ strict: false }).compile(configFileSchema());
  const samples = ['smoke-timeout: 0', 'smoke-timeout: thirty', 'smoke-timeout: "30"', 'smoke-timeout: 3600', 'reproducible: [1]', 'reproducible: "true"',
    'cache: sometimes', 'cache: false', 'cache: restore-only', 'go-version: 1.26', 'go-version: ["1.26", 1.25]', 'targets:', 'canary: [1]', 'canary: "{}"', 'qemu-install: yes'];
  for (const yaml of samples) {
    let loaded = true;
    try { loadConfig({ given: {}, workspace: workspace(`${yaml}\n`), env: {} }); } catch { loaded = false; }
    assert.equal(loaded, validate(parse(yaml)), `${yaml}: the loader and the schema disagree`);
  }
});
