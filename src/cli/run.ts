// The CLI's edge: parse flags, load the config, run the command, print the report, choose the exit code.
// What only running a command needs (the config loader, the report, the host) loads then, so `--help` starts fast; a
// standalone command (`rego eval`) runs without them.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isActionCommand } from '../config/inputs.ts';
import { describeError, isUserError, UserError } from '../errors.ts';
import type { StepResult } from '../core/result.ts';
import type { Command } from '../pipeline/types.ts';
import { commandWord, parseArgs, type ParsedArgs } from './args.ts';
import { writeAllSync } from './fd-write.ts';
import { commandHelp, usage } from './help.ts';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const defaultIo = (): CliIo => ({
  stdout: (s) => writeAllSync(1, s),
  stderr: (s) => writeAllSync(2, s),
  env: process.env,
  cwd: process.cwd(),
});

/** Exit codes: 0 ok, 1 a step failed, 3 a usage or configuration error (commands may choose others). */
export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    // The command table loads every capability: only a command (some word on the line) needs it, `--help` does not.
    // Only the named command's code loads: the flags before the command word are global ones or inputs.
    const word = commandWord(argv);
    const named = word === undefined ? undefined : await (await import('../pipeline/registry.ts')).loadCommand(word);
    const findCommand = (name: string): Command | undefined => (name === word ? named : undefined);
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
      io.stdout(commandHelp(command));
      return 0;
    }
    const workspace = resolve(io.cwd, args.cwd ?? '.');
    if (args.cwd !== undefined && (!existsSync(workspace) || !statSync(workspace).isDirectory())) {
      throw new UserError(`--cwd ${JSON.stringify(args.cwd)}: no such directory (${workspace})`, { hint: 'give the workspace directory to work in' });
    }
    const results = command.standalone
      ? await command.standalone({ workspace: realpathSync(workspace), args: args.positional, flags: args.flags })
      : await runWithConfig(command, args, workspace, io);
    // The findings go where the terminal's warnings go (stderr), every one: a terminal has no annotation cap. A command
    // that mirrors another tool (conftest) carries them in its own output, and its stderr stays as that tool's.
    const findings = command.findingsInText ? [] : results.flatMap((r) => r.findings);
    if (findings.length) {
      const { terminalLine } = await import('../report/annotations.ts');
      for (const f of findings) io.stderr(`${terminalLine(f)}\n`);
    }
    const text = command.text ?? (await import('../report/render.ts')).renderText;
    io.stdout(args.json ? `${command.jsonText ? command.jsonText(results) : JSON.stringify(command.json ? command.json(results) : toJson(command.name, results), null, 2)}\n` : `${text(results)}\n`);
    return exitCode(results);
  } catch (e) {
    io.stderr(`go-xenv: ${isUserError(e) ? e.format() : describeError(e)}\n`);
    return 3;
  }
}

/** A command's run with the config (the file, the inputs given as flags) and a terminal host. */
async function runWithConfig(command: Command, args: ParsedArgs, workspace: string, io: CliIo): Promise<StepResult[]> {
  const given: Record<string, string> = { ...args.given, ...(isActionCommand(command.name) ? { command: command.name } : {}) };
  if (!given['working-directory'] && workspace === resolve(io.cwd) && !args.cwd) given['working-directory'] = defaultTarget(workspace);
  const [{ loadConfig }, { terminalHost }] = await Promise.all([import('../config/load.ts'), import('../terminal-host.ts')]);
  const config = loadConfig({ given, workspace, env: io.env, cli: true });
  const host = terminalHost({ env: io.env, write: (l) => io.stderr(`${l}\n`), verbose: args.verbose });
  return command.run({ config, host, args: args.positional, flags: args.flags });
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

export function toJson(command: string, results: StepResult[]) {
  return {
    command,
    ok: !results.some((r) => r.status === 'failed'),
    // Findings only where there are some: the document of a run without problems is as it was before they existed.
    steps: results.map(({ findings, ...rest }) => (findings.length ? { ...rest, findings } : rest)),
  };
}
