// Host for the CLI: prints to the terminal; PATH and env changes apply to this process only (for later steps).
import { delimiter } from 'node:path';
import type { Where } from './errors.ts';
import type { Host } from './host.ts';

export interface TerminalHostOptions {
  env?: NodeJS.ProcessEnv;
  /** Where messages go (stderr by default, so that stdout stays clean for --json). */
  write?: (line: string) => void;
  verbose?: boolean;
}

export function terminalHost(opts: TerminalHostOptions = {}): Host & { outputs: Record<string, string> } {
  const env = opts.env ?? process.env;
  const write = opts.write ?? ((l: string) => process.stderr.write(`${l}\n`));
  const at = (w?: Where) => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}${w.col ? `:${w.col}` : ''}: ` : '');
  const state = new Map<string, string>();
  const outputs: Record<string, string> = {};
  return {
    kind: 'terminal',
    env,
    outputs,
    info: (m) => write(m),
    debug: (m) => { if (opts.verbose) write(`debug: ${m}`); },
    warning: (m, w) => write(`warning: ${at(w)}${m}`),
    error: (m, w) => write(`error: ${at(w)}${m}`),
    setOutput: (n, v) => { outputs[n] = v; },
    exportVariable: (n, v) => { env[n] = v; },
    addPath: (d) => { env.PATH = `${d}${delimiter}${env.PATH ?? ''}`; },
    saveState: (n, v) => { state.set(n, v); },
    getState: (n) => state.get(n) ?? '',
    // A terminal has no log masking; the value is simply never printed.
    setSecret: () => {},
    group: async (_name, fn) => fn(),
  };
}
