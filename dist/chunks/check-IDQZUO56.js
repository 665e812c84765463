import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  emulationStep
} from "./chunk-I4IUEGWS.js";
import {
  matrixStep
} from "./chunk-J2RGYN7O.js";
import "./chunk-UPCR3FFO.js";
import {
  canaryStep,
  guardCanaryCredentials
} from "./chunk-ZQMVEOS5.js";
import "./chunk-SY6LEZYK.js";
import {
  toolchainStep
} from "./chunk-GBDU55FA.js";
import "./chunk-OTPMISAR.js";
import "./chunk-6NESDUN7.js";
import "./chunk-IOMGH2NF.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-M4F5CEJX.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-BIFISILY.js";
import "./chunk-77ODOZJM.js";
import "./chunk-7LQLP6SQ.js";

// src/pipeline/steps.ts
var CHECK_STEPS = [
  toolchainStep,
  emulationStep,
  matrixStep,
  canaryStep
];
var NOT_YET = ["policy", "baseline", "report"];

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
        results.push({ step: s.step, status: "skipped", title: `${s.step}: skipped`, reason });
        continue;
      }
      const got = await ctx.host.group(s.step, () => s.run(ctx, results));
      results.push(...got);
      if (got.some((r) => r.status === "failed") && s.step === "toolchain") break;
    }
    for (const step of NOT_YET) {
      results.push({ step, status: "skipped", title: `${step}: skipped`, reason: "not available in this version of go-xenv" });
    }
    return results;
  }
};
export {
  check
};
