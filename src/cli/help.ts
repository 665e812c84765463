// The CLI's help texts: the command list (from a generated module, so that `go-xenv --help` loads no capability), and
// per command its own flags, the inputs it reads and the global flags.
import { inputDescription, INPUTS, isActionCommand, type InputSpec } from '../config/inputs.ts';
import type { Command } from '../pipeline/types.ts';
import { COMMAND_LIST } from './command-list.ts';

const GLOBAL_HELP = [
  '  --json          machine-readable output on stdout',
  '  --cwd DIR       workspace directory (default: the current directory)',
  '  --config FILE   repository config file (default .github/go-xenv.yml)',
  '  --verbose       debug messages',
];

export function usage(): string {
  const width = Math.max(...COMMAND_LIST.map((c) => c.name.length));
  return [
    'usage: go-xenv <command> [flags]',
    '',
    'commands:',
    ...COMMAND_LIST.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'global flags:',
    ...GLOBAL_HELP,
    '  --help          this text, or a command\'s flags with `go-xenv <command> --help`',
    '',
    'Every action input is also a flag: `go-xenv <command> --help` lists those the command reads.',
    '',
  ].join('\n');
}

/** The inputs a command reads (`check` reads them all; CLI-only commands such as `rego` read none). */
export const inputsOf = (command: string): InputSpec[] =>
  INPUTS.filter((s) => s.name !== 'command' && s.name !== 'config-file' && isActionCommand(command)
    && (command === 'check' || s.commands === 'all' || s.commands.includes(command)));

export function commandHelp(c: Command): string {
  const flags = (c.flags ?? []).map((f) => `  ${f.short ? `-${f.short}, ` : ''}--${f.name}${f.boolean ? '' : ' VALUE'}\n      ${f.description}`);
  const inputs = inputsOf(c.name).map((s) => `  --${s.name}${s.type === 'boolean' ? '' : ' VALUE'}  (default: ${helpDefault(s.default)})\n      ${inputDescription({ ...s, default: '' })}`);
  return [
    `usage: go-xenv ${c.usage ?? `${c.name} [flags]`}`, '', c.summary, '',
    ...(flags.length ? ['flags:', ...flags, ''] : []),
    ...(inputs.length ? ['inputs (action inputs too; all but step-only ones are also keys of the config file):', ...inputs, ''] : []),
    // A command's own --config (canary's file) hides the global one.
    'global flags:', ...GLOBAL_HELP.filter((l) => !(l.startsWith('  --config ') && c.flags?.some((f) => f.name === 'config'))), '',
  ].join('\n');
}

/** Defaults as a terminal user sees them: workflow expressions mean the environment variable there. */
const helpDefault = (d: string) => (d.startsWith('${{') ? '$GITHUB_TOKEN' : d || 'none');

/** The text of command-list.ts for a command table (scripts/gen-meta.ts writes it; a test checks it is current). */
export function commandListTs(commands: readonly { name: string; summary: string }[]): string {
  const rows = commands.map((c) => `  { name: ${JSON.stringify(c.name)}, summary: ${JSON.stringify(c.summary)} },`);
  return ['// Generated from src/pipeline/registry.ts by `npm run build` (scripts/gen-meta.ts); a test checks it is current.',
    'export const COMMAND_LIST: readonly { name: string; summary: string }[] = [', ...rows, '];', ''].join('\n');
}
