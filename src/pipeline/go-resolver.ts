// Wiring: the Go the emulation and matrix capabilities run. Every command that runs Go gets the requested toolchain
// (go-version, go-version-file, else the go.mod's go line) installed first by the toolchain capability's `setup`,
// never whatever `go` happens to be on PATH; with nothing requested, setup says so in one message.
import type { GoTool } from '../go-tool.ts';
import { setup, type ToolchainData } from '../toolchain/index.ts';
import type { CommandContext, StepResult } from './types.ts';

export type GoResolver = () => Promise<GoTool>;

const asGoTool = (data: ToolchainData, baseEnv: NodeJS.ProcessEnv): GoTool => ({ go: data.goBin, env: { ...baseEnv, ...data.env } });

/**
 * The toolchain step's go when `check` ran it, else one `setup` on first use (so a command that turns out not to need
 * Go, like `emulation status`, installs nothing). The caches stay with the toolchain step and `setup`.
 */
export function goResolver(ctx: CommandContext, earlier: StepResult[] = []): GoResolver {
  const data = earlier.find((r) => r.step === 'toolchain' && r.status === 'ok')?.data as ToolchainData | undefined;
  if (data) return () => Promise.resolve(asGoTool(data, ctx.host.env));
  let pending: Promise<GoTool> | undefined;
  return () => {
    pending ??= setup(ctx.config, ctx.host, { cache: false }).then((s) => asGoTool(s.data, ctx.host.env));
    return pending;
  };
}
