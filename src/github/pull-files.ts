// The names of the files a pull request changes, from the API: the policy step's fallback when the checkout has no
// history to diff (a shallow clone). GitHub lists at most 3000 files for a pull request; we stop at `max` (and say so).
import type { GitHubApi } from './client.ts';
import type { RepoRef } from './repo.ts';

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
