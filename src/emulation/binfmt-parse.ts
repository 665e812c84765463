// Reading the kernel's binfmt_misc state: the files under /proc/sys/fs/binfmt_misc parsed into plain data.
import { QEMU_PLATFORMS, type QemuPlatform } from './platforms.ts';

export interface BinfmtEntry {
  name: string;
  enabled: boolean;
  interpreter: string;
  /** Flag letters as the kernel prints them (F fix-binary, P preserve-argv0, O, C). */
  flags: string;
  offset: number;
  /** Hex, lower case, as the kernel prints it (no mask applied). */
  magic: string;
  mask: string;
  /** Extension entries (type E) have no magic. */
  extension?: string;
}

/** One entry file, e.g. /proc/sys/fs/binfmt_misc/qemu-aarch64. */
export function parseEntry(name: string, text: string): BinfmtEntry {
  const e: BinfmtEntry = { name, enabled: false, interpreter: '', flags: '', offset: 0, magic: '', mask: '' };
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (line === 'enabled' || line === 'disabled') e.enabled = line === 'enabled';
    else if (line.startsWith('interpreter ')) e.interpreter = line.slice('interpreter '.length);
    else if (line.startsWith('flags:')) e.flags = line.slice('flags:'.length).trim();
    else if (line.startsWith('offset ')) e.offset = Number(line.slice('offset '.length));
    else if (line.startsWith('magic ')) e.magic = line.slice('magic '.length).toLowerCase();
    else if (line.startsWith('mask ')) e.mask = line.slice('mask '.length).toLowerCase();
    else if (line.startsWith('extension ')) e.extension = line.slice('extension '.length);
  }
  return e;
}

/** The `status` file: "enabled" or "disabled". */
export const parseStatus = (text: string): boolean => text.trim() === 'enabled';

const bytes = (hex: string) => (hex.match(/../g) ?? []).map((b) => parseInt(b, 16));

/**
 * Whether an entry runs a platform's binaries: the platform's ELF header prefix, under the entry's mask, equals the
 * entry's magic under the same mask. The entry name does not matter (docker's and the distribution's names differ).
 */
export function entryServes(e: BinfmtEntry, p: QemuPlatform): boolean {
  if (!e.magic || e.offset !== 0) return false;
  const magic = bytes(e.magic);
  const mask = e.mask ? bytes(e.mask) : magic.map(() => 0xff);
  const header = bytes(p.magic);
  if (header.length < magic.length) return false;
  return magic.every((m, i) => (m & mask[i]) === (header[i] & mask[i]));
}

/** The enabled entry that serves a platform, if any. */
export const entryFor = (entries: BinfmtEntry[], p: QemuPlatform) => entries.find((e) => e.enabled && entryServes(e, p));

export const platformsServed = (entries: BinfmtEntry[]) => QEMU_PLATFORMS.filter((p) => entryFor(entries, p));
