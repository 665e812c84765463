// Wiring of the emulation capability: the `emulation` command (`status` | `register`) and its `check` step. The
// platforms it registers by default come from the matrix plan, which is why this lives in the pipeline. In Actions the
// step registers what the matrix needs; from a terminal nothing changes the host's table unless `register` is asked.
import { join } from 'node:path';
import type { Finding } from '../core/finding.ts';
import { skippedStep } from '../core/result.ts';
import { UserError } from '../errors.ts';
import { DEFAULT_BINFMT_ROOT, checkBinfmtImage, DEFAULT_BINFMT_IMAGE, emulationStatus, registerEmulation, type EmulationEnv, findPlatform, nativePlatforms, QEMU_PLATFORMS, resolvePlatforms, type QemuPlatform, type EmulationReport } from '../emulation/index.ts';
import { logSafe, quoted } from '../log-text.ts';
import { plannedTargets } from '../matrix/index.ts';
import { spawnRunner } from '../process.ts';
import { goResolver, type GoResolver } from './go-resolver.ts';
import { HOST_ROOT_FLAG, hostCheck, type HostCheck } from './host-check.ts';
import type { CheckStep } from './steps.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

/** qemu-platforms, or by default the linux architectures of the matrix this runner cannot run natively. */
async function wantedPlatforms(ctx: CommandContext, go: GoResolver): Promise<QemuPlatform[]> {
  if (ctx.config.emulation.platforms.length) return resolvePlatforms(ctx.config.emulation.platforms);
  if (!ctx.config.matrix.targets.length) return [];
  const targets = await plannedTargets(ctx.config.matrix, await go(), spawnRunner);
  const native = nativePlatforms();
  const names = [...new Set(targets.filter((t) => t.goos === 'linux').map((t) => findPlatform(t.goarch)?.name).filter((n): n is string => !!n && !native.includes(n)))];
  return resolvePlatforms(names);
}

/** --binfmt-root, else binfmt_misc's place under --host-root, else the host's. */
function binfmtRoot(ctx: CommandContext): string {
  if (typeof ctx.flags['binfmt-root'] === 'string') return ctx.flags['binfmt-root'];
  return typeof ctx.flags['host-root'] === 'string' ? join(ctx.flags['host-root'], DEFAULT_BINFMT_ROOT) : DEFAULT_BINFMT_ROOT;
}

function envFor(ctx: CommandContext, go: GoResolver): EmulationEnv {
  const root = binfmtRoot(ctx);
  return { run: spawnRunner, env: ctx.host.env, go, root, isRoot: process.getuid?.() === 0, allowSudo: ctx.config.runtime.onActions, tempDir: ctx.config.runtime.runner.temp };
}

export function renderEmulation(report: EmulationReport, mode: 'status' | 'register', machine?: HostCheck): StepResult {
  const wanted = report.platforms;
  const unverified = mode === 'register' ? wanted.filter((p) => !p.native && p.verified !== true) : [];
  const verified = wanted.filter((p) => p.verified).map((p) => p.platform);
  const problems = machine?.findings.filter((f) => f.severity === 'error') ?? [];
  return {
    step: 'emulation',
    status: unverified.length || problems.length ? 'failed' : 'ok',
    title: mode === 'register'
      ? `emulation: ${verified.length}/${wanted.filter((p) => !p.native).length} platforms verified${report.method !== 'none' ? ` (registered by ${report.method})` : ''}`
      : `emulation: ${plural(wanted.filter((p) => p.registeredBy !== 'none').length, 'platform')} registered`,
    reason: [
      ...(unverified.length ? [`not verified: ${unverified.map((p) => `${p.platform} (${p.detail ?? 'no emulator registered'})`).join('; ')}`] : []),
      ...problems.map((f) => f.message),
    ].join('; ') || undefined,
    outputs: { 'qemu-platforms': verified.join(',') },
    findings: machine ? hostCheckFindings(machine) : [],
    data: machine ? { ...report, host: machine.facts, findings: machine.findings } : report,
  };
}

/**
 * The host's problems, annotated as warnings as `emulation status` always has (the step's failure carries the
 * errors); notices are log lines only.
 */
const hostCheckFindings = (machine: HostCheck): Finding[] =>
  machine.findings.filter((f) => f.severity !== 'notice').map((f) => ({ ...f, severity: 'warning' }));

/** One log line per platform: what registered it, with which interpreter, and what the probe showed. */
function logPlatforms(ctx: CommandContext, report: EmulationReport): void {
  for (const p of report.platforms) {
    const reg = p.native ? 'native' : p.registeredBy === 'none' ? `not registered${p.qemuStatic ? ` (${p.qemuStatic} on PATH)` : ''}` : `registered (${p.registeredBy}) with ${p.interpreter}${p.fixBinary ? ' [F]' : ''}`;
    const ver = p.verified === undefined ? 'not verified (status without --verify)' : p.verified ? `verified: ${p.detail}` : `NOT verified: ${p.detail}`;
    ctx.host.info(logSafe(`${p.platform}: ${reg}; ${ver}`));
  }
}

/** A skipped result whose reason is also the step's log line (its group in the action log is never empty). */
function skipped(ctx: CommandContext, title: string, reason: string): StepResult[] {
  ctx.host.info(`${title}: ${reason}`);
  return [skippedStep('emulation', reason, title)];
}

async function register(ctx: CommandContext, go: GoResolver): Promise<StepResult[]> {
  const platforms = await wantedPlatforms(ctx, go);
  if (!platforms.length) {
    return skipped(ctx, 'emulation: nothing to register', 'no platform needs emulation on this runner (qemu-platforms empty and every matrix target runs natively or is not linux)');
  }
  const method = ctx.config.emulation.method;
  if (method === 'none') return skipped(ctx, 'emulation: skipped', 'qemu-method is none');
  const image = checkBinfmtImage(ctx.config.emulation.image || DEFAULT_BINFMT_IMAGE);
  const report = await registerEmulation(envFor(ctx, go), { platforms, method, image, install: ctx.config.emulation.install });
  logPlatforms(ctx, report);
  return [renderEmulation(report, 'register')];
}

async function status(ctx: CommandContext, go: GoResolver, platforms: readonly QemuPlatform[]): Promise<StepResult[]> {
  const report = await emulationStatus(envFor(ctx, go), platforms, ctx.flags.verify === true);
  logPlatforms(ctx, report);
  const machine = await hostCheck(ctx, { binfmtRoot: binfmtRoot(ctx), emulation: true });
  logHostNotices(ctx, machine);
  return [renderEmulation(report, 'status', machine)];
}

export function logHostNotices(ctx: CommandContext, machine: HostCheck): void {
  for (const f of machine.findings) if (f.severity === 'notice') ctx.host.info(logSafe(`${f.message} — ${f.help}`));
}

/** `check` from a terminal: the table as it is, for the platforms this config needs. */
async function statusForCheck(ctx: CommandContext, go: GoResolver): Promise<StepResult[]> {
  const platforms = await wantedPlatforms(ctx, go);
  if (!platforms.length) return skipped(ctx, 'emulation: skipped', 'no platform needs emulation on this runner');
  return status(ctx, go, platforms);
}

export const emulationCommand: Command = {
  name: 'emulation',
  summary: 'QEMU emulation: `status` reports binfmt_misc per platform; `register` registers and verifies (needs root)',
  usage: 'emulation [status|register] [flags]   (default: status)',
  flags: [
    { name: 'verify', description: 'status: execute a tiny binary for each registered platform', boolean: true },
    { name: 'binfmt-root', description: `where binfmt_misc is (or is mounted): default ${DEFAULT_BINFMT_ROOT}` },
    HOST_ROOT_FLAG,
  ],
  async run(ctx) {
    // The action has no positional arguments: `command: emulation` reports the table, which changes nothing.
    const [what = 'status'] = ctx.args;
    const go = goResolver(ctx);
    if (what === 'status') {
      const all = ctx.config.emulation.platforms.length ? resolvePlatforms(ctx.config.emulation.platforms, 'none') : QEMU_PLATFORMS.filter((p) => !nativePlatforms().includes(p.name));
      return status(ctx, go, all);
    }
    if (what === 'register') return register(ctx, go);
    throw new UserError(`emulation: unknown action ${quoted(what)}`, { hint: 'use go-xenv emulation status or go-xenv emulation register' });
  },
};

export const emulationStep: CheckStep = {
  step: 'emulation',
  skipReason(ctx) {
    if (ctx.config.emulation.method === 'none') return 'qemu-method is none';
    if (process.platform !== 'linux') return `binfmt_misc is a Linux kernel feature; this runner is ${process.platform}`;
    if (!ctx.config.emulation.platforms.length && !ctx.config.matrix.targets.length) return 'no qemu-platforms and no matrix targets';
    return undefined;
  },
  // Only in Actions does `check` change the kernel's table; from a terminal it reports what is there.
  run: (ctx, earlier) => (ctx.config.runtime.onActions ? register(ctx, goResolver(ctx, earlier)) : statusForCheck(ctx, goResolver(ctx, earlier))),
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
