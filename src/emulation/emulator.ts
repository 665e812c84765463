// How to run a linux binary of a given GOARCH on this host: natively, through a registered binfmt_misc entry, or by
// calling qemu-<arch>-static directly (which changes nothing on the host and works where nothing is registered).
import { DEFAULT_BINFMT_ROOT, readBinfmt } from './binfmt-fs.ts';
import { entryFor, type BinfmtEntry } from './binfmt-parse.ts';
import { findPlatform, nativePlatforms, QEMU_PLATFORMS } from './platforms.ts';
import { qemuStaticName, qemuStaticPaths } from './qemu-static.ts';

export interface RunVia {
  via: 'native' | 'binfmt' | 'qemu';
  /** Command prefix before the binary's path (empty when the binary is executed itself). */
  prefix: string[];
  /** Extra environment (QEMU_LD_PREFIX for a binfmt-run dynamic binary). */
  env: Record<string, string>;
  /** The interpreter used, for the record. */
  interpreter?: string;
}

export interface EmulatorLookup {
  /** binfmt_misc entries currently registered (enabled or not). */
  entries: BinfmtEntry[];
  /** Paths of qemu-<arch>-static found on PATH, by qemu arch. */
  qemuStatic: Record<string, string>;
  hostArch?: string;
}

/** The way to run it, or a reason why it cannot run here. `sysroot` is the cgo target's library root. */
export function runVia(goarch: string, lookup: EmulatorLookup, sysroot?: string): RunVia | { reason: string } {
  const p = findPlatform(goarch);
  if (nativePlatforms(lookup.hostArch).includes(goarch)) return { via: 'native', prefix: [], env: {} };
  if (!p) return { reason: `no QEMU user-mode emulator is known for ${goarch}` };
  const qemu = lookup.qemuStatic[p.qemuArch];
  // A dynamic binary needs its sysroot: -L is explicit, so prefer calling QEMU directly when it is there.
  if (sysroot && qemu) return { via: 'qemu', prefix: [qemu, '-L', sysroot], env: {}, interpreter: qemu };
  const entry = entryFor(lookup.entries, p);
  if (entry) return { via: 'binfmt', prefix: [], env: sysroot ? { QEMU_LD_PREFIX: sysroot } : {}, interpreter: entry.interpreter };
  if (qemu) return { via: 'qemu', prefix: [qemu], env: {}, interpreter: qemu };
  return { reason: `nothing runs ${goarch} binaries here: no binfmt_misc entry and no ${qemuStaticName(p)} on PATH (Debian/Ubuntu package qemu-user-static)` };
}

/** What there is on this host to run foreign binaries: the current binfmt_misc table and qemu-*-static on PATH. */
export async function emulatorLookup(env: NodeJS.ProcessEnv, root = DEFAULT_BINFMT_ROOT): Promise<EmulatorLookup> {
  const state = await readBinfmt(root).catch(() => ({ entries: [] }));
  return { entries: state.entries, qemuStatic: await qemuStaticPaths(env, QEMU_PLATFORMS) };
}

/** `runVia` bound to what this host has now: the function the matrix's smoke runs are given. */
export async function hostExecPlanner(env: NodeJS.ProcessEnv): Promise<(goarch: string, sysroot?: string) => RunVia | { reason: string }> {
  const lookup = await emulatorLookup(env);
  return (goarch, sysroot) => runVia(goarch, lookup, sysroot);
}
