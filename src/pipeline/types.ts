// What a command is and what it is given. What it returns, StepResult, is the result model of core/result.ts.
import type { Config } from '../config/config.ts';
import type { StepResult } from '../core/result.ts';
import type { Host } from '../host.ts';

export type { StepResult, StepStatus } from '../core/result.ts';

export interface CommandContext {
  config: Config;
  host: Host;
  /** Positional arguments after the command (CLI only), e.g. `rego eval <query>`. */
  args: string[];
  /** Extra flags the command declared, as given on the command line. */
  flags: Record<string, string | boolean>;
}

/** What a command that needs neither the config file nor a host gets: the workspace and its own arguments. */
export interface StandaloneContext {
  workspace: string;
  args: string[];
  flags: Record<string, string | boolean>;
}

export interface Command {
  name: string;
  summary: string;
  /** Usage line shown by `go-xenv <command> --help`. */
  usage?: string;
  /** Flags beyond the inputs table that this command accepts (CLI only). */
  flags?: {
    name: string;
    description: string;
    boolean?: boolean;
    /** A one-letter alias (`-d`), as the tool it mirrors has. */ short?: string;
    /** Given again, the values add up (comma-joined), as conftest's `-p a -p b`. */ repeatable?: boolean;
  }[];
  run(ctx: CommandContext): Promise<StepResult[]>;
  /** The CLI runs this instead of `run`, without loading the config, the host or the report (a shell loop's start-up). */
  standalone?(ctx: StandaloneContext): Promise<StepResult[]>;
  /** The document `--json` prints, when the command's output is meant for another tool (default: every step). */
  json?(results: StepResult[]): unknown;
  /** The `--json` text itself, for a document nested deeper than JSON.stringify can write (takes precedence). */
  jsonText?(results: StepResult[]): string;
  /** The terminal text carries the findings, as the tool the command mirrors prints them: none go to stderr. */
  findingsInText?: boolean;
  /** The terminal text, when the command's output is a document rather than a report of steps. */
  text?(results: StepResult[]): string;
}
