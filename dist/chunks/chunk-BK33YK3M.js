import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// src/pipeline/registry.ts
var LOADERS = {
  check: async () => (await import("./check-YYT7WII4.js")).check,
  setup: async () => (await import("./toolchain-AU7J6PTR.js")).setupCommand,
  doctor: async () => (await import("./toolchain-AU7J6PTR.js")).doctorCommand,
  emulation: async () => (await import("./emulation-BBBAMHRI.js")).emulationCommand,
  plan: async () => (await import("./matrix-PTZ6DQNI.js")).planCommand,
  build: async () => (await import("./matrix-PTZ6DQNI.js")).buildCommand,
  policy: async () => (await import("./policy-YAVFRMB5.js")).policyCommand,
  audit: async () => (await import("./not-yet-UO7B2D7O.js")).notYet("audit", "baseline", "Diff the default branch against the committed baseline (nightly)"),
  "baseline-update": async () => (await import("./not-yet-UO7B2D7O.js")).notYet("baseline-update", "baseline", "Write the baseline snapshot from the current state"),
  canary: async () => (await import("./canary-OSVKYIGY.js")).canaryCommand,
  rego: async () => (await import("./rego-IH75GI5O.js")).regoCommand,
  parse: async () => (await import("./parse-UKSRNTW7.js")).parseCommand,
  locks: async () => (await import("./locks-FF6VQ4DN.js")).locksCommand
};
var loadCommand = (name) => Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(void 0);
var loadCommandTable = () => Promise.all(Object.values(LOADERS).map((load) => load()));

export {
  loadCommand,
  loadCommandTable
};
