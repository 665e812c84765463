// Mach-O header reader (our own): CPU type and subtype, file type, and the slices of universal (fat) files.

export interface MachoSlice {
  cpuType: number;
  cpuSubtype: number;
  /** Our name: x86_64, arm64, i386, arm, ppc, ... */
  arch: string;
  bits: 32 | 64;
  /** MH_EXECUTE is 2. */
  fileType?: number;
}

export interface MachoInfo {
  format: 'macho';
  fat: boolean;
  slices: MachoSlice[];
}

const CPU_ARCH_ABI64 = 0x01000000;
const CPU_NAMES: Record<number, string> = { 7: 'i386', [7 | CPU_ARCH_ABI64]: 'x86_64', 12: 'arm', [12 | CPU_ARCH_ABI64]: 'arm64', 18: 'ppc', [18 | CPU_ARCH_ABI64]: 'ppc64' };

const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;

export const cpuName = (cpuType: number) => CPU_NAMES[cpuType] ?? `cpu ${cpuType}`;

export function isMacho(b: Buffer): boolean {
  if (b.length < 8) return false;
  const be = b.readUInt32BE(0);
  const le = b.readUInt32LE(0);
  if (be === FAT_MAGIC || be === FAT_MAGIC_64) return b.readUInt32BE(4) > 0 && b.readUInt32BE(4) < 64; // Java classes share 0xcafebabe
  return [MH_MAGIC, MH_MAGIC_64].includes(be) || [MH_MAGIC, MH_MAGIC_64].includes(le);
}

function thin(b: Buffer, at: number): MachoSlice {
  if (at + 28 > b.length) throw new Error('truncated Mach-O header');
  const le = [MH_MAGIC, MH_MAGIC_64].includes(b.readUInt32LE(at));
  const u32 = (o: number) => (le ? b.readUInt32LE(at + o) : b.readUInt32BE(at + o));
  const magic = u32(0);
  if (magic !== MH_MAGIC && magic !== MH_MAGIC_64) throw new Error(`bad Mach-O magic 0x${magic.toString(16)} at offset ${at}`);
  const cpuType = u32(4);
  return { cpuType, cpuSubtype: u32(8) & 0x00ffffff, arch: cpuName(cpuType), bits: magic === MH_MAGIC_64 ? 64 : 32, fileType: u32(12) };
}

/** Parses a thin or universal Mach-O file. Throws Error with a plain reason when it is not valid. */
export function readMacho(b: Buffer): MachoInfo {
  if (!isMacho(b)) throw new Error('not a Mach-O file');
  const magic = b.readUInt32BE(0);
  if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64) return { format: 'macho', fat: false, slices: [thin(b, 0)] };
  const n = b.readUInt32BE(4);
  const entry = magic === FAT_MAGIC_64 ? 32 : 20;
  if (8 + n * entry > b.length) throw new Error('truncated universal Mach-O header');
  const slices: MachoSlice[] = [];
  for (let i = 0; i < n; i++) {
    const e = 8 + i * entry;
    const cpuType = b.readUInt32BE(e);
    const cpuSubtype = b.readUInt32BE(e + 4) & 0x00ffffff;
    const offset = magic === FAT_MAGIC_64 ? Number(b.readBigUInt64BE(e + 8)) : b.readUInt32BE(e + 8);
    // A slice that is present in the file is read for its own header; the fat table alone is trusted otherwise.
    const inner = offset + 28 <= b.length ? thin(b, offset) : undefined;
    if (inner && inner.cpuType !== cpuType) throw new Error(`universal Mach-O slice ${i} says ${cpuName(cpuType)} but its header says ${inner.arch}`);
    slices.push({ cpuType, cpuSubtype, arch: cpuName(cpuType), bits: cpuType & CPU_ARCH_ABI64 ? 64 : 32, fileType: inner?.fileType });
  }
  return { format: 'macho', fat: true, slices };
}
