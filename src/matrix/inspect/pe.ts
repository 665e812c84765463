// PE header reader (our own): machine, PE32 or PE32+, subsystem (console or GUI).

export interface PeInfo {
  format: 'pe';
  machine: number;
  /** Our name: amd64, i386, arm64, arm. */
  machineName: string;
  bits: 32 | 64;
  subsystem: number;
  subsystemName: 'console' | 'gui' | 'other';
}

const MACHINES: Record<number, string> = { 0x14c: 'i386', 0x8664: 'amd64', 0xaa64: 'arm64', 0x1c4: 'arm' };

export const isPe = (b: Buffer) => b.length >= 64 && b[0] === 0x4d && b[1] === 0x5a;

/** Parses the DOS stub pointer, the COFF header and the optional header's subsystem. */
export function readPe(b: Buffer): PeInfo {
  if (!isPe(b)) throw new Error('not a PE file (no MZ header)');
  const pe = b.readUInt32LE(0x3c);
  if (pe + 24 + 70 > b.length) throw new Error('truncated PE header');
  if (b.readUInt32LE(pe) !== 0x00004550) throw new Error('missing PE signature');
  const machine = b.readUInt16LE(pe + 4);
  const opt = pe + 24;
  const magic = b.readUInt16LE(opt);
  if (magic !== 0x10b && magic !== 0x20b) throw new Error(`bad optional header magic 0x${magic.toString(16)}`);
  const subsystem = b.readUInt16LE(opt + 68);
  return {
    format: 'pe', machine, machineName: MACHINES[machine] ?? `machine 0x${machine.toString(16)}`, bits: magic === 0x20b ? 64 : 32,
    subsystem, subsystemName: subsystem === 2 ? 'gui' : subsystem === 3 ? 'console' : 'other',
  };
}
