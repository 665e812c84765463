// Command-line parsing: every action input is a flag of the same name (--go-version 1.26), plus global flags and the
// command's own flags (some with a one-letter alias, like OPA's `-d`).
import { UserError } from '../errors.ts';
import { INPUTS } from '../config/inputs.ts';
import { didYouMean } from '../config/suggest.ts';
import type { Command } from '../pipeline/types.ts';

export interface ParsedArgs {
  command?: string;
  /** Input values given as flags, by input name. */
  given: Record<string, string>;
  /** Command-specific flags. */
  flags: Record<string, string | boolean>;
  positional: string[];
  json: boolean;
  help: boolean;
  verbose: boolean;
  cwd?: string;
}

export const GLOBAL_FLAGS = ['json', 'help', 'verbose', 'cwd'] as const;
const GLOBAL_BOOLEAN = new Set(['json', 'help', 'verbose']);

/** Short CLI aliases for inputs, where a terminal name reads better than the input name. */
const ALIASES: Record<string, string> = { out: 'out-dir', config: 'config-file' };

type FlagSpec = NonNullable<Command['flags']>[number];

/**
 * The command word (the first operand) before any command is loaded: the flags in front of it can only be global ones
 * or inputs, whose arity is known here (parseArgs then reports anything wrong with them).
 */
export function commandWord(argv: string[]): string | undefined {
  const booleanInputs = new Set(INPUTS.filter((s) => s.type === 'boolean').map((s) => s.name));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) return a;
    if (!a.startsWith('--') || a.includes('=')) continue;
    const name = ALIASES[a.slice(2)] ?? a.slice(2);
    if (!GLOBAL_BOOLEAN.has(name) && !booleanInputs.has(name)) i++;
  }
  return undefined;
}

export function parseArgs(argv: string[], findCommand: (name: string) => Command | undefined): ParsedArgs {
  const out: ParsedArgs = { given: {}, flags: {}, positional: [], json: false, help: false, verbose: false };
  const inputNames = new Set(INPUTS.map((s) => s.name));
  const booleanInputs = new Set(INPUTS.filter((s) => s.type === 'boolean').map((s) => s.name));
  const commandFlags = (): FlagSpec[] => (out.command ? findCommand(out.command)?.flags ?? [] : []);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') { out.help = true; continue; }
    const short = /^-([^-])(?:=(.*))?$/.exec(a);
    if (!a.startsWith('--') && !short) {
      if (out.command === undefined) out.command = a;
      else out.positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    let rawName: string;
    let cmdFlag: FlagSpec | undefined;
    let name: string;
    if (short) {
      cmdFlag = commandFlags().find((f) => f.short === short[1]);
      if (!cmdFlag) throw new UserError(`unknown flag ${a.slice(0, 2)}`, { hint: flagHint(out.command) });
      [rawName, name] = [a.slice(1, 2), cmdFlag.name];
    } else {
      rawName = a.slice(2, eq === -1 ? undefined : eq);
      // A flag the command declares wins over a global alias of the same name (canary's --config is its own file).
      const declared = commandFlags().find((f) => f.name === rawName);
      name = declared ? rawName : ALIASES[rawName] ?? rawName;
      cmdFlag = declared ?? commandFlags().find((f) => f.name === name);
    }
    const shown = short ? `-${rawName}` : `--${rawName}`;
    const inline = short ? short[2] : eq === -1 ? undefined : a.slice(eq + 1);
    const isBool = GLOBAL_BOOLEAN.has(name) || booleanInputs.has(name) || cmdFlag?.boolean;
    let value: string;
    if (inline !== undefined) value = inline;
    else if (isBool) value = 'true';
    else {
      if (i + 1 >= argv.length) throw new UserError(`flag ${shown} needs a value`, { hint: flagHint(out.command) });
      value = argv[++i];
    }
    if (name === 'json' || name === 'help' || name === 'verbose') out[name] = value === 'true';
    else if (name === 'cwd') out.cwd = value;
    else if (cmdFlag) out.flags[name] = cmdFlag.boolean ? value === 'true' : cmdFlag.repeatable && typeof out.flags[name] === 'string' ? `${out.flags[name]},${value}` : value;
    else if (inputNames.has(name)) out.given[name] = value;
    else {
      const known = [...GLOBAL_FLAGS, ...Object.keys(ALIASES), ...inputNames, ...commandFlags().map((f) => f.name)];
      const suggestion = didYouMean(rawName, known, (c) => `--${c}`);
      throw new UserError(`unknown flag ${shown}`, { hint: suggestion ? `${suggestion} (${flagHint(out.command)})` : `${flagHint(out.command)} for the flags` });
    }
  }
  return out;
}

const flagHint = (command?: string) => `see go-xenv ${command ? `${command} ` : ''}--help`;
