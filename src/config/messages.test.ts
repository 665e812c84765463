// The config file's mistakes a user hits, each as one message at its line that says what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './load.ts';
import { userErrorOf, workspace } from './testkit.ts';

const load = (yaml: string, given: Record<string, string> = {}) => () => loadConfig({ given, workspace: workspace(yaml), env: {} });

test('a word where a whole number belongs says so', () => {
  assert.equal(userErrorOf(load('targets: linux/amd64\nsmoke-timeout: thirty\n'), /./),
    '.github/go-xenv.yml:2: "smoke-timeout" must be a whole number from 1 to 3600, not "thirty" — see the inputs in the README (schema/go-xenv.schema.json)');
});

test('an unquoted version (a YAML number) gets a "quote it" hint showing what YAML made of it', () => {
  userErrorOf(load('go-version: 1.26\n'), /:1: "go-version" must be a string or a list of strings, not "1\.26" — quote it: go-version: "1\.26"/);
  userErrorOf(load('go-version: 1.20\n'), /quote it: go-version: "1\.20" \(unquoted, YAML reads 1\.20 as the number 1\.2\)/);
  userErrorOf(load('go-version:\n  - "1.25"\n  - 1.20\n'), /:1: "go-version" must be a string or a list of strings, not a list — quote it: go-version: "1\.20"/);
});

test('an unknown key suggests the closest known one', () => {
  userErrorOf(load('go-version: "1.26"\n\ngo-verison: "1.25"\n'), /^\.github\/go-xenv\.yml:3: unknown key "go-verison" — did you mean "go-version"\?$/);
  userErrorOf(load('tragets: linux/amd64\n'), /unknown key "tragets" — did you mean "targets"\?/);
  userErrorOf(load('frobnicate: 1\n'), /unknown key "frobnicate" — see the inputs in the README/);
});

test('a config file that is no mapping says what it must be', () => {
  userErrorOf(load('- targets: linux/amd64\n'), /:1: the config file must be a mapping of input names to values .+, not a list/);
  userErrorOf(load('just text\n'), /:1: the config file must be a mapping .+, not a single value/);
  assert.equal(load('# nothing yet\n')().matrix.targets.length, 0);
});

test('a YAML alias bomb is one clear error (the expansion is bounded, not attempted)', () => {
  // Twelve levels of ten aliases each would expand to 10^12 strings; it hides under a key that takes any mapping.
  const name = (i: number) => `l${i}`;
  const levels = [`  ${name(0)}: &${name(0)} [x, x, x, x, x, x, x, x, x, x]`];
  for (let i = 1; i < 12; i++) levels.push(`  ${name(i)}: &${name(i)} [${Array(10).fill(`*${name(i - 1)}`).join(', ')}]`);
  userErrorOf(load(`canary:\n${levels.join('\n')}\n`), /^\.github\/go-xenv\.yml:1: the config file expands too far through YAML aliases .+ — write the values out instead of nesting aliases$/);
});

test('an explicitly named config file must exist; the default one may be missing', () => {
  userErrorOf(load('', { 'config-file': 'nope.yml' }), /^input config-file: config file "nope\.yml" does not exist/);
  assert.equal(loadConfig({ given: {}, workspace: workspace(), env: {} }).configFile, undefined);
});

test('a config file that is no regular file or too large is one clear error', () => {
  const ws = workspace('');
  writeFileSync(join(ws, 'big.yml'), `# ${'x'.repeat(1024 * 1024)}\n`);
  userErrorOf(() => loadConfig({ given: { 'config-file': 'big.yml' }, workspace: ws, env: {} }), /^big\.yml: config file ".+big\.yml" is larger than 1048576 bytes/);
  userErrorOf(() => loadConfig({ given: { 'config-file': '/dev/zero' }, workspace: ws, env: {} }), /config file "\/dev\/zero" is not a regular file/);
});

test('a missing workspace is named', () => {
  userErrorOf(() => loadConfig({ given: {}, workspace: '/nonexistent/ws', env: {} }), /^the workspace "\/nonexistent\/ws" does not exist or is no directory/);
});
