// Every command, in one table. `check` runs the capability steps in order; each capability adds its command here.
// A command's code loads only when it runs: starting one command (the action's, or a CLI's) does not parse the others.
import type { Command } from './types.ts';

const LOADERS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.ts')).check,
  setup: async () => (await import('./toolchain.ts')).setupCommand,
  doctor: async () => (await import('./toolchain.ts')).doctorCommand,
  emulation: async () => (await import('./emulation.ts')).emulationCommand,
  plan: async () => (await import('./matrix.ts')).planCommand,
  build: async () => (await import('./matrix.ts')).buildCommand,
  policy: async () => (await import('./policy.ts')).policyCommand,
  audit: async () => (await import('./audit.ts')).auditCommand,
  'baseline-update': async () => (await import('./baseline.ts')).baselineUpdateCommand,
  baseline: async () => (await import('./baseline.ts')).baselineCommand,
  canary: async () => (await import('./canary.ts')).canaryCommand,
  rego: async () => (await import('./rego.ts')).regoCommand,
  parse: async () => (await import('./parse.ts')).parseCommand,
  locks: async () => (await import('./locks.ts')).locksCommand,
  report: async () => (await import('./report.ts')).reportCommand,
};

/** The command of that name with its code loaded, or undefined for a name that is no command. */
export const loadCommand = (name: string): Promise<Command | undefined> => (Object.hasOwn(LOADERS, name) ? LOADERS[name]() : Promise.resolve(undefined));

/** Every command, loaded (for the generated command list and its test). */
export const loadCommandTable = (): Promise<Command[]> => Promise.all(Object.values(LOADERS).map((load) => load()));
