// The canary capability wired into the pipeline: the `canary` command (go-xenv canary --config FILE) and the `canary`
// step of `check`. Exit codes: 0 promote (or hold), 1 rollback, 2 hold with fail-on-hold, 3 config error (UserError).
import { relative } from 'node:path';
import type { Finding } from '../core/finding.ts';
import type { CanaryStepData } from '../core/result.ts';
import { UserError } from '../errors.ts';
import { logSafe, quoted } from '../log-text.ts';
import { addSecretEnvName } from '../process.ts';
import type { CheckStep } from './steps.ts';
import type { Command, CommandContext, StepResult } from './types.ts';
import { analyse, CANARY_URL_ENV, parseCanaryConfig, fileProvider, authorization, credentialEnvNames, MissingSecret, prometheusProvider, canarySource, type CanaryConfig, type MetricsProvider } from '../canary/index.ts';

export async function runCanary(ctx: CommandContext): Promise<StepResult[]> {
  try {
    const { result, findings } = await judgeCanary(ctx);
    return [toStepResult(result, findings, ctx)];
  } catch (e) {
    // A canary that could not be judged never promotes: a later step reading the output sees hold, not nothing.
    ctx.host.setOutput('canary-decision', 'hold');
    throw e;
  }
}

async function judgeCanary(ctx: CommandContext): Promise<{ result: CanaryStepData; findings: Finding[] }> {
  const { host } = ctx;
  // What the step did, for the action log's group; a terminal prints the report itself (these lines with --verbose).
  const log = (line: string) => (ctx.config.runtime.onActions ? host.info(line) : host.debug(line));
  const flag = typeof ctx.flags.config === 'string' ? ctx.flags.config : undefined;
  const src = canarySource(ctx.config, flag);
  if (!src) {
    throw new UserError('no canary config: give --config FILE, the canary input, or a canary key in the config file', { hint: 'see the canary section of the README', code: 'canary_config' });
  }
  const cfg = parseCanaryConfig(src.document, {
    locate: src.locate, now: Math.floor(Date.now() / 1000), baseDir: ctx.config.workspace,
    trusted: src.trusted, pinnedUrl: host.env[CANARY_URL_ENV] || undefined,
  });
  const p = cfg.provider;
  const w = cfg.window;
  log(`canary config from ${src.trusted ? 'the canary input' : quoted(src.source)}: ${cfg.metrics.length} metric(s), window ${iso(w.start)} – ${iso(w.end)}, step ${w.stepSeconds}s`);
  log(`metrics from ${p.type === 'file' ? `the series file ${quoted(relative(ctx.config.workspace, p.path) || p.path)}` : `Prometheus at ${quoted(p.url)}${p.bearerTokenEnv || p.basicAuth ? ' (with credentials)' : ''}`}`);
  const result = await analyse(cfg, provider(cfg, ctx));
  const findings: Finding[] = [];
  for (const m of result.metrics) {
    log(`metric ${quoted(m.name)} (${m.judge}${m.critical ? ', critical' : ''}): judged ${m.canary.samples} canary and ${m.stable.samples} stable samples: ${m.verdict} — ${logSafe(m.reason)}`);
    if (m.verdict !== 'High' && m.verdict !== 'Low') continue;
    const where = cfg.metrics.find((s) => s.name === m.name)?.where;
    findings.push({ capability: 'canary', rule: `canary/${m.judge}`, severity: 'warning', message: `canary metric ${quoted(m.name)}: ${m.verdict}: ${m.reason}`, file: where?.file, line: where?.line });
  }
  log(`decision: ${result.decision} (score ${fmtScore(result.score)}): ${logSafe(result.reasons[0] ?? '')}`);
  return { result: { ...result, judges: cfg.metrics.map((m) => ({ metric: m.name, judge: m.judge })) }, findings };
}

const iso = (t: number) => new Date(t * 1000).toISOString();
const fmtScore = (s: number) => String(Number(s.toFixed(4)));

/**
 * Keeps the canary's credential variables from every child process and masks their values from the start of a run:
 * `check` builds and smoke-runs the repository's code before its canary step reads them. Read from the raw document,
 * so a config that is refused later is covered too.
 */
export function guardCanaryCredentials(ctx: CommandContext): void {
  const provider = (ctx.config.canary.document as { provider?: Record<string, unknown> } | undefined)?.provider;
  const basic = provider?.['basic-auth'] as Record<string, unknown> | undefined;
  protect([provider?.['bearer-token-env'], basic?.['username-env'], basic?.['password-env']].filter((n): n is string => typeof n === 'string' && !!n), ctx);
}

/** Credential variables: never passed to a child process, their values masked in the log. */
function protect(names: string[], ctx: CommandContext): void {
  for (const name of names) {
    addSecretEnvName(name);
    if (ctx.host.env[name]) ctx.host.setSecret(ctx.host.env[name]);
  }
}

function provider(cfg: CanaryConfig, ctx: CommandContext): MetricsProvider {
  const p = cfg.provider;
  if (p.type === 'file') return fileProvider(p, relative(ctx.config.workspace, p.path) || p.path);
  const env = ctx.host.env;
  protect(credentialEnvNames(p), ctx);
  try {
    const auth = authorization(p, env);
    if (auth) ctx.host.setSecret(auth.slice(auth.indexOf(' ') + 1));
    return prometheusProvider(p, env);
  } catch (e) {
    if (e instanceof MissingSecret) throw new UserError(`canary: ${e.message}`, { hint: 'pass the secret to the step as an env variable', code: 'canary_config' });
    throw e;
  }
}

export function toStepResult(r: CanaryStepData, findings: Finding[], ctx: CommandContext): StepResult {
  const failOnHold = ctx.config.canary.failOnHold;
  const failed = r.decision === 'rollback' || (r.decision === 'hold' && failOnHold);
  const exitCode = r.decision === 'rollback' ? 1 : r.decision === 'hold' && failOnHold ? 2 : 0;
  const score = fmtScore(r.score);
  return {
    step: 'canary',
    status: failed ? 'failed' : 'ok',
    title: `canary: ${r.decision} (score ${score})`,
    reason: failed ? r.reasons[0] : undefined,
    outputs: { 'canary-decision': r.decision, 'canary-score': score },
    findings,
    data: r,
    exitCode,
  };
}

export const canaryCommand: Command = {
  name: 'canary',
  summary: 'Judge canary vs stable metrics (Prometheus or a JSON file) and decide: promote, hold or rollback',
  usage: 'canary [--config FILE] [--fail-on-hold] [--json]',
  flags: [{ name: 'config', description: 'The canary config file (YAML: provider, window, metrics). Default: the canary input or the canary key of the repository config file.' }],
  // The check command groups each of its steps; run alone, the canary groups its own log.
  run: (ctx) => ctx.host.group('canary', () => runCanary(ctx)),
};

export const canaryStep: CheckStep = {
  step: 'canary',
  skipReason: (ctx) => (ctx.config.canary.document === undefined ? 'no canary config (the canary input or key is empty)' : undefined),
  run: (ctx) => runCanary(ctx),
};
