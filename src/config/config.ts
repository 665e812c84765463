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

export type CommentMode = 'auto' | 'always' | 'never';

/** Where the report goes besides the job summary. */
export interface ReportConfig {
  comment: CommentMode;
  /** Names the sticky comment; matches the input's pattern (it goes into an HTML comment). */
  commentId: string;
}

export interface BaselineConfig {
  /** Absolute real path of the snapshot file, inside the workspace. */
  file: string;
  /** Globs of the tracked config files, relative to the workspace. */
  configs: string[];
}

/**
 * The policy step's inputs. A field is undefined when neither the step nor the config file set it, so a conftest.toml
 * in the workspace can fill it (inputs > conftest.toml > defaults, as conftest's flags > its file). Paths are checked to
 * lie inside the workspace and kept as given (relative), since results name files that way.
 */
export interface PolicyConfig {
  paths?: string[];
  namespaces?: string[];
  allNamespaces?: boolean;
  data?: string[];
  files: string[];
  exclude: string[];
  scope: 'auto' | 'changed' | 'all';
  combine?: boolean;
  failOnWarn?: boolean;
  noFail?: boolean;
  regoVersion?: 'v0' | 'v1';
  /** Run the repository's `test_` rules too: `auto` when its policy paths hold some. */
  verify: 'auto' | 'true' | 'false';
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
  report: ReportConfig;
  baseline: BaselineConfig;
  policy: PolicyConfig;
  /** The runner, its directories, the event and refs (config/runtime.ts). */
  runtime: RuntimeFacts;
}
