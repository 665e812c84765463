// The one place where an action entry point turns results and errors into outputs, a summary and an exit status.
import * as core from '@actions/core';
import { actionsHost, annotationProps } from './actions-host.ts';
import { inputsFromEnv, loadConfig } from './config/load.ts';
import { describeError, isUserError } from './errors.ts';
import { loadCommand } from './pipeline/registry.ts';
import type { StepResult } from './core/result.ts';
import { allFindings, annotationsOf, omittedNote } from './report/annotations.ts';
import { renderJobSummary, reportOutputs } from './report/document.ts';
import { runPost } from './pipeline/post.ts';

export async function runAction(phase: 'main' | 'post', env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const host = actionsHost(env);
  try {
    const given = inputsFromEnv(env);
    // Masked before anything can fail or print: the runner then hides the token in every log line.
    for (const secret of new Set([env['INPUT_TOKEN'], given.token, env.GITHUB_TOKEN])) if (secret) core.setSecret(secret);
    const config = loadConfig({ given, workspace: env.GITHUB_WORKSPACE ?? process.cwd(), env });
    if (phase === 'post') {
      await runPost(config, host);
      return;
    }
    const command = await loadCommand(config.command);
    if (!command) throw new Error(`command "${config.command}" is not wired into the pipeline`);
    const results = await command.run({ config, host, args: [], flags: {} });
    await publish(config.command, results, config.runtime.runUrl);
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

async function publish(command: string, results: StepResult[], runUrl: string): Promise<void> {
  const { annotations, omitted } = annotationsOf(allFindings(results));
  for (const a of annotations) core[a.level](a.message, a.properties);
  for (const [k, v] of Object.entries(actionOutputs(results))) core.setOutput(k, v);
  core.summary.addRaw(renderJobSummary(results, { command, runUrl, omitted: omittedNote(omitted) }), true);
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length) core.setFailed(failed.map((r) => `${r.step}: ${r.reason ?? r.title}`).join('; '));
  await core.summary.write().catch((e: unknown) => core.warning(`could not write the job summary: ${describeError(e)}`));
}
