// Planning from the Config against the installed toolchain (`go tool dist list -json -broken`), and the
// strategy.matrix document for a fan-out across runners.
import type { MatrixConfig } from '../config/config.ts';
import { UserError } from '../errors.ts';
import type { GoTool } from '../go-tool.ts';
import type { CommandRunner } from '../process.ts';
import { binaryFileName } from './naming.ts';
import { parseDistList, planTargets } from './plan.ts';
import { suggestRunner } from './runner-label.ts';
import type { DistEntry, Target } from './types.ts';

export async function distList(go: GoTool, run: CommandRunner): Promise<DistEntry[]> {
  const r = await run(go.go, ['tool', 'dist', 'list', '-json', '-broken'], { env: go.env, timeoutMs: 60_000 });
  if (r.spawnError)
    throw new UserError(`cannot run ${go.go}: ${r.spawnError}`, { code: 'no_go', hint: 'set go-version or go-version-file so that go-xenv installs Go first' });
  if (r.code !== 0) throw new Error(`go tool dist list failed: ${(r.stderr || '').trim()}`);
  return parseDistList(r.stdout);
}

export async function plannedTargets(m: MatrixConfig, go: GoTool, run: CommandRunner): Promise<Target[]> {
  return planTargets(await distList(go, run), { targets: m.targets, exclude: m.exclude, variants: m.variants, cgo: m.cgo });
}

export interface MatrixEntry {
  target: string;
  goos: string;
  goarch: string;
  /** `GOARM=7` (the variants input for this one entry), or empty. */
  variants: string;
  cgo: boolean;
  runner: string;
  /** Linux binaries the runner cannot execute natively: smoke runs need QEMU. */
  emulated: boolean;
  binary: string;
}

/** `{ include: [...] }` for strategy.matrix: one entry per target. */
export function strategyMatrix(targets: Target[], name: string): { include: MatrixEntry[] } {
  return {
    include: targets.map((t) => {
      const r = suggestRunner(t.goos, t.goarch);
      return {
        target: `${t.goos}/${t.goarch}`,
        goos: t.goos,
        goarch: t.goarch,
        variants: t.variant ? `${t.variant.env}=${t.variant.value}` : '',
        cgo: t.cgo,
        runner: r.runner,
        emulated: t.goos === 'linux' && !r.native,
        binary: binaryFileName(name, t),
      };
    }),
  };
}
