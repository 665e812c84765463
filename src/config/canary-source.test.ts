// The canary document and its lines come from the one read the config loader does (no second read of any file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './load.ts';
import { userErrorOf, workspace } from './testkit.ts';

const canaryYaml = 'provider:\n  type: file\n  path: series.json\nmetrics:\n  - name: errors\n    judge: threshold\n    max: lots\n';

test('a canary mapping in the config file: its lines are the config file\'s, read once', () => {
  const ws = workspace(`targets: linux/amd64\ncanary:\n${canaryYaml.replace(/^/gm, '  ')}`);
  const c = loadConfig({ given: {}, workspace: ws, env: {} }).canary;
  // The file is gone: every line below comes from the one read.
  rmSync(join(ws, '.github'), { recursive: true });
  assert.equal(c.source, '.github/go-xenv.yml');
  assert.equal(c.trusted, false);
  assert.deepEqual(c.locate(['metrics', 0, 'max']), { file: '.github/go-xenv.yml', line: 9 });
  // A key that is missing is placed at its nearest parent.
  assert.deepEqual(c.locate(['provider', 'url']), { file: '.github/go-xenv.yml', line: 3 });
});

test('a canary file named by the input: its own lines; YAML text in the input: trusted, without lines', () => {
  const ws = workspace(undefined, { 'canary.yml': canaryYaml });
  const file = loadConfig({ given: { canary: 'canary.yml' }, workspace: ws, env: {} }).canary;
  rmSync(join(ws, 'canary.yml'));
  assert.deepEqual([file.source, file.trusted, file.locate(['metrics', 0, 'judge'])], ['canary.yml', false, { file: 'canary.yml', line: 6 }]);
  const text = loadConfig({ given: { canary: canaryYaml }, workspace: ws, env: {} }).canary;
  assert.deepEqual([text.source, text.trusted, text.locate(['metrics', 0])], ['input canary', true, { file: 'input canary' }]);
  assert.deepEqual((text.document as { metrics: unknown[] }).metrics.length, 1);
});

test('YAML text under the config file\'s canary key is located at that key; its syntax errors are labelled as the text', () => {
  const ws = workspace(`canary: |\n${canaryYaml.replace(/^/gm, '  ')}`);
  const c = loadConfig({ given: {}, workspace: ws, env: {} }).canary;
  assert.deepEqual([c.source, c.trusted, c.locate(['metrics', 0, 'max'])], ['.github/go-xenv.yml', false, { file: '.github/go-xenv.yml', line: 1 }]);
  userErrorOf(() => loadConfig({ given: {}, workspace: workspace('canary: "provider: [file"\n'), env: {} }), /^canary \(config file\):1:\d+: invalid YAML: /);
});

test('a config file of two YAML documents, or with a long line of numbers where text belongs, is one clear error', () => {
  userErrorOf(() => loadConfig({ given: {}, workspace: workspace('targets: linux/amd64\n---\ncache: false\n'), env: {} }),
    /^\.github\/go-xenv\.yml:3: invalid YAML: the config file holds more than one YAML document — fix the YAML syntax$/);
  const many = `go-version: [${Array(180_000).fill('1.20').join(',')}]\n`;
  userErrorOf(() => loadConfig({ given: {}, workspace: workspace(many), env: {} }), /^\.github\/go-xenv\.yml:1: "go-version" must be a string or a list of strings, not a list — quote it: go-version: "1\.20"/);
});
