// The capability steps of `check`, in pipeline order. Each capability adds its step here.
import type { StepName } from '../core/result.ts';
import type { CommandContext, StepResult } from './types.ts';
import { toolchainStep } from './toolchain.ts';
import { canaryStep } from './canary.ts';
import { emulationStep } from './emulation.ts';
import { matrixStep } from './matrix.ts';
import { baselineStep } from './baseline.ts';
import { policyStep } from './policy.ts';

/** A capability step of `check`: it either runs (returning its results) or says why it does not apply. */
export interface CheckStep {
  step: StepName;
  /** A failure of this step stops `check`: the later steps need what it makes. */
  blocksLaterSteps?: boolean;
  /** Why the step does not apply to this config, or undefined when it runs. */
  skipReason(ctx: CommandContext): string | undefined;
  run(ctx: CommandContext, earlier: StepResult[]): Promise<StepResult[]>;
}

export const CHECK_STEPS: CheckStep[] = [
  toolchainStep,
  emulationStep,
  matrixStep,
  policyStep,
  baselineStep,
  canaryStep,
];
