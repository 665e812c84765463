// Header readers on the headers of binaries go built (fixtures/, see its README), and on small synthetic headers for
// what go does not produce (universal Mach-O files, ARM attributes, truncated files). Fresh builds of the current go
// are inspected by test/integration/inspect-go.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkBinary } from '../check-binary.ts';
import type { Target } from '../types.ts';
import { parseArmAttributes, readElf } from './elf.ts';
import { inspectBinary } from './index.ts';
import { readMacho } from './macho.ts';
import { readPe } from './pe.ts';

const BUILDS: [string, string, string][] = [
  ['linux-amd64', 'linux', 'amd64'],
  ['linux-arm', 'linux', 'arm'],
  ['linux-arm64', 'linux', 'arm64'],
  ['linux-s390x', 'linux', 's390x'],
  ['darwin-arm64', 'darwin', 'arm64'],
  ['windows-amd64', 'windows', 'amd64'],
  ['windows-386-gui', 'windows', '386'],
];
const bins = new Map(
  [...BUILDS.map(([name]) => name), 'linux-arm64-cgo'].map((name) => [name, readFileSync(new URL(`fixtures/${name}.head`, import.meta.url))]),
);

const target = (goos: string, goarch: string, cgo = false): Target => ({ goos, goarch, cgo, firstClass: true, id: `${goos}/${goarch}` });

test('ELF from go: class, byte order, machine, static', () => {
  const amd64 = readElf(bins.get('linux-amd64')!);
  assert.deepEqual([amd64.bits, amd64.endian, amd64.machineName, amd64.dynamic, amd64.interpreter, amd64.osAbi], [64, 'little', 'x86-64', false, undefined, 0]);
  const arm = readElf(bins.get('linux-arm')!);
  assert.deepEqual([arm.bits, arm.endian, arm.machineName, arm.armFloatAbi], [32, 'little', 'arm', 'unspecified']);
  assert.equal(readElf(bins.get('linux-arm64')!).machineName, 'aarch64');
  const s390x = readElf(bins.get('linux-s390x')!);
  assert.deepEqual([s390x.bits, s390x.endian, s390x.machineName], [64, 'big', 's390']);
});

test('Mach-O and PE from go', () => {
  const m = readMacho(bins.get('darwin-arm64')!);
  assert.deepEqual([m.fat, m.slices.length, m.slices[0].arch, m.slices[0].bits, m.slices[0].fileType], [false, 1, 'arm64', 64, 2]);
  const w = readPe(bins.get('windows-amd64')!);
  assert.deepEqual([w.machineName, w.bits, w.subsystemName], ['amd64', 64, 'console']);
  const gui = readPe(bins.get('windows-386-gui')!);
  assert.deepEqual([gui.machineName, gui.bits, gui.subsystemName], ['i386', 32, 'gui']);
});

test('every go binary matches its own target and no other', () => {
  for (const [name, goos, goarch] of BUILDS) {
    const info = inspectBinary(bins.get(name)!);
    assert.deepEqual(checkBinary(info, target(goos, goarch), { windowsGui: name.endsWith('gui') }), [], name);
  }
  assert.deepEqual(checkBinary(inspectBinary(bins.get('linux-arm64')!), target('linux', 'amd64')), ['machine is aarch64, linux/amd64 needs x86-64']);
  assert.deepEqual(checkBinary(inspectBinary(bins.get('linux-arm')!), target('linux', 's390x')), [
    'machine is arm, linux/s390x needs s390',
    'class is ELF32, linux/s390x needs ELF64',
    'byte order is little, linux/s390x needs big',
  ]);
  assert.deepEqual(checkBinary(inspectBinary(bins.get('darwin-arm64')!), target('darwin', 'amd64')), ['CPU type is arm64, darwin/amd64 needs x86_64']);
  assert.deepEqual(checkBinary(inspectBinary(bins.get('windows-amd64')!), target('linux', 'amd64')), ['is a pe file, linux/amd64 needs elf']);
  assert.deepEqual(checkBinary(inspectBinary(bins.get('windows-386-gui')!), target('windows', '386')), ['subsystem is gui, windows/386 needs console']);
  assert.deepEqual(checkBinary(inspectBinary(bins.get('linux-amd64')!), target('linux', 'amd64', true)), [
    'has no interpreter, a cgo build of linux/amd64 is dynamically linked against glibc',
  ]);
  assert.deepEqual(checkBinary(inspectBinary(Buffer.from('#!/bin/sh\necho hi\n')), target('linux', 'amd64')), [
    'is not a known executable format, linux/amd64 needs elf',
  ]);
});

test('a cgo build linked by the cross gcc: interpreter and dynamic linking', () => {
  const info = readElf(bins.get('linux-arm64-cgo')!);
  assert.deepEqual([info.machineName, info.dynamic, info.interpreter], ['aarch64', true, '/lib/ld-linux-aarch64.so.1']);
  assert.deepEqual(checkBinary(info, target('linux', 'arm64', true)), []);
  assert.deepEqual(checkBinary(info, target('linux', 'arm64')), [
    'is dynamically linked (interpreter /lib/ld-linux-aarch64.so.1), a CGO_ENABLED=0 build of linux/arm64 must be static',
  ]);
  assert.deepEqual(checkBinary(info, target('linux', 'amd64', true)), [
    'machine is aarch64, linux/amd64 needs x86-64',
    'interpreter is /lib/ld-linux-aarch64.so.1, linux/amd64 needs /lib64/ld-linux-x86-64.so.2',
  ]);
});

/** A universal Mach-O with the given slices; each slice's own header placed at its offset. */
function fat(slices: [cpu: number, sub: number][]): Buffer {
  const b = Buffer.alloc(0x1000 * (slices.length + 1));
  b.writeUInt32BE(0xcafebabe, 0);
  b.writeUInt32BE(slices.length, 4);
  slices.forEach(([cpu, sub], i) => {
    const off = 0x1000 * (i + 1);
    b.writeUInt32BE(cpu, 8 + i * 20);
    b.writeUInt32BE(sub, 12 + i * 20);
    b.writeUInt32BE(off, 16 + i * 20);
    b.writeUInt32BE(0x1000, 20 + i * 20);
    b.writeUInt32BE(12, 24 + i * 20);
    b.writeUInt32LE(0xfeedfacf, off);
    b.writeUInt32LE(cpu, off + 4);
    b.writeUInt32LE(sub, off + 8);
    b.writeUInt32LE(2, off + 12);
  });
  return b;
}

test('Mach-O universal files: slices, subtypes, and a slice that lies', () => {
  const m = readMacho(
    fat([
      [0x01000007, 3],
      [0x0100000c, 2],
    ]),
  );
  assert.deepEqual(
    m.slices.map((s) => [s.arch, s.cpuSubtype, s.bits, s.fileType]),
    [
      ['x86_64', 3, 64, 2],
      ['arm64', 2, 64, 2],
    ],
  );
  assert.deepEqual(checkBinary(m, target('darwin', 'amd64')), []);
  assert.deepEqual(checkBinary(m, target('darwin', 'arm64')), []);
  const lying = fat([[0x01000007, 3]]);
  lying.writeUInt32LE(0x0100000c, 0x1000 + 4);
  assert.throws(() => readMacho(lying), /^Error: universal Mach-O slice 0 says x86_64 but its header says arm64$/);
  assert.throws(() => readMacho(fat([[0x01000007, 3]]).subarray(0, 20)), /truncated universal Mach-O header/);
  // A Java class file shares the magic; its "count" (version numbers) is far too large to be a fat header.
  assert.equal(inspectBinary(Buffer.from('cafebabe00000041000000000000000000', 'hex')).format, 'unknown');
});

test('PE synthetic: GUI subsystem, arm64 machine, missing signature', () => {
  const b = Buffer.alloc(0x200);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(0xaa64, 0x84);
  b.writeUInt16LE(0x20b, 0x98);
  b.writeUInt16LE(2, 0x98 + 68);
  assert.deepEqual(readPe(b), { format: 'pe', machine: 0xaa64, machineName: 'arm64', bits: 64, subsystem: 2, subsystemName: 'gui' });
  assert.deepEqual(checkBinary(readPe(b), target('windows', 'arm64'), { windowsGui: true }), []);
  b.write('XX', 0x80, 'latin1');
  assert.throws(() => readPe(b), /missing PE signature/);
});

test('ELF synthetic: truncated headers and ARM attributes', () => {
  const h = Buffer.from(bins.get('linux-arm64')!.subarray(0, 64));
  assert.throws(() => readElf(h), /^Error: truncated ELF: program headers past the end of the file$/);
  assert.throws(() => readElf(Buffer.from('7f454c4603', 'hex')), /not an ELF file/);
  // "A", length, "aeabi\0", file tag 1 with size, Tag_CPU_arch(6)=10 (v7), Tag_CPU_name(5)="7-A" (string), Tag_ABI_VFP_args(28)=1.
  const body = Buffer.concat([Buffer.from([0x06, 0x0a, 0x05]), Buffer.from('7-A\0', 'latin1'), Buffer.from([0x1c, 0x01])]);
  const file = Buffer.concat([Buffer.from([1]), u32le(5 + body.length), body]);
  const sub = Buffer.concat([u32le(4 + 6 + file.length), Buffer.from('aeabi\0', 'latin1'), file]);
  assert.deepEqual(parseArmAttributes(Buffer.concat([Buffer.from('A'), sub])), { cpuArch: 10, vfpArgs: 1 });
  assert.deepEqual(parseArmAttributes(Buffer.from('B')), {});
});

function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
