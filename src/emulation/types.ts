// What the emulation capability reports: the kernel's binfmt_misc state and, per platform, who registered it, with
// which interpreter, and whether a binary for it was seen running.
import type { BinfmtEntry } from './binfmt-parse.ts';

export type RegisteredBy = 'docker' | 'direct' | 'already' | 'none';

export interface PlatformReport {
  platform: string;
  goarch: string;
  native: boolean;
  registeredBy: RegisteredBy;
  /** The binfmt_misc entry serving it (any name) and its interpreter. */
  entry?: string;
  interpreter?: string;
  /** The F flag: the interpreter is opened at registration, so it works in containers and chroots. */
  fixBinary: boolean;
  /** qemu-<arch>-static on PATH, used directly when nothing is registered. */
  qemuStatic?: string;
  /** undefined: not checked (status without --verify). */
  verified?: boolean;
  detail?: string;
}

export interface EmulationReport {
  method: 'docker' | 'direct' | 'none';
  binfmt: { root: string; mounted: boolean; enabled: boolean; entries: BinfmtEntry[] };
  platforms: PlatformReport[];
  /** The docker route's command line and exit code (recorded; verification decides success). */
  docker?: { argv: string[]; exitCode: number | null; stderr: string };
}
