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

/** The format and header facts; a file whose magic names a format but whose headers are malformed throws
 * Error("not a valid <format> file: <reason>"). */
export function inspectBinary(b: Buffer): BinaryInfo {
  if (isElf(b)) return readAs('ELF', readElf, b);
  if (isMacho(b)) return readAs('Mach-O', readMacho, b);
  if (isPe(b)) return readAs('PE', readPe, b);
  if (b.length >= 4 && b.readUInt32BE(0) === 0x0061736d) return { format: 'wasm', bits: 32 };
  if (b.length >= 2 && (b.readUInt16BE(0) === 0x01f7 || b.readUInt16BE(0) === 0x01df)) return { format: 'xcoff', bits: b.readUInt16BE(0) === 0x01f7 ? 64 : 32 };
  if (b.length >= 4 && PLAN9[b.readUInt32BE(0)]) return { format: 'plan9', arch: PLAN9[b.readUInt32BE(0)] };
  return { format: 'unknown' };
}

function readAs<T>(format: string, read: (b: Buffer) => T, b: Buffer): T {
  try {
    return read(b);
  } catch (e) {
    // Any read past the end (RangeError) is a malformed header too: one finding, never a raw error.
    throw new Error(`not a valid ${format} file: ${e instanceof RangeError ? 'a header field points past the end of the file' : (e as Error).message}`);
  }
}
