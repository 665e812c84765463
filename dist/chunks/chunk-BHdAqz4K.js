import { createRequire } from 'node:module';
import { g as goResolver } from './chunk-QjBI2qBP.js';
import { d as checkBinaryName, e as nameFromModule, m as modulePathIn, p as plannedTargets, f as strategyMatrix, i as checkBuildPackage, j as runMatrix, k as hostExecPlanner } from './chunk-CQfXtv7S.js';
import { a as stepOf } from './chunk-tQh32aOw.js';
import { U as UserError } from './chunk-gJGdoriE.js';
import { l as logSafe } from './chunk-DjFb5CTR.js';
import { s as spawnRunner } from './chunk-DtjlLlnT.js';
import { relative, join } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
var noTargets = () => new UserError("no targets to build", { where: { file: "input targets" }, hint: "set targets, e.g. --targets first-class or targets: linux/amd64,linux/arm64" });
async function binaryName(ctx) {
  if (ctx.config.matrix.binaryName) return checkBinaryName(ctx.config.matrix.binaryName);
  const name = nameFromModule(modulePathIn(ctx.config.workingDirectory));
  return checkBinaryName(name, { file: relative(ctx.config.workspace, join(ctx.config.workingDirectory, "go.mod")) });
}
async function planResult(ctx, go, name) {
  if (!ctx.config.matrix.targets.length) throw noTargets();
  const targets = await plannedTargets(ctx.config.matrix, await go(), spawnRunner);
  return { targets, result: planStep(targets, name) };
}
function planStep(targets, name) {
  const matrix = strategyMatrix(targets, name);
  return {
    step: "matrix",
    status: "ok",
    title: `matrix: ${targets.length} target${targets.length === 1 ? "" : "s"} planned`,
    outputs: { matrix: JSON.stringify(matrix) },
    findings: [],
    data: matrix
  };
}
function renderBuild(ctx, r) {
  const ok = r.binaries.filter((b) => b.problems.length === 0).length;
  const failed = r.failures.length > 0;
  return {
    step: "matrix",
    status: failed ? "failed" : "ok",
    title: `matrix: ${ok}/${r.manifest.binaries.length + r.failures.filter((f) => f.stage === "build").length} binaries built and checked${failed ? `, ${r.failures.length} failure${r.failures.length === 1 ? "" : "s"}` : ""}`,
    reason: failed ? r.failures.map((f) => `${f.target.id}: ${f.message}`).join("\n") : void 0,
    outputs: { artifacts: r.manifestPath },
    findings: r.failures.map((f) => failureFinding(ctx, f)),
    data: { outDir: r.outDir, manifest: r.manifestPath, sums: r.sumsPath, binaries: r.manifest.binaries, failures: r.manifest.failures, reproducible: r.manifest.reproducible, timings: r.timings }
  };
}
function failureFinding(ctx, f) {
  const file = f.where?.file ? relative(ctx.config.workspace, join(ctx.config.workingDirectory, f.where.file)) : void 0;
  const message = `${f.target.id}: ${file ? f.message.replace(/^\S+?:\d+(:\d+)?: /, "") : f.message}`;
  return { capability: "matrix", rule: `matrix/${f.stage}`, severity: "error", message, ...file ? { file, line: f.where?.line, column: f.where?.col } : {} };
}
async function build(ctx, resolveGo) {
  const m = ctx.config.matrix;
  const name = await binaryName(ctx);
  checkBuildPackage(m.buildPackage);
  const { result: planned, targets } = await planResult(ctx, resolveGo, name);
  const go = await resolveGo();
  const r = await runMatrix({
    targets,
    moduleDir: ctx.config.workingDirectory,
    pkg: m.buildPackage,
    name,
    ldflagsTemplate: m.ldflags,
    outDir: m.outDir,
    smokeArgs: m.smokeArgs,
    smokeTimeoutMs: m.smokeTimeoutSeconds * 1e3,
    reproducible: m.reproducible,
    tempDir: ctx.config.runtime.runner.temp,
    go,
    run: spawnRunner,
    execPlanner: await hostExecPlanner(go.env),
    log: (line) => ctx.host.info(logSafe(line))
  });
  const built = renderBuild(ctx, r);
  return [{ ...built, outputs: { ...planned.outputs, ...built.outputs } }];
}
var planCommand = {
  name: "plan",
  summary: "Plan the cross-compile matrix: JSON for strategy.matrix (one entry per target, with a runner suggestion)",
  async run(ctx) {
    return [(await planResult(ctx, goResolver(ctx), await binaryName(ctx))).result];
  },
  // `go-xenv plan --json` is the strategy.matrix document itself, ready for a fan-out.
  json: (results) => stepOf(results, "matrix")?.data
};
var buildCommand = {
  name: "build",
  summary: "Build the matrix in parallel, check every binary against its target, smoke-run linux binaries, write SHA256SUMS and manifest.json",
  run: (ctx) => build(ctx, goResolver(ctx))
};
var matrixStep = {
  step: "matrix",
  skipReason: (ctx) => ctx.config.matrix.targets.length ? void 0 : "no targets configured",
  run: (ctx, earlier) => build(ctx, goResolver(ctx, earlier))
};

export { planStep as a, buildCommand as b, matrixStep as m, planCommand as p, renderBuild as r };
