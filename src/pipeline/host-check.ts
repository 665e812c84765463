// Wiring of the host checks that doctor and `emulation status` share: which directories must execute binaries and
// which cgo compilers the config needs (from the matrix's table), read through the one host facts reader.
import { tmpdir } from 'node:os';
import { hostFindings, type HostFinding } from '../emulation/host-checks.ts';
import { DEFAULT_HOST_ROOT, hostFactsReader, type CompilerFacts, type DirFacts, type HostFacts } from '../emulation/host-facts.ts';
import { crossCompiler } from '../matrix/cgo.ts';
import { plannedTargets } from '../matrix/plan-config.ts';
import { onPath, spawnRunner } from '../process.ts';
import type { CommandContext } from './types.ts';

export const HOST_ROOT_FLAG = {
  name: 'host-root',
  description: `read /proc, /sys and /etc under this directory instead of ${DEFAULT_HOST_ROOT} (a chroot, or a test's fake tree)`,
};

export interface HostCheck {
  facts: HostFacts;
  findings: HostFinding[];
}

export async function hostCheck(ctx: CommandContext, binfmtRoot?: string): Promise<HostCheck> {
  const root = typeof ctx.flags['host-root'] === 'string' ? ctx.flags['host-root'] : DEFAULT_HOST_ROOT;
  const env = ctx.host.env;
  const facts = await hostFactsReader(root, binfmtRoot).read({ dirs: execDirs(ctx), compilers: await cgoCompilers(ctx), env });
  return { facts, findings: hostFindings(facts) };
}

/** out-dir (smoke runs execute there) and the temp directories (the probe, go run and go test execute there). */
function execDirs(ctx: CommandContext): Omit<DirFacts, 'mount'>[] {
  const env = ctx.host.env;
  const dirs: Omit<DirFacts, 'mount'>[] = [{ role: 'out-dir', label: 'out-dir', path: ctx.config.matrix.outDir }];
  dirs.push(env.TMPDIR ? { role: 'temp', label: 'TMPDIR', path: env.TMPDIR } : { role: 'temp', label: 'temp directory', path: tmpdir() });
  if (env.RUNNER_TEMP && env.RUNNER_TEMP !== env.TMPDIR) dirs.push({ role: 'temp', label: 'RUNNER_TEMP', path: env.RUNNER_TEMP });
  return dirs;
}

const PAIR = /^[a-z0-9]+\/[a-z0-9]+$/;

/**
 * The compilers the cgo input needs. Globs resolve against the targets through the `go` on PATH (doctor installs
 * nothing); without one, or when the plan fails (a wrong plan is the build's error), only exact os/arch pairs count.
 */
async function cgoCompilers(ctx: CommandContext): Promise<Omit<CompilerFacts, 'path'>[]> {
  const m = ctx.config.matrix;
  if (!m.cgo.length) return [];
  let keys = m.cgo.map((t) => t.trim().toLowerCase()).filter((t) => PAIR.test(t));
  const go = await onPath('go', ctx.host.env);
  if (go && m.targets.length) {
    // A go that fails is doctor's own finding; the pairs still get checked.
    const planned = await plannedTargets(m, { go, env: ctx.host.env }, spawnRunner).catch(() => undefined);
    if (planned) keys = [...new Set(planned.filter((t) => t.cgo).map((t) => `${t.goos}/${t.goarch}`))];
  }
  return keys.map((target) => {
    const [goos, goarch] = target.split('/');
    const cc = crossCompiler(goos, goarch);
    return { target, cc: cc?.cc, package: cc?.package };
  });
}
