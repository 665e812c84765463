import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, damaged, scannedAlike, TOML_EDITS, type LineEdit } from './fast-path-check.ts';
import { readPylockToml } from './pylock.ts';
import { scanPylock } from './pylock-scan.ts';
import { fixtureText } from './testdata.ts';

const reading = (text: string) => answer(() => readPylockToml(text, 'pylock.toml'));
const same = (text: string, label: string) =>
  scannedAlike(
    (t) => scanPylock(t, 'pylock.toml'),
    (t) => readPylockToml(t, 'pylock.toml'),
    text,
    label,
  );

const HASH = 'a'.repeat(64);
const wheel = (name?: string) =>
  `{ ${name ? `name = "${name}", ` : ''}url = "https://files.example/a-1.0-py3-none-any.whl", upload-time = 2025-01-01T00:00:00Z, size = 1, hashes = { sha256 = "${HASH}" } }`;
const lock = (body: string) => `lock-version = "1.0"\ncreated-by = "uv"\nrequires-python = ">=3.11"\n\n[[packages]]\nname = "a"\nversion = "1.0"\n${body}`;

test('pylock scan: every pylock.toml uv exported is read in its layout, as the TOML reader reads it; pip lock layout is handed on', () => {
  for (const f of ['pip/base/pylock.toml', 'large/base/pylock.toml', 'large/head/pylock.toml']) assert.ok(same(fixtureText(f), f), `${f}: handed on`);
  assert.equal(scanPylock(fixtureText('pip/base/pylock.pip.toml'), 'pylock.toml'), null);
});

const EDITS: LineEdit[] = [
  ...TOML_EDITS,
  (l) => l.replace('{ url', '{ name = "n", url'),
  (l) => l.replace(/[0-9a-f]{64}/, (h) => h.slice(1)),
  (l) => l.replace(/[0-9a-f]{64}/, (h) => `${h}0`),
  (l) => l.replace(/[0-9a-f]{64}/, (h) => h.toUpperCase()),
  (l) => l.replace(/[0-9a-f]{64}/, (h) => `${h.slice(0, 9)}:${h.slice(10)}`),
  (l) => l.replace('sha256', 'sha512'),
  (l) => l.replace(/T[0-9]{2}:/, 'T24:'),
  (l) => l.replace(/-[0-9]{2}T/, '-31T'),
  (l) => l.replace(/-[0-9]{2}-/, '-13-'),
  (l) => l.replace(/:[0-9]{2}Z/, ':60Z'),
  (l) => l.replace(/Z,/, '+01:00,'),
  (l) => l.replace(/size = [0-9]+/, 'size = 01'),
  (l) => l.replace('[[packages]]', '[packages]'),
  (l) => `${l}\n[[packages]]`,
  (l) => `${l}\n[packages.vcs]\ntype = "git"`,
];

test('pylock scan: damaged locks are read as the TOML reader reads them, or handed on (errors included)', () => {
  const large = fixtureText('large/head/pylock.toml').split('\n').slice(0, 400).join('\n');
  const { taken, handed } = damaged(
    [
      ['pip/base/pylock.toml', fixtureText('pip/base/pylock.toml')],
      ['large/head/pylock.toml', large],
    ],
    EDITS,
    13,
    1500,
    same,
  );
  assert.ok(taken > 300 && handed > 300, `taken ${taken}, handed on ${handed}`);
});

test('pylock scan: wheels inline or one a line, a date the reader takes, and what it leaves', () => {
  const one = lock(`index = "https://pypi.org/simple"\nwheels = [${wheel()}]\n`);
  const many = lock(`marker = "sys_platform == 'win32'"\nwheels = [\n    ${wheel()},\n    ${wheel('a-1.0-py3-none-any.whl')},\n]\n`);
  for (const [label, text] of [
    ['one wheel', one],
    ['wheels a line each', many],
    ['the 31st of February, which the reader takes', one.replace('2025-01-01', '2025-02-31')],
  ])
    assert.ok(same(text, label), `${label}: handed on`);
  assert.deepEqual(JSON.parse(reading(many)).packages[0].hashes, [`sha256:${HASH}`, `sha256:${HASH}`]);
  for (const [label, text] of [
    ['a 13th month', one.replace('2025-01-01', '2025-13-01')],
    ['an hour 24', one.replace('T00:', 'T24:')],
    ['a short hash', one.replace(HASH, HASH.slice(1))],
    ['an upper-case hash', one.replace(HASH, HASH.toUpperCase())],
    ['a key twice', one.replace('version = "1.0"', 'version = "1.0"\nversion = "2.0"')],
    ['lock-version 2', one.replace('"1.0"', '"2.0"')],
  ])
    assert.equal(scanPylock(text, 'pylock.toml'), null, label);
});

test('pylock scan: a near miss of the layout (thousands of wheels, the last one broken) is handed on, and read', () => {
  const line = `    ${wheel()},\n`;
  const text = lock(`wheels = [\n${line.repeat(20_000)}${line.replace(' },', ' ,')}]\n`);
  assert.equal(scanPylock(text, 'pylock.toml'), null);
  assert.match(reading(text), /^error .*invalid TOML/);
});
