// A command's own wall and CPU time to the microsecond, and its peak RSS, from Python's os.wait4 (/usr/bin/time
// prints CPU in 10 ms steps: as much as a whole one-file `conftest test`). The wall is timed around fork and wait,
// so Python's start is not in it. Without a Python that has wait4, the wall is timed around the spawn, CPU and RSS NaN.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

const WAIT4 = `import os, sys, time
t = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, ru = os.wait4(pid, 0)
sys.stderr.write("go-xenv-bench wall=%f maxrss=%d cpu=%f+%f\\n" % (time.perf_counter() - t, ru.ru_maxrss, ru.ru_utime, ru.ru_stime))
sys.exit(os.waitstatus_to_exitcode(status))`;

const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import os; os.wait4'], { stdio: 'ignore' }).status === 0) ?? null;

export interface Measured {
  ms: number;
  cpuMs: number;
  rssMiB: number;
  status: number | null;
  error?: Error;
  stdout: string;
  /** The command's stderr, without the measuring line. */
  stderr: string;
}

export function measuredRun(cmd: string, args: string[], opts: SpawnSyncOptions): Measured {
  const t0 = process.hrtime.bigint();
  const r = python ? spawnSync(python, ['-c', WAIT4, cmd, ...args], { ...opts, encoding: 'utf8' }) : spawnSync(cmd, args, { ...opts, encoding: 'utf8' });
  const spawned = Number(process.hrtime.bigint() - t0) / 1e6;
  const stderr = String(r.stderr ?? '');
  const m = /go-xenv-bench wall=([\d.]+) maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)\n?/.exec(stderr);
  return {
    ms: m ? Number(m[1]) * 1000 : spawned,
    cpuMs: m ? (Number(m[3]) + Number(m[4])) * 1000 : NaN,
    rssMiB: m ? Number(m[2]) / 1024 : NaN,
    status: r.status,
    error: r.error,
    stdout: String(r.stdout ?? ''),
    stderr: m ? stderr.replace(m[0], '') : stderr,
  };
}
