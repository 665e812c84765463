import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import("./check-DX33K4J2.js")).check,
  setup: async () => (await import("./toolchain-7J5KCTH3.js")).setupCommand,
  doctor: async () => (await import("./toolchain-7J5KCTH3.js")).doctorCommand,
  emulation: async () => (await import("./emulation-CDUECIO2.js")).emulationCommand,
  plan: async () => (await import("./matrix-RFI5TEIS.js")).planCommand,
  build: async () => (await import("./matrix-RFI5TEIS.js")).buildCommand,
  policy: async () => (await import("./policy-2BHGF4FL.js")).policyCommand,
  audit: async () => (await import("./audit-LBVCN3XC.js")).auditCommand,
  "baseline-update": async () => (await import("./baseline-H3B6JIS4.js")).baselineUpdateCommand,
  baseline: async () => (await import("./baseline-H3B6JIS4.js")).baselineCommand,
  canary: async () => (await import("./canary-GGEONOVG.js")).canaryCommand,
  rego: async () => (await import("./rego-YN7KKCON.js")).regoCommand,
  parse: async () => (await import("./parse-FHXBAE7L.js")).parseCommand,
  locks: async () => (await import("./locks-EVKO3A2U.js")).locksCommand,
  report: async () => (await import("./report-GOL7VGLT.js")).reportCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export {
  loadCommand,
  loadCommandTable
};
