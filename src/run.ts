// The one place where an action entry point turns results and errors into outputs, a summary and an exit status.
import * as core from '@actions/core';
import { actionsHost, annotationProps } from './actions-host.ts';
import { inputsFromEnv, loadConfig } from './config/load.ts';
import { describeError, isUserError } from './errors.ts';
import { loadCommand } from './pipeline/registry.ts';
import { stepOf, type StepResult } from './core/result.ts';
import type { Finding } from './core/finding.ts';
import type { Config } from './config/config.ts';
import type { Notice } from './github/index.ts';
import { logSafe } from './log-text.ts';
import { allFindings, annotationsOf, omittedNote } from './report/annotations.ts';
import { renderJobSummary, renderReport, reportOutputs } from './report/document.ts';

export async function runAction(phase: 'main' | 'post', env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const host = actionsHost(env);
  try {
    const given = inputsFromEnv(env);
    // Masked before anything can fail or print: the runner then hides the token in every log line.
    for (const secret of new Set([env['INPUT_TOKEN'], given.token, env.GITHUB_TOKEN])) if (secret) core.setSecret(secret);
    const config = loadConfig({ given, workspace: env.GITHUB_WORKSPACE ?? process.cwd(), env });
    if (phase === 'post') {
      // The post phase's code (and what it loads) only there: the main phase starts without it.
      await (await import('./pipeline/post.ts')).runPost(config, host);
      return;
    }
    const command = await loadCommand(config.command);
    if (!command) throw new Error(`command "${config.command}" is not wired into the pipeline`);
    const results = await command.run({ config, host, args: [], flags: {} });
    await publish(config, results);
  } catch (e) {
    if (isUserError(e)) {
      // One annotation at the file and line (setFailed would add a second, unlocated one).
      core.error(e.format(), annotationProps(e.where));
      process.exitCode = 1;
    } else {
      core.setFailed(describeError(e));
    }
  }
}

/** Every output a run sets: each step's, the report's key figures, and what was skipped and why. */
export function actionOutputs(results: StepResult[]): Record<string, string> {
  const skipped = results.filter((r) => r.status === 'skipped').map((r) => ({ step: r.step, reason: r.reason ?? '' }));
  return { ...Object.assign({}, ...results.map((r) => r.outputs ?? {})), ...reportOutputs(results), skipped: JSON.stringify(skipped) };
}

/** Each level's workflow command, named statically: a computed `core[level]` keeps all of @actions/core in the bundle. */
const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice };

/** The commands whose run makes a report: they keep the sticky comment (and the check run) on pull requests. */
const REPORTING = new Set(['check', 'policy', 'build', 'canary', 'audit']);

async function publish(config: Config, results: StepResult[]): Promise<void> {
  const { command } = config;
  const runUrl = config.runtime.runUrl;
  const findings = allFindings(results);
  const { annotations, omitted } = annotationsOf(findings);
  for (const a of annotations) ANNOTATE[a.level](a.message, a.properties);
  for (const [k, v] of Object.entries(actionOutputs(results))) core.setOutput(k, v);
  core.summary.addRaw(renderJobSummary(results, { command, runUrl, omitted: omittedNote(omitted) }), true);
  if (REPORTING.has(command)) await publishToGitHub(config, results, findings);
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length) core.setFailed(failed.map((r) => (r.reason ? `${r.step}: ${r.reason}` : r.title)).join('; '));
  await core.summary.write().catch((e: unknown) => core.warning(`could not write the job summary: ${describeError(e)}`));
}

/**
 * The sticky comment, the check run carrying every finding, and for the audit its issue. None of them fails the run:
 * what could not be written comes back as a notice (a fork's read-only token, a missing permission).
 */
async function publishToGitHub(config: Config, results: StepResult[], findings: Finding[]): Promise<void> {
  // Octokit loads only for the commands that publish.
  const { createClient, publishAuditIssue, publishCheckRun, publishReport, reportFileOf } = await import('./github/index.ts');
  const github = config.runtime;
  const token = config.toolchain.token;
  const api = token ? createClient({ token, apiUrl: github.apiUrl }) : undefined;
  const body = renderReport(results, { command: config.command, runUrl: github.runUrl });
  const notices: Notice[] = [];
  const comment = await publishReport({
    github,
    token,
    body,
    mode: config.report.comment,
    id: config.report.commentId,
    reportFile: reportFileOf(github, config.report.commentId),
    api,
  });
  notices.push(...comment.notices);
  core.info(`pull request comment: ${logSafe(describeOutcome(comment.outcome))}`);
  if (findings.length && github.onActions) {
    const check = await publishCheckRun({ github, token, api, findings, summary: body });
    notices.push(...check.notices);
  }
  const audit = stepOf(results, 'audit')?.data;
  if (audit) {
    const issue = await publishAuditIssue({ github, token, api, dirty: !audit.issue.clean, report: audit.issue.body });
    notices.push(...issue.notices);
  }
  for (const n of notices) ANNOTATE[n.level](logSafe(n.message));
}

const describeOutcome = (o: { kind: string; detail?: string; reason?: string }) => [o.kind, o.reason, o.detail].filter(Boolean).join(': ');
