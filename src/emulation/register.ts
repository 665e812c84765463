// binfmt_misc register strings: `:name:type:offset:magic:mask:interpreter:flags`, every magic/mask byte escaped as
// \xNN so that no byte can be read as the field separator.
import type { QemuPlatform } from './platforms.ts';

/** The entry name our registrations use (the same as qemu-user-static's, so a later distro install finds it). */
export const entryName = (p: QemuPlatform) => `qemu-${p.qemuArch}`;

const escapeHex = (hex: string) => hex.replace(/../g, (b) => `\\x${b}`);

/**
 * The register string for a platform. `F` (fix binary) makes the kernel open the interpreter at registration time,
 * so it keeps working inside containers and chroots that do not have the file.
 */
export function registerString(p: QemuPlatform, interpreter: string, flags = 'F'): string {
  if (/[:\n]/.test(interpreter)) throw new Error(`interpreter path may not contain ":" or a newline: ${interpreter}`);
  return `:${entryName(p)}:M:0:${escapeHex(p.magic)}:${escapeHex(p.mask)}:${interpreter}:${flags}`;
}
