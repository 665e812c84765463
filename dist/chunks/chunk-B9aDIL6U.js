import { createRequire } from 'node:module';
import { H as HOST_ROOT_FLAG, h as hostCheck } from './chunk-BsCcd4UO.js';
import { g as goResolver } from './chunk-QjBI2qBP.js';
import { l as DEFAULT_BINFMT_ROOT, o as resolvePlatforms, p as plannedTargets, n as nativePlatforms, q as findPlatform, t as checkBinfmtImage, u as DEFAULT_BINFMT_IMAGE, v as registerEmulation, w as emulationStatus, Q as QEMU_PLATFORMS } from './chunk-CQfXtv7S.js';
import { s as skippedStep } from './chunk-tQh32aOw.js';
import { U as UserError } from './chunk-gJGdoriE.js';
import { l as logSafe, q as quoted } from './chunk-DjFb5CTR.js';
import { s as spawnRunner } from './chunk-DtjlLlnT.js';
import { join } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
async function wantedPlatforms(ctx, go) {
  if (ctx.config.emulation.platforms.length) return resolvePlatforms(ctx.config.emulation.platforms);
  if (!ctx.config.matrix.targets.length) return [];
  const targets = await plannedTargets(ctx.config.matrix, await go(), spawnRunner);
  const native = nativePlatforms();
  const names = [...new Set(targets.filter((t) => t.goos === "linux").map((t) => findPlatform(t.goarch)?.name).filter((n) => !!n && !native.includes(n)))];
  return resolvePlatforms(names);
}
function binfmtRoot(ctx) {
  if (typeof ctx.flags["binfmt-root"] === "string") return ctx.flags["binfmt-root"];
  return typeof ctx.flags["host-root"] === "string" ? join(ctx.flags["host-root"], DEFAULT_BINFMT_ROOT) : DEFAULT_BINFMT_ROOT;
}
function envFor(ctx, go) {
  const root = binfmtRoot(ctx);
  return { run: spawnRunner, env: ctx.host.env, go, root, isRoot: process.getuid?.() === 0, allowSudo: ctx.config.runtime.onActions, tempDir: ctx.config.runtime.runner.temp };
}
function renderEmulation(report, mode, machine) {
  const wanted = report.platforms;
  const unverified = mode === "register" ? wanted.filter((p) => !p.native && p.verified !== true) : [];
  const verified = wanted.filter((p) => p.verified).map((p) => p.platform);
  const problems = machine?.findings.filter((f) => f.severity === "error") ?? [];
  return {
    step: "emulation",
    status: unverified.length || problems.length ? "failed" : "ok",
    title: mode === "register" ? `emulation: ${verified.length}/${wanted.filter((p) => !p.native).length} platforms verified${report.method !== "none" ? ` (registered by ${report.method})` : ""}` : `emulation: ${plural(wanted.filter((p) => p.registeredBy !== "none").length, "platform")} registered`,
    reason: [
      ...unverified.length ? [`not verified: ${unverified.map((p) => `${p.platform} (${p.detail ?? "no emulator registered"})`).join("; ")}`] : [],
      ...problems.map((f) => f.message)
    ].join("; ") || void 0,
    outputs: { "qemu-platforms": verified.join(",") },
    findings: machine ? hostCheckFindings(machine) : [],
    data: machine ? { ...report, host: machine.facts, findings: machine.findings } : report
  };
}
var hostCheckFindings = (machine) => machine.findings.filter((f) => f.severity !== "notice").map((f) => ({ ...f, severity: "warning" }));
function logPlatforms(ctx, report) {
  for (const p of report.platforms) {
    const reg = p.native ? "native" : p.registeredBy === "none" ? `not registered${p.qemuStatic ? ` (${p.qemuStatic} on PATH)` : ""}` : `registered (${p.registeredBy}) with ${p.interpreter}${p.fixBinary ? " [F]" : ""}`;
    const ver = p.verified === void 0 ? "not verified (status without --verify)" : p.verified ? `verified: ${p.detail}` : `NOT verified: ${p.detail}`;
    ctx.host.info(logSafe(`${p.platform}: ${reg}; ${ver}`));
  }
}
function skipped(ctx, title, reason) {
  ctx.host.info(`${title}: ${reason}`);
  return [skippedStep("emulation", reason, title)];
}
async function register(ctx, go) {
  const platforms = await wantedPlatforms(ctx, go);
  if (!platforms.length) {
    return skipped(ctx, "emulation: nothing to register", "no platform needs emulation on this runner (qemu-platforms empty and every matrix target runs natively or is not linux)");
  }
  const method = ctx.config.emulation.method;
  if (method === "none") return skipped(ctx, "emulation: skipped", "qemu-method is none");
  const image = checkBinfmtImage(ctx.config.emulation.image || DEFAULT_BINFMT_IMAGE);
  const report = await registerEmulation(envFor(ctx, go), { platforms, method, image, install: ctx.config.emulation.install });
  logPlatforms(ctx, report);
  return [renderEmulation(report, "register")];
}
async function status(ctx, go, platforms) {
  const report = await emulationStatus(envFor(ctx, go), platforms, ctx.flags.verify === true);
  logPlatforms(ctx, report);
  const machine = await hostCheck(ctx, { binfmtRoot: binfmtRoot(ctx), emulation: true });
  logHostNotices(ctx, machine);
  return [renderEmulation(report, "status", machine)];
}
function logHostNotices(ctx, machine) {
  for (const f of machine.findings) if (f.severity === "notice") ctx.host.info(logSafe(`${f.message} \u2014 ${f.help}`));
}
async function statusForCheck(ctx, go) {
  const platforms = await wantedPlatforms(ctx, go);
  if (!platforms.length) return skipped(ctx, "emulation: skipped", "no platform needs emulation on this runner");
  return status(ctx, go, platforms);
}
var emulationCommand = {
  name: "emulation",
  summary: "QEMU emulation: `status` reports binfmt_misc per platform; `register` registers and verifies (needs root)",
  usage: "emulation [status|register] [flags]   (default: status)",
  flags: [
    { name: "verify", description: "status: execute a tiny binary for each registered platform", boolean: true },
    { name: "binfmt-root", description: `where binfmt_misc is (or is mounted): default ${DEFAULT_BINFMT_ROOT}` },
    HOST_ROOT_FLAG
  ],
  async run(ctx) {
    const [what = "status"] = ctx.args;
    const go = goResolver(ctx);
    if (what === "status") {
      const all = ctx.config.emulation.platforms.length ? resolvePlatforms(ctx.config.emulation.platforms, "none") : QEMU_PLATFORMS.filter((p) => !nativePlatforms().includes(p.name));
      return status(ctx, go, all);
    }
    if (what === "register") return register(ctx, go);
    throw new UserError(`emulation: unknown action ${quoted(what)}`, { hint: "use go-xenv emulation status or go-xenv emulation register" });
  }
};
var emulationStep = {
  step: "emulation",
  skipReason(ctx) {
    if (ctx.config.emulation.method === "none") return "qemu-method is none";
    if (process.platform !== "linux") return `binfmt_misc is a Linux kernel feature; this runner is ${process.platform}`;
    if (!ctx.config.emulation.platforms.length && !ctx.config.matrix.targets.length) return "no qemu-platforms and no matrix targets";
    return void 0;
  },
  // Only in Actions does `check` change the kernel's table; from a terminal it reports what is there.
  run: (ctx, earlier) => ctx.config.runtime.onActions ? register(ctx, goResolver(ctx, earlier)) : statusForCheck(ctx, goResolver(ctx, earlier))
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

export { emulationStep as a, emulationCommand as e, logHostNotices as l, renderEmulation as r };
