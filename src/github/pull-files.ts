// The names of the files a pull request changes, from the API: the policy step's fallback when the checkout has no
// history to diff (a shallow clone). GitHub lists at most 3000 files for a pull request; we stop at `max` (and say so).
import type { RuntimeFacts } from '../config/config.ts';
import { createClient, type GitHubApi } from './client.ts';
import { repoRef, type RepoRef } from './repo.ts';

export interface PullFiles {
  files: string[];
  /** More files changed than were listed (`max`, or GitHub's own cap of 3000). */
  truncated: boolean;
}

export const PULL_FILES_LIMIT = 3000;

export async function listPullFiles(api: GitHubApi, repo: RepoRef, pullNumber: number, max = PULL_FILES_LIMIT): Promise<PullFiles> {
  const files: string[] = [];
  const pages = api.paginate.iterator(api.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  for await (const page of pages) {
    for (const f of page.data) {
      if (files.length === max) return { files, truncated: true };
      files.push(f.filename);
    }
  }
  return { files, truncated: files.length >= PULL_FILES_LIMIT };
}

/**
 * The changed files of the run's pull request (Config.runtime, Config.toolchain.token), or undefined off a pull
 * request or without a token: the caller then has nothing to fall back on. API errors are thrown (GitHubApiError).
 */
export async function pullRequestFiles(opts: { github: RuntimeFacts; token: string; api?: GitHubApi; max?: number }): Promise<PullFiles | undefined> {
  const pr = opts.github.pullRequest;
  const repo = repoRef(opts.github.repository);
  if (!pr || !repo || !opts.token) return undefined;
  return listPullFiles(opts.api ?? createClient({ token: opts.token, apiUrl: opts.github.apiUrl }), repo, pr.number, opts.max);
}
