// Running a `go` binary (through the CommandRunner) and finding the one PATH resolves to: the edge the capability uses
// to learn about Go.
import { realpathSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { onPath, spawnRunner, type CommandRunner } from '../process.ts';

/** A go command that failed: its stderr is what go said, for messages. */
export class GoCommandError extends Error {
  override readonly name = 'GoCommandError';
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export interface RunGoOptions {
  timeoutMs?: number;
  cwd?: string;
  /** GOTOOLCHAIN for the run; `local` by default, so probing never downloads another toolchain. */
  gotoolchain?: string;
  run?: CommandRunner;
}

/**
 * Runs `go <args>` through the CommandRunner, so go (which reads the repository's go.mod and go.work, and may run a
 * toolexec or a vcs helper) starts without credentials; resolves stdout.
 */
export async function runGo(goBin: string, args: string[], env: NodeJS.ProcessEnv, opts: RunGoOptions = {}): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const r = await (opts.run ?? spawnRunner)(goBin, args, { cwd: opts.cwd, env: { ...env, GOTOOLCHAIN: opts.gotoolchain ?? 'local' }, timeoutMs });
  if (r.code === 0) return r.stdout;
  const why = r.spawnError ?? (r.stderr.trim() || (r.timedOut ? `timed out after ${timeoutMs / 1000}s` : `exit status ${r.code ?? r.signal}`));
  throw new GoCommandError(`${goBin} ${args.join(' ')}: ${why}`, why);
}

/** `go env -json` for the given variables. */
export async function goEnv(goBin: string, env: NodeJS.ProcessEnv, vars: string[], run?: CommandRunner): Promise<Record<string, string>> {
  return JSON.parse(await runGo(goBin, ['env', '-json', ...vars], env, { run })) as Record<string, string>;
}

/** The `go` a shell would run with this environment's PATH, or undefined. */
export const whichGo = (env: NodeJS.ProcessEnv, platform = process.platform): Promise<string | undefined> =>
  onPath(platform === 'win32' ? 'go.exe' : 'go', env);

export const realpathOr = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};

export interface GoSyntaxError {
  message: string;
  line: number;
  col?: number;
}

/**
 * The go command's own parser on a go.mod or go.work (`go mod edit -json FILE`, `go work edit -json FILE`): the
 * first error it reports at a line of that file, or undefined when it accepts the file or could not be run.
 * GOFLAGS is cleared so that a broken GOFLAGS does not hide the file's own error.
 */
export async function goSyntaxError(goBin: string, file: string, env: NodeJS.ProcessEnv, run: CommandRunner = spawnRunner): Promise<GoSyntaxError | undefined> {
  const tool = file.endsWith('.work') ? 'work' : 'mod';
  const r = await run(goBin, [tool, 'edit', '-json', file], {
    cwd: dirname(file),
    timeoutMs: 10_000,
    env: { ...env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off' },
  });
  if (r.code === 0 || r.spawnError) return undefined;
  for (const l of r.stderr.split('\n')) {
    const m = /^(.+?):(\d+)(?::(\d+))?: (.+)$/.exec(l.trim());
    if (m && basename(m[1]) === basename(file)) return { message: m[4], line: Number(m[2]), col: m[3] ? Number(m[3]) : undefined };
  }
  return undefined;
}
