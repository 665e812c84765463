// One `go build` per target: cross environment, -trimpath, rendered ldflags, the commit time as the file's mtime.
import { mkdir, utimes } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { UserError, type Where } from '../errors.ts';
import { quoted } from '../log-text.ts';
import type { GoTool } from '../go-tool.ts';
import type { CommandRunner } from '../process.ts';
import type { Target } from './types.ts';

export interface BuildJob {
  target: Target;
  outFile: string;
  moduleDir: string;
  pkg: string;
  ldflags: string;
  /** The cross C compiler (cgo targets). */
  cc?: string;
  gocache?: string;
  mtime?: Date;
}

export type BuildOutcome = { ok: true; durationMs: number } | { ok: false; message: string; where?: Where; durationMs: number };

export function buildEnv(job: BuildJob, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const t = job.target;
  const env: NodeJS.ProcessEnv = { ...base, GOOS: t.goos, GOARCH: t.goarch, CGO_ENABLED: t.cgo ? '1' : '0' };
  for (const v of ['GOARM', 'GOAMD64', 'GOARM64', 'GO386']) delete env[v];
  if (t.variant) env[t.variant.env] = t.variant.value;
  if (t.cgo && job.cc) env.CC = job.cc;
  if (job.gocache) env.GOCACHE = job.gocache;
  return env;
}

// `--` ends go's flags: the package comes from the repository and is never read as one.
export const buildArgs = (job: BuildJob) => ['build', '-trimpath', ...(job.ldflags ? ['-ldflags', job.ldflags] : []), '-o', job.outFile, '--', job.pkg];

/** build-package is a package path; a leading dash would be a go flag (`-toolexec=...` runs a program per compile). */
export function checkBuildPackage(pkg: string): string {
  if (!pkg.trim() || pkg.startsWith('-')) {
    throw new UserError(
      `build-package ${quoted(pkg)} is not a package path${pkg.startsWith('-') ? ': it starts with "-", which go would read as a flag' : ''}`,
      {
        where: { file: 'input build-package' },
        code: 'bad_build_package',
        hint: 'give a package path relative to the working directory, such as . or ./cmd/tool',
      },
    );
  }
  return pkg;
}

/** The first `file.go:line:col: message` of the compiler's output, located relative to the module directory. */
export function compilerError(stderr: string, moduleDir: string): { message: string; where?: Where } {
  const m = /^(?:#[^\n]*\n)?((?:\.{0,2}\/)?[^\s:]+\.(?:go|c|h|s)):(\d+)(?::(\d+))?: (.*)$/m.exec(stderr);
  if (!m) return { message: stderr.trim().split('\n').slice(0, 5).join('\n') || 'go build failed' };
  const file = relative(moduleDir, join(moduleDir, m[1])) || m[1];
  return { message: `${file}:${m[2]}${m[3] ? `:${m[3]}` : ''}: ${m[4]}`, where: { file, line: Number(m[2]), col: m[3] ? Number(m[3]) : undefined } };
}

export async function buildTarget(job: BuildJob, go: GoTool, run: CommandRunner): Promise<BuildOutcome> {
  await mkdir(dirname(job.outFile), { recursive: true });
  const r = await run(go.go, buildArgs(job), { cwd: job.moduleDir, env: buildEnv(job, go.env), timeoutMs: 900_000 });
  if (r.code !== 0) {
    if (r.spawnError) return { ok: false, message: `cannot run ${go.go}: ${r.spawnError}`, durationMs: r.durationMs };
    if (r.timedOut) return { ok: false, message: 'go build timed out after 15 minutes', durationMs: r.durationMs };
    return { ok: false, ...compilerError(r.stderr, job.moduleDir), durationMs: r.durationMs };
  }
  if (job.mtime) await utimes(job.outFile, job.mtime, job.mtime);
  return { ok: true, durationMs: r.durationMs };
}
