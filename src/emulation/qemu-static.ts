// qemu-<arch>-static on PATH: the one lookup that status, registration and smoke runs share.
import { onPath } from '../process.ts';
import type { QemuPlatform } from './platforms.ts';

export const qemuStaticName = (p: QemuPlatform): string => `qemu-${p.qemuArch}-static`;

/** Paths of qemu-<arch>-static found on the PATH of `env`, by qemu arch (platforms without one are left out). */
export async function qemuStaticPaths(env: NodeJS.ProcessEnv, platforms: readonly QemuPlatform[]): Promise<Record<string, string>> {
  const found = await Promise.all(platforms.map(async (p) => [p.qemuArch, await onPath(qemuStaticName(p), env)] as const));
  return Object.fromEntries(found.filter((e): e is readonly [string, string] => e[1] !== undefined));
}
