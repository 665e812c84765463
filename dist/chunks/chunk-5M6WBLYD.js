import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import("./check-6WA476RC.js")).check,
  setup: async () => (await import("./toolchain-OBARXZHD.js")).setupCommand,
  doctor: async () => (await import("./toolchain-OBARXZHD.js")).doctorCommand,
  emulation: async () => (await import("./emulation-7GVJC75Y.js")).emulationCommand,
  plan: async () => (await import("./matrix-LXXIYXOY.js")).planCommand,
  build: async () => (await import("./matrix-LXXIYXOY.js")).buildCommand,
  policy: async () => (await import("./policy-62CKQMP4.js")).policyCommand,
  audit: async () => (await import("./audit-DU6PF7MX.js")).auditCommand,
  "baseline-update": async () => (await import("./baseline-3FIJXVZM.js")).baselineUpdateCommand,
  baseline: async () => (await import("./baseline-3FIJXVZM.js")).baselineCommand,
  canary: async () => (await import("./canary-YGWZWC4Q.js")).canaryCommand,
  rego: async () => (await import("./rego-PGE3VCFT.js")).regoCommand,
  parse: async () => (await import("./parse-OPQHQMUU.js")).parseCommand,
  locks: async () => (await import("./locks-G45M62TI.js")).locksCommand,
  report: async () => (await import("./report-Y5YX552Z.js")).reportCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export {
  loadCommand,
  loadCommandTable
};
