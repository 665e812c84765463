// Malformed headers from small crafted bytes: each is one "not a valid <format> file" reason, never a RangeError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectBinary } from './index.ts';

/** A little-endian ELF64 x86-64 executable header with the given program/section header table fields. */
function elf64(f: { phoff?: number; phentsize?: number; phnum?: number; shoff?: number; shentsize?: number; shnum?: number; machine?: number; length?: number }): Buffer {
  const b = Buffer.alloc(64);
  Buffer.from('7f454c46020101', 'hex').copy(b);
  b.writeUInt16LE(2, 16);
  b.writeUInt16LE(f.machine ?? 62, 18);
  b.writeBigUInt64LE(BigInt(f.phoff ?? 64), 32);
  b.writeBigUInt64LE(BigInt(f.shoff ?? 0), 40);
  b.writeUInt16LE(f.phentsize ?? 56, 54);
  b.writeUInt16LE(f.phnum ?? 0, 56);
  b.writeUInt16LE(f.shentsize ?? 64, 58);
  b.writeUInt16LE(f.shnum ?? 0, 60);
  return b.subarray(0, f.length ?? 64);
}

/** A little-endian ELF32 ARM header (section headers are read for ARM's attributes). */
function elf32arm(f: { shoff: number; shentsize: number; shnum: number }): Buffer {
  const b = Buffer.alloc(52);
  Buffer.from('7f454c46010101', 'hex').copy(b);
  b.writeUInt16LE(2, 16);
  b.writeUInt16LE(40, 18);
  b.writeUInt32LE(f.shoff, 32);
  b.writeUInt16LE(f.shentsize, 46);
  b.writeUInt16LE(f.shnum, 48);
  return b;
}

const cases: [string, Buffer, string][] = [
  ['zero program header entry size with a far offset', elf64({ phoff: 1 << 30, phentsize: 0, phnum: 3 }), 'not a valid ELF file: program header entry size 0, ELF64 needs at least 56'],
  ['zero entry size at an offset inside the file', elf64({ phoff: 8, phentsize: 0, phnum: 65535 }), 'not a valid ELF file: program header entry size 0, ELF64 needs at least 56'],
  ['program headers past the end', elf64({ phoff: 64, phnum: 2 }), 'not a valid ELF file: truncated ELF: program headers past the end of the file'],
  ['a 64-bit offset beyond any file', elf64({ phoff: 2 ** 62, phnum: 1 }), 'not a valid ELF file: truncated ELF: program headers past the end of the file'],
  ['shorter than the ELF header', Buffer.from('7f454c46020101000000', 'hex'), 'not a valid ELF file: not an ELF file'],
  ['ELF64 header cut at 56 bytes', elf64({ length: 56 }), 'not a valid ELF file: truncated ELF: header past the end of the file'],
  ['bad class', Buffer.concat([Buffer.from('7f454c4609', 'hex'), Buffer.alloc(60)]), 'not a valid ELF file: bad ELF class 9 or data encoding 0'],
  ['ARM: zero section header entry size', elf32arm({ shoff: 1 << 20, shentsize: 0, shnum: 4 }), 'not a valid ELF file: section header entry size 0, ELF32 needs at least 40'],
  ['ARM: section headers past the end', elf32arm({ shoff: 52, shentsize: 40, shnum: 2 }), 'not a valid ELF file: truncated ELF: section headers past the end of the file'],
  ['PE: header pointer past the end', Buffer.concat([Buffer.from('4d5a', 'hex'), Buffer.alloc(62, 0xff)]), 'not a valid PE file: truncated PE header'],
  ['Mach-O: thin header cut short', Buffer.from('cffaedfe0c000001', 'hex'), 'not a valid Mach-O file: truncated Mach-O header'],
];

for (const [name, bytes, message] of cases) {
  test(`malformed header: ${name}`, () => {
    assert.throws(() => inspectBinary(bytes), (e: unknown) => {
      assert.ok(!(e instanceof RangeError), `raw RangeError: ${String(e)}`);
      assert.equal((e as Error).message, message);
      return true;
    });
  });
}

test('a well-formed crafted header still reads', () => {
  const info = inspectBinary(elf64({ phnum: 0 }));
  assert.equal(info.format === 'elf' && info.machineName, 'x86-64');
});
