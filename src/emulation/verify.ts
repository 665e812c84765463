// Verification by execution: a tiny Go program built for the platform and run the way any foreign binary would be
// (exec through the kernel, so binfmt_misc decides). Success means we saw the program print its own GOARCH.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GoTool } from '../go-tool.ts';
import type { QemuPlatform } from './platforms.ts';
import type { CommandRunner } from '../process.ts';

const PROBE = 'package main\n\nimport "runtime"\n\nfunc main() { println("go-xenv-probe", runtime.GOOS, runtime.GOARCH) }\n';

export interface Verification {
  platform: string;
  verified: boolean;
  /** What we saw: the probe's output, or why it did not run. */
  detail: string;
}

/** Builds the probe for each platform in a new directory under tempDir and returns the binaries by platform name. */
export async function buildProbes(platforms: QemuPlatform[], go: GoTool, run: CommandRunner, tempDir: string): Promise<Map<string, string>> {
  const work = await mkdtemp(join(tempDir, 'go-xenv-probe-'));
  await writeFile(join(work, 'go.mod'), 'module probe\n\ngo 1.21\n');
  await writeFile(join(work, 'main.go'), PROBE);
  const out = new Map<string, string>();
  for (const p of platforms) {
    const bin = join(work, `probe-${p.name}`);
    const r = await run(go.go, ['build', '-trimpath', '-o', bin, '.'], {
      cwd: work, timeoutMs: 300_000, env: { ...go.env, GOOS: 'linux', GOARCH: p.goarch, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
    });
    if (r.code !== 0) throw new Error(`building the ${p.name} probe failed: ${r.stderr || r.spawnError}`);
    out.set(p.name, bin);
  }
  return out;
}

/** Runs one probe binary directly; verified only when it printed its own platform. */
export async function verifyProbe(p: QemuPlatform, binary: string, run: CommandRunner, env: NodeJS.ProcessEnv): Promise<Verification> {
  const r = await run(binary, [], { timeoutMs: 30_000, env });
  const said = `${r.stdout}${r.stderr}`.trim();
  const expected = `go-xenv-probe linux ${p.goarch}`;
  if (r.code === 0 && said.includes(expected)) return { platform: p.name, verified: true, detail: said };
  // execvp retries a file the kernel refused (ENOEXEC) with /bin/sh, whose complaint starts with the file's path.
  const shFallback = r.code !== 0 && said.startsWith(`${binary}:`);
  const why = r.spawnError ?? (r.timedOut ? 'timed out'
    : shFallback ? 'exec format error (no binfmt_misc handler took it)'
      : `exit ${r.code ?? r.signal}${said ? `: ${said.split('\n')[0]}` : ''}`);
  return { platform: p.name, verified: false, detail: `the ${p.name} probe did not run: ${why}` };
}

export async function removeProbes(bins: Map<string, string>): Promise<void> {
  const dirs = new Set([...bins.values()].map((b) => join(b, '..')));
  await Promise.all([...dirs].map((d) => rm(d, { recursive: true, force: true })));
}
