// Every command, in one table. `check` runs the capability steps in order; each capability adds its command here.
import type { Command } from './types.ts';
import { check } from './check.ts';
import { doctorCommand, setupCommand } from './toolchain.ts';
import { notYet } from './not-yet.ts';
import { canaryCommand } from './canary.ts';
import { emulationCommand } from './emulation.ts';
import { buildCommand, planCommand } from './matrix.ts';
import { regoCommand } from './rego.ts';
import { parseCommand } from './parse.ts';
import { locksCommand } from './locks.ts';
import { policyCommand } from './policy.ts';

export const COMMAND_TABLE: Command[] = [
  check,
  setupCommand,
  doctorCommand,
  emulationCommand,
  planCommand,
  buildCommand,
  policyCommand,
  notYet('audit', 'baseline', 'Diff the default branch against the committed baseline (nightly)'),
  notYet('baseline-update', 'baseline', 'Write the baseline snapshot from the current state'),
  canaryCommand,
  regoCommand,
  parseCommand,
  locksCommand,
];

export const findCommand = (name: string) => COMMAND_TABLE.find((c) => c.name === name);
