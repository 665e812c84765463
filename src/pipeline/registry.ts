// Every command, in one table. `check` runs the capability steps in order; each capability adds its command here.
import type { Command } from './types.ts';
import { check } from './check.ts';

export const COMMAND_TABLE: Command[] = [
  check,
];

export const findCommand = (name: string) => COMMAND_TABLE.find((c) => c.name === name);
