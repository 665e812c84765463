import { createRequire } from 'node:module';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import('./check-Cwy2F5BM.js')).check,
  setup: async () => (await import('./toolchain-CR5iK_YE.js')).setupCommand,
  doctor: async () => (await import('./toolchain-CR5iK_YE.js')).doctorCommand,
  emulation: async () => (await import('./emulation-CNgtZPq_.js')).emulationCommand,
  plan: async () => (await import('./matrix-CR3S8VxK.js')).planCommand,
  build: async () => (await import('./matrix-CR3S8VxK.js')).buildCommand,
  policy: async () => (await import('./policy-DHK6Y8As.js')).policyCommand,
  audit: async () => (await import('./audit-Da7RjZhZ.js')).auditCommand,
  "baseline-update": async () => (await import('./baseline-BB1MunLS.js')).baselineUpdateCommand,
  baseline: async () => (await import('./baseline-BB1MunLS.js')).baselineCommand,
  canary: async () => (await import('./canary-Dl7Nefq4.js')).canaryCommand,
  rego: async () => (await import('./rego-BIP75wai.js')).regoCommand,
  parse: async () => (await import('./parse-CrO2oqxQ.js')).parseCommand,
  locks: async () => (await import('./locks-CSKfBEnM.js')).locksCommand,
  report: async () => (await import('./report-BueIwNbi.js')).reportCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export { loadCommandTable as a, loadCommand as l };
