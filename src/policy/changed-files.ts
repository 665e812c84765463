// The files a pull request changes, from git (`base...head`, what GitHub's "Files changed" shows), or from the pull
// request's files API when the checkout has no history for it (actions/checkout fetches one commit by default).
import { UserError } from '../errors.ts';

const CAPTURE_LIMIT = 1 << 20;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export interface GitResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ChangedFilesOptions {
  baseSha: string;
  headSha: string;
  /** Runs git with these arguments in the workspace. */
  git: (args: string[]) => Promise<GitResult>;
  /**
   * The pull request's files from the API (github/pull-files.ts), used when git cannot answer; undefined when the API
   * cannot give the whole list (GitHub lists at most 3000): then every file is tested, so none goes unchecked.
   */
  listPullRequestFiles?: () => Promise<string[] | undefined>;
}

export interface ChangedFiles {
  /** Paths relative to the workspace, deleted files left out; undefined: not known, test every file. */
  files: string[] | undefined;
  source: 'git' | 'api';
  /** Why git did not answer, when the API did. */
  gitProblem?: string;
}

export async function changedFiles(o: ChangedFilesOptions): Promise<ChangedFiles> {
  let problem: string;
  if (SHA.test(o.baseSha) && SHA.test(o.headSha)) {
    // -z: names as they are (no quoting, newlines kept); `--`: nothing after the range is read as an option.
    const r = await o.git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', `${o.baseSha}...${o.headSha}`, '--']);
    if (r.code === 0) {
      // The runner keeps at most 1 MiB of output: a list cut there (or not ending in its NUL) is not the whole list.
      const whole = r.stdout === '' || (r.stdout.endsWith('\0') && r.stdout.length < CAPTURE_LIMIT);
      return { files: whole ? r.stdout.split('\0').filter(Boolean) : undefined, source: 'git' };
    }
    problem = r.stderr.trim().split('\n')[0] || `git diff exited with ${r.code}`;
  } else {
    problem = 'the event has no base and head commit of a pull request';
  }
  if (!o.listPullRequestFiles) {
    throw new UserError(`cannot list the files the pull request changes: ${problem}`, {
      hint: 'check out with history (actions/checkout with fetch-depth: 0), or set policy-scope: all',
      code: 'changed_files',
    });
  }
  return { files: await o.listPullRequestFiles(), source: 'api', gitProblem: problem };
}
