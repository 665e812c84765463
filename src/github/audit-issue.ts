// The nightly audit's issue: one open issue labelled `go-xenv-audit` carries the latest report while the repository
// drifts from its baseline or breaks a policy; a clean night closes it with a comment. Never a second one: after
// creating, the open issues are listed again, and when two audits raced the oldest stays while the later is closed as
// its duplicate. The label is what finds the issue (only people with triage access can set it), so it is created when
// the repository lacks it.
import { isGitHubApiError, type GitHubApi } from './client.ts';
import type { RepoRef } from './repo.ts';
import { BODY_LIMIT, fitLimit } from './size-limit.ts';

export const AUDIT_LABEL = 'go-xenv-audit';
export const AUDIT_TITLE = 'go-xenv audit: drift or policy violations';
/** Open audit issues read at most (there should be one). */
const MAX_ISSUES = 1000;

export type AuditIssueOutcome =
  | { kind: 'opened' | 'updated' | 'unchanged'; issueNumber: number; url: string; closedDuplicates: number[] }
  | { kind: 'closed'; issueNumbers: number[] }
  /** Clean, and no issue was open: nothing to do. */
  | { kind: 'clean' };

export interface AuditIssueInput {
  repo: RepoRef;
  /** Drift or violations were found. */
  dirty: boolean;
  /** The Markdown report (report/ renders it). */
  report: string;
  /** The run's page: linked from the closing comment and from a cut report. */
  runUrl?: string;
}

interface OpenIssue {
  number: number;
  body: string;
  url: string;
}

export async function syncAuditIssue(api: GitHubApi, input: AuditIssueInput): Promise<AuditIssueOutcome> {
  const body = fitLimit(input.report.replace(/\r\n?/g, '\n').trimEnd() + '\n', BODY_LIMIT, input.runUrl);
  const open = await listOpen(api, input.repo);
  if (!input.dirty) {
    if (!open.length) return { kind: 'clean' };
    const note = `The nightly audit is clean again${input.runUrl ? ` ([run](${input.runUrl}))` : ''}: no drift from the baseline and no policy violation. Closing.`;
    for (const issue of open) {
      await api.rest.issues.createComment({ ...input.repo, issue_number: issue.number, body: note });
      await api.rest.issues.update({ ...input.repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    }
    return { kind: 'closed', issueNumbers: open.map((i) => i.number) };
  }
  if (open.length) {
    const [keep, ...later] = open as [OpenIssue, ...OpenIssue[]];
    const changed = keep.body !== body;
    if (changed) await api.rest.issues.update({ ...input.repo, issue_number: keep.number, body });
    return { kind: changed ? 'updated' : 'unchanged', issueNumber: keep.number, url: keep.url, closedDuplicates: await closeDuplicates(api, input.repo, keep, later) };
  }
  await ensureLabel(api, input.repo);
  const { data } = await api.rest.issues.create({ ...input.repo, title: AUDIT_TITLE, body, labels: [AUDIT_LABEL] });
  const after = await listOpen(api, input.repo);
  const all = after.some((i) => i.number === data.number) ? after : [...after, { number: data.number, body, url: data.html_url }].sort((a, b) => a.number - b.number);
  const [keep, ...later] = all as [OpenIssue, ...OpenIssue[]];
  // Another audit opened one first: that one carries the report, ours is its duplicate.
  if (keep.number !== data.number && keep.body !== body) await api.rest.issues.update({ ...input.repo, issue_number: keep.number, body });
  const closedDuplicates = await closeDuplicates(api, input.repo, keep, later);
  return keep.number === data.number
    ? { kind: 'opened', issueNumber: data.number, url: data.html_url, closedDuplicates }
    : { kind: 'updated', issueNumber: keep.number, url: keep.url, closedDuplicates };
}

/** Open issues with the label, oldest first. */
async function listOpen(api: GitHubApi, repo: RepoRef): Promise<OpenIssue[]> {
  const out: OpenIssue[] = [];
  const pages = api.paginate.iterator(api.rest.issues.listForRepo, { ...repo, state: 'open', labels: AUDIT_LABEL, per_page: 100 });
  for await (const page of pages) {
    // The issues list also holds pull requests; one labelled go-xenv-audit is not our issue.
    for (const i of page.data) if (!i.pull_request) out.push({ number: i.number, body: i.body ?? '', url: i.html_url });
    if (out.length >= MAX_ISSUES) break;
  }
  return out.sort((a, b) => a.number - b.number);
}

async function closeDuplicates(api: GitHubApi, repo: RepoRef, keep: OpenIssue, later: OpenIssue[]): Promise<number[]> {
  for (const dup of later) {
    await api.rest.issues.createComment({ ...repo, issue_number: dup.number, body: `Duplicate of #${keep.number}, which carries the audit report.` });
    await api.rest.issues.update({ ...repo, issue_number: dup.number, state: 'closed', state_reason: 'duplicate' });
  }
  return later.map((i) => i.number);
}

async function ensureLabel(api: GitHubApi, repo: RepoRef): Promise<void> {
  try {
    await api.rest.issues.getLabel({ ...repo, name: AUDIT_LABEL });
    return;
  } catch (e) {
    if (!(isGitHubApiError(e) && e.status === 404)) throw e;
  }
  try {
    await api.rest.issues.createLabel({ ...repo, name: AUDIT_LABEL, color: 'd93f0b', description: 'Opened by the go-xenv nightly audit: drift from the baseline or policy violations' });
  } catch (e) {
    // Another audit created it meanwhile.
    if (!(isGitHubApiError(e) && e.status === 422)) throw e;
  }
}
