// The lock diff between two revisions of a repository: every lock file git lists at either revision (`git ls-tree`),
// read with `git show <commit>:<path>`, parsed, and diffed file by file. Revisions come from a person or a workflow:
// one that could be read as a flag is refused, and each is resolved to a commit (`rev-parse --end-of-options`) before
// any other git command sees it. Output is bounded; a lock over the bound, or one not read whole, is refused.
import { DEFAULT_READ_LIMIT } from '../bounded-read.ts';
import { UserError } from '../errors.ts';
import type { CommandRunner, RunResult } from '../process.ts';
import type { LockDocument } from './document.ts';
import { diffLocks, type LockDiff } from './diff.ts';
import { lockFormatOf } from './lock-format.ts';
import { parseLockText } from './parse.ts';

export interface LockFileDiff {
  file: string;
  /** The file is new at head, gone at head, or changed (an unchanged file is only counted). */
  status: 'added' | 'removed' | 'changed';
  diff: LockDiff;
}

export interface RevisionLockDiff {
  base: { rev: string; commit: string };
  head: { rev: string; commit: string };
  files: LockFileDiff[];
  /** Lock files whose content is the same at both revisions. */
  unchanged: string[];
}

export interface RevisionReadOptions {
  run: CommandRunner;
  /** The repository's work tree (git runs there). */
  cwd: string;
  env: NodeJS.ProcessEnv;
  maxBytes?: number;
  timeoutMs?: number;
}

/** A revision a person may name (`main`, `HEAD~1`, a SHA, `origin/main`); never something git reads as an option. */
export function checkRevision(rev: string, label: string): void {
  if (!rev || rev.startsWith('-') || /\p{Cc}/u.test(rev)) {
    throw new UserError(`${label} revision ${JSON.stringify(rev)} is not a revision`, {
      hint: 'give a branch, tag or commit (it may not be empty, start with "-" or hold control characters)',
      code: 'bad_revision',
    });
  }
}

async function git(opts: RevisionReadOptions, args: string[], what: string): Promise<RunResult> {
  const r = await opts.run('git', args, { cwd: opts.cwd, env: opts.env, timeoutMs: opts.timeoutMs ?? 60_000 });
  if (r.spawnError) throw new UserError(`git could not be started: ${r.spawnError}`, { hint: 'install git and put it on PATH', code: 'git_missing' });
  if (r.code !== 0) {
    const msg = (r.stderr.trim().split('\n')[0] ?? '') || (r.timedOut ? 'timed out' : `exit ${r.code}`);
    throw new UserError(`${what}: ${msg}`, {
      hint: 'run it inside a git repository that has both revisions (fetch-depth: 0 in actions/checkout)',
      code: 'git_failed',
    });
  }
  return r;
}

async function resolveCommit(opts: RevisionReadOptions, rev: string, label: string): Promise<string> {
  checkRevision(rev, label);
  const r = await git(opts, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`], `${label} revision ${JSON.stringify(rev)} is not a commit here`);
  const sha = r.stdout.trim();
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
    throw new UserError(`${label} revision ${JSON.stringify(rev)}: git answered ${JSON.stringify(sha.slice(0, 80))}`, { code: 'git_failed' });
  return sha;
}

interface TreeEntry {
  blob: string;
  size: number;
}

/** Every lock file of the commit's tree: path → blob and size. */
async function lockFiles(opts: RevisionReadOptions, commit: string): Promise<Map<string, TreeEntry>> {
  const r = await git(opts, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit], `listing the files of ${commit}`);
  const out = new Map<string, TreeEntry>();
  for (const rec of r.stdout.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+) +(\d+)\t([^]+)$/.exec(rec);
    if (m && lockFormatOf(m[3])) out.set(m[3], { blob: m[1], size: Number(m[2]) });
  }
  return out;
}

async function readLockAt(opts: RevisionReadOptions, side: { rev: string; commit: string }, path: string, entry: TreeEntry): Promise<LockDocument> {
  const where = `${path} at ${side.rev}`;
  const max = opts.maxBytes ?? DEFAULT_READ_LIMIT;
  const tooLarge = () =>
    new UserError(`${where} is ${entry.size} bytes, more than the ${max} read of a lock`, {
      where: { file: path },
      hint: 'leave generated files that large out of the lock diff',
      code: 'file_too_large',
    });
  if (entry.size > max) throw tooLarge();
  const r = await git(opts, ['show', '--no-textconv', `${side.commit}:${path}`], `reading ${where}`);
  // The runner keeps a bounded part of the output: a lock not read whole is refused, not diffed in part.
  const read = Buffer.byteLength(r.stdout);
  if (read !== entry.size) {
    throw new UserError(`${where} was not read whole: ${read} of its ${entry.size} bytes came through`, {
      where: { file: path },
      hint: 'a lock this large is beyond what the diff reads through git; leave it out or split it',
      code: 'file_too_large',
    });
  }
  const parsed = parseLockText(r.stdout, path);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new UserError(`${e.message} (at ${side.rev})`, {
      where: { file: e.file, line: e.line, col: e.column },
      hint: 'fix the lock at that revision, or regenerate it with its tool',
      code: `lock_${e.code}`,
    });
  }
  return parsed.document;
}

const empty = (doc: LockDocument): LockDocument => ({ ...doc, packages: [] }) as LockDocument;

export async function diffRevisions(baseRev: string, headRev: string, opts: RevisionReadOptions): Promise<RevisionLockDiff> {
  const base = { rev: baseRev, commit: await resolveCommit(opts, baseRev, 'base') };
  const head = { rev: headRev, commit: await resolveCommit(opts, headRev, 'head') };
  const [baseFiles, headFiles] = await Promise.all([lockFiles(opts, base.commit), lockFiles(opts, head.commit)]);
  const paths = [...new Set([...baseFiles.keys(), ...headFiles.keys()])].sort();
  const result: RevisionLockDiff = { base, head, files: [], unchanged: [] };
  for (const path of paths) {
    const b = baseFiles.get(path);
    const h = headFiles.get(path);
    if (b && h && b.blob === h.blob) {
      result.unchanged.push(path);
      continue;
    }
    const bd = b && (await readLockAt(opts, base, path, b));
    const hd = h && (await readLockAt(opts, head, path, h));
    const status = !bd ? 'added' : !hd ? 'removed' : 'changed';
    result.files.push({ file: path, status, diff: diffLocks(bd ?? empty(hd!), hd ?? empty(bd!)) });
  }
  return result;
}
