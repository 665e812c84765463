// The sticky pull request comment: one comment per `comment-id`, found again by the hidden marker on its first line,
// updated in place, left alone when the report did not change, and never two of them.
//
// Whose comment is ours: GET /user is refused to GITHUB_TOKEN (an installation token), so the author is not asked for.
// A comment is ours when its body starts with our marker and its author is one we know: `github-actions[bot]` (the
// account GITHUB_TOKEN acts as) or the author of the comment we created in this run. A token of another account (a
// GitHub App's, a person's) therefore creates its comment on the first run, learns its login from it, and the re-list
// that follows finds the older one: that one keeps the report and the new one is removed. A marker in somebody else's
// comment (anyone can type it) is never ours, and a quoted marker is not on the first line.
//
// Two jobs racing both find nothing and both create; each re-lists after its create, and the oldest comment (lowest
// id) stays while the later ones are removed, so both end on the same single comment.
import type { GitHubApi } from './client.ts';
import { isGitHubApiError } from './client.ts';
import type { RepoRef } from './repo.ts';
import { BODY_LIMIT, fitLimit } from './size-limit.ts';

export const DEFAULT_COMMENT_ID = 'go-xenv';
/** The account GITHUB_TOKEN acts as. */
export const ACTIONS_LOGIN = 'github-actions[bot]';
/** Comments read at most while looking for ours (100 pages of 100). */
const MAX_COMMENTS = 10_000;

/** `id` is Config.report.commentId: the input's pattern keeps out anything that could close the HTML comment. */
export const commentMarker = (id: string): string => `<!-- go-xenv:${id} -->`;

export interface StickyTarget {
  repo: RepoRef;
  issueNumber: number;
}

export type CommentOutcome =
  | { kind: 'created' | 'updated' | 'unchanged'; commentId: number; url: string }
  /** Several comments carried our marker (two jobs raced): the oldest holds the report, `removed` are gone. */
  | { kind: 'deduplicated'; commentId: number; url: string; removed: number[] };

interface Listed {
  id: number;
  body: string;
  login: string;
  userType: string;
  url: string;
}

/** The comment text: the marker line, then the report, cut (and saying so) at GitHub's limit. */
export function commentBody(id: string, report: string, fullReportUrl = ''): string {
  return fitLimit(`${commentMarker(id)}\n${report.replace(/\r\n?/g, '\n').trimEnd()}\n`, BODY_LIMIT, fullReportUrl);
}

export function isOurs(c: Pick<Listed, 'body' | 'login' | 'userType'>, id: string, authors: ReadonlySet<string>): boolean {
  if (!c.body.startsWith(`${commentMarker(id)}\n`) && c.body !== commentMarker(id)) return false;
  if (c.login === ACTIONS_LOGIN) return c.userType === 'Bot';
  return authors.has(c.login);
}

/** Puts `report` in our comment for `id` on the pull request: created, updated, left unchanged, or deduplicated. */
export async function upsertStickyComment(
  api: GitHubApi,
  target: StickyTarget,
  opts: { id: string; report: string; fullReportUrl?: string; authors?: Iterable<string> },
): Promise<CommentOutcome> {
  const body = commentBody(opts.id, opts.report, opts.fullReportUrl);
  const authors = new Set(opts.authors ?? []);
  const ours = async () => (await listComments(api, target)).filter((c) => isOurs(c, opts.id, authors)).sort((a, b) => a.id - b.id);
  const found = await ours();
  if (found.length) {
    const [keep, ...later] = found as [Listed, ...Listed[]];
    const changed = keep.body !== body;
    if (changed) await updateComment(api, target, keep.id, body);
    const removed = await removeComments(api, target, later);
    if (removed.length) return { kind: 'deduplicated', commentId: keep.id, url: keep.url, removed };
    return { kind: changed ? 'updated' : 'unchanged', commentId: keep.id, url: keep.url };
  }
  const { data } = await api.rest.issues.createComment({ ...target.repo, issue_number: target.issueNumber, body });
  if (data.user?.login) authors.add(data.user.login);
  const created: Listed = { id: data.id, body, login: data.user?.login ?? '', userType: data.user?.type ?? '', url: data.html_url };
  // Another job may have created its comment meanwhile: the oldest one stays, whoever made it, with this report.
  const after = await ours();
  const [keep, ...later] = (after.some((c) => c.id === created.id) ? after : [...after, created].sort((a, b) => a.id - b.id)) as [Listed, ...Listed[]];
  if (keep.id !== created.id && keep.body !== body) await updateComment(api, target, keep.id, body);
  const removed = await removeComments(api, target, later);
  if (keep.id === created.id && !removed.length) return { kind: 'created', commentId: created.id, url: created.url };
  return { kind: 'deduplicated', commentId: keep.id, url: keep.url, removed };
}

async function listComments(api: GitHubApi, target: StickyTarget): Promise<Listed[]> {
  const out: Listed[] = [];
  const pages = api.paginate.iterator(api.rest.issues.listComments, { ...target.repo, issue_number: target.issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const c of page.data) out.push({ id: c.id, body: c.body ?? '', login: c.user?.login ?? '', userType: c.user?.type ?? '', url: c.html_url });
    if (out.length >= MAX_COMMENTS) break;
  }
  return out;
}

async function updateComment(api: GitHubApi, target: StickyTarget, commentId: number, body: string): Promise<void> {
  await api.rest.issues.updateComment({ ...target.repo, comment_id: commentId, body });
}

/** Deletes each; one another job removed first (404) is gone all the same. */
async function removeComments(api: GitHubApi, target: StickyTarget, comments: { id: number }[]): Promise<number[]> {
  const removed: number[] = [];
  for (const c of comments) {
    try {
      await api.rest.issues.deleteComment({ ...target.repo, comment_id: c.id });
    } catch (e) {
      if (!(isGitHubApiError(e) && e.status === 404)) throw e;
    }
    removed.push(c.id);
  }
  return removed;
}
