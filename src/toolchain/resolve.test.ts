import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { goPlatform, pickInstalled, resolve, satisfiesOffline } from './resolve.ts';
import { goToSemver, semverToGo } from './go-version.ts';
import { parseVersionSpec } from './version-spec.ts';
import type { Release } from './types.ts';

const load = (name: string): Release[] => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const REAL = load('golang-dl.json');
const ALL = [...load('golang-dl.synthetic.json'), ...REAL];
const LINUX = { os: 'linux', arch: 'amd64' };
const SRC = 'https://go.dev/dl';

const pick = (spec: string, list = REAL, platform = LINUX) => resolve(parseVersionSpec(spec), list, platform, SRC);

test('Go names map to semver and back', () => {
  const table: [string, string, string][] = [
    ['go1.13', '1.13.0', '1.13.0'], ['go1.13.7', '1.13.7', '1.13.7'], ['go1.21.0', '1.21.0', '1.21.0'],
    ['go1.14rc1', '1.14.0-rc.1', '1.14rc1'], ['go1.26beta1', '1.26.0-beta.1', '1.26beta1'], ['go1', '1.0.0', '1.0.0'],
  ];
  for (const [name, sv, back] of table) {
    assert.equal(goToSemver(name), sv, name);
    assert.equal(semverToGo(sv), back, sv);
  }
  assert.equal(goToSemver('weekly.2011-01-01'), undefined);
});

test('resolution against the real go.dev list (trimmed fixture)', () => {
  const table: [spec: string, want: string][] = [
    ['1.13.6', '1.13.6'], ['go1.13.6', '1.13.6'], ['v1.12.1', '1.12.1'],
    ['1.13', '1.13.7'], ['1.12', '1.12.16'], ['1.13.0', '1.13.0'],
    ['^1.12', '1.13.7'], ['~1.12.0', '1.12.16'], ['>=1.11 <1.13', '1.12.16'], ['1.x', '1.13.7'], ['1', '1.13.7'], ['1.11.x', '1.11.13'],
    ['stable', '1.13.7'], ['latest', '1.13.7'], ['oldstable', '1.12.16'],
    ['1.14rc1', '1.14rc1'], ['go1.14rc1', '1.14rc1'], ['1.14.0-rc.1', '1.14rc1'],
  ];
  for (const [spec, want] of table) assert.equal(pick(spec).version, want, spec);
});

test('resolution with newer (synthetic) releases: prereleases, stable/oldstable, ranges', () => {
  const table: [spec: string, want: string][] = [
    ['stable', '1.26.8'], ['oldstable', '1.25.9'], ['1.26', '1.26.8'], ['1.25', '1.25.9'], ['1.25.0', '1.25.0'], ['1.21', '1.21.0'],
    ['1.27rc1', '1.27rc1'], ['1.26beta1', '1.26beta1'], ['1.26rc2', '1.26rc2'], ['^1.25', '1.26.8'], ['>=1.24 <1.26', '1.25.9'],
    ['1.x', '1.26.8'], ['<1.26.5', '1.26.0'], ['~1.24', '1.24.13'],
  ];
  for (const [spec, want] of table) assert.equal(pick(spec, ALL).version, want, spec);
});

test('the archive for the platform is chosen, never an installer or the source', () => {
  assert.equal(pick('1.13.7').file.filename, 'go1.13.7.linux-amd64.tar.gz');
  assert.equal(pick('1.13.7').file.sha256, 'b3dd4bd781a0271b33168e627f7f43886b4c5d1c794a4015abf34e99c6526ca3');
  assert.equal(pick('1.13.7', REAL, { os: 'windows', arch: 'amd64' }).file.filename, 'go1.13.7.windows-amd64.zip');
  assert.equal(pick('1.26.8', ALL, goPlatform('darwin', 'arm64')).file.filename, 'go1.26.8.darwin-arm64.tar.gz');
  assert.deepEqual(goPlatform('linux', 'x64'), LINUX);
  assert.deepEqual(goPlatform('linux', 'arm'), { os: 'linux', arch: 'armv6l' });
});

const fails = (fn: () => unknown, message: string) =>
  assert.throws(fn, (e: unknown) => e instanceof UserError && e.format() === message);

test('what does not resolve says what exists', () => {
  fails(() => pick('1.99.1'), 'Go 1.99.1 is not in the release list of https://go.dev/dl — check the version (the newest stable release is 1.13.7)');
  fails(() => pick('>=1.30 <1.31', ALL), 'no Go release satisfies ">=1.30 <1.31" in the release list of https://go.dev/dl — widen the range (the newest stable release is 1.26.8)');
  fails(() => pick('1.27', ALL), 'no stable Go 1.27.x release is in the release list of https://go.dev/dl — only prereleases exist (1.27rc1): ask for one by name');
  fails(() => pick('1.14'), 'no stable Go 1.14.x release is in the release list of https://go.dev/dl — only prereleases exist (1.14rc1): ask for one by name');
  fails(() => pick('1.13.7', REAL, { os: 'plan9', arch: 'arm' }), 'go1.13.7 has no archive for plan9/arm — this platform is not built by the Go project for that release; choose another version or runner');
  fails(() => parseVersionSpec('one.two'), '"one.two" is not a Go version — use an exact version (1.26.8), a minor (1.26), a range (^1.25, >=1.24 <1.26, 1.x), a prerelease (1.27rc1), stable or oldstable');
  fails(() => pick('stable', []), 'the release list of https://go.dev/dl has no stable release — check the mirror');
});

test('offline matching decides what the local go or the tool cache can serve', () => {
  const spec = parseVersionSpec;
  assert.equal(satisfiesOffline('1.26.8', spec('1.26')), true);
  assert.equal(satisfiesOffline('1.27.0-rc.1', spec('1.27')), false);
  assert.equal(satisfiesOffline('1.26.8', spec('1.26.7')), false);
  assert.equal(satisfiesOffline('1.26.8', spec('^1.25')), true);
  assert.equal(satisfiesOffline('1.26.8', spec('stable')), undefined);
  assert.equal(pickInstalled(['1.25.3', '1.26.1', '1.26.8', '1.27.0-rc.1'], spec('1.26')), '1.26.8');
  assert.equal(pickInstalled(['1.25.3'], spec('1.26')), undefined);
  assert.equal(pickInstalled(['1.27.0-rc.1'], spec('1.27rc1')), '1.27.0-rc.1');
});
