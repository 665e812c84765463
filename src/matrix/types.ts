// The matrix's plain data: the toolchain's port list, planned targets, binary facts and what a build produced.
import type { Where } from '../errors.ts';
import type { BinaryInfo } from './inspect/index.ts';

/** One entry of `go tool dist list -json [-broken]`. */
export interface DistEntry {
  GOOS: string;
  GOARCH: string;
  CgoSupported: boolean;
  FirstClass: boolean;
  Broken?: boolean;
}

export interface Variant {
  /** GOARM, GOAMD64, GOARM64 or GO386. */
  env: string;
  value: string;
}

export interface Target {
  goos: string;
  goarch: string;
  variant?: Variant;
  cgo: boolean;
  firstClass: boolean;
  /** `linux/arm` or `linux/arm GOARM=7`: for messages and the manifest. */
  id: string;
}

export interface SmokeRun {
  via: 'native' | 'binfmt' | 'qemu' | 'none';
  command: string[];
  exitCode: number | null;
  timedOut: boolean;
  output: string;
  durationMs: number;
  ok: boolean;
  reason?: string;
}

export interface BuiltBinary {
  target: Target;
  file: string;
  /** Path relative to the out dir. */
  name: string;
  size: number;
  sha256: string;
  info: BinaryInfo;
  /** Problems found by checking the header against the target; empty when it matches. */
  problems: string[];
  buildMs: number;
  smoke?: SmokeRun;
}

export interface TargetFailure {
  target: Target;
  stage: 'build' | 'inspect' | 'smoke' | 'reproducible';
  message: string;
  /** The compiler's file:line:col for a build failure. */
  where?: Where;
}

export interface Manifest {
  schema: 1;
  module: string;
  goVersion: string;
  version: string;
  commit: string;
  commitDate: string;
  ldflags: string;
  binaries: {
    target: string;
    goos: string;
    goarch: string;
    variant?: Variant;
    cgo: boolean;
    file: string;
    size: number;
    sha256: string;
    format: string;
    checks: { ok: boolean; problems: string[] };
    header: BinaryInfo;
    smoke?: SmokeRun;
  }[];
  failures: { target: string; stage: string; message: string }[];
  reproducible?: { checked: boolean; differing: string[] };
}

/** How to execute a binary of one GOARCH on this host: a command prefix (empty: run it itself) and extra env. */
export type ExecPlan = { via: 'native' | 'binfmt' | 'qemu'; prefix: string[]; env: Record<string, string> } | { reason: string };

/** Given by the pipeline (from the emulation capability): how to run `goarch` binaries, with a cgo sysroot or not. */
export type ExecPlanner = (goarch: string, sysroot?: string) => ExecPlan;
