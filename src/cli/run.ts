// The CLI's edge: parse flags, load the config, run the command, print the report, choose the exit code.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.ts';
import { INPUTS, isActionCommand } from '../config/inputs.ts';
import { describeError, isUserError } from '../errors.ts';
import { COMMAND_TABLE, findCommand } from '../pipeline/registry.ts';
import type { StepResult } from '../pipeline/types.ts';
import { renderText } from '../report/render.ts';
import { terminalHost } from '../terminal-host.ts';
import { parseArgs } from './args.ts';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const defaultIo = (): CliIo => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
});

/** Exit codes: 0 ok, 1 a step failed, 3 a usage or configuration error (commands may choose others). */
export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const args = parseArgs(argv, findCommand);
    if (!args.command || (args.help && !args.command)) {
      io.stdout(usage());
      return args.command || args.help ? 0 : 3;
    }
    const command = findCommand(args.command);
    if (!command) {
      io.stderr(`go-xenv: unknown command "${args.command}"\n\n${usage()}`);
      return 3;
    }
    if (args.help) {
      io.stdout(commandHelp(command.name));
      return 0;
    }
    const workspace = resolve(io.cwd, args.cwd ?? '.');
    const given: Record<string, string> = { ...args.given, ...(isActionCommand(command.name) ? { command: command.name } : {}) };
    if (!given['working-directory'] && workspace === resolve(io.cwd) && !args.cwd) given['working-directory'] = defaultTarget(workspace);
    const config = loadConfig({ given, workspace, env: io.env });
    const host = terminalHost({ env: io.env, write: (l) => io.stderr(`${l}\n`), verbose: args.verbose });
    const results = await command.run({ config, host, args: args.positional, flags: args.flags });
    io.stdout(args.json ? `${command.jsonText ? command.jsonText(results) : JSON.stringify(command.json ? command.json(results) : toJson(command.name, results), null, 2)}\n` : `${command.text ? command.text(results) : renderText(results)}\n`);
    return exitCode(results);
  } catch (e) {
    io.stderr(`go-xenv: ${isUserError(e) ? e.format() : describeError(e)}\n`);
    return 3;
  }
}

/** Run from the action's own repository root (which has no go.mod), the CLI's default target is examples/. */
function defaultTarget(workspace: string): string {
  return existsSync(resolve(workspace, 'examples', 'go.mod')) && !existsSync(resolve(workspace, 'go.mod')) ? 'examples' : '.';
}

function exitCode(results: StepResult[]): number {
  const explicit = results.map((r) => r.exitCode).filter((c): c is number => c !== undefined && c !== 0);
  if (explicit.length) return explicit[0];
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}

function toJson(command: string, results: StepResult[]) {
  return {
    command,
    ok: !results.some((r) => r.status === 'failed'),
    steps: results.map(({ details: _d, ...rest }) => rest),
  };
}

function usage(): string {
  const width = Math.max(...COMMAND_TABLE.map((c) => c.name.length));
  return [
    'usage: go-xenv <command> [flags]',
    '',
    'commands:',
    ...COMMAND_TABLE.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'global flags:',
    '  --json          machine-readable output on stdout',
    '  --cwd DIR       workspace directory (default: the current directory)',
    '  --config FILE   repository config file (default .github/go-xenv.yml)',
    '  --verbose       debug messages',
    '  --help          this text, or a command\'s flags with `go-xenv <command> --help`',
    '',
    'Every action input is also a flag: `go-xenv <command> --help` lists them.',
    '',
  ].join('\n');
}

function commandHelp(name: string): string {
  const c = findCommand(name)!;
  const flags = [
    ...(c.flags ?? []).map((f) => `  --${f.name}${f.boolean ? '' : ' VALUE'}\n      ${f.description}`),
    ...INPUTS.filter((s) => s.name !== 'command').map((s) => `  --${s.name}${s.type === 'boolean' ? '' : ' VALUE'}  (default: ${helpDefault(s.default)})\n      ${s.description}`),
  ];
  return [`usage: go-xenv ${c.usage ?? `${c.name} [flags]`}`, '', c.summary, '', 'flags:', ...flags, ''].join('\n');
}

/** Defaults as a terminal user sees them: workflow expressions mean the environment variable there. */
const helpDefault = (d: string) => (d.startsWith('${{') ? '$GITHUB_TOKEN' : d || 'none');
