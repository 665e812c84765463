import { createRequire } from 'node:module';
import { o as ownOutputGlobs, h as hasPolicies, a as actionPolicyResult } from './chunk-CDXSnQZi.js';
import { l as loadParsersFor, r as readInputFile, a as parserFor } from './chunk-B4GqvIY9.js';
import { c as checkRevision, a as diffLocks } from './chunk-BX1Yb5uV.js';
import { g as globSync } from './chunk-CD1mUn41.js';
import { r as readLock } from './chunk-B9Pf2tyX.js';
import { l as lockFormatOf } from './chunk-BtqEFqmD.js';
import { t as toJson, M as MAX_SNAPSHOT_BYTES, e as parseSnapshot, g as diff, h as buildSnapshot, s as snapshotText, d as baselineSection, r as renderBaselineMarkdown } from './chunk-BxqvyMCa.js';
import { s as skippedStep, a as stepOf, b as isBaselineDiff } from './chunk-tQh32aOw.js';
import { r as resolveInside } from './chunk-Dhnp4LvZ.js';
import { h as hashRegularFile, r as readBoundedText } from './chunk-CE2JlTQc.js';
import { U as UserError, e as existsSync, i as isUserError, b as readFileSync, m as mkdirSync, w as writeFileSync } from './chunk-gJGdoriE.js';
import { l as logSafe } from './chunk-DjFb5CTR.js';
import { s as spawnRunner } from './chunk-DtjlLlnT.js';
import { a as minimatch } from './chunk-HyW7ORsI.js';
import { sep, join, isAbsolute, relative, dirname } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
var MAX_TRACKED_FILES = 1e4;
var LS_FILES_LIMIT = 16 * 1024 * 1024;
var MANIFEST_LIMIT = 16 * 1024 * 1024;
var posix = (p) => p.split(sep).join("/");
async function candidateFiles(config, env) {
  const r = await spawnRunner("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"], { cwd: config.workspace, env, timeoutMs: 6e4, maxOutput: LS_FILES_LIMIT });
  if (r.spawnError || r.code !== 0) return void 0;
  if (r.stdout.length >= LS_FILES_LIMIT) throw tooMany("more than fit in a listing");
  return r.stdout.split("\0").filter((f) => f && existsSync(join(config.workspace, f)));
}
var tooMany = (count) => new UserError(`baseline-configs match ${count}, more than the ${MAX_TRACKED_FILES} files a baseline tracks`, { hint: "narrow baseline-configs to the config directories (e.g. deploy/**, .github/**)", code: "too_many_files" });
async function trackedFiles(config, env) {
  const ws = config.workspace;
  for (const p of config.baseline.configs) {
    const body = p.replace(/^!/, "");
    if (isAbsolute(body) || body.split(/[\\/]+/).includes("..")) {
      throw new UserError(`baseline-configs: ${JSON.stringify(p)} must be a glob relative to the workspace, without ..`, { hint: "e.g. **/* or deploy/**", code: "bad_glob" });
    }
  }
  const ignore = ["**/.git/**", "**/node_modules/**", ...ownOutputGlobs(config)];
  const listed = await candidateFiles(config, env);
  const files = listed ? listed.filter((f) => matches(f, config.baseline.configs) && !ignore.some((i) => minimatch(f, i, { dot: true }))) : globSync(config.baseline.configs, { cwd: ws, dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, ignore });
  if (files.length > MAX_TRACKED_FILES) throw tooMany(`${files.length} files`);
  return files.sort();
}
function matches(file, globs) {
  const positive = globs.filter((g) => !g.startsWith("!"));
  const negative = globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  return positive.some((g) => minimatch(file, g, { dot: true })) && !negative.some((g) => minimatch(file, g, { dot: true }));
}
function insideOrSkip(config, host, file) {
  try {
    return resolveInside(config.workspace, file, { label: "tracked file" });
  } catch (e) {
    if (!isUserError(e)) throw e;
    host.warning(`baseline: ${logSafe(file)} is left out: it leads outside the workspace`, { file });
    return void 0;
  }
}
async function readConfigs(config, host, files) {
  const configs = [];
  const refusals = [];
  await loadParsersFor(files);
  for (const file of files) {
    const abs = insideOrSkip(config, host, file);
    if (!abs) continue;
    const input = readInputFile(abs, { display: file });
    const sha256 = await hashRegularFile(abs, { label: "tracked config file", where: { file } });
    if (input.status === "parsed") configs.push({ path: file, format: input.parser, sha256, content: toJson(input.parsed.value) });
    else {
      configs.push({ path: file, format: parserFor(file).name, sha256, content: null });
      refusals.push(input.finding);
    }
  }
  return { configs, refusals };
}
var verdictOf = (workspace) => (f) => ({
  rule: f.rule ?? f.capability,
  level: f.severity === "error" ? "failure" : "warning",
  message: f.message.split(`${workspace}${sep}`).join(""),
  file: f.file ?? null,
  line: f.line ?? null
});
async function verdictsOf(config, files, refusals) {
  if (!hasPolicies(config) || !files.length) return { verdicts: refusals.map(verdictOf(config.workspace)), policies: false };
  const result = await actionPolicyResult(config, files);
  const verdicts = result.findings.filter((f) => f.severity !== "notice");
  return { verdicts: verdicts.map(verdictOf(config.workspace)), policies: true };
}
function readLocks(config, host, files) {
  const docs = [];
  for (const file of files) {
    if (!insideOrSkip(config, host, file)) continue;
    const r = readLock(config.workspace, file);
    if (!r.ok) {
      const e = r.error;
      throw new UserError(e.message, { where: { file: e.file, line: e.line, col: e.column }, hint: "fix the lock file, or regenerate it with its tool", code: `lock_${e.code}` });
    }
    docs.push({ file, doc: r.document });
  }
  return docs;
}
var dependencySet = (doc, file) => ({
  file,
  format: doc.format,
  ecosystem: doc.ecosystem,
  packages: doc.packages.map((p) => ({ name: p.name, version: p.version, direct: p.direct, hashes: [...p.hashes], source: p.source, markers: p.markers }))
});
function readManifest(config) {
  const path = join(config.matrix.outDir, "manifest.json");
  if (!existsSync(path)) return void 0;
  const shown = relative(config.workspace, path) || path;
  const bad = (what) => new UserError(`the build manifest ${shown} ${what}`, { where: { file: shown }, hint: "build again (go-xenv build) or remove the out-dir", code: "bad_manifest" });
  let doc;
  try {
    doc = JSON.parse(readBoundedText(path, { label: "build manifest", maxBytes: MANIFEST_LIMIT, where: { file: shown } }));
  } catch (e) {
    if (isUserError(e)) throw e;
    throw bad("is not JSON");
  }
  const m = doc;
  if (!doc || typeof doc !== "object" || !Array.isArray(m.binaries)) throw bad("has no binaries list");
  const binaries = m.binaries.map((b, i) => {
    const x = b ?? {};
    if (typeof x.target !== "string" || typeof x.file !== "string" || !Number.isSafeInteger(x.size) || x.size < 0 || typeof x.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(x.sha256)) {
      throw bad(`has a malformed binary at binaries[${i}] (target, file, size and sha256 are needed)`);
    }
    return { target: x.target, file: x.file, size: x.size, sha256: x.sha256 };
  });
  const goVersion = typeof m.goVersion === "string" && m.goVersion ? m.goVersion.replace(/^go/, "") : null;
  return { goVersion, binaries };
}
function toolchainOf(config, manifest, locks) {
  if (manifest?.goVersion) return { version: manifest.goVersion, source: "manifest" };
  const asked = config.toolchain.goVersions.at(-1);
  if (asked) return { version: asked, source: "go-version" };
  const modFile = posix(relative(config.workspace, join(config.workingDirectory, "go.mod")));
  const mod = locks.find((d) => d.format === "go.mod" && d.file === modFile);
  if (mod && mod.format === "go.mod") {
    const version = mod.toolchain?.name.replace(/^go/, "") ?? mod.go?.version;
    if (version) return { version, source: "go.mod" };
  }
  return { version: null, source: "none" };
}
async function currentState(config, host) {
  const files = await trackedFiles(config, host.env);
  const lockFiles = files.filter((f) => lockFormatOf(f));
  const configFiles = files.filter((f) => !lockFormatOf(f) && parserFor(f));
  const { configs, refusals } = await readConfigs(config, host, configFiles);
  const locks = readLocks(config, host, lockFiles);
  const { verdicts, policies } = await verdictsOf(config, [...configs.map((c) => c.path), ...locks.map((l) => l.file)], refusals);
  const manifest = readManifest(config);
  return {
    state: {
      configs,
      verdicts,
      dependencies: locks.map((l) => dependencySet(l.doc, l.file)),
      toolchain: toolchainOf(config, manifest, locks.map((l) => l.doc)),
      binaries: manifest?.binaries ?? null
    },
    policies
  };
}
var HINT = "run it inside a git checkout that has the base revision (fetch-depth: 0 in actions/checkout)";
async function git(g, args, what, maxOutput) {
  const r = await g.run("git", args, { cwd: g.cwd, env: g.env, timeoutMs: 6e4, maxOutput });
  if (r.spawnError) throw new UserError(`git could not be started: ${r.spawnError}`, { hint: "install git and put it on PATH", code: "git_missing" });
  if (r.code !== 0) {
    const msg = r.stderr.trim().split("\n")[0] || (r.timedOut ? "git timed out" : "");
    throw new UserError(msg ? `${what} (${msg})` : what, { hint: HINT, code: "git_failed" });
  }
  return r;
}
async function resolveCommit(g, rev) {
  checkRevision(rev, "base");
  const r = await git(g, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], `base revision ${JSON.stringify(rev)} is not a commit in this repository`);
  const sha = r.stdout.trim();
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new UserError(`base revision ${JSON.stringify(rev)}: git answered ${JSON.stringify(sha.slice(0, 80))}`, { code: "git_failed" });
  return sha;
}
async function snapshotAt(g, file, rev, commit) {
  const shown = relative(g.cwd, file) || file;
  const object = `${commit}:./${shown.split(sep).join("/")}`;
  const size = await git(g, ["cat-file", "-s", object], `reading the baseline ${shown} at ${rev}`).catch((e) => {
    throw e instanceof UserError ? new UserError(`there is no baseline ${shown} at ${rev}`, {
      where: { file: shown },
      hint: "write it on the base branch with `go-xenv baseline update` (or command: baseline-update) and commit it",
      code: "no_baseline"
    }) : e;
  });
  const bytes = Number(size.stdout.trim());
  if (!Number.isSafeInteger(bytes) || bytes > MAX_SNAPSHOT_BYTES) {
    throw new UserError(`the baseline ${shown} at ${rev} is ${size.stdout.trim()} bytes, more than the ${MAX_SNAPSHOT_BYTES} a baseline may have`, { where: { file: shown }, hint: "narrow baseline-configs and write it again", code: "bad_baseline" });
  }
  const blob = await git(g, ["cat-file", "blob", object], `reading the baseline ${shown} at ${rev}`, MAX_SNAPSHOT_BYTES + 1);
  if (Buffer.byteLength(blob.stdout) !== bytes) {
    throw new UserError(`the baseline ${shown} at ${rev} was not read whole (${Buffer.byteLength(blob.stdout)} of ${bytes} bytes)`, { where: { file: shown }, hint: HINT, code: "bad_baseline" });
  }
  return parseSnapshot(blob.stdout, { file: shown, rev });
}

// src/pipeline/baseline.ts
var shownFile = (ctx) => relative(ctx.config.workspace, ctx.config.baseline.file) || ctx.config.baseline.file;
function workspaceSnapshot(ctx) {
  const file = shownFile(ctx);
  if (!existsSync(ctx.config.baseline.file)) {
    throw new UserError(`there is no baseline ${file}`, {
      where: { file },
      hint: "write it with `go-xenv baseline update` (or command: baseline-update) and commit it, or point baseline-file at it",
      code: "no_baseline"
    });
  }
  return parseSnapshot(readBoundedText(ctx.config.baseline.file, { label: "baseline", maxBytes: MAX_SNAPSHOT_BYTES, where: { file } }), { file });
}
async function baseSnapshot(ctx) {
  const file = shownFile(ctx);
  const flag = ctx.flags.base;
  if (flag === true || flag === "") throw new UserError("--base needs a revision", { hint: "e.g. --base main or --base HEAD~1", code: "usage" });
  const pr = ctx.config.runtime.pullRequest;
  const rev = typeof flag === "string" ? flag : pr?.baseSha || void 0;
  if (rev === void 0) return { snapshot: workspaceSnapshot(ctx), source: { file } };
  const g = { run: spawnRunner, cwd: ctx.config.workspace, env: ctx.host.env };
  const commit = await resolveCommit(g, rev);
  return { snapshot: await snapshotAt(g, ctx.config.baseline.file, rev, commit), source: { file, rev, commit } };
}
var asLockDocument = (s) => ({ ...s, packages: s.packages.map((p) => ({ ...p, line: 0 })) });
function dependencyChanges(base, head) {
  const b = new Map(base.map((s) => [s.file, s]));
  const h = new Map(head.map((s) => [s.file, s]));
  const out = [];
  for (const file of [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].sort()) {
    const x = b.get(file);
    const y = h.get(file);
    if (x && y && JSON.stringify(x) === JSON.stringify(y)) continue;
    const empty = (s) => ({ ...s, packages: [] });
    if (x && y && x.ecosystem !== y.ecosystem) {
      out.push({ file, status: "changed", diff: { ...diffLocks(asLockDocument(x), asLockDocument(empty(x))), added: diffLocks(asLockDocument(empty(y)), asLockDocument(y)).added } });
      continue;
    }
    const status = !x ? "added" : !y ? "removed" : "changed";
    out.push({ file, status, diff: diffLocks(asLockDocument(x ?? empty(y)), asLockDocument(y ?? empty(x))) });
  }
  return out;
}
async function diffAgainstBaseline(ctx, given) {
  const base = given ?? await baseSnapshot(ctx);
  const { state, policies } = await currentState(ctx.config, ctx.host);
  return { diff: diff(base.snapshot, state, dependencyChanges(base.snapshot.dependencies, state.dependencies)), source: base.source, state, policies };
}
async function update(ctx) {
  const file = shownFile(ctx);
  const path = ctx.config.baseline.file;
  let previous;
  try {
    previous = existsSync(path) ? workspaceSnapshot(ctx) : void 0;
  } catch (e) {
    if (!isUserError(e)) throw e;
    ctx.host.warning(`baseline: the previous ${logSafe(file)} is replaced: ${logSafe(e.message)}`, { file });
  }
  const { state, policies } = await currentState(ctx.config, ctx.host);
  const snapshot = buildSnapshot(state, previous);
  const text = snapshotText(snapshot);
  if (Buffer.byteLength(text) > MAX_SNAPSHOT_BYTES) {
    throw new UserError(`the baseline would be ${Buffer.byteLength(text)} bytes, more than the ${MAX_SNAPSHOT_BYTES} a baseline may have`, {
      where: { file },
      hint: "narrow baseline-configs to the config files (generated or data files make it large)",
      code: "baseline_too_large"
    });
  }
  const unchanged = existsSync(path) && readFileSync(path, "utf8") === text;
  if (!unchanged) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  const n = snapshot.binaries.length;
  const binaries = `${n} ${n === 1 ? "binary" : "binaries"}${state.binaries ? "" : " kept (no build manifest)"}`;
  const counts = `${snapshot.configs.length} config files, ${snapshot.verdicts.length} verdicts${policies ? "" : " (no policies: no policy input, conftest.toml or policy/)"}, ${snapshot.dependencies.length} lock files, ${binaries}, Go ${snapshot.toolchain.version ?? "unknown"}`;
  return {
    step: "baseline",
    status: "ok",
    title: `baseline: ${unchanged ? "unchanged" : "wrote"} ${file} (${counts})`,
    outputs: { "baseline-file": path },
    findings: [],
    data: { file, written: !unchanged, snapshot }
  };
}
async function diffStep(ctx) {
  const run = await diffAgainstBaseline(ctx);
  const section = baselineSection(run.diff, run.source);
  return {
    step: "baseline",
    status: "ok",
    title: `baseline: ${section.summary}`,
    outputs: { "baseline-file": ctx.config.baseline.file },
    findings: [],
    data: { base: run.source, diff: run.diff }
  };
}
var baselineStep = {
  step: "baseline",
  skipReason: (ctx) => ctx.config.runtime.pullRequest || existsSync(ctx.config.baseline.file) ? void 0 : `no baseline ${shownFile(ctx)} (write one with baseline-update and commit it)`,
  async run(ctx) {
    try {
      return [await diffStep(ctx)];
    } catch (e) {
      if (!isUserError(e) || e.code !== "no_baseline") throw e;
      return [skippedStep("baseline", e.message)];
    }
  }
};
var USAGE = "baseline update | baseline diff [--base <rev>] [--json]";
var baselineCommand = {
  name: "baseline",
  summary: "Write the baseline snapshot (`baseline update`), or diff the current state against the base branch's baseline (`baseline diff`)",
  usage: USAGE,
  flags: [{ name: "base", description: "the revision whose committed baseline to diff against (default: the pull request's base, else the file in the workspace)" }],
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    if (sub !== "update" && sub !== "diff" || rest.length) throw new UserError(`usage: go-xenv ${USAGE}`, { hint: "say update or diff", code: "usage" });
    return [sub === "update" ? await update(ctx) : await diffStep(ctx)];
  },
  json: (results) => results[0]?.data,
  text: (results) => {
    const r = stepOf(results, "baseline");
    return r?.data && isBaselineDiff(r.data) ? renderBaselineMarkdown(r.data.diff, r.data.base) : r?.title ?? "";
  }
};
var baselineUpdateCommand = {
  name: "baseline-update",
  summary: "Write the baseline snapshot from the current state (configs, policy verdicts, dependency sets, toolchain, binaries)",
  run: async (ctx) => [await update(ctx)]
};

export { baselineUpdateCommand as a, baselineCommand as b, baselineStep as c, dependencyChanges as d, diffAgainstBaseline as e, workspaceSnapshot as w };
