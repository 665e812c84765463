import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import("./check-GHPCKNZV.js")).check,
  setup: async () => (await import("./toolchain-UZTZKJXA.js")).setupCommand,
  doctor: async () => (await import("./toolchain-UZTZKJXA.js")).doctorCommand,
  emulation: async () => (await import("./emulation-5SAQF2M4.js")).emulationCommand,
  plan: async () => (await import("./matrix-SQX6RJBS.js")).planCommand,
  build: async () => (await import("./matrix-SQX6RJBS.js")).buildCommand,
  policy: async () => (await import("./policy-CRZ6WG7N.js")).policyCommand,
  audit: async () => (await import("./audit-IJJ4RPDI.js")).auditCommand,
  "baseline-update": async () => (await import("./baseline-GX2UJEXA.js")).baselineUpdateCommand,
  baseline: async () => (await import("./baseline-GX2UJEXA.js")).baselineCommand,
  canary: async () => (await import("./canary-FUDVSRPU.js")).canaryCommand,
  rego: async () => (await import("./rego-UCBUWZLC.js")).regoCommand,
  parse: async () => (await import("./parse-V3UTVRON.js")).parseCommand,
  locks: async () => (await import("./locks-7RPMKHGL.js")).locksCommand,
  report: async () => (await import("./report-RILDWE47.js")).reportCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export {
  loadCommand,
  loadCommandTable
};
