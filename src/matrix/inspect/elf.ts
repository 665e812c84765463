// ELF header reader (our own): class, byte order, machine, OS ABI, interpreter, static or dynamic, ARM float ABI.
// Reads only the headers a target check needs; anything malformed is reported, never thrown past the caller.

export interface ElfInfo {
  format: 'elf';
  bits: 32 | 64;
  endian: 'little' | 'big';
  osAbi: number;
  /** e_type: 2 executable, 3 shared object (PIE). */
  type: number;
  machine: number;
  /** Our name for the machine (x86-64, aarch64, arm, riscv, ppc64, s390, mips, i386, loongarch, ...). */
  machineName: string;
  flags: number;
  interpreter?: string;
  /** A PT_DYNAMIC segment or an interpreter: the binary loads shared libraries. */
  dynamic: boolean;
  /** ARM only: hard (VFP registers for arguments), soft, or unspecified (Go's own linker sets neither). */
  armFloatAbi?: 'hard' | 'soft' | 'unspecified';
  /** ARM only: Tag_CPU_arch from .ARM.attributes (e.g. 10 for v7), when present. */
  armCpuArch?: number;
}

const MACHINES: Record<number, string> = {
  3: 'i386', 8: 'mips', 20: 'ppc', 21: 'ppc64', 22: 's390', 40: 'arm', 43: 'sparcv9', 62: 'x86-64', 183: 'aarch64', 243: 'riscv', 258: 'loongarch',
};

export const ELF_OSABI: Record<number, string> = { 0: 'sysv', 2: 'netbsd', 3: 'linux', 6: 'solaris', 9: 'freebsd', 12: 'openbsd' };

const SHT_ARM_ATTRIBUTES = 0x70000003;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const EF_ARM_ABI_FLOAT_SOFT = 0x200;
const EF_ARM_ABI_FLOAT_HARD = 0x400;

export const isElf = (b: Buffer) => b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;

const PH_ENTRY = { 32: 32, 64: 56 } as const;
const SH_ENTRY = { 32: 40, 64: 64 } as const;

/** Parses the ELF headers of a whole file. Throws Error with a plain reason when the file is not a valid ELF. */
export function readElf(b: Buffer): ElfInfo {
  try {
    return parseElf(b);
  } catch (e) {
    // A Buffer read past the end (a field pointing outside the file) is a malformed file, not a bug of ours.
    if (e instanceof RangeError) throw new Error('truncated ELF: a header field points past the end of the file');
    throw e;
  }
}

function parseElf(b: Buffer): ElfInfo {
  if (!isElf(b) || b.length < 52) throw new Error('not an ELF file');
  const bits = b[4] === 2 ? 64 : b[4] === 1 ? 32 : undefined;
  const endian = b[5] === 1 ? 'little' : b[5] === 2 ? 'big' : undefined;
  if (!bits || !endian) throw new Error(`bad ELF class ${b[4]} or data encoding ${b[5]}`);
  const le = endian === 'little';
  const u16 = (o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const addr = (o: number) => (bits === 64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o));
  const need = (end: number, what: string) => { if (end > b.length) throw new Error(`truncated ELF: ${what} past the end of the file`); };
  if (bits === 64) need(64, 'header');
  const machine = u16(18);
  const info: ElfInfo = {
    format: 'elf', bits, endian, osAbi: b[7], type: u16(16), machine, machineName: MACHINES[machine] ?? `machine ${machine}`,
    flags: u32(bits === 64 ? 48 : 36), dynamic: false,
  };
  const phoff = addr(bits === 64 ? 32 : 28);
  const phentsize = u16(bits === 64 ? 54 : 42);
  const phnum = u16(bits === 64 ? 56 : 44);
  // An entry smaller than the format's would make every program header alias the first, or read past it.
  if (phnum && phentsize < PH_ENTRY[bits]) throw new Error(`program header entry size ${phentsize}, ELF${bits} needs at least ${PH_ENTRY[bits]}`);
  need(phoff + phentsize * phnum, 'program headers');
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    const type = u32(ph);
    if (type === PT_DYNAMIC) info.dynamic = true;
    if (type === PT_INTERP) {
      const off = addr(bits === 64 ? ph + 8 : ph + 4);
      const size = addr(bits === 64 ? ph + 32 : ph + 16);
      need(off + size, 'interpreter');
      info.interpreter = b.subarray(off, off + size).toString('latin1').replace(/\0.*$/s, '');
      info.dynamic = true;
    }
  }
  if (machine === 40) readArm(b, info, { u16, u32, addr, need, bits });
  return info;
}

interface Readers {
  u16(o: number): number;
  u32(o: number): number;
  addr(o: number): number;
  need(end: number, what: string): void;
  bits: 32 | 64;
}

function readArm(b: Buffer, info: ElfInfo, r: Readers): void {
  info.armFloatAbi = info.flags & EF_ARM_ABI_FLOAT_HARD ? 'hard' : info.flags & EF_ARM_ABI_FLOAT_SOFT ? 'soft' : 'unspecified';
  const shoff = r.addr(r.bits === 64 ? 40 : 32);
  const shentsize = r.u16(r.bits === 64 ? 58 : 46);
  const shnum = r.u16(r.bits === 64 ? 60 : 48);
  if (!shoff || !shnum) return;
  if (shentsize < SH_ENTRY[r.bits]) throw new Error(`section header entry size ${shentsize}, ELF${r.bits} needs at least ${SH_ENTRY[r.bits]}`);
  r.need(shoff + shentsize * shnum, 'section headers');
  for (let i = 0; i < shnum; i++) {
    const sh = shoff + i * shentsize;
    if (r.u32(sh + 4) !== SHT_ARM_ATTRIBUTES) continue;
    const off = r.addr(r.bits === 64 ? sh + 24 : sh + 16);
    const size = r.addr(r.bits === 64 ? sh + 32 : sh + 20);
    r.need(off + size, '.ARM.attributes');
    const attrs = parseArmAttributes(b.subarray(off, off + size), info.endian === 'little');
    if (attrs.vfpArgs !== undefined) info.armFloatAbi = attrs.vfpArgs === 1 ? 'hard' : 'soft';
    if (attrs.cpuArch !== undefined) info.armCpuArch = attrs.cpuArch;
  }
}

/** The "aeabi" file-scope attributes we check: Tag_CPU_arch (6) and Tag_ABI_VFP_args (28). */
export function parseArmAttributes(s: Buffer, le = true): { cpuArch?: number; vfpArgs?: number } {
  const out: { cpuArch?: number; vfpArgs?: number } = {};
  if (s[0] !== 0x41) return out; // 'A': format version
  const u32 = (o: number) => (le ? s.readUInt32LE(o) : s.readUInt32BE(o));
  let p = 1;
  while (p + 4 <= s.length) {
    const len = u32(p);
    const end = Math.min(p + len, s.length);
    const nul = s.indexOf(0, p + 4);
    if (len < 5 || nul < 0 || nul >= end) break;
    const vendor = s.subarray(p + 4, nul).toString('latin1');
    let q = nul + 1;
    while (vendor === 'aeabi' && q + 5 <= end) {
      const tag = s[q];
      const subEnd = Math.min(q + u32(q + 1), end);
      if (tag === 1) readFileAttributes(s, q + 5, subEnd, out);
      if (subEnd <= q) break;
      q = subEnd;
    }
    p = end;
  }
  return out;
}

function readFileAttributes(s: Buffer, start: number, end: number, out: { cpuArch?: number; vfpArgs?: number }): void {
  let p = start;
  const uleb = () => {
    let v = 0;
    let shift = 0;
    while (p < end) {
      const byte = s[p++];
      v += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(byte & 0x80)) break;
    }
    return v;
  };
  const ntbs = () => { const z = s.indexOf(0, p); p = z < 0 || z >= end ? end : z + 1; };
  while (p < end) {
    const tag = uleb();
    // String-valued tags: 4, 5, 67, and (by the generic rule) odd tags above 32; 32 is a number then a string.
    if (tag === 4 || tag === 5 || tag === 67 || (tag > 32 && tag % 2 === 1)) ntbs();
    else if (tag === 32) { uleb(); ntbs(); }
    else {
      const v = uleb();
      if (tag === 6) out.cpuArch = v;
      if (tag === 28) out.vfpArgs = v;
    }
  }
}
