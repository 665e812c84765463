import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSnapshot, snapshotText, toJson } from './snapshot.ts';
import { parseSnapshot } from './read.ts';
import { SHA_A, SHA_B, snapshot, state } from './testdata.ts';

const messy = state({
  configs: [
    { path: 'z.yaml', format: 'yaml', sha256: SHA_A, content: { b: 1, a: [3, 1, 2] } },
    { path: 'a.env', format: 'dotenv', sha256: SHA_B, content: { Z: '1', A: '2' } },
  ],
  verdicts: [
    { rule: 'main/deny', level: 'failure', message: 'z', file: 'z.yaml', line: 3 },
    { rule: 'main/warn', level: 'warning', message: 'a', file: 'a.env', line: 1 },
    { rule: 'main/deny', level: 'failure', message: 'b', file: 'z.yaml', line: 1 },
  ],
  dependencies: [
    { file: 'go.sum', format: 'go.sum', ecosystem: 'go', packages: [{ name: 'b', version: 'v1', direct: null, hashes: ['h1:z', 'h1:a'], source: null, markers: null }, { name: 'a', version: 'v2', direct: null, hashes: [], source: null, markers: null }] },
    { file: 'go.mod', format: 'go.mod', ecosystem: 'go', packages: [] },
  ],
  binaries: [
    { target: 'linux/arm64', file: 'app-linux-arm64', size: 10, sha256: SHA_A },
    { target: 'linux/amd64', file: 'app-linux-amd64', size: 12, sha256: SHA_B },
  ],
});

test('the snapshot text is canonical: sorted lists, sorted keys at every depth, 2-space indent, a trailing newline', () => {
  const text = snapshotText(buildSnapshot(messy));
  const shuffled = state({ ...messy, configs: [...messy.configs].reverse(), verdicts: [...messy.verdicts].reverse(), binaries: [...messy.binaries!].reverse() });
  assert.equal(snapshotText(buildSnapshot(shuffled)), text, 'the input order does not show');
  assert.ok(text.endsWith('}\n') && !text.endsWith('\n\n'));
  const doc = JSON.parse(text);
  assert.deepEqual(Object.keys(doc), ['binaries', 'configs', 'dependencies', 'schema', 'toolchain', 'verdicts']);
  assert.deepEqual(doc.configs.map((c: { path: string }) => c.path), ['a.env', 'z.yaml']);
  assert.deepEqual(Object.keys(doc.configs[0].content), ['A', 'Z']);
  assert.deepEqual(doc.configs[1].content.a, [3, 1, 2], "a document's lists keep the file's order");
  assert.deepEqual(doc.verdicts.map((v: { message: string }) => v.message), ['a', 'b', 'z'], 'by file, then line');
  assert.deepEqual(doc.dependencies.map((d: { file: string }) => d.file), ['go.mod', 'go.sum']);
  assert.deepEqual(doc.dependencies[1].packages.map((p: { name: string }) => p.name), ['a', 'b']);
  assert.deepEqual(doc.dependencies[1].packages[1].hashes, ['h1:a', 'h1:z']);
  assert.deepEqual(doc.binaries.map((b: { target: string }) => b.target), ['linux/amd64', 'linux/arm64']);
  assert.match(text, /^\{\n {2}"binaries": \[\n {4}\{\n {6}"file"/);
  assert.deepEqual(parseSnapshot(text, { file: 'b.json' }), JSON.parse(text), 'what is written reads back');
});

test('without a build manifest the previous snapshot keeps its binaries; with one, the build wins', () => {
  const previous = snapshot({ binaries: [{ target: 'linux/amd64', file: 'app', size: 5, sha256: SHA_A }] });
  assert.deepEqual(buildSnapshot(state({ binaries: null }), previous).binaries, previous.binaries);
  assert.deepEqual(buildSnapshot(state({ binaries: [] }), previous).binaries, []);
  assert.deepEqual(buildSnapshot(state({ binaries: null })).binaries, []);
});

test('a key "__proto__" in a document stays a key', () => {
  const content = toJson(JSON.parse('{"__proto__": {"x": 1}, "a": 2}'));
  const text = snapshotText(buildSnapshot(state({ configs: [{ path: 'p.json', format: 'json', sha256: SHA_A, content }] })));
  assert.deepEqual(Object.keys(JSON.parse(text).configs[0].content), ['__proto__', 'a']);
});

test('toJson gives what reading back gives: dates as ISO text, big integers as numbers, undefined dropped', () => {
  assert.deepEqual(toJson({ d: new Date('2026-01-02T03:04:05Z'), n: 12n, u: undefined, l: [1, 'x'] }), { d: '2026-01-02T03:04:05.000Z', n: 12, l: [1, 'x'] });
  assert.equal(toJson(undefined), null);
});
