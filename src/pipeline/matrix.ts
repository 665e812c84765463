// Wiring of the matrix capability: the `plan` and `build` commands and the `check` step. Smoke runs execute foreign
// binaries the way the emulation capability finds on this host, which is why this lives in the pipeline.
import { join, relative } from 'node:path';
import type { Finding } from '../core/finding.ts';
import { stepOf } from '../core/result.ts';
import { UserError } from '../errors.ts';
import { hostExecPlanner } from '../emulation/index.ts';
import { logSafe } from '../log-text.ts';
import { checkBuildPackage, checkBinaryName, nameFromModule, plannedTargets, strategyMatrix, runMatrix, type MatrixResult, modulePathIn, type Target, type TargetFailure } from '../matrix/index.ts';
import { spawnRunner } from '../process.ts';
import { goResolver, type GoResolver } from './go-resolver.ts';
import type { CheckStep } from './steps.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

const noTargets = () => new UserError('no targets to build', { where: { file: 'input targets' }, hint: 'set targets, e.g. --targets first-class or targets: linux/amd64,linux/arm64' });

/** binary-name, else the module path's last element: either way one checked file name, never a path. */
async function binaryName(ctx: CommandContext): Promise<string> {
  if (ctx.config.matrix.binaryName) return checkBinaryName(ctx.config.matrix.binaryName);
  const name = nameFromModule(modulePathIn(ctx.config.workingDirectory));
  return checkBinaryName(name, { file: relative(ctx.config.workspace, join(ctx.config.workingDirectory, 'go.mod')) });
}

async function planResult(ctx: CommandContext, go: GoResolver, name: string): Promise<{ result: StepResult; targets: Target[] }> {
  if (!ctx.config.matrix.targets.length) throw noTargets();
  const targets = await plannedTargets(ctx.config.matrix, await go(), spawnRunner);
  return { targets, result: planStep(targets, name) };
}

export function planStep(targets: Target[], name: string): StepResult {
  const matrix = strategyMatrix(targets, name);
  return {
    step: 'matrix',
    status: 'ok',
    title: `matrix: ${targets.length} target${targets.length === 1 ? '' : 's'} planned`,
    outputs: { matrix: JSON.stringify(matrix) },
    findings: [],
    data: matrix,
  };
}

export function renderBuild(ctx: CommandContext, r: MatrixResult): StepResult {
  const ok = r.binaries.filter((b) => b.problems.length === 0).length;
  const failed = r.failures.length > 0;
  return {
    step: 'matrix',
    status: failed ? 'failed' : 'ok',
    title: `matrix: ${ok}/${r.manifest.binaries.length + r.failures.filter((f) => f.stage === 'build').length} binaries built and checked${failed ? `, ${r.failures.length} failure${r.failures.length === 1 ? '' : 's'}` : ''}`,
    reason: failed ? r.failures.map((f) => `${f.target.id}: ${f.message}`).join('\n') : undefined,
    outputs: { artifacts: r.manifestPath },
    findings: r.failures.map((f) => failureFinding(ctx, f)),
    data: { outDir: r.outDir, manifest: r.manifestPath, sums: r.sumsPath, binaries: r.manifest.binaries, failures: r.manifest.failures, reproducible: r.manifest.reproducible, timings: r.timings },
  };
}

/** A failure at the compiler's file:line:col (relative to the workspace), whose message then drops its copy of them. */
function failureFinding(ctx: CommandContext, f: TargetFailure): Finding {
  const file = f.where?.file ? relative(ctx.config.workspace, join(ctx.config.workingDirectory, f.where.file)) : undefined;
  const message = `${f.target.id}: ${file ? f.message.replace(/^\S+?:\d+(:\d+)?: /, '') : f.message}`;
  return { capability: 'matrix', rule: `matrix/${f.stage}`, severity: 'error', message, ...(file ? { file, line: f.where?.line, column: f.where?.col } : {}) };
}

async function build(ctx: CommandContext, resolveGo: GoResolver): Promise<StepResult[]> {
  const m = ctx.config.matrix;
  // The repository's names are checked before anything is installed or built.
  const name = await binaryName(ctx);
  checkBuildPackage(m.buildPackage);
  const { result: planned, targets } = await planResult(ctx, resolveGo, name);
  const go = await resolveGo();
  const r = await runMatrix({
    targets, moduleDir: ctx.config.workingDirectory, pkg: m.buildPackage, name, ldflagsTemplate: m.ldflags, outDir: m.outDir,
    smokeArgs: m.smokeArgs, smokeTimeoutMs: m.smokeTimeoutSeconds * 1000, reproducible: m.reproducible, tempDir: ctx.config.runtime.runner.temp, go, run: spawnRunner,
    execPlanner: await hostExecPlanner(go.env), log: (line) => ctx.host.info(logSafe(line)),
  });
  const built = renderBuild(ctx, r);
  return [{ ...built, outputs: { ...planned.outputs, ...built.outputs } }];
}

export const planCommand: Command = {
  name: 'plan',
  summary: 'Plan the cross-compile matrix: JSON for strategy.matrix (one entry per target, with a runner suggestion)',
  async run(ctx) {
    return [(await planResult(ctx, goResolver(ctx), await binaryName(ctx))).result];
  },
  // `go-xenv plan --json` is the strategy.matrix document itself, ready for a fan-out.
  json: (results) => stepOf(results, 'matrix')?.data,
};

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build the matrix in parallel, check every binary against its target, smoke-run linux binaries, write SHA256SUMS and manifest.json',
  run: (ctx) => build(ctx, goResolver(ctx)),
};

export const matrixStep: CheckStep = {
  step: 'matrix',
  skipReason: (ctx) => (ctx.config.matrix.targets.length ? undefined : 'no targets configured'),
  run: (ctx, earlier) => build(ctx, goResolver(ctx, earlier)),
};
