// The edge's calls for the check run (every finding as an annotation) and the nightly audit's issue, in the way of
// publishReport: nothing printed, nothing failing the run; the outcome and the notices to show come back as data.
import type { RuntimeFacts } from '../config/config.ts';
import type { Finding } from '../core/finding.ts';
import { logSafe } from '../log-text.ts';
import { syncAuditIssue, type AuditIssueOutcome } from './audit-issue.ts';
import { writeCheckRun, type CheckRunOutcome } from './check-run.ts';
import { createClient, isReadOnly, type GitHubApi } from './client.ts';
import type { Notice } from './publish.ts';
import { repoRef, type RepoRef } from './repo.ts';

type Skipped = { kind: 'skipped'; reason: string; detail: string };
type Failed = { kind: 'failed'; detail: string };

interface Common {
  /** Config.runtime. */
  github: RuntimeFacts;
  /** Config.toolchain.token. */
  token: string;
  api?: GitHubApi;
}

function access(opts: Common): { repo: RepoRef; api: GitHubApi } | Skipped {
  const repo = repoRef(opts.github.repository);
  if (!repo) return { kind: 'skipped', reason: 'no-repository', detail: 'the repository of the run is unknown (GITHUB_REPOSITORY)' };
  if (!opts.token) return { kind: 'skipped', reason: 'no-token', detail: 'no token was given (input token, or GITHUB_TOKEN)' };
  return { repo, api: opts.api ?? createClient({ token: opts.token, apiUrl: opts.github.apiUrl }) };
}

const failed = (what: string, e: unknown, permission: string): { outcome: Skipped | Failed; notices: Notice[] } => {
  const detail = logSafe((e as Error).message);
  if (isReadOnly(e)) return { outcome: { kind: 'skipped', reason: 'read-only-token', detail }, notices: [{ level: 'notice', message: `No ${what}: the token may not write it (${detail}); give the job \`permissions: ${permission}\`.` }] };
  return { outcome: { kind: 'failed', detail }, notices: [{ level: 'warning', message: `The ${what} could not be written: ${detail}.` }] };
};

export async function publishCheckRun(opts: Common & { findings: readonly Finding[]; summary: string }): Promise<{ outcome: CheckRunOutcome | Skipped | Failed; notices: Notice[] }> {
  const pr = opts.github.pullRequest;
  if (pr?.fromFork && opts.github.eventName === 'pull_request') {
    return { outcome: { kind: 'skipped', reason: 'fork-read-only', detail: `pull request #${pr.number} comes from a fork, and GitHub gives its workflows a read-only token` }, notices: [] };
  }
  const target = access(opts);
  if ('kind' in target) return { outcome: target, notices: [] };
  try {
    const outcome = await writeCheckRun(target.api, { repo: target.repo, headSha: pr?.headSha || opts.github.sha, findings: opts.findings, summary: opts.summary, detailsUrl: opts.github.runUrl || undefined });
    const notices: Notice[] = outcome.kind === 'skipped' && outcome.reason === 'read-only-token' ? [{ level: 'notice', message: `No check run: ${logSafe(outcome.detail)}.` }] : [];
    return { outcome, notices };
  } catch (e) {
    return failed('check run', e, 'checks: write');
  }
}

export async function publishAuditIssue(opts: Common & { dirty: boolean; report: string }): Promise<{ outcome: AuditIssueOutcome | Skipped | Failed; notices: Notice[] }> {
  const target = access(opts);
  if ('kind' in target) return { outcome: target, notices: [{ level: 'notice', message: `No audit issue: ${target.detail}.` }] };
  try {
    return { outcome: await syncAuditIssue(target.api, { repo: target.repo, dirty: opts.dirty, report: opts.report, runUrl: opts.github.runUrl || undefined }), notices: [] };
  } catch (e) {
    return failed('audit issue', e, 'issues: write');
  }
}
