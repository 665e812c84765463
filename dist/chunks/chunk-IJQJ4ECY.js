import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  baselineStep
} from "./chunk-Y2CIGJR4.js";
import {
  policyStep
} from "./chunk-KDWCMRVE.js";
import {
  toolchainStep
} from "./chunk-2MMTBS6I.js";
import {
  emulationStep
} from "./chunk-TREZRVFJ.js";
import {
  matrixStep
} from "./chunk-VGU33FST.js";
import {
  skippedStep
} from "./chunk-2JQPZKBK.js";
import {
  canaryStep,
  guardCanaryCredentials
} from "./chunk-SJZJWOGW.js";

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
