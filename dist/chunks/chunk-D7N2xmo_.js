import { createRequire } from 'node:module';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import('./check-CemC6n_p.js')).check,
  setup: async () => (await import('./toolchain-D1Eqykc4.js')).setupCommand,
  doctor: async () => (await import('./toolchain-D1Eqykc4.js')).doctorCommand,
  emulation: async () => (await import('./emulation-CBu5eqjT.js')).emulationCommand,
  plan: async () => (await import('./matrix-D_ZDkIuP.js')).planCommand,
  build: async () => (await import('./matrix-D_ZDkIuP.js')).buildCommand,
  policy: async () => (await import('./policy-BoFntwWL.js')).policyCommand,
  audit: async () => (await import('./audit-BnIJ6E6g.js')).auditCommand,
  "baseline-update": async () => (await import('./baseline-Dyo8lY8K.js')).baselineUpdateCommand,
  baseline: async () => (await import('./baseline-Dyo8lY8K.js')).baselineCommand,
  canary: async () => (await import('./canary-Dxc1mZIF.js')).canaryCommand,
  rego: async () => (await import('./rego-emd_gczV.js')).regoCommand,
  parse: async () => (await import('./parse-DRJzvUuE.js')).parseCommand,
  locks: async () => (await import('./locks-DmM9RecU.js')).locksCommand,
  report: async () => (await import('./report-t3hrpk31.js')).reportCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export { loadCommandTable as a, loadCommand as l };
