import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEntry } from './binfmt-parse.ts';
import { runVia } from './emulator.ts';

const ARM64 = parseEntry('qemu-aarch64', 'enabled\ninterpreter /usr/bin/qemu-aarch64-static\nflags: F\noffset 0\nmagic 7f454c460201010000000000000000000200b700\nmask ffffffffffffff00fffffffffffffffffeffffff\n');

test('runVia: native, binfmt, qemu directly, sysroot, nothing', () => {
  const none = { entries: [], qemuStatic: {}, hostArch: 'x64' };
  assert.deepEqual(runVia('amd64', none), { via: 'native', prefix: [], env: {} });
  assert.deepEqual(runVia('386', none), { via: 'native', prefix: [], env: {} });
  assert.deepEqual(runVia('arm64', { ...none, entries: [ARM64] }), { via: 'binfmt', prefix: [], env: {}, interpreter: '/usr/bin/qemu-aarch64-static' });
  assert.deepEqual(runVia('arm64', { ...none, entries: [ARM64] }, '/usr/aarch64-linux-gnu'), { via: 'binfmt', prefix: [], env: { QEMU_LD_PREFIX: '/usr/aarch64-linux-gnu' }, interpreter: '/usr/bin/qemu-aarch64-static' });
  const q = { ...none, qemuStatic: { aarch64: '/usr/bin/qemu-aarch64-static' } };
  assert.deepEqual(runVia('arm64', q), { via: 'qemu', prefix: ['/usr/bin/qemu-aarch64-static'], env: {}, interpreter: '/usr/bin/qemu-aarch64-static' });
  assert.deepEqual((runVia('arm64', q, '/usr/aarch64-linux-gnu') as { prefix: string[] }).prefix, ['/usr/bin/qemu-aarch64-static', '-L', '/usr/aarch64-linux-gnu']);
  assert.deepEqual(runVia('riscv64', q), { reason: 'nothing runs riscv64 binaries here: no binfmt_misc entry and no qemu-riscv64-static on PATH (Debian/Ubuntu package qemu-user-static)' });
  assert.deepEqual(runVia('wasm', q), { reason: 'no QEMU user-mode emulator is known for wasm' });
  assert.equal((runVia('arm64', { ...none, hostArch: 'arm64' }) as { via: string }).via, 'native');
});
