import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlatform, nativePlatforms, resolvePlatforms } from './platforms.ts';
import { entryName, registerString } from './register.ts';
import { UserError } from '../errors.ts';

test('register string for arm64: every magic and mask byte escaped, F flag', () => {
  const p = findPlatform('arm64')!;
  assert.equal(entryName(p), 'qemu-aarch64');
  assert.equal(
    registerString(p, '/usr/bin/qemu-aarch64-static'),
    ':qemu-aarch64:M:0:\\x7f\\x45\\x4c\\x46\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00'
      + ':\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff:/usr/bin/qemu-aarch64-static:F',
  );
});

test('register string: s390x (big endian) and other flags', () => {
  const p = findPlatform('s390x')!;
  const s = registerString(p, '/usr/bin/qemu-s390x-static', 'FP');
  assert.match(s, /^:qemu-s390x:M:0:\\x7f\\x45\\x4c\\x46\\x02\\x02\\x01/);
  assert.match(s, /\\x00\\x02\\x00\\x16:/);
  assert.ok(s.endsWith(':/usr/bin/qemu-s390x-static:FP'));
});

test('register string refuses an interpreter path with a colon', () => {
  assert.throws(() => registerString(findPlatform('arm')!, '/opt/a:b/qemu'), /may not contain ":"/);
});

test('platform names: aliases and linux/ prefixes', () => {
  for (const [given, want] of [['aarch64', 'arm64'], ['linux/arm64', 'arm64'], ['linux/arm/v7', 'arm'], ['armhf', 'arm'], ['x86_64', 'amd64'], ['RISCV64', 'riscv64'], ['mips64el', 'mips64le']]) {
    assert.equal(findPlatform(given)?.name, want, given);
  }
  assert.equal(findPlatform('sparc'), undefined);
});

test('resolvePlatforms drops what the host runs natively and expands all', () => {
  assert.deepEqual(nativePlatforms('x64'), ['amd64', '386']);
  assert.deepEqual(resolvePlatforms(['amd64', 'arm64', 'arm64', 'riscv64'], 'x64').map((p) => p.name), ['arm64', 'riscv64']);
  assert.deepEqual(resolvePlatforms(['arm64'], 'arm64'), []);
  const all = resolvePlatforms(['all'], 'x64').map((p) => p.name);
  assert.ok(all.includes('s390x') && !all.includes('amd64') && !all.includes('386'));
});

test('resolvePlatforms: unknown name is a user error listing the valid ones', () => {
  assert.throws(() => resolvePlatforms(['arm64', 'vax'], 'x64'), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.equal(e.format(), 'input qemu-platforms: unknown platform "vax" — use one of: arm64, arm, riscv64, ppc64le, s390x, ppc64, mips64le, mips64, loong64, 386, amd64, or all');
    return true;
  });
});
