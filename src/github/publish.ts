// The edge's one call after a command made its report: write the report file (the workflow uploads it as an artifact
// on every outcome), then keep the sticky comment, or say why there is none. Nothing is printed and nothing fails the
// run: the outcome and the notices to show come back as data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CommentMode, RuntimeFacts } from '../config/config.ts';
import { logSafe } from '../log-text.ts';
import { createClient, isReadOnly, type GitHubApi } from './client.ts';
import { commentTarget, type Skip } from './comment-plan.ts';
import { upsertStickyComment, type CommentOutcome } from './sticky-comment.ts';

/**
 * Where the edge writes the report for the artifact: the reusable workflows upload `$RUNNER_TEMP/go-xenv-report/`
 * on every outcome; one file per comment-id, so jobs sharing a runner do not overwrite each other's.
 */
export const reportFileOf = (facts: RuntimeFacts, id: string): string => join(facts.runner.temp, REPORT_ARTIFACT, `${id}.md`);

/** The artifact's name in the reusable workflows. */
export const REPORT_ARTIFACT = 'go-xenv-report';

export interface Notice {
  level: 'notice' | 'warning';
  message: string;
}

export type PublishOutcome = CommentOutcome | Skip | { kind: 'failed'; detail: string };

export interface PublishOptions {
  /** Config.runtime. */
  github: RuntimeFacts;
  /** Config.toolchain.token. */
  token: string;
  /** The Markdown report (report/ renders it, within GitHub's size). */
  body: string;
  mode: CommentMode;
  /** Config.report.commentId. */
  id: string;
  /** Where the report is written for the artifact upload. */
  reportFile: string;
  /** A client to reuse (one per run); made from github.apiUrl and token when absent. */
  api?: GitHubApi;
}

export interface Published {
  outcome: PublishOutcome;
  notices: Notice[];
}

export async function publishReport(opts: PublishOptions): Promise<Published> {
  const written = writeReportFile(opts.reportFile, opts.body);
  const elsewhere = `The report is in the job summary and in the artifact ${REPORT_ARTIFACT} (${basename(opts.reportFile)}).`;
  const target = commentTarget(opts.github, opts.mode, opts.token);
  if ('kind' in target) {
    const tell = target.reason === 'fork-read-only' || target.reason === 'no-token';
    return { outcome: target, notices: [...written, ...(tell ? [{ level: 'notice' as const, message: `No pull request comment: ${target.detail}. ${elsewhere}` }] : [])] };
  }
  const api = opts.api ?? createClient({ token: opts.token, apiUrl: opts.github.apiUrl });
  try {
    const outcome = await upsertStickyComment(api, target, { id: opts.id, report: opts.body, fullReportUrl: opts.github.runUrl });
    return { outcome, notices: written };
  } catch (e) {
    // GitHub's message is foreign text on a log line.
    const detail = logSafe((e as Error).message);
    if (isReadOnly(e)) {
      const why = opts.github.pullRequest?.fromFork
        ? `pull request #${target.issueNumber} comes from a fork and its token is read-only (${detail})`
        : `the token may not write pull request comments (${detail}); give the job \`permissions: pull-requests: write\``;
      return { outcome: { kind: 'skipped', reason: 'read-only-token', detail: why }, notices: [...written, { level: 'notice', message: `No pull request comment: ${why}. ${elsewhere}` }] };
    }
    return { outcome: { kind: 'failed', detail }, notices: [...written, { level: 'warning', message: `The pull request comment could not be written: ${detail}. ${elsewhere}` }] };
  }
}

/** The artifact's file; a runner whose temp directory refuses it loses the artifact, not the comment. */
function writeReportFile(file: string, body: string): Notice[] {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    return [];
  } catch (e) {
    return [{ level: 'warning', message: `The report file ${logSafe(file)} could not be written: ${logSafe((e as Error).message)}` }];
  }
}
