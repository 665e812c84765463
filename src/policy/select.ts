// Which files a policy run in the action tests: the candidates (a pull request's changed files, or every file of the
// workspace) that a parser understands and that match the `files` globs (default: all of them), minus `exclude` and .git.
// A candidate that is gone (deleted), no regular file, or resolves outside the workspace is skipped with a notice.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding } from '../core/finding.ts';
import { parserFor } from './parsers/registry.ts';

export interface SelectOptions {
  workspace: string;
  files: readonly string[];
  exclude: readonly string[];
  /** The changed files (relative to the workspace); undefined: every file of the workspace. */
  candidates?: readonly string[];
}

export interface Selection {
  files: string[];
  skipped: Finding[];
}

const ALWAYS_EXCLUDED = ['**/.git/**', '.git/**'];
const MATCH = { dot: true } as const;

export async function selectInputs(o: SelectOptions): Promise<Selection> {
  // Loaded here: `policy test` on the command line never selects by glob, and starts faster without them.
  const [{ minimatch }, { glob }] = await Promise.all([import('minimatch'), import('tinyglobby')]);
  const exclude = [...ALWAYS_EXCLUDED, ...o.exclude];
  // A glob picks among the files a parser understands: `deploy/**` does not make its README a failure or a notice.
  const wanted = (f: string) =>
    !!parserFor(f) && (!o.files.length || o.files.some((g) => minimatch(f, g, MATCH))) && !exclude.some((g) => minimatch(f, g, MATCH));
  const candidates = o.candidates
    ? o.candidates.map((f) => f.split(sep).join('/'))
    : await glob(o.files.length ? [...o.files] : ['**'], { cwd: o.workspace, dot: true, onlyFiles: true, ignore: exclude, followSymbolicLinks: false });
  const files: string[] = [];
  const skipped: Finding[] = [];
  const realWorkspace = realpathSync(o.workspace);
  for (const f of [...new Set(candidates)].sort()) {
    if (!wanted(f)) continue;
    const why = unusable(resolve(o.workspace, f), realWorkspace);
    if (why === 'gone') continue;
    if (why) skipped.push({ capability: 'policy', rule: 'input/skipped', severity: 'notice', message: `${f} is not tested: ${why}`, file: f });
    else files.push(f);
  }
  return { files, skipped };
}

function unusable(abs: string, workspace: string): string | undefined {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) return 'gone';
  // Real paths: a symbolic link (the file's or a parent directory's) must not lead out of the workspace.
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return 'it is a dangling symbolic link';
  }
  const rel = relative(workspace, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return 'it resolves to outside the workspace';
  return statSync(real).isFile() ? undefined : 'it is no regular file';
}
