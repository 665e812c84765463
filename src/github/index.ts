// The public surface of github/: the REST client, the sticky comment (publishReport), check runs, the audit issue and
// a pull request's changed files.
export { createClient, GitHubApiError, isGitHubApiError, isReadOnly, type ClientOptions, type GitHubApi } from './client.ts';
export { commentTarget, type Skip, type SkipReason } from './comment-plan.ts';
export { publishReport, REPORT_ARTIFACT, reportFileOf, type Notice, type PublishOptions, type PublishOutcome, type Published } from './publish.ts';
export { listPullFiles, PULL_FILES_LIMIT, pullRequestFiles, type PullFiles } from './pull-files.ts';
export { repoRef, type RepoRef } from './repo.ts';
export { commentMarker, DEFAULT_COMMENT_ID, type CommentOutcome } from './sticky-comment.ts';
export { COMMAND_PERMISSIONS, type Permission } from './permissions.ts';
export { publishAuditIssue, publishCheckRun } from './publish-extras.ts';
export { AUDIT_LABEL, syncAuditIssue, type AuditIssueOutcome } from './audit-issue.ts';
export { annotationOf, CHECK_RUN_NAME, conclusionOf, writeCheckRun, type CheckRunOutcome } from './check-run.ts';
