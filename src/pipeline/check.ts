// `check`: the required PR check. Runs every configured capability in order and says what it skipped and why.
import { skippedStep } from '../core/result.ts';
import { guardCanaryCredentials } from './canary.ts';
import { CHECK_STEPS } from './steps.ts';
import type { Command, StepResult } from './types.ts';

export const check: Command = {
  name: 'check',
  summary: 'Run every configured capability in order (toolchain, emulation, matrix, policy, baseline, canary, report)',
  async run(ctx) {
    guardCanaryCredentials(ctx);
    const results: StepResult[] = [];
    for (const s of CHECK_STEPS) {
      const reason = s.skipReason(ctx);
      if (reason) {
        results.push(skippedStep(s.step, reason));
        continue;
      }
      const got = await ctx.host.group(s.step, () => s.run(ctx, results));
      results.push(...got);
      if (s.blocksLaterSteps && got.some((r) => r.status === 'failed')) break;
    }
    return results;
  },
};
