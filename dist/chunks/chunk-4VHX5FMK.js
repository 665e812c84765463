import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import("./check-R3NACGHR.js")).check,
  setup: async () => (await import("./toolchain-36JYNKGS.js")).setupCommand,
  doctor: async () => (await import("./toolchain-36JYNKGS.js")).doctorCommand,
  emulation: async () => (await import("./emulation-2W4OLFFR.js")).emulationCommand,
  plan: async () => (await import("./matrix-YNNDJZTU.js")).planCommand,
  build: async () => (await import("./matrix-YNNDJZTU.js")).buildCommand,
  policy: async () => (await import("./policy-HS6PLXLN.js")).policyCommand,
  audit: async () => (await import("./audit-25SBQAUF.js")).auditCommand,
  "baseline-update": async () => (await import("./baseline-MYMX3G6V.js")).baselineUpdateCommand,
  baseline: async () => (await import("./baseline-MYMX3G6V.js")).baselineCommand,
  canary: async () => (await import("./canary-DFSC3BAF.js")).canaryCommand,
  rego: async () => (await import("./rego-LKVZ2ISL.js")).regoCommand,
  parse: async () => (await import("./parse-OEYO3VHD.js")).parseCommand,
  locks: async () => (await import("./locks-G45M62TI.js")).locksCommand,
  report: async () => (await import("./report-72X77IVR.js")).reportCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export {
  loadCommand,
  loadCommandTable
};
