// The Go toolchain as plain parameters: the binary and the environment to run it with. In `check` it comes from the
// toolchain step's result; standalone commands and tests use `go` from PATH.
import type { StepResult } from '../pipeline/types.ts';

export interface GoTool {
  /** Path of the go binary (or "go" to use PATH). */
  go: string;
  /** Environment for every go invocation (PATH, GOROOT, GOCACHE, ...). */
  env: NodeJS.ProcessEnv;
}

/** The go binary from the toolchain step's data when there is one, else `go` on PATH. */
export function goFromResults(earlier: StepResult[], baseEnv: NodeJS.ProcessEnv): GoTool {
  const data = earlier.find((r) => r.step === 'toolchain' && r.status === 'ok')?.data as Record<string, unknown> | undefined;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const go = str(data?.goBin) ?? str(data?.go) ?? (str(data?.goroot) ? `${data!.goroot}/bin/go` : undefined);
  const extra = data?.env && typeof data.env === 'object' ? (data.env as Record<string, string>) : {};
  return { go: go ?? 'go', env: { ...baseEnv, ...extra } };
}
