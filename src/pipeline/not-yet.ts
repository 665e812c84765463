// Commands of the design whose capability this version does not have yet: they run, and say so as a skipped step.
import type { Command } from './types.ts';

export const notYet = (name: string, step: string, summary: string): Command => ({
  name,
  summary: `${summary} (not available in this version)`,
  async run() {
    return [{ step, status: 'skipped', title: `${step}: skipped`, reason: 'not available in this version of go-xenv' }];
  },
});
