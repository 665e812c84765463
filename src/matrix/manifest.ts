// The JSON manifest of what was built (pure): every binary with its target, hash, header facts, checks and smoke run.
import type { BuiltBinary, Manifest, TargetFailure } from './types.ts';

/** The manifest's header fields as they are, with the binaries and failures still in their in-memory form. */
export type ManifestInput = Omit<Manifest, 'schema' | 'binaries' | 'failures'> & { binaries: BuiltBinary[]; failures: TargetFailure[] };

export function buildManifest(m: ManifestInput): Manifest {
  return {
    schema: 1,
    module: m.module,
    goVersion: m.goVersion,
    version: m.version,
    commit: m.commit,
    commitDate: m.commitDate,
    ldflags: m.ldflags,
    binaries: m.binaries.map((b) => ({
      target: b.target.id,
      goos: b.target.goos,
      goarch: b.target.goarch,
      variant: b.target.variant,
      cgo: b.target.cgo,
      file: b.name,
      size: b.size,
      sha256: b.sha256,
      format: b.info.format,
      checks: { ok: b.problems.length === 0, problems: b.problems },
      header: b.info,
      smoke: b.smoke,
    })),
    failures: m.failures.map((f) => ({ target: f.target.id, stage: f.stage, message: f.message })),
    reproducible: m.reproducible,
  };
}
