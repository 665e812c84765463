import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryFor, entryServes, parseEntry, parseStatus, platformsServed } from './binfmt-parse.ts';
import { findPlatform } from './platforms.ts';

// Exactly as the kernel prints an entry registered with our register string.
const OURS = 'enabled\ninterpreter /usr/bin/qemu-aarch64-static\nflags: F\noffset 0\nmagic 7f454c460201010000000000000000000200b700\nmask ffffffffffffff00fffffffffffffffffeffffff\n';
// docker's tonistiigi/binfmt names entries qemu-<arch> too but with other flags; the distribution's uses POF.
const DISTRO_ARM = 'disabled\ninterpreter /usr/libexec/qemu-binfmt/arm-binfmt-P\nflags: POF\noffset 0\nmagic 7f454c4601010100000000000000000002002800\nmask ffffffffffffff00fffffffffffffffffeffffff\n';
const PYTHON = 'enabled\ninterpreter /usr/bin/python3.11\nflags: \noffset 0\nmagic a70d0d0a\n';
const JAR = 'enabled\ninterpreter /usr/bin/jexec\nflags: \nextension .jar\n';

test('parseEntry reads every field the kernel prints', () => {
  assert.deepEqual(parseEntry('qemu-aarch64', OURS), {
    name: 'qemu-aarch64', enabled: true, interpreter: '/usr/bin/qemu-aarch64-static', flags: 'F', offset: 0,
    magic: '7f454c460201010000000000000000000200b700', mask: 'ffffffffffffff00fffffffffffffffffeffffff',
  });
  const d = parseEntry('qemu-arm', DISTRO_ARM);
  assert.equal(d.enabled, false);
  assert.equal(d.flags, 'POF');
  assert.equal(parseEntry('jar', JAR).extension, '.jar');
  assert.equal(parseEntry('python3.11', PYTHON).flags, '');
});

test('parseStatus', () => {
  assert.equal(parseStatus('enabled\n'), true);
  assert.equal(parseStatus('disabled\n'), false);
});

test('entryServes matches by magic under mask, whatever the entry is called', () => {
  const renamed = { ...parseEntry('aarch64-by-someone', OURS) };
  assert.equal(entryServes(renamed, findPlatform('arm64')!), true);
  assert.equal(entryServes(renamed, findPlatform('riscv64')!), false);
  assert.equal(entryServes(parseEntry('python3.11', PYTHON), findPlatform('arm64')!), false);
  assert.equal(entryServes(parseEntry('jar', JAR), findPlatform('arm64')!), false);
});

test('a disabled entry serves nothing; platformsServed lists enabled matches', () => {
  const entries = [parseEntry('qemu-aarch64', OURS), parseEntry('qemu-arm', DISTRO_ARM), parseEntry('python3.11', PYTHON)];
  assert.equal(entryFor(entries, findPlatform('arm')!), undefined);
  assert.equal(entryFor(entries, findPlatform('arm64')!)?.name, 'qemu-aarch64');
  assert.deepEqual(platformsServed(entries).map((p) => p.name), ['arm64']);
});
