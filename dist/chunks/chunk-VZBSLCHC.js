import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  diagnose,
  fromCapabilityFinding
} from "./chunk-43YIRDEG.js";
import {
  HOST_ROOT_FLAG,
  hostCheck
} from "./chunk-NGDC5IEX.js";
import {
  GoCommandError,
  goEnv,
  goToSemver,
  realpathOr,
  requestedVersions,
  runGo,
  satisfiesOffline,
  saveGoCache,
  setup,
  whichGo
} from "./chunk-J772CW2D.js";
import {
  isUserError
} from "./chunk-AD2JC2XU.js";

// src/pipeline/toolchain.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2, relative as relative2 } from "node:path";

// src/toolchain/doctor-facts.ts
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
var VARS = ["GOVERSION", "GOROOT", "GOPATH", "GOCACHE", "GOMODCACHE"];
async function probe(goBin, env) {
  const { GOROOT: _ignored, ...own } = env;
  try {
    return await goEnv(goBin, own, VARS);
  } catch {
    return void 0;
  }
}
async function gatherFacts(config, host, installed, request) {
  const env = host.env;
  const pathGoBin = whichGo(env.PATH);
  const pathEnv = pathGoBin ? await probe(pathGoBin, env) : void 0;
  const same = installed && pathGoBin && realpathOr(pathGoBin) === realpathOr(installed.goBin);
  const usedEnv = installed && !same ? await probe(installed.goBin, { ...env, ...installed.env }) : pathEnv;
  const usedRoot = installed?.goroot ?? pathEnv?.GOROOT;
  const pathVersion = pathEnv?.GOVERSION?.replace(/^go/, "");
  const lastSpec = request?.specs.at(-1);
  const pathSemver = pathVersion ? goToSemver(pathVersion) : void 0;
  const goBin = installed?.goBin ?? pathGoBin;
  const runEnv = installed ? { ...env, ...installed.env } : env;
  return {
    workingDirectory: relative(config.workspace, config.workingDirectory) || ".",
    workingDirectoryAbs: config.workingDirectory,
    workspaceAbs: config.workspace,
    installed: installed && { version: installed.version, goroot: installed.goroot, goBin: installed.goBin },
    installedRealpath: installed && realpathOr(installed.goBin),
    requested: request && lastSpec ? { spec: lastSpec.raw, source: request.source, satisfiedByPath: pathSemver ? satisfiesOffline(pathSemver, lastSpec) : void 0 } : void 0,
    pathGo: pathGoBin ? { path: pathGoBin, realpath: realpathOr(pathGoBin), version: pathVersion, goroot: pathEnv?.GOROOT } : void 0,
    env: { GOROOT: env.GOROOT || void 0, GO111MODULE: env.GO111MODULE || void 0, GOFLAGS: env.GOFLAGS || void 0 },
    gotoolchain: env.GOTOOLCHAIN || (usedRoot ? goEnvFileValue(join(usedRoot, "go.env"), "GOTOOLCHAIN") : void 0),
    locations: usedEnv ? { GOPATH: usedEnv.GOPATH, GOCACHE: usedEnv.GOCACHE, GOMODCACHE: usedEnv.GOMODCACHE } : void 0,
    hasGoMod: existsSync(join(config.workingDirectory, "go.mod")),
    hasGoWork: existsSync(join(config.workingDirectory, "go.work")),
    hasVendor: existsSync(join(config.workingDirectory, "vendor")),
    goRun: goBin ? await tryGo(goBin, RUN_ARGS, runEnv, config.workingDirectory) : void 0,
    gotoolchainRun: goBin && env.GOTOOLCHAIN && env.GOTOOLCHAIN !== "local" ? await tryToolchain(goBin, runEnv, env.GOTOOLCHAIN) : void 0
  };
}
var RUN_ARGS = ["list", "-e", "-f", "{{.ImportPath}}", "runtime"];
async function tryGo(goBin, args, env, cwd, gotoolchain) {
  const command = `go ${args.join(" ")}`;
  try {
    await runGo(goBin, args, { ...env, GOPROXY: "off" }, { cwd, gotoolchain, timeoutMs: 6e4 });
    return { command };
  } catch (e) {
    const said = e instanceof GoCommandError ? e.stderr : e.message;
    return { command, error: said.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3).join(" ") };
  }
}
async function tryToolchain(goBin, env, gotoolchain) {
  const dir = mkdtempSync(join(tmpdir(), "go-xenv-doctor-"));
  try {
    const run = await tryGo(goBin, ["env", "GOVERSION"], env, dir, gotoolchain);
    return run.error && /download/.test(run.error) ? { command: run.command } : run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function goEnvFileValue(file, name) {
  if (!existsSync(file)) return void 0;
  const m = new RegExp(`^${name}=(.*)$`, "m").exec(readFileSync(file, "utf8"));
  return m?.[1].trim();
}

// src/pipeline/toolchain.ts
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
    findings: findings.filter((f) => f.severity !== "info").map((f) => ({ ...toFinding(f), severity: "warning" })),
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
    const { request, problem } = safeRequest(config, host.env);
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
function safeRequest(config, env) {
  try {
    return { request: requestedVersions(config.toolchain, config.workspace, config.workingDirectory, env) };
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
    if (tc.goVersions.length || tc.goVersionFile || existsSync2(join2(workingDirectory, "go.mod"))) return void 0;
    return `no go-version or go-version-file, and no go.mod in ${relative2(workspace, workingDirectory) || "."}`;
  },
  run: (ctx) => runSetup(ctx)
};
var saveCachePostTask = (config, host) => saveGoCache(config, host);

export {
  setupResult,
  setupCommand,
  doctorCommand,
  doctorResult,
  toolchainStep,
  saveCachePostTask
};
