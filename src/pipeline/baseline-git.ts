// The baseline as the base branch committed it: `git cat-file` of the snapshot at a commit. The revision comes from a
// person (--base) or the pull request's base SHA; it is checked so git never reads it as an option and resolved to a
// commit first; the path is the baseline-file input, joined after the commit (`<sha>:./<path>`), so it is no flag
// either. The blob's size is asked before it is read, and the read is bounded.
import { relative, sep } from 'node:path';
import { MAX_SNAPSHOT_BYTES, parseSnapshot, type Snapshot } from '../baseline/index.ts';
import { UserError } from '../errors.ts';
import { checkRevision } from '../locks/index.ts';
import type { CommandRunner, RunResult } from '../process.ts';

export interface GitRead {
  run: CommandRunner;
  /** The workspace: git runs there, and the snapshot's path is relative to it. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const HINT = 'run it inside a git checkout that has the base revision (fetch-depth: 0 in actions/checkout)';

async function git(g: GitRead, args: string[], what: string, maxOutput?: number): Promise<RunResult> {
  const r = await g.run('git', args, { cwd: g.cwd, env: g.env, timeoutMs: 60_000, maxOutput });
  if (r.spawnError) throw new UserError(`git could not be started: ${r.spawnError}`, { hint: 'install git and put it on PATH', code: 'git_missing' });
  if (r.code !== 0) {
    // `rev-parse --quiet` says nothing about a missing revision; git's own words are kept when it has some.
    const msg = r.stderr.trim().split('\n')[0] || (r.timedOut ? 'git timed out' : '');
    throw new UserError(msg ? `${what} (${msg})` : what, { hint: HINT, code: 'git_failed' });
  }
  return r;
}

export async function resolveCommit(g: GitRead, rev: string): Promise<string> {
  checkRevision(rev, 'base');
  const r = await git(g, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], `base revision ${JSON.stringify(rev)} is not a commit in this repository`);
  const sha = r.stdout.trim();
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new UserError(`base revision ${JSON.stringify(rev)}: git answered ${JSON.stringify(sha.slice(0, 80))}`, { code: 'git_failed' });
  return sha;
}

/** The snapshot committed at `commit` (shown as `rev`), shape-checked. */
export async function snapshotAt(g: GitRead, file: string, rev: string, commit: string): Promise<Snapshot> {
  const shown = relative(g.cwd, file) || file;
  const object = `${commit}:./${shown.split(sep).join('/')}`;
  const size = await git(g, ['cat-file', '-s', object], `reading the baseline ${shown} at ${rev}`).catch((e: unknown) => {
    throw e instanceof UserError
      ? new UserError(`there is no baseline ${shown} at ${rev}`, {
          where: { file: shown },
          hint: 'write it on the base branch with `go-xenv baseline update` (or command: baseline-update) and commit it',
          code: 'no_baseline',
        })
      : e;
  });
  const bytes = Number(size.stdout.trim());
  if (!Number.isSafeInteger(bytes) || bytes > MAX_SNAPSHOT_BYTES) {
    throw new UserError(`the baseline ${shown} at ${rev} is ${size.stdout.trim()} bytes, more than the ${MAX_SNAPSHOT_BYTES} a baseline may have`, { where: { file: shown }, hint: 'narrow baseline-configs and write it again', code: 'bad_baseline' });
  }
  const blob = await git(g, ['cat-file', 'blob', object], `reading the baseline ${shown} at ${rev}`, MAX_SNAPSHOT_BYTES + 1);
  if (Buffer.byteLength(blob.stdout) !== bytes) {
    throw new UserError(`the baseline ${shown} at ${rev} was not read whole (${Buffer.byteLength(blob.stdout)} of ${bytes} bytes)`, { where: { file: shown }, hint: HINT, code: 'bad_baseline' });
  }
  return parseSnapshot(blob.stdout, { file: shown, rev });
}
