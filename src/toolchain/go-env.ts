// Running a `go` binary and finding the one PATH resolves to: the edge the capability uses to learn about Go.
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnRunner } from '../process.ts';

/**
 * Runs `go <args>` with GOTOOLCHAIN=local (so probing never downloads another toolchain) through the CommandRunner,
 * so go (which reads the repository's go.mod and go.work) starts without credentials; resolves stdout.
 */
export async function runGo(goBin: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<string> {
  const r = await spawnRunner(goBin, args, { env: { ...env, GOTOOLCHAIN: 'local' }, timeoutMs });
  if (r.code === 0) return r.stdout;
  const why = r.spawnError ?? (r.stderr.trim() || (r.timedOut ? `timed out after ${timeoutMs / 1000}s` : `exit status ${r.code ?? r.signal}`));
  throw new Error(`${goBin} ${args.join(' ')}: ${why}`);
}

/** `go env -json` for the given variables. */
export async function goEnv(goBin: string, env: NodeJS.ProcessEnv, vars: string[]): Promise<Record<string, string>> {
  return JSON.parse(await runGo(goBin, ['env', '-json', ...vars], env)) as Record<string, string>;
}

/** The first executable `go` on a PATH string (what a shell would run), or undefined. */
export function whichGo(pathEnv: string | undefined, platform = process.platform): string | undefined {
  const exe = platform === 'win32' ? 'go.exe' : 'go';
  for (const dir of (pathEnv ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, exe);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here: keep looking
    }
  }
  return undefined;
}

export const realpathOr = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};
