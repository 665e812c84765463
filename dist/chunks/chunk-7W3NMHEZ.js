import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  baselineStep
} from "./chunk-QWRK2Q2G.js";
import {
  policyStep
} from "./chunk-KZLPLUAV.js";
import {
  toolchainStep
} from "./chunk-BGQSQOHF.js";
import {
  emulationStep
} from "./chunk-XWYQSXZL.js";
import {
  matrixStep
} from "./chunk-CIP2AZDJ.js";
import {
  skippedStep
} from "./chunk-2JQPZKBK.js";
import {
  canaryStep,
  guardCanaryCredentials
} from "./chunk-YX6OI5AZ.js";

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
