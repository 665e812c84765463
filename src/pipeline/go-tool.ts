// Wiring: the toolchain step's result as the GoTool the emulation and matrix capabilities take.
import type { GoTool } from '../go-tool.ts';
import type { ToolchainData } from '../toolchain/types.ts';
import type { StepResult } from './types.ts';

/** The go binary installed by the toolchain step when it ran, else `go` on PATH (standalone commands, tests). */
export function goFromResults(earlier: StepResult[], baseEnv: NodeJS.ProcessEnv): GoTool {
  const data = earlier.find((r) => r.step === 'toolchain' && r.status === 'ok')?.data as ToolchainData | undefined;
  if (!data) return { go: 'go', env: baseEnv };
  return { go: data.goBin, env: { ...baseEnv, ...data.env } };
}
