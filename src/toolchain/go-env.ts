// Running a `go` binary and finding the one PATH resolves to: the edge the capability uses to learn about Go.
import { execFile } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { scrubEnv } from '../process.ts';

/** Runs `go <args>` with GOTOOLCHAIN=local (so probing never downloads another toolchain); resolves stdout. */
export function runGo(goBin: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(goBin, args, { env: scrubEnv({ ...env, GOTOOLCHAIN: 'local' }), timeout: timeoutMs, maxBuffer: 8 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${goBin} ${args.join(' ')}: ${stderr.trim() || err.message}`));
      else resolve(stdout);
    });
  });
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
