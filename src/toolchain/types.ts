// The toolchain capability's data. `ToolchainData` is what the `toolchain` step puts in StepResult.data; other
// capabilities (matrix, emulation) read it with `earlier.find((r) => r.step === 'toolchain')?.data`. Keep it stable.

/** One file of a release in go.dev's list (`<base>/?mode=json&include=all`). */
export interface ReleaseFile {
  filename: string;
  os: string;
  arch: string;
  version: string;
  sha256: string;
  size: number;
  kind: 'archive' | 'installer' | 'source' | string;
}

/** One release in go.dev's list; the list is roughly newest first but not sorted. */
export interface Release {
  version: string;
  stable: boolean;
  files: ReleaseFile[];
}

/** A Go toolchain ready to run. */
export interface InstalledToolchain {
  /** The Go version without the `go` prefix, as Go spells it: 1.26.8, 1.27rc1. */
  version: string;
  /** GOROOT of this toolchain. */
  goroot: string;
  /** Absolute path of its `go` binary. */
  goBin: string;
  /** Environment to run `goBin` with (on top of the process env): PATH with goroot/bin first, GOTOOLCHAIN=local. */
  env: Record<string, string>;
  /** Where it came from: the tool cache, a fresh verified download, or the `go` already on PATH (CLI only). */
  source: 'tool-cache' | 'download' | 'path';
}

/** The `toolchain` step's StepResult.data: the default toolchain (last requested, first on PATH) plus every one. */
export interface ToolchainData extends InstalledToolchain {
  all: InstalledToolchain[];
  /** true when the module/build cache was restored from an exact key match. */
  cacheHit: boolean;
}

/** What a user asked for, parsed: see version-spec.ts. */
export type VersionSpec =
  | { kind: 'exact'; raw: string; semver: string }
  | { kind: 'minor'; raw: string; line: string }
  | { kind: 'range'; raw: string; range: string }
  | { kind: 'stable' | 'oldstable'; raw: string };
