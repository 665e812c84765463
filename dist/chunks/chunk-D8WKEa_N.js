import { createRequire } from 'node:module';
import { c as baselineStep } from './chunk-BsWkxYVC.js';
import { b as policyStep } from './chunk-CDXSnQZi.js';
import { t as toolchainStep } from './chunk-DTgOEYbw.js';
import { a as emulationStep } from './chunk-B9aDIL6U.js';
import { m as matrixStep } from './chunk-BHdAqz4K.js';
import { s as skippedStep } from './chunk-tQh32aOw.js';
import { a as canaryStep, g as guardCanaryCredentials } from './chunk-3--QmnEn.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

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

export { check as c };
