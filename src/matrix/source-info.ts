// What the build stamps into binaries: module path, version, commit and commit time (from git when there is one).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBoundedText } from '../bounded-read.ts';
import type { CommandRunner } from '../process.ts';
import type { BuildInfo } from './ldflags.ts';

export interface SourceInfo extends BuildInfo {
  module: string;
  /** The commit time: every output gets it as its mtime (undefined outside a git checkout). */
  commitTime?: Date;
}

export const modulePathOf = (goMod: string) => /^module\s+("?)([^"\s]+)\1\s*$/m.exec(goMod)?.[2] ?? '';

/** The module path of `dir`'s go.mod, '' without one; read bounded (a pull request's go.mod may link to /dev/zero). */
export const modulePathIn = (dir: string): string => {
  const goMod = join(dir, 'go.mod');
  return existsSync(goMod) ? modulePathOf(readBoundedText(goMod, { label: 'go.mod' })) : '';
};

export async function sourceInfo(moduleDir: string, run: CommandRunner, env: NodeJS.ProcessEnv): Promise<SourceInfo> {
  const module = modulePathIn(moduleDir);
  const git = async (...args: string[]) => {
    const r = await run('git', args, { cwd: moduleDir, env, timeoutMs: 10_000 });
    return r.code === 0 ? r.stdout.trim() : '';
  };
  const commit = await git('rev-parse', 'HEAD');
  if (!commit) return { module, Version: 'dev', Commit: '', CommitDate: '' };
  const [describe, date, epoch] = await Promise.all([git('describe', '--tags', '--always', '--dirty'), git('log', '-1', '--format=%cI'), git('log', '-1', '--format=%ct')]);
  return { module, Version: describe.replace(/^v(?=\d)/, '') || 'dev', Commit: commit, CommitDate: date, commitTime: epoch ? new Date(Number(epoch) * 1000) : undefined };
}
