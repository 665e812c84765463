import { createRequire } from 'node:module';
import { D as DEFAULT_HOST_ROOT, n as nativePlatforms, h as hostFactsReader, a as hostFindings, p as plannedTargets, c as crossCompiler } from './chunk-CQfXtv7S.js';
import { o as onPath, s as spawnRunner } from './chunk-DtjlLlnT.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/pipeline/host-check.ts
var HOST_ROOT_FLAG = {
  name: "host-root",
  description: `read /proc, /sys and /etc under this directory instead of ${DEFAULT_HOST_ROOT} (a chroot, or a test's fake tree)`
};
async function hostCheck(ctx, opts = {}) {
  const root = typeof ctx.flags["host-root"] === "string" ? ctx.flags["host-root"] : DEFAULT_HOST_ROOT;
  const env = ctx.host.env;
  const targets = await configTargets(ctx, opts.emulation === void 0 || ctx.config.matrix.cgo.length > 0);
  const native = nativePlatforms();
  const emulation = opts.emulation ?? (ctx.config.emulation.platforms.length > 0 || targets.all.some((t) => t.startsWith("linux/") && !native.includes(t.slice("linux/".length))));
  const facts = await hostFactsReader(root, opts.binfmtRoot).read({ dirs: execDirs(ctx), compilers: targets.cgo.map(compilerFor), env });
  return { facts, findings: hostFindings(facts, { emulation }) };
}
function execDirs(ctx) {
  const temp = ctx.config.runtime.tempDirs.map((d) => ({ role: "temp", ...d }));
  return [{ role: "out-dir", label: "out-dir", path: ctx.config.matrix.outDir }, ...temp];
}
var PAIR = /^[a-z0-9]+\/[a-z0-9]+$/;
async function configTargets(ctx, plan) {
  const m = ctx.config.matrix;
  const pairs = (list) => list.map((t) => t.trim().toLowerCase()).filter((t) => PAIR.test(t));
  const go = plan && m.targets.length ? await onPath("go", ctx.host.env) : void 0;
  const planned = go ? await plannedTargets(m, { go, env: ctx.host.env }, spawnRunner).catch(() => void 0) : void 0;
  if (!planned) return { all: pairs(m.targets), cgo: pairs(m.cgo) };
  const key = (t) => `${t.goos}/${t.goarch}`;
  return { all: [...new Set(planned.map(key))], cgo: [...new Set(planned.filter((t) => t.cgo).map(key))] };
}
function compilerFor(target) {
  const [goos, goarch] = target.split("/");
  const cc = crossCompiler(goos, goarch);
  return { target, cc: cc?.cc, package: cc?.package };
}

export { HOST_ROOT_FLAG as H, hostCheck as h };
