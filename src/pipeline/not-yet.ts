// Commands of the design whose capability this version does not have yet: they run, and say so as a skipped step.
import { skippedStep, type StepName } from '../core/result.ts';
import type { Command } from './types.ts';

export const notYet = (name: string, step: StepName, summary: string): Command => ({
  name,
  summary: `${summary} (not available in this version)`,
  async run() {
    return [skippedStep(step, 'not available in this version of go-xenv')];
  },
});
