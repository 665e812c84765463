import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import("./check-6HDMA2LM.js")).check,
  setup: async () => (await import("./toolchain-O5OUJVJC.js")).setupCommand,
  doctor: async () => (await import("./toolchain-O5OUJVJC.js")).doctorCommand,
  emulation: async () => (await import("./emulation-CWGNB4WE.js")).emulationCommand,
  plan: async () => (await import("./matrix-D6OHEWKO.js")).planCommand,
  build: async () => (await import("./matrix-D6OHEWKO.js")).buildCommand,
  policy: async () => (await import("./policy-CCBRSRAG.js")).policyCommand,
  audit: async () => (await import("./audit-GNGKJWAO.js")).auditCommand,
  "baseline-update": async () => (await import("./baseline-PQEY4GSO.js")).baselineUpdateCommand,
  baseline: async () => (await import("./baseline-PQEY4GSO.js")).baselineCommand,
  canary: async () => (await import("./canary-FMNTOONK.js")).canaryCommand,
  rego: async () => (await import("./rego-ZGEB7TG5.js")).regoCommand,
  parse: async () => (await import("./parse-MRQAEGM6.js")).parseCommand,
  locks: async () => (await import("./locks-AOTZWGDZ.js")).locksCommand,
  report: async () => (await import("./report-6JA5WUUJ.js")).reportCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export {
  loadCommand,
  loadCommandTable
};
