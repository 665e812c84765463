// Where the canary YAML came from, and a locator of its values' lines for error messages: the --config file, else what
// the config loader read (the file named by the canary input, the `canary:` key of the repository config file, or the
// input text, which has no lines).
import { existsSync } from 'node:fs';
import { readCanaryFile } from '../config/canary-file.ts';
import type { Config } from '../config/config.ts';
import { UserError } from '../errors.ts';
import { resolveInside } from '../workspace-path.ts';
import type { Locate } from './config.ts';

export interface CanarySource {
  document: unknown;
  /** For messages: a path relative to the workspace, or "input canary". */
  source: string;
  locate: Locate;
  /** YAML written in the step's canary input (the workflow's), not read from a file a pull request can change. */
  trusted: boolean;
}

/** The canary document for this run, or undefined when none is configured. */
export function canarySource(config: Config, flagFile: string | undefined): CanarySource | undefined {
  if (flagFile !== undefined) {
    const path = resolveInside(config.workspace, flagFile, { label: 'canary config file' });
    if (!existsSync(path)) throw new UserError(`canary config file "${flagFile}" does not exist`, { hint: 'give a path relative to the current directory (or --cwd)' });
    return { ...readCanaryFile(path, flagFile), source: flagFile, trusted: false };
  }
  const { document, source, locate, trusted } = config.canary;
  return document === undefined ? undefined : { document, source, locate, trusted };
}
