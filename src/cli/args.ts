// Command-line parsing: every action input is a flag of the same name (--go-version 1.26), plus global flags.
import { UserError } from '../errors.ts';
import { INPUTS } from '../config/inputs.ts';
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

const GLOBAL_BOOLEAN = new Set(['json', 'help', 'verbose']);

/** Short CLI aliases for inputs, where a terminal name reads better than the input name. */
const ALIASES: Record<string, string> = { out: 'out-dir', config: 'config-file' };

export function parseArgs(argv: string[], findCommand: (name: string) => Command | undefined): ParsedArgs {
  const out: ParsedArgs = { given: {}, flags: {}, positional: [], json: false, help: false, verbose: false };
  const inputNames = new Set(INPUTS.map((s) => s.name));
  const booleanInputs = new Set(INPUTS.filter((s) => s.type === 'boolean').map((s) => s.name));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') { out.help = true; continue; }
    if (!a.startsWith('--')) {
      if (out.command === undefined) out.command = a;
      else out.positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const rawName = a.slice(2, eq === -1 ? undefined : eq);
    // A flag the command declares wins over a global alias of the same name (canary's --config is its own file).
    const declared = out.command ? findCommand(out.command)?.flags?.find((f) => f.name === rawName) : undefined;
    const name = declared ? rawName : ALIASES[rawName] ?? rawName;
    const inline = eq === -1 ? undefined : a.slice(eq + 1);
    const cmdFlag = declared ?? (out.command ? findCommand(out.command)?.flags?.find((f) => f.name === name) : undefined);
    const isBool = GLOBAL_BOOLEAN.has(name) || booleanInputs.has(name) || cmdFlag?.boolean;
    let value: string;
    if (inline !== undefined) value = inline;
    else if (isBool) value = 'true';
    else {
      if (i + 1 >= argv.length) throw new UserError(`flag --${rawName} needs a value`, { hint: 'see go-xenv --help' });
      value = argv[++i];
    }
    if (name === 'json' || name === 'help' || name === 'verbose') out[name] = value === 'true';
    else if (name === 'cwd') out.cwd = value;
    else if (cmdFlag) out.flags[name] = cmdFlag.boolean ? value === 'true' : value;
    else if (inputNames.has(name)) out.given[name] = value;
    else throw new UserError(`unknown flag --${rawName}`, { hint: 'see go-xenv --help for the flags' });
  }
  return out;
}
