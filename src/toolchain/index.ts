// The toolchain capability's public surface: what the pipeline uses (setup, the doctor, the version request, the
// post-step cache save). Everything else in this folder is internal.
export { actionsCache, type CacheService } from './cache-service.ts';
export { gatherFacts } from './doctor-facts.ts';
export { diagnose, fromCapabilityFinding, type DoctorFacts, type Finding } from './doctor.ts';
export { saveGoCache } from './go-cache.ts';
export { requestedVersions, type Request } from './request.ts';
export { setup, type SetupOptions, type SetupOutcome } from './setup.ts';
export type { InstalledToolchain, ToolchainData } from './types.ts';
