import { createRequire } from 'node:module';
import { C as COMBINED, b as readPolicyModules, c as loadPolicyParsers, v as verifyPolicies, d as registerParsers, D as DEFAULT_POLICY_PATH, l as loadParsersFor, e as loadPolicies, g as evaluatePolicies, h as readConftestToml, i as actionRootAbove, j as CONFTEST_TOML, k as policyPathsFor, B as BUILTIN_PACK, m as changedFiles, s as selectInputs, n as hasRegoFiles, w as walkInputs } from './chunk-B4GqvIY9.js';
import { a as lockInputParsers } from './chunk-BtqEFqmD.js';
import { p as policySummary, a as renderVerifyJunit, b as renderVerifyTap, c as renderVerifyJson, d as renderVerifyStdout, v as verifySummary, e as verifyJsonDocument, f as renderPolicyJunit, g as renderPolicyStdout } from './chunk-BsLrw91K.js';
import { s as skippedStep } from './chunk-tQh32aOw.js';
import { r as resolveInside } from './chunk-Dhnp4LvZ.js';
import { U as UserError, e as existsSync, m as mkdirSync, w as writeFileSync } from './chunk-gJGdoriE.js';
import { l as logSafe, q as quoted } from './chunk-DjFb5CTR.js';
import { relative, isAbsolute, sep, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/report/policy-json.ts
var GoStruct = class {
  constructor(fields) {
    this.fields = fields;
  }
  fields;
};
var message = (m) => new GoStruct({ msg: m.msg, ...m.metadata ? { metadata: m.metadata } : {} });
var checkResult = (r) => new GoStruct({
  filename: r.filename,
  namespace: r.namespace,
  successes: r.successes,
  ...r.warnings.length ? { warnings: r.warnings.map(message) } : {},
  ...r.failures.length ? { failures: r.failures.map(message) } : {},
  ...r.exceptions.length ? { exceptions: r.exceptions.map(message) } : {}
});
var renderPolicyJson = (result) => goJson(result.results.map(checkResult), "");
var policyJsonDocument = (result) => JSON.parse(renderPolicyJson(result));
function goJson(v, level) {
  if (v === null || v === void 0) return "null";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return goString(v);
  const inner = `${level}	`;
  if (Array.isArray(v)) return v.length ? `[
${v.map((x) => inner + goJson(x, inner)).join(",\n")}
${level}]` : "[]";
  const o = v instanceof GoStruct ? v.fields : v;
  const keys = v instanceof GoStruct ? Object.keys(o) : Object.keys(o).sort();
  return keys.length ? `{
${keys.map((k) => `${inner}${goString(k)}: ${goJson(o[k], inner)}`).join(",\n")}
${level}}` : "{}";
}
var goString = (s) => JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

// src/report/policy-sarif.ts
var SARIF_SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json";
var LEVEL = { failure: "error", warning: "warning", exception: "note" };
var DESCRIPTION = { failure: "Policy violation", warning: "Policy warning", exception: "Policy exception" };
var uriOf = (file) => file.split(/[\\/]/).map(encodeURIComponent).join("/");
function policySarifLog(result) {
  const rules = [];
  const index = /* @__PURE__ */ new Map();
  const results = [];
  const add = (r, kind, m) => {
    const query = typeof m.metadata?.query === "string" ? m.metadata.query : void 0;
    const id = `${r.namespace}/${kind === "exception" ? "exception" : query?.split(".").pop() ?? kind}`;
    if (!index.has(id)) {
      index.set(id, rules.length);
      rules.push({ id, shortDescription: { text: DESCRIPTION[kind] }, ...query ? { properties: { query } } : {} });
    }
    const location = { physicalLocation: { artifactLocation: { uri: uriOf(r.filename) }, region: { startLine: m.line ?? 1 } } };
    results.push({
      ruleId: id,
      ruleIndex: index.get(id),
      level: LEVEL[kind],
      message: { text: m.msg },
      ...r.filename === COMBINED ? {} : { locations: [location] }
    });
  };
  for (const r of result.results) {
    for (const m of r.failures) add(r, "failure", m);
    for (const m of r.warnings) add(r, "warning", m);
    for (const m of r.exceptions) add(r, "exception", m);
  }
  return {
    version: "2.1.0",
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: { driver: { name: "go-xenv", informationUri: "https://github.com/go-xenv/go-xenv-action", rules } },
        invocations: [
          {
            executionSuccessful: true,
            exitCode: result.exitCode,
            exitCodeDescription: result.totals.failures ? "Policy violations found" : result.totals.warnings ? "Policy warnings found" : "No policy violations found"
          }
        ],
        results
      }
    ]
  };
}
var renderPolicySarif = (result) => JSON.stringify(policySarifLog(result), null, 2);

// src/report/policy-github.ts
var property = (s) => s.replace(/[%\r\n:,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
var data = (s) => logSafe(s).replace(/%/g, "%25");
function renderPolicyGithub(result) {
  const lines = [];
  for (const r of result.results) {
    const total = r.successes + r.failures.length + r.warnings.length + r.exceptions.length;
    const command = (name, msg, m) => lines.push(`::${name} file=${property(r.filename)},line=${m?.line ?? 1}::${data(msg)}`);
    lines.push(`::group::Testing ${quoted(r.filename)} against ${total} policies in namespace ${quoted(r.namespace)}`);
    for (const m of r.failures) command("error", m.msg, m);
    for (const m of r.warnings) command("warning", m.msg, m);
    for (const m of r.exceptions) command("notice", m.msg, m);
    command("notice", `Number of successful checks: ${r.successes}`);
    lines.push("::endgroup::");
  }
  lines.push(policySummary(result.totals));
  return lines.join("\n");
}

// src/report/policy-table.ts
var HEADER = ["RESULT", "FILE", "NAMESPACE", "MESSAGE"];
function renderPolicyTable(result) {
  const rows = [];
  for (const r of result.results) {
    const row = (kind, msg) => rows.push([kind, logSafe(r.filename), logSafe(r.namespace), logSafe(msg)]);
    for (let i = 0; i < r.successes; i++) row("success", "SUCCESS");
    for (const m of r.exceptions) row("exception", m.msg);
    for (const m of r.warnings) row("warning", m.msg);
    for (const m of r.failures) row("failure", m.msg);
  }
  const len = (s) => [...s].length;
  const widths = HEADER.map((h, i) => Math.max(len(h), ...rows.map((r) => len(r[i] ?? ""))));
  const rule = (left, mid, right) => left + widths.map((w) => "\u2500".repeat(w + 2)).join(mid) + right;
  const centre = (s, w) => " ".repeat(Math.floor((w - len(s)) / 2)) + s + " ".repeat(Math.ceil((w - len(s)) / 2));
  const line = (cells, pad) => `\u2502 ${cells.map((c, i) => pad(c, widths[i] ?? 0)).join(" \u2502 ")} \u2502`;
  return [
    rule("\u250C", "\u252C", "\u2510"),
    line(HEADER, centre),
    rule("\u251C", "\u253C", "\u2524"),
    ...rows.map((r) => line(r, (s, w) => s + " ".repeat(w - len(s)))),
    rule("\u2514", "\u2534", "\u2518")
  ].join("\n");
}

// src/report/policy-tap.ts
function renderPolicyTap(result) {
  const lines = [`1..${result.totals.tests}`];
  let n = 0;
  for (const r of result.results) {
    const line = (ok, msg) => lines.push(`${ok ? "ok" : "not ok"} ${++n} - ${logSafe(r.filename)} - ${logSafe(r.namespace)} - ${logSafe(msg)}`);
    for (const m of r.failures) line(false, m.msg);
    const section = (name, ok, msgs) => {
      if (!msgs.length) return;
      lines.push(`# ${name}`);
      for (const msg of msgs) line(ok, msg);
    };
    section(
      "warnings",
      false,
      r.warnings.map((m) => m.msg)
    );
    section(
      "exceptions",
      true,
      r.exceptions.map((m) => m.msg)
    );
    section("successes", true, Array(r.successes).fill("SUCCESS"));
  }
  return lines.join("\n");
}
function ownOutputGlobs(config) {
  const inside = (p) => {
    const rel = relative(config.workspace, p);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : void 0;
  };
  const out = inside(config.matrix.outDir);
  const snapshot = inside(config.baseline.file);
  return [...out ? [`${out}/**`] : [], ...snapshot ? [snapshot] : []];
}

// src/pipeline/flag-list.ts
var flagList = (v) => typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : [];

// src/pipeline/policy-verify.ts
var STEP = "policy verify";
var RENDER = {
  stdout: (d) => renderVerifyStdout(d.result, { color: d.color }),
  json: (d) => renderVerifyJson(d.result),
  tap: (d) => renderVerifyTap(d.result),
  junit: (d) => renderVerifyJunit(d.result)
};
var OUTPUTS = Object.keys(RENDER);
async function runPolicyVerify(ctx) {
  const f = ctx.flags;
  const output = typeof f.output === "string" ? f.output : "stdout";
  if (!OUTPUTS.includes(output)) throw new UserError(`unknown --output ${JSON.stringify(f.output)} for policy verify`, { hint: `use one of: ${OUTPUTS.join(", ")}` });
  const regoVersion = typeof f["rego-version"] === "string" ? f["rego-version"] : "v1";
  if (regoVersion !== "v0" && regoVersion !== "v1") throw new UserError(`unknown --rego-version ${JSON.stringify(regoVersion)}`, { hint: "use v0 or v1" });
  const policyPaths = [...flagList(f.policy), ...ctx.args.slice(1)];
  const engine = await import('./rego-CkdsLX6W.js').then(function (n) { return n.I; });
  const modules = readPolicyModules(policyPaths, ctx.workspace);
  const dataPaths = flagList(f.data);
  await Promise.all([engine.loadBuiltinsFor(modules.map((m) => m.source)), loadPolicyParsers({ cwd: ctx.workspace, modules, dataPaths })]);
  const result = verifyPolicies({
    engine,
    cwd: ctx.workspace,
    policyPaths,
    modules,
    dataPaths,
    namespaces: flagList(f.namespace),
    strict: f["show-builtin-errors"] === true,
    regoVersion
  });
  const data2 = { result, output, color: f["no-color"] !== true };
  return [{ step: STEP, status: result.exitCode ? "failed" : "ok", title: `policy verify: ${verifySummary(result)}`, findings: [], data: data2, exitCode: result.exitCode }];
}
var verifyData = (results) => results[0]?.step === STEP ? results[0].data : void 0;
function withVerify(command) {
  return {
    ...command,
    summary: `${command.summary}; \`policy verify\` runs their test_ rules (conftest verify)`,
    usage: `${command.usage}
       policy verify [-p <paths>] [-d <paths>] [-n <namespace globs>] [--show-builtin-errors] [-o ${OUTPUTS.join("|")}]`,
    flags: [...command.flags ?? [], { name: "show-builtin-errors", description: "policy verify: a builtin error is a test error, not a failure", boolean: true }],
    run: (ctx) => ctx.args[0] === "verify" ? runPolicyVerify({ workspace: ctx.config.workspace, args: ctx.args, flags: ctx.flags }) : command.run(ctx),
    standalone: command.standalone && ((ctx) => ctx.args[0] === "verify" ? runPolicyVerify(ctx) : command.standalone(ctx)),
    json: (results) => {
      const d = verifyData(results);
      return d ? verifyJsonDocument(d.result) : command.json?.(results);
    },
    text: (results) => {
      const d = verifyData(results);
      return d ? RENDER[d.output](d) : command.text?.(results) ?? "";
    }
  };
}
async function verifyInAction(workspace, s) {
  if (s.mode === "false" || !s.policyPaths.length) return void 0;
  const engine = await import('./rego-CkdsLX6W.js').then(function (n) { return n.I; });
  const modules = readPolicyModules(s.policyPaths, workspace);
  await Promise.all([engine.loadBuiltinsFor(modules.map((m) => m.source)), loadPolicyParsers({ cwd: workspace, modules, dataPaths: s.dataPaths })]);
  const result = verifyPolicies({ engine, cwd: workspace, policyPaths: s.policyPaths, modules, dataPaths: s.dataPaths, regoVersion: s.regoVersion });
  if (s.mode === "auto" && !result.tests.length) return void 0;
  const findings = result.tests.filter((t) => t.status === "fail" || t.status === "error").map((t) => ({
    capability: "policy",
    rule: `verify/${t.package.replace(/^data\./, "")}.${t.name}`,
    severity: "error",
    message: t.error ? `test ${t.name} erred: ${t.error.code}: ${t.error.message}${t.error.location ? ` at ${t.error.location.file}:${t.error.location.row}:${t.error.location.col}` : ""}` : `test ${t.name} failed`,
    file: t.location.file,
    line: t.location.row,
    column: t.location.col,
    help: "fix the policy or its test (go-xenv policy verify runs them alone)"
  }));
  return { result, findings };
}

// src/pipeline/policy-lock-inputs.ts
registerParsers(lockInputParsers());

// src/pipeline/policy.ts
var RENDER2 = {
  stdout: (d) => renderPolicyStdout(d.result, { color: d.color }),
  json: (d) => renderPolicyJson(d.result),
  tap: (d) => renderPolicyTap(d.result),
  junit: (d) => renderPolicyJunit(d.result),
  table: (d) => renderPolicyTable(d.result),
  github: (d) => renderPolicyGithub(d.result),
  sarif: (d) => renderPolicySarif(d.result)
};
var OUTPUTS2 = Object.keys(RENDER2);
var list = (v) => typeof v === "string" ? flagList(v) : void 0;
var flagBool = (v) => v === true ? true : void 0;
function settings(given, toml) {
  const regoVersion = String(given.regoVersion ?? toml["rego-version"] ?? "v1");
  if (regoVersion !== "v0" && regoVersion !== "v1") throw new UserError(`unknown --rego-version ${JSON.stringify(regoVersion)}`, { hint: "use v0 or v1" });
  return {
    policyPaths: given.policyPaths ?? toml.policy ?? [DEFAULT_POLICY_PATH],
    dataPaths: given.dataPaths ?? toml.data ?? [],
    namespaces: given.namespaces ?? toml.namespace ?? [],
    allNamespaces: given.allNamespaces ?? toml["all-namespaces"] ?? false,
    combine: given.combine ?? toml.combine ?? false,
    failOnWarn: given.failOnWarn ?? toml["fail-on-warn"] ?? false,
    noFail: given.noFail ?? toml["no-fail"] ?? false,
    regoVersion,
    parser: given.parser ?? toml.parser
  };
}
async function evaluate(cwd, s, files, skipUnreadable) {
  const engine = await import('./rego-CkdsLX6W.js').then(function (n) { return n.I; });
  const modules = readPolicyModules(s.policyPaths, cwd);
  await Promise.all([
    engine.loadBuiltinsFor(modules.map((m) => m.source)),
    loadPolicyParsers({ cwd, modules, dataPaths: s.dataPaths }),
    loadParsersFor(files, s.parser)
  ]);
  const loaded = loadPolicies({ engine, cwd, policyPaths: s.policyPaths, modules, dataPaths: s.dataPaths, regoVersion: s.regoVersion });
  return evaluatePolicies(loaded, {
    cwd,
    files,
    parser: s.parser,
    namespaces: s.namespaces,
    // The pack's namespaces that hold rules (not its library, nor its tests).
    alsoNamespaces: s.pack ? loaded.namespaces.filter((n) => n.startsWith(PACK_NAMESPACE) && !!loaded.rules.get(n)?.size) : void 0,
    allNamespaces: s.allNamespaces,
    combine: s.combine,
    failOnWarn: s.failOnWarn,
    noFail: s.noFail,
    skipUnreadable
  });
}
function stepResult(result, data2, outputs, verifyFindings = []) {
  const t = result.totals;
  const exitCode = result.exitCode || (data2.verify?.exitCode ?? 0);
  const verifyLine = data2.verify ? `; verify: ${verifySummary(data2.verify)}` : "";
  return {
    step: "policy",
    status: exitCode ? "failed" : "ok",
    title: `policy: ${t.tests} tests, ${t.passed} passed, ${t.warnings} warnings, ${t.failures} failures, ${t.exceptions} exceptions${verifyLine}`,
    findings: verifyFindings.length ? [...result.findings, ...verifyFindings] : result.findings,
    data: data2,
    outputs,
    exitCode
  };
}
var PACK_NAMESPACE = "go_xenv.";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
async function actionSettings(config, log, actionRootGiven) {
  const p = config.policy;
  const workspace = config.workspace;
  const toml = await readConftestToml(workspace);
  const s = settings(
    {
      policyPaths: p.paths,
      dataPaths: p.data,
      namespaces: p.namespaces,
      allNamespaces: p.allNamespaces,
      combine: p.combine,
      failOnWarn: p.failOnWarn,
      noFail: p.noFail,
      regoVersion: p.regoVersion
    },
    toml
  );
  const actionRoot = actionRootGiven ?? actionRootAbove(dirname(fileURLToPath(import.meta.url)));
  if (p.noFail === void 0 && s.noFail) {
    s.noFail = false;
    log(`policy: ${CONFTEST_TOML} says no-fail; ignored in the action (set policy-no-fail on the step)`);
  }
  const asGiven = s.policyPaths;
  s.policyPaths = policyPathsFor(s.policyPaths, { workspace, actionRoot, label: p.paths ? 'input "policy"' : "conftest.toml policy" });
  for (const d of s.dataPaths) resolveInside(workspace, d, { label: p.data ? 'input "policy-data"' : "conftest.toml data" });
  if (asGiven.includes(BUILTIN_PACK)) {
    s.pack = s.policyPaths[asGiven.indexOf(BUILTIN_PACK)];
    if (existsSync(join(s.pack, "data"))) s.dataPaths = [...s.dataPaths, join(s.pack, "data")];
  }
  return s;
}
async function actionPolicyResult(config, files) {
  return evaluate(config.workspace, await actionSettings(config, () => void 0), files, true);
}
async function runPolicyAction(ctx, deps = {}) {
  const { config, host } = ctx;
  const p = config.policy;
  const workspace = config.workspace;
  const log = (line) => config.runtime.onActions ? host.info(line) : host.debug(line);
  const s = await actionSettings(config, log, deps.actionRoot);
  const pr = config.runtime.pullRequest;
  const scope = p.scope === "auto" ? PULL_REQUEST_EVENTS.has(config.runtime.eventName) ? "changed" : "all" : p.scope;
  let candidates;
  if (scope === "changed" && pr) {
    const git = deps.git ?? (async (args) => (await import('./process-DV0-Jlpe.js')).spawnRunner("git", args, { cwd: workspace, timeoutMs: 12e4 }));
    const changed = await changedFiles({ baseSha: pr.baseSha, headSha: pr.headSha, git, listPullRequestFiles: deps.listPullRequestFiles });
    if (changed.gitProblem) log(`policy: git cannot list the changed files (${logSafe(changed.gitProblem)}); using the pull request's files from the API`);
    candidates = changed.files;
    if (candidates) log(`policy: ${candidates.length} file(s) changed by pull request #${pr.number} (${changed.source})`);
    else log(`policy: ${changed.source === "git" ? "git" : "the API"} did not list every file pull request #${pr.number} changes: testing every matching file`);
  } else if (scope === "changed") {
    log("policy: policy-scope is changed but this run has no pull request: testing every matching file");
  }
  const selection = await selectInputs({ workspace, files: p.files, exclude: [...p.exclude, ...ownOutputGlobs(config)], candidates });
  const result = await evaluate(workspace, s, selection.files, true);
  result.findings.push(...selection.skipped);
  for (const f of result.findings) if (f.severity === "notice") log(`policy: ${logSafe(f.message)}`);
  log(`policy: tested ${selection.files.length} file(s) against ${s.policyPaths.length} policy path(s)`);
  const own = (paths) => paths.filter((x) => !s.pack || x !== s.pack && x !== join(s.pack, "data"));
  const verified = await verifyInAction(workspace, {
    mode: p.verify,
    policyPaths: own(s.policyPaths),
    dataPaths: own(s.dataPaths),
    regoVersion: s.regoVersion
  });
  if (verified) log(`policy verify: ${verifySummary(verified.result)}`);
  let outputs;
  if (config.runtime.onActions) {
    mkdirSync(config.matrix.outDir, { recursive: true });
    const sarif = join(config.matrix.outDir, "policy.sarif");
    writeFileSync(sarif, renderPolicySarif(result));
    outputs = { "policy-sarif": sarif };
  }
  return [stepResult(result, { result, output: "stdout", color: false, verify: verified?.result }, outputs, verified?.findings)];
}
function hasPolicies(config) {
  const w = config.workspace;
  return !!config.policy.paths || existsSync(join(w, CONFTEST_TOML)) || hasRegoFiles(join(w, DEFAULT_POLICY_PATH));
}
var policySkipReason = (ctx) => hasPolicies(ctx.config) ? void 0 : "no policies: no policy input, no conftest.toml and no .rego file in policy/";
var runInAction = (ctx) => runPolicyAction(ctx, {
  listPullRequestFiles: async () => {
    const { pullRequestFiles } = await import('./github-DNe3x1D6.js');
    const got = await pullRequestFiles({ github: ctx.config.runtime, token: ctx.config.toolchain.token });
    if (!got)
      throw new UserError("cannot tell which files the pull request changed: the checkout has no history and there is no token to ask GitHub", {
        hint: "check out with fetch-depth: 0, or give the step a token (the default github.token works)"
      });
    return got.truncated ? void 0 : got.files;
  }
});
async function policyTest(ctx) {
  const [sub, ...files] = ctx.args;
  if (sub !== "test") throw new UserError("usage: go-xenv policy test [flags] <files...>", { hint: "see go-xenv policy --help" });
  if (!files.length)
    throw new UserError("policy test needs at least one file or directory to test", {
      hint: "name the config files, e.g. go-xenv policy test deployment.yaml"
    });
  const f = ctx.flags;
  const toml = await readConftestToml(ctx.workspace);
  const output = typeof f.output === "string" ? f.output : toml.output ?? "stdout";
  if (!OUTPUTS2.includes(output)) throw new UserError(`unknown --output ${JSON.stringify(output)}`, { hint: `use one of: ${OUTPUTS2.join(", ")}` });
  const s = settings(
    {
      policyPaths: list(f.policy),
      dataPaths: list(f.data),
      namespaces: list(f.namespace),
      allNamespaces: flagBool(f["all-namespaces"]),
      combine: flagBool(f.combine),
      failOnWarn: flagBool(f["fail-on-warn"]),
      noFail: flagBool(f["no-fail"]),
      regoVersion: typeof f["rego-version"] === "string" ? f["rego-version"] : void 0,
      parser: typeof f.parser === "string" ? f.parser : void 0
    },
    toml
  );
  const inputs = walkInputs(files, ctx.workspace, s.parser);
  if (!inputs.length) {
    throw new UserError(`no files found in ${files.join(", ")}`, {
      hint: "name the files to test (sshd_config, logrotate and lock files are read when named, not found in directories) or pass --parser"
    });
  }
  const result = await evaluate(ctx.workspace, s, inputs, false);
  return [stepResult(result, { result, output, color: f["no-color"] !== true && toml["no-color"] !== true })];
}
var policyStep = {
  step: "policy",
  skipReason: policySkipReason,
  run: (ctx) => runInAction(ctx)
};
var policyCommand = withVerify({
  name: "policy",
  findingsInText: true,
  summary: "Test config files against Rego policies as conftest does (`policy test <files...>`, the same flags and output)",
  usage: "policy test [-p <paths>] [-n <namespaces> | --all-namespaces] [-d <paths>] [--combine] [-o stdout|json|tap|junit|table|github|sarif] <files...>",
  flags: [
    { name: "policy", short: "p", repeatable: true, description: "policy files or directories, comma-separated or repeated (default: policy)" },
    { name: "namespace", short: "n", repeatable: true, description: "namespaces to test, comma-separated or repeated (default: main)" },
    { name: "all-namespaces", description: "test every namespace the policies declare", boolean: true },
    { name: "combine", description: "test all inputs as one document, [{path, contents}]", boolean: true },
    { name: "data", short: "d", repeatable: true, description: "data files or directories (JSON/YAML) merged under data, comma-separated or repeated" },
    { name: "parser", description: "read every input with this parser" },
    { name: "output", short: "o", description: `output format: ${OUTPUTS2.join(", ")}` },
    { name: "fail-on-warn", description: "exit 1 on warnings, 2 on failures", boolean: true },
    { name: "no-fail", description: "exit 0 whatever the results", boolean: true },
    { name: "no-color", description: "no ANSI colours in the stdout output", boolean: true },
    { name: "rego-version", description: "v1 (default) or v0" }
  ],
  run(ctx) {
    if (ctx.args[0] === void 0 && ctx.config.runtime.onActions) {
      const reason = policySkipReason(ctx);
      return reason ? Promise.resolve([skippedStep("policy", reason)]) : runInAction(ctx);
    }
    return policyTest({ workspace: ctx.config.workspace, args: ctx.args, flags: ctx.flags });
  },
  // From the CLI (never on Actions there) `policy test` needs only the workspace, as conftest does: no config file, no host.
  standalone: (ctx) => policyTest(ctx),
  json: (results) => {
    const d = results[0]?.data;
    return d ? policyJsonDocument(d.result) : [];
  },
  text: (results) => {
    const d = results[0]?.data;
    if (!d) return "";
    return RENDER2[d.output](d);
  }
});

export { actionPolicyResult as a, policyStep as b, hasPolicies as h, ownOutputGlobs as o, policyCommand as p, runPolicyAction as r };
