// The check run `go-xenv`: every Finding as an annotation at its file and line, past the workflow commands' cap of 10
// per kind and step. The Checks API takes 50 annotations a request: the run is created with the first 50 and updated
// with each next 50, the last request also completing it with the conclusion the severities give. A token that may
// not write checks (a fork's pull request, a workflow without `checks: write`) answers 403: skipped, with why.
import type { Finding, Severity } from '../core/finding.ts';
import { isReadOnly, type GitHubApi } from './client.ts';
import type { RepoRef } from './repo.ts';
import { fitLimit } from './size-limit.ts';

export const CHECK_RUN_NAME = 'go-xenv';
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limits for a check run's summary, an annotation's message and its title. */
const SUMMARY_LIMIT = 65_535;
const MESSAGE_LIMIT = 64 * 1024 - 1;
const TITLE_LIMIT = 255;

export type Conclusion = 'success' | 'neutral' | 'failure';

export type CheckRunOutcome =
  | { kind: 'written'; checkRunId: number; url: string; annotations: number; requests: number; conclusion: Conclusion }
  | { kind: 'skipped'; reason: 'read-only-token' | 'no-commit'; detail: string };

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, Annotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

/** An error fails the check; warnings alone make it neutral (shown, not blocking); notices or nothing pass. */
export function conclusionOf(findings: readonly Finding[]): Conclusion {
  if (findings.some((f) => f.severity === 'error')) return 'failure';
  return findings.some((f) => f.severity === 'warning') ? 'neutral' : 'success';
}

/**
 * A finding as an annotation. One without a file (a toolchain or canary finding) is placed on the repository root
 * (`.`, line 1): the API needs a path, and this keeps it in the check run beside the others.
 */
export function annotationOf(f: Finding): Annotation {
  const line = f.line && f.line > 0 ? f.line : 1;
  const title = [f.capability, f.rule].filter(Boolean).join(': ');
  return {
    path: f.file || '.',
    start_line: line,
    end_line: line,
    ...(f.column && f.column > 0 ? { start_column: f.column, end_column: f.column } : {}),
    annotation_level: LEVEL[f.severity],
    message: f.message.slice(0, MESSAGE_LIMIT) || '(no message)',
    ...(title ? { title: title.slice(0, TITLE_LIMIT) } : {}),
    ...(f.help ? { raw_details: f.help.slice(0, MESSAGE_LIMIT) } : {}),
  };
}

export interface CheckRunInput {
  repo: RepoRef;
  /** The commit the check belongs to: a pull request's head, else the run's commit. */
  headSha: string;
  findings: readonly Finding[];
  /** Markdown shown on the check's page (the report), cut to GitHub's limit. */
  summary: string;
  /** The run's page, linked from the check. */
  detailsUrl?: string;
}

export async function writeCheckRun(api: GitHubApi, input: CheckRunInput): Promise<CheckRunOutcome> {
  if (!input.headSha) return { kind: 'skipped', reason: 'no-commit', detail: 'the commit of the run is unknown (GITHUB_SHA)' };
  const annotations = input.findings.map(annotationOf);
  const batches: Annotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const conclusion = conclusionOf(input.findings);
  const counts = (['error', 'warning', 'notice'] as const).map((s) => `${input.findings.filter((f) => f.severity === s).length} ${s}s`);
  const output = (batch: Annotation[] = []) => ({ title: `go-xenv: ${counts.join(', ')}`, summary: fitLimit(input.summary || 'No findings.', SUMMARY_LIMIT, input.detailsUrl), annotations: batch });
  const last = batches.length <= 1;
  let created: number | undefined;
  try {
    const { data } = await api.rest.checks.create({
      ...input.repo,
      name: CHECK_RUN_NAME,
      head_sha: input.headSha,
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      ...(last ? { status: 'completed' as const, conclusion } : { status: 'in_progress' as const }),
      output: output(batches[0]),
    });
    created = data.id;
    for (let i = 1; i < batches.length; i++) {
      const final = i === batches.length - 1;
      await api.rest.checks.update({ ...input.repo, check_run_id: data.id, ...(final ? { status: 'completed' as const, conclusion } : {}), output: output(batches[i]) });
    }
    return { kind: 'written', checkRunId: data.id, url: data.html_url ?? '', annotations: annotations.length, requests: Math.max(1, batches.length), conclusion };
  } catch (e) {
    if (isReadOnly(e) && created === undefined) return { kind: 'skipped', reason: 'read-only-token', detail: `the token may not write checks (${(e as Error).message}); give the job \`permissions: checks: write\`` };
    // A run left in progress would show as pending on the commit forever: complete it, then report the failure.
    if (created !== undefined) {
      await api.rest.checks.update({ ...input.repo, check_run_id: created, status: 'completed', conclusion, output: { ...output(), summary: `Not every annotation could be written: ${(e as Error).message}` } }).catch(() => {});
    }
    throw e;
  }
}
