import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import("./check-LXOC33MI.js")).check,
  setup: async () => (await import("./toolchain-QG5AXS3H.js")).setupCommand,
  doctor: async () => (await import("./toolchain-QG5AXS3H.js")).doctorCommand,
  emulation: async () => (await import("./emulation-2NM6QR6A.js")).emulationCommand,
  plan: async () => (await import("./matrix-DFH5SI2L.js")).planCommand,
  build: async () => (await import("./matrix-DFH5SI2L.js")).buildCommand,
  policy: async () => (await import("./policy-7SHEY6GL.js")).policyCommand,
  audit: async () => (await import("./audit-TXTTE4OD.js")).auditCommand,
  "baseline-update": async () => (await import("./baseline-YXKAVUDO.js")).baselineUpdateCommand,
  baseline: async () => (await import("./baseline-YXKAVUDO.js")).baselineCommand,
  canary: async () => (await import("./canary-FMNTOONK.js")).canaryCommand,
  rego: async () => (await import("./rego-AMCOVBI7.js")).regoCommand,
  parse: async () => (await import("./parse-DUIEPJOD.js")).parseCommand,
  locks: async () => (await import("./locks-AOTZWGDZ.js")).locksCommand,
  report: async () => (await import("./report-E6YX6CSE.js")).reportCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export {
  loadCommand,
  loadCommandTable
};
