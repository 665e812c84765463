import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { inputsFromEnv, loadConfig, splitArgs } from './load.ts';
import { actionYaml, schemaJson } from './meta.ts';
import { UserError } from '../errors.ts';

function workspace(configYaml?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-config-'));
  if (configYaml !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'go-xenv.yml'), configYaml);
  }
  return dir;
}

const expectUserError = (fn: () => unknown, pattern: RegExp) =>
  assert.throws(fn, (e: unknown) => e instanceof UserError && pattern.test(e.format()));

test('defaults apply when nothing is given', () => {
  const c = loadConfig({ given: {}, workspace: workspace(), env: {} });
  assert.equal(c.command, 'check');
  assert.deepEqual(c.toolchain.goVersions, []);
  assert.equal(c.toolchain.cache, 'true');
  assert.deepEqual(c.matrix.smokeArgs, ['-version']);
  assert.equal(c.matrix.smokeTimeoutSeconds, 30);
  assert.equal(c.canary.document, undefined);
});

test('the config file is read and inputs win over it', () => {
  const ws = workspace('go-version: ["1.25", "1.26"]\ntargets: linux/amd64, linux/arm64\nreproducible: true\ncache: false\n');
  const c = loadConfig({ given: { 'go-version': '1.24' }, workspace: ws, env: {} });
  assert.deepEqual(c.toolchain.goVersions, ['1.24']);
  assert.deepEqual(c.matrix.targets, ['linux/amd64', 'linux/arm64']);
  assert.equal(c.matrix.reproducible, true);
  assert.equal(c.toolchain.cache, 'false');
});

test('an unknown key in the config file names the key and its line', () => {
  const ws = workspace('go-version: "1.26"\n\ngo-verison: "1.25"\n');
  expectUserError(() => loadConfig({ given: {}, workspace: ws, env: {} }), /^\.github\/go-xenv\.yml:3: unknown key "go-verison"/);
});

test('a wrong type in the config file names the key, its line and the expected type', () => {
  const ws = workspace('targets:\n  - linux/amd64\nreproducible: [1]\n');
  expectUserError(() => loadConfig({ given: {}, workspace: ws, env: {} }), /go-xenv\.yml:3: "reproducible" must be true or false, not a list/);
});

test('a YAML syntax error gives line and column', () => {
  const ws = workspace('targets: [linux/amd64\n');
  expectUserError(() => loadConfig({ given: {}, workspace: ws, env: {} }), /go-xenv\.yml:\d+:\d+: invalid YAML/);
});

test('bad input values say what is allowed', () => {
  const ws = workspace();
  expectUserError(() => loadConfig({ given: { cache: 'sometimes' }, workspace: ws, env: {} }), /^input "cache": "sometimes" is not allowed — use one of: true, false, restore-only$/);
  expectUserError(() => loadConfig({ given: { 'check-latest': 'yes' }, workspace: ws, env: {} }), /not a boolean/);
  expectUserError(() => loadConfig({ given: { 'working-directory': 'nope' }, workspace: ws, env: {} }), /working-directory "nope" does not exist/);
});

test('action inputs are read from INPUT_* the way @actions/core names them', () => {
  assert.deepEqual(inputsFromEnv({ 'INPUT_GO-VERSION': ' 1.26 ', INPUT_TARGETS: '', INPUT_CACHE: 'false' }), { 'go-version': '1.26', cache: 'false' });
});

test('GO_DOWNLOAD_BASE_URL selects a mirror when the input is empty', () => {
  const c = loadConfig({ given: {}, workspace: workspace(), env: { GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:1/dl' } });
  assert.equal(c.toolchain.downloadBaseUrl, 'http://127.0.0.1:1/dl');
});

test('smoke-args split like a shell', () => {
  assert.deepEqual(splitArgs(`-version --name "a b" 'c d'`), ['-version', '--name', 'a b', 'c d']);
});

test('action.yml and the JSON schema are generated from the input table', () => {
  // Compared as booleans: a stale file is one fact (run the build), not a page-long diff.
  assert.ok(readFileSync('action.yml', 'utf8') === actionYaml(), 'action.yml is stale: run `npm run build`');
  assert.ok(readFileSync('schema/go-xenv.schema.json', 'utf8') === schemaJson(), 'the schema is stale: run `npm run build`');
});
