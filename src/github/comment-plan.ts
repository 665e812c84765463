// Whether and where the sticky comment goes, from the run's facts alone (no API call): the `comment` input's mode, the
// event, the token. A pull request from a fork on `pull_request` gets a read-only token, so `auto` does not even try
// there; `always` tries (a repository can send write tokens to forks' workflows) and takes the 403 as an answer.
import type { CommentMode, RuntimeFacts } from '../config/config.ts';
import { repoRef } from './repo.ts';
import type { StickyTarget } from './sticky-comment.ts';

export type SkipReason = 'disabled' | 'no-pull-request' | 'fork-read-only' | 'read-only-token' | 'no-token' | 'no-repository';

export interface Skip {
  kind: 'skipped';
  reason: SkipReason;
  /** One sentence for people: why there is no comment. */
  detail: string;
}

export function commentTarget(facts: RuntimeFacts, mode: CommentMode, token: string): StickyTarget | Skip {
  const skip = (reason: SkipReason, detail: string): Skip => ({ kind: 'skipped', reason, detail });
  if (mode === 'never') return skip('disabled', 'the comment input is never');
  const pr = facts.pullRequest;
  if (!pr) return skip('no-pull-request', `a ${facts.eventName || 'local'} run has no pull request to comment on`);
  const repo = repoRef(facts.repository);
  if (!repo) return skip('no-repository', 'the repository of the run is unknown (GITHUB_REPOSITORY)');
  if (!token) return skip('no-token', 'no token was given (input token, or GITHUB_TOKEN)');
  if (mode === 'auto' && pr.fromFork && facts.eventName === 'pull_request') {
    return skip('fork-read-only', `pull request #${pr.number} comes from a fork, and GitHub gives its workflows a read-only token`);
  }
  return { repo, issueNumber: pr.number };
}
