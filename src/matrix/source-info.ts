// What the build stamps into binaries: module path, version, commit and commit time (from git when there is one).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandRunner } from '../process.ts';
import type { BuildInfo } from './ldflags.ts';

export interface SourceInfo extends BuildInfo {
  module: string;
  /** The commit time: every output gets it as its mtime (undefined outside a git checkout). */
  commitTime?: Date;
}

export const modulePathOf = (goMod: string) => /^module\s+("?)([^"\s]+)\1\s*$/m.exec(goMod)?.[2] ?? '';

export async function sourceInfo(moduleDir: string, run: CommandRunner, env: NodeJS.ProcessEnv): Promise<SourceInfo> {
  const module = modulePathOf(await readFile(join(moduleDir, 'go.mod'), 'utf8').catch(() => ''));
  const git = async (...args: string[]) => {
    const r = await run('git', args, { cwd: moduleDir, env, timeoutMs: 10_000 });
    return r.code === 0 ? r.stdout.trim() : '';
  };
  const commit = await git('rev-parse', 'HEAD');
  if (!commit) return { module, Version: 'dev', Commit: '', CommitDate: '' };
  const [describe, date, epoch] = await Promise.all([git('describe', '--tags', '--always', '--dirty'), git('log', '-1', '--format=%cI'), git('log', '-1', '--format=%ct')]);
  return { module, Version: describe.replace(/^v(?=\d)/, '') || 'dev', Commit: commit, CommitDate: date, commitTime: epoch ? new Date(Number(epoch) * 1000) : undefined };
}
