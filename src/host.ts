// The edge between the pipeline and where it runs: GitHub Actions (core.*) or a terminal (the CLI).
// Capabilities receive a Host instead of importing @actions/core, so tests and the CLI can replace it.
import type { Where } from './errors.ts';

export interface Host {
  readonly kind: 'actions' | 'terminal';
  readonly env: NodeJS.ProcessEnv;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, where?: Where): void;
  error(message: string, where?: Where): void;
  setOutput(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  addPath(dir: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  /** Masks a credential's value in every later log line (core.setSecret). */
  setSecret(value: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
