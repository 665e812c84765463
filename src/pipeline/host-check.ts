// Wiring of the host checks that doctor and `emulation status` share: which directories must execute binaries and
// which cgo compilers the config needs (from the matrix's table), read through the one host facts reader.
import type { HostCheckResult } from '../core/result.ts';
import { hostFindings, DEFAULT_HOST_ROOT, hostFactsReader, type CompilerFacts, type DirFacts, nativePlatforms } from '../emulation/index.ts';
import { crossCompiler, plannedTargets } from '../matrix/index.ts';
import { onPath, spawnRunner } from '../process.ts';
import type { CommandContext } from './types.ts';

export const HOST_ROOT_FLAG = {
  name: 'host-root',
  description: `read /proc, /sys and /etc under this directory instead of ${DEFAULT_HOST_ROOT} (a chroot, or a test's fake tree)`,
};

export type HostCheck = HostCheckResult;

/** `emulation`: true for `emulation status`; for doctor, whether the config has foreign linux targets or qemu-platforms. */
export async function hostCheck(ctx: CommandContext, opts: { binfmtRoot?: string; emulation?: boolean } = {}): Promise<HostCheck> {
  const root = typeof ctx.flags['host-root'] === 'string' ? ctx.flags['host-root'] : DEFAULT_HOST_ROOT;
  const env = ctx.host.env;
  // emulation status needs the plan only for cgo; doctor also for the foreign targets.
  const targets = await configTargets(ctx, opts.emulation === undefined || ctx.config.matrix.cgo.length > 0);
  const native = nativePlatforms();
  const emulation = opts.emulation ?? (ctx.config.emulation.platforms.length > 0
    || targets.all.some((t) => t.startsWith('linux/') && !native.includes(t.slice('linux/'.length))));
  const facts = await hostFactsReader(root, opts.binfmtRoot).read({ dirs: execDirs(ctx), compilers: targets.cgo.map(compilerFor), env });
  return { facts, findings: hostFindings(facts, { emulation }) };
}

/** out-dir (smoke runs execute there) and the temp directories (the probe, go run and go test execute there). */
function execDirs(ctx: CommandContext): Omit<DirFacts, 'mount'>[] {
  const temp = ctx.config.runtime.tempDirs.map((d) => ({ role: 'temp' as const, ...d }));
  return [{ role: 'out-dir', label: 'out-dir', path: ctx.config.matrix.outDir }, ...temp];
}

const PAIR = /^[a-z0-9]+\/[a-z0-9]+$/;

/**
 * The config's targets and those built with cgo, as os/arch. Globs resolve through the `go` on PATH (doctor installs
 * nothing); without one, or when the plan fails (a wrong plan is the build's error), only exact os/arch pairs count.
 */
async function configTargets(ctx: CommandContext, plan: boolean): Promise<{ all: string[]; cgo: string[] }> {
  const m = ctx.config.matrix;
  const pairs = (list: string[]) => list.map((t) => t.trim().toLowerCase()).filter((t) => PAIR.test(t));
  const go = plan && m.targets.length ? await onPath('go', ctx.host.env) : undefined;
  // A go that fails is doctor's own finding; the exact pairs still get checked.
  const planned = go ? await plannedTargets(m, { go, env: ctx.host.env }, spawnRunner).catch(() => undefined) : undefined;
  if (!planned) return { all: pairs(m.targets), cgo: pairs(m.cgo) };
  const key = (t: { goos: string; goarch: string }) => `${t.goos}/${t.goarch}`;
  return { all: [...new Set(planned.map(key))], cgo: [...new Set(planned.filter((t) => t.cgo).map(key))] };
}

function compilerFor(target: string): Omit<CompilerFacts, 'path'> {
  const [goos, goarch] = target.split('/');
  const cc = crossCompiler(goos, goarch);
  return { target, cc: cc?.cc, package: cc?.package };
}
