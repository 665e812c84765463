import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lcg } from './fast-path-check.ts';
import { LockSyntaxError } from './lock-error.ts';
import { readPylockToml } from './pylock.ts';
import { scanPylock } from './pylock-scan.ts';
import { fixtureText } from './testdata.ts';

/** The TOML reader's answer: the document as JSON (key order kept: `go-xenv parse` prints it), or its error. */
function reading(text: string): string {
  try {
    return JSON.stringify(readPylockToml(text, 'pylock.toml'));
  } catch (e) {
    if (e instanceof LockSyntaxError) return `error ${e.message}`;
    throw e;
  }
}

/** The scan gives the reader's document or hands the text on (null); true when it took the text. */
function same(text: string, label: string): boolean {
  const scanned = scanPylock(text, 'pylock.toml');
  if (scanned === null) return false;
  assert.equal(JSON.stringify(scanned), reading(text), `${label}: the scan and the TOML reader differ`);
  return true;
}

const HASH = 'a'.repeat(64);
const wheel = (name?: string) =>
  `{ ${name ? `name = "${name}", ` : ''}url = "https://files.example/a-1.0-py3-none-any.whl", upload-time = 2025-01-01T00:00:00Z, size = 1, hashes = { sha256 = "${HASH}" } }`;
const lock = (body: string) => `lock-version = "1.0"\ncreated-by = "uv"\nrequires-python = ">=3.11"\n\n[[packages]]\nname = "a"\nversion = "1.0"\n${body}`;

test('pylock scan: every pylock.toml uv exported is read in its layout, as the TOML reader reads it; pip lock layout is handed on', () => {
  for (const f of ['pip/base/pylock.toml', 'large/base/pylock.toml', 'large/head/pylock.toml']) assert.ok(same(fixtureText(f), f), `${f}: handed on`);
  assert.equal(scanPylock(fixtureText('pip/base/pylock.pip.toml'), 'pylock.toml'), null);
});

const EDITS: ((line: string, pick: () => number) => string)[] = [
  () => '',
  (l) => `${l}\n${l}`,
  (l) => `${l} # note`,
  (l) => `  ${l}`,
  (l) => l.replace(' = ', '\t=\t'),
  (l) => l.replace('"', '"\\t'),
  (l) => l.replace(/"[^"]*"/, '7'),
  (l) => l.replace(/"[^"]*"/, '""'),
  (l) => l.replace(/ \}/, ', name = "dup" }'),
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
  (l) => l.replace(/,$/, ''),
  (l) => `${l}\r`,
  (l) => l.replace('[[packages]]', '[packages]'),
  (l) => `${l}\n[[packages]]`,
  (l) => `${l}\n[packages.vcs]\ntype = "git"`,
  (l, pick) => l.slice(0, Math.floor(pick() * l.length)),
  (l, pick) => {
    const at = Math.floor(pick() * l.length);
    return l.slice(0, at) + '"[]{},=\n#\''[Math.floor(pick() * 12)] + l.slice(at);
  },
];

test('pylock scan: damaged locks are read as the TOML reader reads them, or handed on (errors included)', () => {
  const pick = lcg(13);
  let taken = 0;
  let handed = 0;
  const large = fixtureText('large/head/pylock.toml').split('\n').slice(0, 400).join('\n');
  for (const [f, text] of [
    ['pip/base/pylock.toml', fixtureText('pip/base/pylock.toml')],
    ['large/head/pylock.toml', large],
  ]) {
    const lines = text.split('\n');
    for (let i = 0; i < 1500; i++) {
      const at = Math.floor(pick() * lines.length);
      const edit = Math.floor(pick() * EDITS.length);
      const damaged = [...lines.slice(0, at), EDITS[edit](lines[at], pick), ...lines.slice(at + 1)].join('\n');
      if (same(damaged, `${f}, line ${at + 1}, edit ${edit}`)) taken++;
      else handed++;
    }
  }
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
