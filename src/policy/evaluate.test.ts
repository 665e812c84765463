// The policy run as typed data: findings at the line of the key a result names (else the document's first line),
// conftest's counting of multi-document files and repeated rule definitions, exceptions, the combined document, data
// merged under sub-directory names, and the walk of input directories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { UserError } from '../errors.ts';
import * as engine from '../rego/index.ts';
import { evaluatePolicies, loadAllParsers, loadData, loadPolicies, walkInputs } from './index.ts';
import { workspaceWith } from '../../test/kit/workspace.ts';

// These tests parse directly: every parser loaded first, as a run first loads the ones it reads with.
await loadAllParsers();

const workspace = (files: Record<string, string>) => workspaceWith(files, 'go-xenv-policy-unit-');

const run = (cwd: string, files: string[], extra: Partial<Parameters<typeof evaluatePolicies>[1]> = {}, policyPaths = ['policy']) =>
  evaluatePolicies(loadPolicies({ engine, cwd, policyPaths }), { cwd, files, ...extra });

test('a finding lands on the line of the key its metadata path names, else on the document first line', () => {
  const cwd = workspace({
    'policy/p.rego': [
      'package main',
      'deny contains {"msg": "privileged", "path": ["spec", "privileged"]} if input.spec.privileged',
      'deny contains {"msg": "dotted", "path": "spec.image"} if input.spec.image',
      'warn contains "plain" if input.kind',
    ].join('\n'),
    'a.yaml': '# head\nkind: Pod\nspec:\n  image: x\n  privileged: true\n',
    'multi.yaml': 'kind: A\n---\nkind: B\nspec:\n  privileged: true\n',
  });
  const r = run(cwd, ['a.yaml', 'multi.yaml']);
  const at = r.findings.map((f) => `${f.severity} ${f.file}:${f.line} ${f.rule} ${f.message}`);
  assert.deepEqual(at, [
    'error a.yaml:4 main/deny dotted',
    'error a.yaml:5 main/deny privileged',
    'warning a.yaml:2 main/warn plain',
    'error multi.yaml:5 main/deny privileged',
    'warning multi.yaml:1 main/warn plain',
    'warning multi.yaml:3 main/warn plain',
  ]);
  // Two deny definitions and one warn per document: 3 tests each, 2 documents in multi.yaml.
  assert.deepEqual(r.totals, { tests: 9, passed: 3, warnings: 3, failures: 3, exceptions: 0 });
  assert.equal(r.exitCode, 1);
});

test('exceptions name the rule without its deny_/violation_ prefix and replace its failures', () => {
  const cwd = workspace({
    'policy/p.rego':
      'package main\ndeny_latest contains "latest" if true\nviolation_x contains {"msg": "x", "k": 1} if true\nexception contains ["latest"] if input.skip\n',
    'skip.json': '{"skip": true}',
    'keep.json': '{}',
  });
  const r = run(cwd, ['skip.json', 'keep.json']);
  assert.deepEqual(
    r.results.map((c) => [c.filename, c.successes, c.failures.length, c.exceptions.map((e) => e.msg)]),
    [
      ['skip.json', 0, 1, ['data.main.exception[_][_] == "latest"']],
      ['keep.json', 0, 2, []],
    ],
  );
  assert.deepEqual(r.results[1].failures[1].metadata, { k: 1, query: 'data.main.violation_x' });
});

test('--combine gives one [{path, contents}] document, a multi-document file once per document, ordered by path', () => {
  const cwd = workspace({
    'policy/p.rego': 'package main\ndeny contains json.marshal([d.path | some d in input]) if true\n',
    'b.yaml': 'a: 1\n---\na: 2\n',
    'a.json': '{}',
  });
  const r = run(cwd, ['b.yaml', 'a.json'], { combine: true });
  assert.deepEqual(
    r.results.map((c) => [c.filename, c.failures[0].msg]),
    [['Combined', '["a.json","b.yaml","b.yaml"]']],
  );
  assert.equal(r.findings[0].file, undefined);
});

test('data files merge at the root, or under their sub-directory names inside a named directory', () => {
  const cwd = workspace({ 'd/top.json': '{"a": {"x": 1}}', 'd/sub/deeper/v.yaml': 'v: 2\n', 'one.yaml': 'a:\n  z: 3\n' });
  assert.deepEqual(loadData(['d', 'one.yaml'], cwd), { a: { x: 1, z: 3 }, sub: { deeper: { v: 2 } } });
});

test('input directories are walked per directory in name order, keeping files a parser reads (all with --parser)', () => {
  const cwd = workspace({ 'c/b.yaml': '', 'c/a/z.json': '{}', 'c/a.json': '{}', 'c/.hidden.yml': '', 'c/notes.txt': '' });
  assert.deepEqual(walkInputs(['c'], cwd), ['c/.hidden.yml', 'c/a/z.json', 'c/a.json', 'c/b.yaml']);
  assert.deepEqual(walkInputs(['c'], cwd, 'yaml'), ['c/.hidden.yml', 'c/a/z.json', 'c/a.json', 'c/b.yaml', 'c/notes.txt']);
  // A file named explicitly is read whatever its name; its parser decides whether it is understood.
  assert.deepEqual(walkInputs(['c/notes.txt'], cwd), ['c/notes.txt']);
});

test('a directory walk skips the formats conftest has no parser for (as conftest 0.71.1 does); named, they are read', () => {
  const cwd = workspace({ 'e/nginx.conf': '', 'e/sshd_config': '', 'e/logrotate.conf': '', 'e/logrotate.d/app': '', 'e/x.yml': '' });
  assert.deepEqual(walkInputs(['e'], cwd), ['e/nginx.conf', 'e/x.yml']);
  assert.deepEqual(walkInputs(['e/sshd_config', 'e/logrotate.d'], cwd), ['e/sshd_config']);
  assert.deepEqual(walkInputs(['e/logrotate.d/app', 'e/logrotate.conf'], cwd), ['e/logrotate.d/app', 'e/logrotate.conf']);
});

test('namespaces: several named, all of them in load order, an unknown one refused', () => {
  const cwd = workspace({
    'policy/a.rego': 'package b.one\ndeny contains "one" if true\n',
    'policy/b.rego': 'package a.two\nwarn contains "two" if true\n',
    'x.json': '{}',
  });
  assert.deepEqual(
    run(cwd, ['x.json'], { allNamespaces: true }).results.map((r) => r.namespace),
    ['b.one', 'a.two'],
  );
  assert.deepEqual(run(cwd, ['x.json'], { namespaces: ['a.two'], failOnWarn: true }).exitCode, 1);
  assert.throws(
    () => run(cwd, ['x.json']),
    (e: UserError) => /^no policy declares namespace "main" — the policies declare: b\.one, a\.two /.test(e.format()),
  );
});
