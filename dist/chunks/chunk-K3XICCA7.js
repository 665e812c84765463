import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  goResolver
} from "./chunk-WRAI3FW3.js";
import {
  HOST_ROOT_FLAG,
  hostCheck
} from "./chunk-NGDC5IEX.js";
import {
  skippedStep
} from "./chunk-2JQPZKBK.js";
import {
  DEFAULT_BINFMT_ROOT,
  QEMU_PLATFORMS,
  entryServes,
  findPlatform,
  fsWriter,
  nativePlatforms,
  plannedTargets,
  readBinfmt,
  resolvePlatforms,
  sudoWriter
} from "./chunk-J772CW2D.js";
import {
  onPath,
  spawnRunner
} from "./chunk-2WR53RW4.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import {
  logSafe,
  quoted
} from "./chunk-GDFLD4U5.js";

// src/pipeline/emulation.ts
import { join as join2 } from "node:path";

// src/emulation/docker.ts
var DEFAULT_BINFMT_IMAGE = "docker.io/tonistiigi/binfmt@sha256:400a4873b838d1b89194d982c45e5fb3cda4593fbfd7e08a02e76b03b21166f0";
function checkBinfmtImage(image) {
  if (!/^[a-z0-9][a-z0-9._/:-]*@sha256:[0-9a-f]{64}$/.test(image)) {
    throw new UserError(`qemu-image ${quoted(image)} is not an image reference pinned by digest`, {
      where: { file: "input qemu-image" },
      code: "bad_qemu_image",
      hint: `the binfmt installer runs --privileged: give name@sha256:<64 hex digits>, e.g. ${DEFAULT_BINFMT_IMAGE}`
    });
  }
  return image;
}
var dockerRegisterArgs = (image, platforms) => ["run", "--rm", "--privileged", image, "--install", platforms.join(",")];
async function dockerAnswers(run, env) {
  const r = await run("docker", ["version", "--format", "{{.Server.Version}}"], { env, timeoutMs: 15e3 });
  return r.code === 0 && r.stdout.trim() !== "";
}
async function dockerRegister(run, env, image, platforms) {
  return run("docker", dockerRegisterArgs(image, platforms), { env, timeoutMs: 3e5 });
}

// src/emulation/register.ts
var entryName = (p) => `qemu-${p.qemuArch}`;
var escapeHex = (hex) => hex.replace(/../g, (b) => `\\x${b}`);
function registerString(p, interpreter, flags = "F") {
  if (/[:\n]/.test(interpreter)) throw new Error(`interpreter path may not contain ":" or a newline: ${interpreter}`);
  return `:${entryName(p)}:M:0:${escapeHex(p.magic)}:${escapeHex(p.mask)}:${interpreter}:${flags}`;
}

// src/emulation/direct.ts
var QEMU_PACKAGE = "qemu-user-static";
async function findOrInstallQemu(platforms, opts) {
  const find = async () => new Map((await Promise.all(platforms.map(async (p) => [p.name, await onPath(`qemu-${p.qemuArch}-static`, opts.env)]))).filter((e) => e[1] !== void 0));
  let found = await find();
  const missing = () => platforms.filter((p) => !found.has(p.name)).map((p) => `qemu-${p.qemuArch}-static`);
  if (missing().length && opts.install && await onPath("apt-get", opts.env)) {
    const env = { ...opts.env, DEBIAN_FRONTEND: "noninteractive" };
    const admin = (args) => opts.sudo ? opts.run("sudo", ["-n", ...args], { env, timeoutMs: 6e5 }) : opts.run(args[0], args.slice(1), { env, timeoutMs: 6e5 });
    const install = ["apt-get", "install", "-y", "--no-install-recommends", QEMU_PACKAGE];
    if ((await admin(install)).code !== 0 && (await admin(["apt-get", "update"])).code === 0) await admin(install);
    found = await find();
  }
  if (missing().length) {
    throw new UserError(`${missing().join(", ")} not found on PATH`, {
      hint: `install the Debian/Ubuntu package ${QEMU_PACKAGE}${opts.install ? "" : " (qemu-install is false, so go-xenv did not)"}`
    });
  }
  return found;
}
async function registerDirect(platforms, interpreters, root, writer) {
  await writer.mount(root);
  for (const p of platforms) await writer.register(root, entryName(p), registerString(p, interpreters.get(p.name)));
}

// src/emulation/verify.ts
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var PROBE = 'package main\n\nimport "runtime"\n\nfunc main() { println("go-xenv-probe", runtime.GOOS, runtime.GOARCH) }\n';
async function buildProbes(platforms, go, run, dir) {
  const work = dir ?? await mkdtemp(join(tmpdir(), "go-xenv-probe-"));
  await mkdir(work, { recursive: true });
  await writeFile(join(work, "go.mod"), "module probe\n\ngo 1.21\n");
  await writeFile(join(work, "main.go"), PROBE);
  const out = /* @__PURE__ */ new Map();
  for (const p of platforms) {
    const bin = join(work, `probe-${p.name}`);
    const r = await run(go.go, ["build", "-trimpath", "-o", bin, "."], {
      cwd: work,
      timeoutMs: 3e5,
      env: { ...go.env, GOOS: "linux", GOARCH: p.goarch, CGO_ENABLED: "0", GOFLAGS: "-mod=mod" }
    });
    if (r.code !== 0) throw new Error(`building the ${p.name} probe failed: ${r.stderr || r.spawnError}`);
    out.set(p.name, bin);
  }
  return out;
}
async function verifyProbe(p, binary, run, env) {
  const r = await run(binary, [], { timeoutMs: 3e4, env });
  const said = `${r.stdout}${r.stderr}`.trim();
  const expected = `go-xenv-probe linux ${p.goarch}`;
  if (r.code === 0 && said.includes(expected)) return { platform: p.name, verified: true, detail: said };
  const shFallback = r.code !== 0 && said.startsWith(`${binary}:`);
  const why = r.spawnError ?? (r.timedOut ? "timed out" : shFallback ? "exec format error (no binfmt_misc handler took it)" : `exit ${r.code ?? r.signal}${said ? `: ${said.split("\n")[0]}` : ""}`);
  return { platform: p.name, verified: false, detail: `the ${p.name} probe did not run: ${why}` };
}
async function removeProbes(bins) {
  const dirs = new Set([...bins.values()].map((b) => join(b, "..")));
  await Promise.all([...dirs].map((d) => rm(d, { recursive: true, force: true })));
}

// src/emulation/emulate.ts
async function qemuStaticPaths(env, platforms) {
  const out = {};
  for (const p of platforms) {
    const path = await onPath(`qemu-${p.qemuArch}-static`, env);
    if (path) out[p.qemuArch] = path;
  }
  return out;
}
var servedBy = (state, p) => state.entries.filter((e) => e.enabled && entryServes(e, p));
function describe(state, p, registeredBy, hostArch, qemu) {
  const served = servedBy(state, p);
  const e = served.find((x) => x.flags.includes("F")) ?? served[0];
  return {
    platform: p.name,
    goarch: p.goarch,
    native: nativePlatforms(hostArch).includes(p.name),
    registeredBy: e ? registeredBy : "none",
    entry: e?.name,
    interpreter: e?.interpreter,
    fixBinary: e?.flags.includes("F") ?? false,
    qemuStatic: qemu[p.qemuArch]
  };
}
async function verifyAll(reports, platforms, ctx) {
  const foreign = platforms.filter((p) => !nativePlatforms(ctx.hostArch).includes(p.name));
  if (!foreign.length) return;
  const probes = await buildProbes(foreign, await ctx.go(), ctx.run);
  try {
    for (const p of foreign) {
      const v = await verifyProbe(p, probes.get(p.name), ctx.run, ctx.env);
      const r = reports.find((x) => x.platform === p.name);
      r.verified = v.verified;
      r.detail = v.detail;
    }
  } finally {
    await removeProbes(probes);
  }
}
async function emulationStatus(ctx, platforms = QEMU_PLATFORMS, verify = false) {
  const state = await readBinfmt(ctx.root);
  const qemu = await qemuStaticPaths(ctx.env, platforms);
  const reports = platforms.map((p) => describe(state, p, "already", ctx.hostArch, qemu));
  if (verify) await verifyAll(reports, platforms.filter((p) => reports.find((r) => r.platform === p.name)?.registeredBy !== "none"), ctx);
  return { method: "none", binfmt: { root: state.root, mounted: state.mounted, enabled: state.enabled, entries: state.entries }, platforms: reports };
}
async function registerEmulation(ctx, opts) {
  const before = await readBinfmt(ctx.root);
  const todo = opts.platforms.filter((p) => !servedBy(before, p).some((e) => e.flags.includes("F")));
  let method = "none";
  let docker;
  if (todo.length) {
    method = opts.method === "auto" ? await dockerAnswers(ctx.run, ctx.env) ? "docker" : "direct" : opts.method;
    if (method === "docker") {
      const names = todo.map((p) => p.name);
      const r = await dockerRegister(ctx.run, ctx.env, opts.image, names);
      docker = { argv: ["docker", ...dockerRegisterArgs(opts.image, names)], exitCode: r.code, stderr: r.stderr.slice(-2e3) };
    } else {
      if (!ctx.isRoot && !ctx.allowSudo) {
        throw new UserError("registering emulators changes the kernel's binfmt_misc table and needs root", {
          hint: "run `sudo go-xenv emulation register`, or use qemu-<arch>-static directly (smoke runs do that when nothing is registered)"
        });
      }
      const sudo = !ctx.isRoot;
      const interpreters = await findOrInstallQemu(todo, { env: ctx.env, install: opts.install, run: ctx.run, sudo });
      await registerDirect(todo, interpreters, ctx.root, sudo ? sudoWriter(ctx.run) : fsWriter(ctx.run));
    }
  }
  const after = await readBinfmt(ctx.root);
  const qemu = await qemuStaticPaths(ctx.env, opts.platforms);
  const reports = opts.platforms.map((p) => describe(after, p, todo.includes(p) ? method : "already", ctx.hostArch, qemu));
  await verifyAll(reports, opts.platforms, ctx);
  return { method, binfmt: { root: after.root, mounted: after.mounted, enabled: after.enabled, entries: after.entries }, platforms: reports, docker };
}

// src/pipeline/emulation.ts
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
  return typeof ctx.flags["host-root"] === "string" ? join2(ctx.flags["host-root"], DEFAULT_BINFMT_ROOT) : DEFAULT_BINFMT_ROOT;
}
function envFor(ctx, go) {
  const root = binfmtRoot(ctx);
  return { run: spawnRunner, env: ctx.host.env, go, root, isRoot: process.getuid?.() === 0, allowSudo: ctx.host.kind === "actions" };
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
  run: (ctx, earlier) => ctx.host.kind === "actions" ? register(ctx, goResolver(ctx, earlier)) : statusForCheck(ctx, goResolver(ctx, earlier))
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

export {
  renderEmulation,
  logHostNotices,
  emulationCommand,
  emulationStep
};
