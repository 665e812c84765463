import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, damaged, scannedAlike, TOML_EDITS, type LineEdit } from './fast-path-check.ts';
import { fixtureText } from './testdata.ts';
import { readUvLockToml } from './uv-lock.ts';
import { scanUvLock } from './uv-scan.ts';

const FIXTURES = ['pip/base/uv.lock', 'pip/head/uv.lock', 'large/base/uv.lock', 'large/head/uv.lock'];

const reading = (text: string) => answer(() => readUvLockToml(text, 'uv.lock'));
const same = (text: string, label: string) =>
  scannedAlike(
    (t) => scanUvLock(t, 'uv.lock'),
    (t) => readUvLockToml(t, 'uv.lock'),
    text,
    label,
  );

test('uv scan: every real uv.lock is read in uv layout, as the TOML reader reads it', () => {
  for (const f of FIXTURES) assert.ok(same(fixtureText(f), f), `${f}: handed on`);
});

const EDITS: LineEdit[] = [
  ...TOML_EDITS,
  (l) => l.replace(/"[^"]*"/, '"""x"""'),
  (l) => l.replace('{ ', '{ url = "u", '),
  (l) => l.replace(/[a-z]+ = /, 'constructor = '),
  (l) => l.replace(/[a-z-]+ = /, '123 = '),
  (l) => l.replace('[[package]]', '[package]'),
  (l) => l.replace('[package.', '[options.'),
  (l) => `${l}\n[[package]]`,
];

test('uv scan: damaged locks are read as the TOML reader reads them, or handed on (errors included)', () => {
  const texts: [string, string][] = ['pip/head/uv.lock', 'pip/base/uv.lock'].map((f) => [f, fixtureText(f)]);
  const { taken, handed } = damaged(texts, EDITS, 12, 1500, same);
  // Both outcomes are exercised: edits that keep the layout (a value changed) and edits that leave it.
  assert.ok(taken > 300 && handed > 300, `taken ${taken}, handed on ${handed}`);
});

test('uv scan: what uv layout allows that a table would take otherwise is left to the TOML reader', () => {
  const lock = (body: string) =>
    `version = 1\nrevision = 2\nrequires-python = ">=3.11"\n\n[[package]]\nname = "a"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\n${body}`;
  const dep = (n: string) => `    { name = "${n}" },\n`;
  const options = lock('').replace('\n\n[[package]]', '\n\n[options]\na = "x"\na = "y"\n\n[[package]]');
  const cases: [string, string, RegExp][] = [
    ['an extra given twice', lock(`\n[package.optional-dependencies]\nx = [\n${dep('b')}]\nx = [\n${dep('c')}]\n`), /^error .*invalid TOML/],
    [
      'a section given twice',
      lock(`\n[package.optional-dependencies]\nx = [\n${dep('b')}]\n\n[package.optional-dependencies]\ny = [\n${dep('c')}]\n`),
      /^error .*invalid TOML/,
    ],
    [
      'an integer key, which a table orders first',
      lock(`\n[package.optional-dependencies]\nx = [\n${dep('b')}]\n1 = [\n${dep('c')}]\n`),
      /"dependencies":\["c","b"\]/,
    ],
    ['a key every object has', lock(`\n[package.optional-dependencies]\nconstructor = [\n${dep('b')}]\n`), /"dependencies":\["b"\]/],
    ['a group of the metadata given twice', lock(`\n[package.metadata]\n\n[package.metadata.requires-dev]\ndev = []\ndev = []\n`), /^error .*invalid TOML/],
    ['an option given twice', options, /^error .*invalid TOML/],
  ];
  for (const [label, text, read] of cases) {
    same(text, label);
    assert.match(reading(text), read, label);
  }
  // The groups are read extras first, whatever the file's order, as the reader reads them.
  const both = lock(`\n[package.dev-dependencies]\ndev = [\n${dep('d')}]\n\n[package.optional-dependencies]\nx = [\n${dep('b')}]\n`);
  assert.ok(same(both, 'dev before optional'), 'dev before optional: handed on');
  assert.match(reading(both), /"dependencies":\["b","d"\]/);
});

test('uv scan: a near miss of the layout (thousands of wheels, the last one broken) is handed on, and read', () => {
  const wheel = '    { url = "https://files.example/a-1.0-py3-none-any.whl", hash = "sha256:00", size = 1, upload-time = "2025-01-01T00:00:00Z" },\n';
  const text = `version = 1\n\n[[package]]\nname = "a"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\nwheels = [\n${wheel.repeat(20_000)}${wheel.replace(' },', ' ,')}]\n`;
  assert.equal(scanUvLock(text, 'uv.lock'), null);
  assert.match(reading(text), /^error .*invalid TOML/);
});

test('uv scan: wheel hashes are cut out as the TOML reader reads them (an empty one is none; a url may name a hash)', () => {
  const wheel = (url: string, hash: string) => `    { url = "${url}", hash = "${hash}", size = 1 },\n`;
  const text =
    'version = 1\n\n[[package]]\nname = "a"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\nwheels = [\n' +
    wheel('https://files.example/a.whl?x=, hash = sha256:11', 'sha256:22') +
    wheel('https://files.example/b.whl', '') +
    wheel('https://files.example/hash = /c.whl', 'sha256:33') +
    ']\n';
  assert.ok(same(text, 'hashes'), 'handed on');
  assert.match(reading(text), /"hashes":\["sha256:22","sha256:33"\]/);
});
