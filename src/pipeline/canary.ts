// The canary capability wired into the pipeline: the `canary` command (go-xenv canary --config FILE) and the `canary`
// step of `check`. Exit codes: 0 promote (or hold), 1 rollback, 2 hold with fail-on-hold, 3 config error (UserError).
import { relative } from 'node:path';
import { UserError } from '../errors.ts';
import type { CheckStep } from './steps.ts';
import type { Command, CommandContext, StepResult } from './types.ts';
import { analyse } from '../canary/analyse.ts';
import { parseCanaryConfig } from '../canary/config.ts';
import { fileProvider } from '../canary/providers/file.ts';
import { MissingSecret, prometheusProvider } from '../canary/providers/prometheus.ts';
import { renderCanaryMarkdown, renderCanaryText } from '../canary/render.ts';
import { canarySource } from '../canary/source.ts';
import type { CanaryConfig, CanaryResult, MetricsProvider } from '../canary/types.ts';

export async function runCanary(ctx: CommandContext): Promise<StepResult[]> {
  const flag = typeof ctx.flags.config === 'string' ? ctx.flags.config : undefined;
  const src = canarySource(ctx.config, flag);
  if (!src) {
    throw new UserError('no canary config: give --config FILE, the canary input, or a canary key in the config file', { hint: 'see the canary section of the README', code: 'canary_config' });
  }
  const cfg = parseCanaryConfig(src.document, { locate: src.locate, now: Math.floor(Date.now() / 1000), baseDir: ctx.config.workspace });
  const result = await analyse(cfg, provider(cfg, ctx));
  for (const m of result.metrics) {
    const where = cfg.metrics.find((s) => s.name === m.name)?.where;
    if (m.verdict === 'High' || m.verdict === 'Low') ctx.host.warning(`canary metric ${m.name}: ${m.verdict}: ${m.reason}`, where);
  }
  return [toStepResult(result, ctx)];
}

function provider(cfg: CanaryConfig, ctx: CommandContext): MetricsProvider {
  const p = cfg.provider;
  if (p.type === 'file') return fileProvider(p, relative(ctx.config.workspace, p.path) || p.path);
  try {
    return prometheusProvider(p, ctx.host.env);
  } catch (e) {
    if (e instanceof MissingSecret) throw new UserError(`canary: ${e.message}`, { hint: 'pass the secret to the step as an env variable', code: 'canary_config' });
    throw e;
  }
}

function toStepResult(r: CanaryResult, ctx: CommandContext): StepResult {
  const failOnHold = ctx.config.canary.failOnHold;
  const failed = r.decision === 'rollback' || (r.decision === 'hold' && failOnHold);
  const exitCode = r.decision === 'rollback' ? 1 : r.decision === 'hold' && failOnHold ? 2 : 0;
  const score = String(Number(r.score.toFixed(4)));
  return {
    step: 'canary',
    status: failed ? 'failed' : 'ok',
    title: `canary: ${r.decision} (score ${score})`,
    reason: failed ? r.reasons[0] : undefined,
    details: ctx.host.kind === 'terminal' ? renderCanaryText(r) : renderCanaryMarkdown(r),
    outputs: { 'canary-decision': r.decision, 'canary-score': score },
    data: r,
    exitCode,
  };
}

export const canaryCommand: Command = {
  name: 'canary',
  summary: 'Judge canary vs stable metrics (Prometheus or a JSON file) and decide: promote, hold or rollback',
  usage: 'canary [--config FILE] [--fail-on-hold] [--json]',
  flags: [{ name: 'config', description: 'The canary config file (YAML: provider, window, metrics). Default: the canary input or the canary key of the repository config file.' }],
  run: runCanary,
};

export const canaryStep: CheckStep = {
  step: 'canary',
  skipReason: (ctx) => (ctx.config.canary.document === undefined ? 'no canary config (the canary input or key is empty)' : undefined),
  run: (ctx) => runCanary(ctx),
};
