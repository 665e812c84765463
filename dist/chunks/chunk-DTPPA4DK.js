import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  baselineStep
} from "./chunk-MDL3D5U4.js";
import {
  policyStep
} from "./chunk-ZWAPBSHJ.js";
import {
  toolchainStep
} from "./chunk-5OCGC5XU.js";
import {
  emulationStep
} from "./chunk-YH6FSMWU.js";
import {
  matrixStep
} from "./chunk-NVZPDDCL.js";
import {
  skippedStep
} from "./chunk-3XTEDWNP.js";
import {
  canaryStep,
  guardCanaryCredentials
} from "./chunk-QJL4FYXZ.js";

// src/pipeline/steps.ts
var CHECK_STEPS = [
  toolchainStep,
  emulationStep,
  matrixStep,
  policyStep,
  baselineStep,
  canaryStep
];

// src/pipeline/check.ts
var check = {
  name: "check",
  summary: "Run every configured capability in order (toolchain, emulation, matrix, policy, baseline, canary, report)",
  async run(ctx) {
    guardCanaryCredentials(ctx);
    const results = [];
    for (const s of CHECK_STEPS) {
      const reason = s.skipReason(ctx);
      if (reason) {
        results.push(skippedStep(s.step, reason));
        continue;
      }
      const got = await ctx.host.group(s.step, () => s.run(ctx, results));
      results.push(...got);
      if (s.blocksLaterSteps && got.some((r) => r.status === "failed")) break;
    }
    return results;
  }
};

export {
  check
};
