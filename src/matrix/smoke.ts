// Smoke runs of linux binaries: natively, through binfmt_misc, or with qemu-<arch>-static directly (with the cgo
// target's sysroot), bounded by a timeout; output, exit code and time recorded.
import type { CommandRunner } from '../process.ts';
import type { ExecPlanner, SmokeRun } from './types.ts';

export interface SmokeJob {
  file: string;
  goarch: string;
  args: string[];
  timeoutMs: number;
  sysroot?: string;
}

export async function smokeRun(job: SmokeJob, planner: ExecPlanner, run: CommandRunner, env: NodeJS.ProcessEnv): Promise<SmokeRun> {
  const how = planner(job.goarch, job.sysroot);
  if ('reason' in how) return { via: 'none', command: [], exitCode: null, timedOut: false, output: '', durationMs: 0, ok: false, reason: how.reason };
  const command = [...how.prefix, job.file, ...job.args];
  const r = await run(command[0], command.slice(1), { env: { ...env, ...how.env }, timeoutMs: job.timeoutMs });
  const output = `${r.stdout}${r.stderr}`.slice(0, 4096);
  const ok = r.code === 0 && !r.timedOut && !r.spawnError;
  const reason = ok ? undefined : r.spawnError ?? (r.timedOut ? `timed out after ${job.timeoutMs / 1000}s` : `exit code ${r.code ?? r.signal}`);
  return { via: how.via, command, exitCode: r.code, timedOut: r.timedOut, output, durationMs: Math.round(r.durationMs), ok, reason };
}
