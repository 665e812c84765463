import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareGoVersions, isGoVersion, isPseudoVersion, pseudoVersionCommit } from './go-version.ts';
import { comparePep440, comparePlainReleases, parsePep440 } from './pep440.ts';
import { pipName } from './pep508.ts';
import { fixtureText } from './testdata.ts';

/** Every element sorts strictly before the next, and equal to itself. */
function assertAscending(cmp: (a: string, b: string) => number, list: string[]) {
  for (let i = 0; i < list.length; i++) {
    assert.equal(cmp(list[i], list[i]), 0, list[i]);
    for (let j = i + 1; j < list.length; j++) {
      assert.equal(cmp(list[i], list[j]), -1, `${list[i]} < ${list[j]}`);
      assert.equal(cmp(list[j], list[i]), 1, `${list[j]} > ${list[i]}`);
    }
  }
}

test('Go versions: releases, pre-releases and the three pseudo-version forms in the order the go command uses', () => {
  assertAscending(compareGoVersions, [
    'v0.0.0-20190101000000-aaaaaaaaaaaa',
    'v0.0.0-20240101000000-abcdef123456',
    'v0.0.0-20240506185415-9bf2ced13842',
    'v0.1.0',
    'v1.2.3-pre',
    'v1.2.3-pre.0.20240101000000-abcdef123456', // after v1.2.3-pre, before v1.2.3
    'v1.2.3',
    'v1.2.4-0.20240101000000-abcdef123456', // a commit after v1.2.3
    'v1.2.4-0.20240202000000-abcdef123456',
    'v1.2.4-alpha',
    'v1.2.4-alpha.1',
    'v1.2.4-alpha.beta',
    'v1.2.4-beta.2',
    'v1.2.4-beta.11',
    'v1.2.4-rc.1',
    'v1.2.4',
    'v1.10.0',
    'v2.0.0+incompatible',
    'v3.2.2+incompatible',
    'v10.0.0',
    'v99999999999999999999.0.0',
  ]);
});

test('Go versions: build metadata such as +incompatible does not order; invalid versions sort first', () => {
  assert.equal(compareGoVersions('v2.0.0+incompatible', 'v2.0.0'), 0);
  assert.equal(compareGoVersions('latest', 'v0.0.1'), -1);
  assert.equal(compareGoVersions('v1.2.3', 'v1.2'), 1);
  for (const bad of ['1.2.3', 'v1.2', 'v1.02.3', 'v1.2.3-01', 'v1.2.3-', 'latest', 'master']) assert.equal(isGoVersion(bad), false, bad);
  for (const good of ['v0.0.0', 'v1.2.3-rc.1', 'v2.0.0+incompatible', 'v0.0.0-20240101000000-abcdef123456']) assert.equal(isGoVersion(good), true, good);
});

test('Go versions: what the go command takes for a canonical module version, and its order of them (recorded)', () => {
  // scripts/record-go-versions.sh: golang.org/x/mod's CanonicalVersion and semver.Compare on generated versions.
  const recorded = JSON.parse(fixtureText('go-versions.json')) as { valid: string[]; invalid: string[]; rank: Record<string, number> };
  assert.ok(recorded.valid.length > 150 && recorded.invalid.length > 150);
  for (const v of recorded.valid) assert.equal(isGoVersion(v), true, v);
  for (const v of recorded.invalid) assert.equal(isGoVersion(v), false, v);
  for (const a of recorded.valid)
    for (const b of recorded.valid) assert.equal(compareGoVersions(a, b), Math.sign(recorded.rank[a] - recorded.rank[b]), `${a} vs ${b}`);
});

test('Go pseudo-versions are recognized in all three forms, with their commit', () => {
  for (const v of [
    'v0.0.0-20240506185415-9bf2ced13842',
    'v1.2.4-0.20240101000000-abcdef123456',
    'v1.2.3-pre.0.20240101000000-abcdef123456',
    'v2.0.1-0.20240101000000-abcdef123456+incompatible',
  ])
    assert.equal(isPseudoVersion(v), true, v);
  for (const v of ['v1.2.3', 'v1.2.3-pre', 'v0.0.0-2024-abcdef', 'v0.0.0-20240101000000-ABCDEF123456']) assert.equal(isPseudoVersion(v), false, v);
  assert.deepEqual(pseudoVersionCommit('v0.0.0-20241009180824-f66d83c29e7c'), { time: '20241009180824', revision: 'f66d83c29e7c' });
  assert.equal(pseudoVersionCommit('v1.0.0'), null);
});

test('PEP 440: the order of the specification, epochs, pre/post/dev releases and local versions', () => {
  assertAscending(comparePep440, [
    '1.0.dev456',
    '1.0a1',
    '1.0a2.dev456',
    '1.0a12.dev456',
    '1.0a12',
    '1.0b1.dev456',
    '1.0b2',
    '1.0b2.post345.dev456',
    '1.0b2.post345',
    '1.0rc1.dev456',
    '1.0rc1',
    '1.0',
    '1.0+abc.5',
    '1.0+abc.7',
    '1.0+5',
    '1.0.post456.dev34',
    '1.0.post456',
    '1.0.15',
    '1.1.dev1',
    '2024.2.2',
    '2026.10.19.post1',
    '1!0.1',
    '1!1.0',
  ]);
});

test('PEP 440: spellings the specification normalizes compare equal', () => {
  for (const [a, b] of [
    ['1.0', '1.0.0'],
    ['1.0', 'v1.0'],
    ['1.0a1', '1.0-alpha.1'],
    ['1.0b2', '1.0beta2'],
    ['1.0rc1', '1.0c1'],
    ['1.0rc1', '1.0pre1'],
    ['1.0rc1', '1.0preview1'],
    ['1.0.post1', '1.0-1'],
    ['1.0.post1', '1.0rev1'],
    ['1.0.post1', '1.0.r1'],
    ['1.0.post0', '1.0.post'],
    ['1.0.dev0', '1.0-dev'],
    ['1.0a0', '1.0a'],
    ['1.0+Ubuntu.1', '1.0+ubuntu-1'],
    ['0!1.0', '1.0'],
    ['1.0A1', '1.0a1'],
  ])
    assert.equal(comparePep440(a, b), 0, `${a} = ${b}`);
});

test('PEP 440: a version in the normal form is read as the general pattern reads it (which a leading space takes it to)', () => {
  let n = 0;
  for (const epoch of ['', '1!', '10!'])
    for (const release of ['1', '1.0', '2.9.0', '2025.10.3.1'])
      for (const pre of ['', 'a1', 'b0', 'rc12'])
        for (const post of ['', '.post0', '.post3'])
          for (const dev of ['', '.dev0', '.dev7'])
            for (const local of ['', '+ubuntu', '+ubuntu.1.x2', '+12']) {
              const v = `${epoch}${release}${pre}${post}${dev}${local}`;
              assert.deepEqual(parsePep440(v), parsePep440(` ${v}`), v);
              n++;
            }
  assert.equal(n, 3 * 4 * 4 * 3 * 3 * 4);
});

test('PEP 440: numbers of any size; a string that is not a version sorts before every version', () => {
  assert.equal(comparePep440('20240101000000000000000.1', '20240101000000000000000.0'), 1);
  assert.equal(comparePep440('not a version', '0.0.1'), -1);
  assert.equal(parsePep440('1.0.0-final'), null);
  assert.deepEqual(parsePep440('2!1.2.3rc4.post5.dev6+local.7'), {
    epoch: 2n,
    release: [1n, 2n, 3n],
    pre: { label: 'rc', n: 4n },
    post: 5n,
    dev: 6n,
    local: ['local', 7n],
  });
});

test('plain releases compare without a parse as the full PEP 440 order has them; anything else is left to it', () => {
  const parts = ['0', '00', '1', '01', '2', '10', '999999999999999', '1000000000000000', '99999999999999999', '100000000000000000'];
  const releases = parts.flatMap((a) => [a, ...parts.flatMap((b) => [`${a}.${b}`, `${a}.${b}.0`, `${b}.${a}.0.0`])]);
  for (const a of releases) for (const b of releases.slice(0, 60)) assert.equal(comparePlainReleases(a, b), comparePep440(a, b), `${a} ? ${b}`);
  for (const [a, b] of [
    ['1.0a1', '1.0'],
    ['1.0', '1.0.post1'],
    ['v1', '1'],
    ['1!1', '1'],
    ['1.0+x', '1'],
    ['', '1'],
    ['1.', '1'],
  ])
    assert.equal(comparePlainReleases(a, b), null, `${a} ? ${b}`);
});

test('a name already in the normal form is its own pip name; every other is normalized', () => {
  for (const n of ['requests', 'typing-extensions', 'zope-interface', 'a1-b2-c3', 'Requests', 'typing_extensions', 'zope.interface', 'a--b', '-a', 'a-', 'A-b'])
    assert.equal(pipName(n), n.toLowerCase().replace(/[-_.]+/g, '-'), n);
});
