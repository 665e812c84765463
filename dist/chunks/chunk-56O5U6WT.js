import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import("./check-IDQZUO56.js")).check,
  setup: async () => (await import("./toolchain-DZUQIBNY.js")).setupCommand,
  doctor: async () => (await import("./toolchain-DZUQIBNY.js")).doctorCommand,
  emulation: async () => (await import("./emulation-AXYSVRJ2.js")).emulationCommand,
  plan: async () => (await import("./matrix-BPHL3P7L.js")).planCommand,
  build: async () => (await import("./matrix-BPHL3P7L.js")).buildCommand,
  policy: async () => (await import("./policy-M2VV4JXS.js")).policyCommand,
  audit: async () => (await import("./not-yet-UO7B2D7O.js")).notYet("audit", "baseline", "Diff the default branch against the committed baseline (nightly)"),
  "baseline-update": async () => (await import("./not-yet-UO7B2D7O.js")).notYet("baseline-update", "baseline", "Write the baseline snapshot from the current state"),
  canary: async () => (await import("./canary-AJ2HMVVN.js")).canaryCommand,
  rego: async () => (await import("./rego-3PFRDTCI.js")).regoCommand,
  parse: async () => (await import("./parse-RXDYJJR3.js")).parseCommand,
  locks: async () => (await import("./locks-DDKMRXPN.js")).locksCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export {
  loadCommand,
  loadCommandTable
};
