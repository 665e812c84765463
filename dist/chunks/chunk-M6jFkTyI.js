import { createRequire } from 'node:module';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import('./check-D6PW23zM.js')).check,
  setup: async () => (await import('./toolchain-CR5iK_YE.js')).setupCommand,
  doctor: async () => (await import('./toolchain-CR5iK_YE.js')).doctorCommand,
  emulation: async () => (await import('./emulation-CNgtZPq_.js')).emulationCommand,
  plan: async () => (await import('./matrix-CR3S8VxK.js')).planCommand,
  build: async () => (await import('./matrix-CR3S8VxK.js')).buildCommand,
  policy: async () => (await import('./policy-WFghDINP.js')).policyCommand,
  audit: async () => (await import('./audit-DewehlPM.js')).auditCommand,
  "baseline-update": async () => (await import('./baseline-Bdy2ARwe.js')).baselineUpdateCommand,
  baseline: async () => (await import('./baseline-Bdy2ARwe.js')).baselineCommand,
  canary: async () => (await import('./canary-Dl7Nefq4.js')).canaryCommand,
  rego: async () => (await import('./rego-BIP75wai.js')).regoCommand,
  parse: async () => (await import('./parse-D7k1uN91.js')).parseCommand,
  locks: async () => (await import('./locks-Q-iKucUI.js')).locksCommand,
  report: async () => (await import('./report-66YgP-HL.js')).reportCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export { loadCommandTable as a, loadCommand as l };
