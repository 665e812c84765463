// What a command returns: one StepResult per capability it ran (or skipped), each with the capability's typed result
// and its findings. Rendering (terminal, job summary, PR comment, annotations), outputs and the exit status are
// decided from these values in report/ and at the edges, never inside the capabilities.
import type { AuditResult, BaselineDiff, BaselineSource, Snapshot } from '../baseline/index.ts';
import type { CanaryResult, CompareJudge, ThresholdJudge } from '../canary/types.ts';
import type { HostFinding } from '../emulation/host-checks.ts';
import type { HostFacts } from '../emulation/host-facts.ts';
import type { EmulationReport } from '../emulation/types.ts';
import type { RevisionLockDiff } from '../locks/index.ts';
import type { MatrixEntry } from '../matrix/plan-config.ts';
import type { Manifest } from '../matrix/types.ts';
import type { MatrixTimings } from '../matrix/run-matrix.ts';
import type { PolicyResult, VerifyResult } from '../policy/index.ts';
import type { DoctorFacts, Finding as DoctorFinding } from '../toolchain/doctor.ts';
import type { ToolchainData } from '../toolchain/types.ts';
import type { Finding } from './finding.ts';

export type StepStatus = 'ok' | 'failed' | 'skipped';

/** The host checks that doctor and `emulation status` share: what was read and what it means. */
export interface HostCheckResult {
  facts: HostFacts;
  findings: HostFinding[];
}

/** The Go environment as the doctor judged it. */
export interface DoctorReport {
  facts: DoctorFacts;
  findings: DoctorFinding[];
}

/** `setup` and the toolchain step: the toolchains (as later steps read them), what was done, and the doctor's view. */
export interface ToolchainStepData extends ToolchainData {
  notes: string[];
  doctor: DoctorReport;
}

export interface DoctorStepData extends DoctorReport {
  host: HostFacts;
}

/** The binfmt_misc table; `emulation status` adds the host checks. */
export type EmulationStepData = EmulationReport & Partial<{ host: HostFacts; findings: HostFinding[] }>;

/** `plan`: the strategy.matrix document. */
export interface MatrixPlanData {
  include: MatrixEntry[];
}

/** `build` and the matrix step: what was built and checked, as manifest.json records it. */
export interface MatrixBuildData {
  outDir: string;
  manifest: string;
  sums: string;
  binaries: Manifest['binaries'];
  failures: Manifest['failures'];
  reproducible: Manifest['reproducible'];
  timings: MatrixTimings;
}

/** The canary's judgement, with each metric's judge as configured (its bounds, or its confidence and tolerance). */
export interface CanaryStepData extends CanaryResult {
  judges?: { metric: string; judge: ThresholdJudge | CompareJudge }[];
}

export interface PolicyStepData {
  result: PolicyResult;
  /** The conftest `--output` format the terminal prints. */
  output: string;
  color: boolean;
  /** The repository's `test_` rules, when the action's policy step ran them (policy-verify). */
  verify?: VerifyResult;
}

/** `policy verify`: the test_ rules' verdicts and the conftest `--output` format the terminal prints. */
export interface PolicyVerifyStepData {
  result: VerifyResult;
  output: string;
  color: boolean;
}

/** `baseline update`: the snapshot written (or found unchanged); `baseline diff` and the check step: the diff. */
export type BaselineStepData = { file: string; written: boolean; snapshot: Snapshot } | { base: BaselineSource; diff: BaselineDiff };

export const isBaselineDiff = (d: BaselineStepData): d is Extract<BaselineStepData, { diff: BaselineDiff }> => 'diff' in d;

/** The nightly audit: its result, the baseline it compared with, the OpenMetrics file, and what the audit issue needs. */
export interface AuditStepData {
  audit: AuditResult;
  source: BaselineSource;
  metricsFile: string;
  /** Open or update the audit issue with `body` when not clean, close it when clean. */
  issue: { clean: boolean; title: string; body: string };
}

/** A parsed document as JSON has it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** `rego eval`: the result set, written as OPA writes it (deeper than JSON.stringify goes). */
export interface RegoStepData {
  resultSetJson: string;
}

/**
 * Each step's typed result, by step name. A capability that gains a step adds its line here (or, from its own
 * module, `declare module '../core/result.ts' { interface StepData { baseline: BaselineDiff } }`).
 */
export interface StepData {
  toolchain: ToolchainStepData;
  doctor: DoctorStepData;
  emulation: EmulationStepData;
  matrix: MatrixPlanData | MatrixBuildData;
  canary: CanaryStepData;
  policy: PolicyStepData;
  locks: RevisionLockDiff;
  parse: JsonValue;
  rego: RegoStepData;
  'policy verify': PolicyVerifyStepData;
  baseline: BaselineStepData;
  audit: AuditStepData;
}

/** Steps that `check` lists but that carry no data in this version (a capability moves its name to StepData). */
export type DatalessStep = 'report';

export type StepName = keyof StepData | DatalessStep;

interface StepCommon {
  status: StepStatus;
  /** One line: what happened. */
  title: string;
  /** Why it was skipped or failed. */
  reason?: string;
  /** Action outputs this step sets. */
  outputs?: Record<string, string>;
  /** Problems in the user's repository or machine, with file and line: annotations, the report, the terminal. */
  findings: Finding[];
  /** A command-specific exit code for the CLI (e.g. canary: 0 promote, 1 rollback, 2 hold). */
  exitCode?: number;
}

export type StepResult =
  { [K in keyof StepData]: StepCommon & { step: K; data?: StepData[K] } }[keyof StepData] | (StepCommon & { step: DatalessStep; data?: undefined });

/** The result of one step, narrowed by its name. */
export type StepResultOf<K extends StepName> = Extract<StepResult, { step: K }>;

/** The first result of that step, typed. */
export const stepOf = <K extends StepName>(results: readonly StepResult[], step: K): StepResultOf<K> | undefined =>
  results.find((r): r is StepResultOf<K> => r.step === step);

export const isMatrixBuild = (d: StepData['matrix']): d is MatrixBuildData => 'manifest' in d;

/** A skipped step and why. */
export const skippedStep = (step: StepName, reason: string, title = `${step}: skipped`): StepResult =>
  ({ step, status: 'skipped', title, reason, findings: [] }) as StepResult;
