// The emulation capability's public surface: binfmt status and registration, the host's facts and findings, the
// platform table, and the planner that tells smoke runs how a foreign binary runs here.
export { DEFAULT_BINFMT_ROOT } from './binfmt-fs.ts';
export { checkBinfmtImage, DEFAULT_BINFMT_IMAGE } from './docker.ts';
export { emulationStatus, registerEmulation, type EmulationEnv, type RegisterOptions } from './emulate.ts';
export { hostExecPlanner, type RunVia } from './emulator.ts';
export { hostFindings, type HostFinding } from './host-checks.ts';
export { DEFAULT_HOST_ROOT, hostFactsReader, type CompilerFacts, type DirFacts, type HostFacts } from './host-facts.ts';
export { findPlatform, nativePlatforms, QEMU_PLATFORMS, resolvePlatforms, type QemuPlatform } from './platforms.ts';
export type { EmulationReport } from './types.ts';
