// The toolchain capability's glue to the pipeline: the `setup` and `doctor` commands, the `toolchain` step of `check`
// and the post-step task. The pipeline files import these by name.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Config } from '../config/config.ts';
import { isUserError } from '../errors.ts';
import type { Host } from '../host.ts';
import { HOST_ROOT_FLAG, hostCheck, type HostCheck } from './host-check.ts';
import type { CheckStep } from './steps.ts';
import type { Command, CommandContext, StepResult } from './types.ts';
import { diagnose, fromCapabilityFinding, type DoctorFacts, type Finding, gatherFacts, saveGoCache, requestedVersions, type Request, setup, type SetupOutcome } from '../toolchain/index.ts';
import type { Finding as CoreFinding } from '../core/finding.ts';

async function runSetup(ctx: CommandContext): Promise<StepResult[]> {
  const { config, host } = ctx;
  const s = await setup(config, host, { cache: true });
  const facts = await gatherFacts(config, host, s.data, s.request);
  return [setupResult(s, facts, diagnose(facts))];
}

export function setupResult(s: Pick<SetupOutcome, 'data' | 'notes' | 'outputs' | 'findings'>, facts: DoctorFacts, findings: Finding[]): StepResult {
  const versions = s.data.all.map((t) => `go${t.version}`).join(', ');
  return {
    step: 'toolchain',
    status: 'ok',
    title: `toolchain: ${versions}${s.data.all.length > 1 ? ` (go${s.data.version} first on PATH)` : ''}`,
    outputs: s.outputs,
    // Warnings and errors of the doctor are annotated as warnings: they do not fail setup or check.
    findings: [...s.findings, ...findings.filter((f) => f.severity !== 'info').map((f) => ({ ...toFinding(f), severity: 'warning' as const }))],
    data: { ...s.data, notes: s.notes, doctor: { facts, findings } },
  };
}

const toFinding = (f: Finding): CoreFinding => ({ capability: 'toolchain', rule: f.id, severity: f.severity === 'info' ? 'notice' : f.severity, message: f.message, help: f.fix });

export const setupCommand: Command = {
  name: 'setup',
  summary: 'Install the requested Go (SHA-256 verified), put it on PATH, restore the module/build cache',
  run: runSetup,
};

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'Check the Go environment: which go PATH runs, GOROOT, GO111MODULE, GOFLAGS, go.mod, cache locations',
  flags: [HOST_ROOT_FLAG],
  async run(ctx) {
    const { config, host } = ctx;
    const { request, problem } = await safeRequest(config, host.env);
    const facts = await gatherFacts(config, host, undefined, request);
    const machine = await hostCheck(ctx);
    const findings = [...diagnose(facts), ...machine.findings.map(fromCapabilityFinding)];
    if (problem) findings.unshift({ id: 'request', severity: 'error', message: problem, fix: 'fix go-version / go-version-file or the version file' });
    return [doctorResult(facts, machine, findings)];
  },
};

export function doctorResult(facts: DoctorFacts, machine: HostCheck, findings: Finding[]): StepResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return {
    step: 'doctor',
    status: errors ? 'failed' : 'ok',
    title: `doctor: ${errors} error(s), ${warnings} warning(s)`,
    reason: errors ? findings.filter((f) => f.severity === 'error').map((f) => f.message).join('; ') : undefined,
    // The doctor's findings are its report (the table), not annotations: it judges the machine, not the repository.
    findings: [],
    data: { facts, host: machine.facts, findings },
  };
}

/** The doctor reports a broken version file as its own finding rather than stopping. */
async function safeRequest(config: Config, env: NodeJS.ProcessEnv): Promise<{ request?: Request; problem?: string }> {
  try {
    return { request: await requestedVersions(config.toolchain, config.workspace, config.workingDirectory, env) };
  } catch (e) {
    if (isUserError(e)) return { problem: e.format() };
    throw e;
  }
}

export const toolchainStep: CheckStep = {
  step: 'toolchain',
  // Without a toolchain no later step can build or run anything.
  blocksLaterSteps: true,
  // `setup` asked for nothing is an error; `check` over a directory that is no Go module just has no toolchain to set up.
  skipReason(ctx) {
    const { toolchain: tc, workingDirectory, workspace } = ctx.config;
    if (tc.goVersions.length || tc.goVersionFile || existsSync(join(workingDirectory, 'go.mod'))) return undefined;
    return `no go-version or go-version-file, and no go.mod in ${relative(workspace, workingDirectory) || '.'}`;
  },
  run: (ctx) => runSetup(ctx),
};

export const saveCachePostTask = (config: Config, host: Host): Promise<void> => saveGoCache(config, host);
