// Which binary format a file is, read by our own header readers.
import { isElf, readElf, type ElfInfo } from './elf.ts';
import { isMacho, readMacho, type MachoInfo } from './macho.ts';
import { isPe, readPe, type PeInfo } from './pe.ts';

export interface OtherInfo {
  format: 'wasm' | 'xcoff' | 'plan9' | 'unknown';
  /** 32/64 where the format says so. */
  bits?: number;
  /** plan9 a.out: the architecture its magic names. */
  arch?: string;
}

export type BinaryInfo = ElfInfo | MachoInfo | PeInfo | OtherInfo;

const PLAN9: Record<number, string> = { 0x01eb: '386', 0x8a97: 'amd64', 0x0647: 'arm' };

export function inspectBinary(b: Buffer): BinaryInfo {
  if (isElf(b)) return readElf(b);
  if (isMacho(b)) return readMacho(b);
  if (isPe(b)) return readPe(b);
  if (b.length >= 4 && b.readUInt32BE(0) === 0x0061736d) return { format: 'wasm', bits: 32 };
  if (b.length >= 2 && (b.readUInt16BE(0) === 0x01f7 || b.readUInt16BE(0) === 0x01df)) return { format: 'xcoff', bits: b.readUInt16BE(0) === 0x01f7 ? 64 : 32 };
  if (b.length >= 4 && PLAN9[b.readUInt32BE(0)]) return { format: 'plan9', arch: PLAN9[b.readUInt32BE(0)] };
  return { format: 'unknown' };
}
