// The one validated Config object every command receives. Nothing below config/ reads inputs or flags.
import type { Where } from '../errors.ts';
import type { CommandName } from './inputs.ts';
import type { RuntimeFacts } from './runtime.ts';

export type { RuntimeFacts, PullRequestFacts } from './runtime.ts';

export type CacheMode = 'true' | 'false' | 'restore-only';
export type QemuMethod = 'auto' | 'docker' | 'direct' | 'none';

export interface ToolchainConfig {
  goVersions: string[];
  goVersionFile: string;
  checkLatest: boolean;
  downloadBaseUrl: string;
  token: string;
  cache: CacheMode;
  cacheDependencyPath: string[];
  cacheSaveBranches: string[];
}

export interface EmulationConfig {
  platforms: string[];
  method: QemuMethod;
  image: string;
  install: boolean;
}

export interface MatrixConfig {
  targets: string[];
  exclude: string[];
  variants: string[];
  cgo: string[];
  buildPackage: string;
  binaryName: string;
  ldflags: string;
  outDir: string;
  smokeArgs: string[];
  smokeTimeoutSeconds: number;
  reproducible: boolean;
}

export interface CanaryConfigSource {
  /** The canary YAML, parsed (undefined when no canary step is configured). */
  document: unknown;
  /** Where it came from, for error messages: a file path (the canary file, or the config file) or "input canary". */
  source: string;
  /** Where a value of the document is, for messages: its file and the line of its key path (input text has no lines). */
  locate: (path: readonly (string | number)[]) => Where;
  /** The YAML is the step's own canary input (the workflow's), not a file a pull request can change. */
  trusted: boolean;
  failOnHold: boolean;
}

export interface Config {
  command: CommandName;
  /** Absolute path of the Go module directory. */
  workingDirectory: string;
  /** Absolute path of the workspace (GITHUB_WORKSPACE or the CLI's cwd). */
  workspace: string;
  configFile?: string;
  toolchain: ToolchainConfig;
  emulation: EmulationConfig;
  matrix: MatrixConfig;
  canary: CanaryConfigSource;
  /** The runner, its directories, the event and refs (config/runtime.ts). */
  runtime: RuntimeFacts;
}
