import { createRequire } from 'node:module';
import { H as HOST_ROOT_FLAG, h as hostCheck } from './chunk-BsCcd4UO.js';
import { s as setup, g as gatherFacts, r as requestedVersions, b as saveGoCache } from './chunk-CQfXtv7S.js';
import { d as diagnose, f as fromCapabilityFinding } from './chunk-CEmx3jLG.js';
import { i as isUserError, e as existsSync } from './chunk-gJGdoriE.js';
import { join, relative } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
async function runSetup(ctx) {
  const { config, host } = ctx;
  const s = await setup(config, host, { cache: true });
  const facts = await gatherFacts(config, host, s.data, s.request);
  return [setupResult(s, facts, diagnose(facts))];
}
function setupResult(s, facts, findings) {
  const versions = s.data.all.map((t) => `go${t.version}`).join(", ");
  return {
    step: "toolchain",
    status: "ok",
    title: `toolchain: ${versions}${s.data.all.length > 1 ? ` (go${s.data.version} first on PATH)` : ""}`,
    outputs: s.outputs,
    // Warnings and errors of the doctor are annotated as warnings: they do not fail setup or check.
    findings: [...s.findings, ...findings.filter((f) => f.severity !== "info").map((f) => ({ ...toFinding(f), severity: "warning" }))],
    data: { ...s.data, notes: s.notes, doctor: { facts, findings } }
  };
}
var toFinding = (f) => ({ capability: "toolchain", rule: f.id, severity: f.severity === "info" ? "notice" : f.severity, message: f.message, help: f.fix });
var setupCommand = {
  name: "setup",
  summary: "Install the requested Go (SHA-256 verified), put it on PATH, restore the module/build cache",
  run: runSetup
};
var doctorCommand = {
  name: "doctor",
  summary: "Check the Go environment: which go PATH runs, GOROOT, GO111MODULE, GOFLAGS, go.mod, cache locations",
  flags: [HOST_ROOT_FLAG],
  async run(ctx) {
    const { config, host } = ctx;
    const { request, problem } = await safeRequest(config, host.env);
    const facts = await gatherFacts(config, host, void 0, request);
    const machine = await hostCheck(ctx);
    const findings = [...diagnose(facts), ...machine.findings.map(fromCapabilityFinding)];
    if (problem) findings.unshift({ id: "request", severity: "error", message: problem, fix: "fix go-version / go-version-file or the version file" });
    return [doctorResult(facts, machine, findings)];
  }
};
function doctorResult(facts, machine, findings) {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return {
    step: "doctor",
    status: errors ? "failed" : "ok",
    title: `doctor: ${errors} error(s), ${warnings} warning(s)`,
    reason: errors ? findings.filter((f) => f.severity === "error").map((f) => f.message).join("; ") : void 0,
    // The doctor's findings are its report (the table), not annotations: it judges the machine, not the repository.
    findings: [],
    data: { facts, host: machine.facts, findings }
  };
}
async function safeRequest(config, env) {
  try {
    return { request: await requestedVersions(config.toolchain, config.workspace, config.workingDirectory, env) };
  } catch (e) {
    if (isUserError(e)) return { problem: e.format() };
    throw e;
  }
}
var toolchainStep = {
  step: "toolchain",
  // Without a toolchain no later step can build or run anything.
  blocksLaterSteps: true,
  // `setup` asked for nothing is an error; `check` over a directory that is no Go module just has no toolchain to set up.
  skipReason(ctx) {
    const { toolchain: tc, workingDirectory, workspace } = ctx.config;
    if (tc.goVersions.length || tc.goVersionFile || existsSync(join(workingDirectory, "go.mod"))) return void 0;
    return `no go-version or go-version-file, and no go.mod in ${relative(workspace, workingDirectory) || "."}`;
  },
  run: (ctx) => runSetup(ctx)
};
var saveCachePostTask = (config, host) => saveGoCache(config, host);

export { setupCommand as a, doctorResult as b, setupResult as c, doctorCommand as d, saveCachePostTask as s, toolchainStep as t };
