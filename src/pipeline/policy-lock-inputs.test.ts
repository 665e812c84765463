// Lock files as policy inputs: once the policy command is loaded, the policy runner's parser registry reads go.mod,
// go.sum, go.work, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock and pylock.toml as their normalized lock
// documents; a policy result naming a package's path lands on its line; a malformed lock is a failure at its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run.ts';
import { loadAllParsers, parserFor, readInputFile } from '../policy/index.ts';
import { TESTDATA } from '../locks/testdata.ts';
import './policy-lock-inputs.ts';

// These tests parse directly: every parser loaded first, as a run first loads the ones it reads with.
await loadAllParsers();

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), env: {}, cwd });
  return { code, stdout, stderr };
}

const FILES: [string, string][] = [
  ['go/head/go.mod', 'go.mod'],
  ['go/head/go.sum', 'go.sum'],
  ['go/work/go.work', 'go.work'],
  ['pip/head/requirements.txt', 'requirements.txt'],
  ['pip/base/poetry.lock', 'poetry.lock'],
  ['pip/base/Pipfile.lock', 'Pipfile.lock'],
  ['pip/head/uv.lock', 'uv.lock'],
  ['pip/base/pylock.toml', 'pylock.toml'],
  ['pip/base/pylock.pip.toml', 'pylock.toml'],
];

for (const [rel, format] of FILES) {
  test(`${rel} is a policy input: its normalized lock document`, () => {
    assert.equal(parserFor(rel)?.name, format.toLowerCase());
    const input = readInputFile(join(TESTDATA, rel), { display: rel });
    assert.equal(input.status, 'parsed');
    if (input.status !== 'parsed') return;
    const doc = input.parsed.documents[0] as { format: string; file: string; packages: { line: number }[] };
    assert.deepEqual([input.parsed.documents.length, doc.format, doc.file], [1, format, rel]);
    if (doc.packages.length) assert.equal(input.parsed.lineOf(0, ['packages', doc.packages.length - 1]), doc.packages.at(-1)!.line);
  });
}

test('a name only like a lock (requirements.yaml, go.mod.bak) keeps its own parser or none', () => {
  assert.equal(parserFor('requirements.yaml')?.name, 'yaml');
  assert.equal(parserFor('go.mod.bak'), undefined);
  assert.equal(parserFor('conf/app.toml')?.name, 'toml');
});

test('a malformed lock is a failure of that file at its line, not a crash nor a pass', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-lockin-'));
  writeFileSync(join(dir, 'go.mod'), 'module example.com/m\n\ngo 1.24\n\nrequire (\n\tgolang.org/x/mod\n)\n');
  const input = readInputFile(join(dir, 'go.mod'), { display: 'go.mod' });
  assert.equal(input.status, 'refused');
  if (input.status === 'refused') assert.deepEqual([input.finding.file, input.finding.line], ['go.mod', 6]);
});

test('policy test reads go.mod and go.sum named (a directory walk skips them, as conftest), a result naming a package path lands on its line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-lockin-'));
  cpSync(join(TESTDATA, 'go/head'), join(dir, 'mod'), { recursive: true });
  writeFileSync(
    join(dir, 'p.rego'),
    'package main\n\ndeny contains {"msg": sprintf("x module %s", [p.name]), "path": ["packages", i]} if {\n\tinput.format == "go.mod"\n\tsome i, p in input.packages\n\tstartswith(p.name, "golang.org/x/")\n}\n',
  );
  const walked = await cli(['policy', 'test', '-p', 'p.rego', 'mod'], dir);
  assert.equal(walked.code, 3);
  assert.match(walked.stderr, /no files found in mod/);
  const r = await cli(['policy', 'test', '-p', 'p.rego', 'mod/go.mod', 'mod/go.sum', '-o', 'json'], dir);
  assert.equal(r.code, 1, r.stderr);
  const results = JSON.parse(r.stdout) as { filename: string; failures?: { msg: string }[] }[];
  assert.deepEqual(results.map((x) => x.filename), ['mod/go.mod', 'mod/go.sum']);
  assert.ok(results[0].failures!.length > 0);
  const github = await cli(['policy', 'test', '-p', 'p.rego', 'mod/go.mod', '-o', 'github'], dir);
  const line = Number(/::error file=mod\/go\.mod,line=(\d+)/.exec(github.stdout)?.[1]);
  assert.equal(line, 13, github.stdout);
});

test('go-xenv parse prints a lock’s normalized document as JSON', async () => {
  const r = await cli(['parse', join(TESTDATA, 'pip/base/Pipfile.lock')], TESTDATA);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).format, 'Pipfile.lock');
});
