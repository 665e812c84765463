import { createRequire } from 'node:module';
import { a as reportOutputs, b as renderJobSummary, r as renderReport } from './chunk-Cv9Ps1V6.js';
import { l as loadCommand } from './chunk-M6jFkTyI.js';
import { g as group, s as setSecret, a as getState, b as saveState, c as addPath, e as exportVariable, d as setOutput, f as error, w as warning, h as debug, i as info, j as setFailed, n as notice, k as summary } from './chunk-CIkhA6d1.js';
import { a as stepOf } from './chunk-tQh32aOw.js';
import { b as annotationProperties, a as allFindings, c as annotationsOf, o as omittedNote } from './chunk-Cg-4ilFK.js';
import { i as inputsFromEnv, l as loadConfig } from './chunk-C5l3IOHt.js';
import { i as isUserError, j as describeError } from './chunk-gJGdoriE.js';
import { l as logSafe } from './chunk-DjFb5CTR.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/actions-host.ts
var annotationProps = (w) => annotationProperties({ file: w?.file, line: w?.line, column: w?.col });
function actionsHost(env = process.env) {
  return {
    kind: "actions",
    env,
    info: (m) => info(m),
    debug: (m) => debug(m),
    warning: (m, w) => warning(m, annotationProps(w)),
    error: (m, w) => error(m, annotationProps(w)),
    setOutput: (n, v) => setOutput(n, v),
    exportVariable: (n, v) => exportVariable(n, v),
    addPath: (d) => addPath(d),
    saveState: (n, v) => saveState(n, v),
    getState: (n) => getState(n),
    setSecret: (v) => setSecret(v),
    group: (name, fn) => group(name, fn)
  };
}

// src/run.ts
async function runAction(phase, env = process.env) {
  const host = actionsHost(env);
  try {
    const given = inputsFromEnv(env);
    for (const secret of /* @__PURE__ */ new Set([env["INPUT_TOKEN"], given.token, env.GITHUB_TOKEN])) if (secret) setSecret(secret);
    const config = loadConfig({ given, workspace: env.GITHUB_WORKSPACE ?? process.cwd(), env });
    if (phase === "post") {
      await (await import('./post-AtfyI1yM.js')).runPost(config, host);
      return;
    }
    const command = await loadCommand(config.command);
    if (!command) throw new Error(`command "${config.command}" is not wired into the pipeline`);
    const results = await command.run({ config, host, args: [], flags: {} });
    await publish(config, results);
  } catch (e) {
    if (isUserError(e)) {
      error(e.format(), annotationProps(e.where));
      process.exitCode = 1;
    } else {
      setFailed(describeError(e));
    }
  }
}
function actionOutputs(results) {
  const skipped = results.filter((r) => r.status === "skipped").map((r) => ({ step: r.step, reason: r.reason ?? "" }));
  return { ...Object.assign({}, ...results.map((r) => r.outputs ?? {})), ...reportOutputs(results), skipped: JSON.stringify(skipped) };
}
var ANNOTATE = { error, warning, notice };
var REPORTING = /* @__PURE__ */ new Set(["check", "policy", "build", "canary", "audit"]);
async function publish(config, results) {
  const { command } = config;
  const runUrl = config.runtime.runUrl;
  const findings = allFindings(results);
  const { annotations, omitted } = annotationsOf(findings);
  for (const a of annotations) ANNOTATE[a.level](a.message, a.properties);
  for (const [k, v] of Object.entries(actionOutputs(results))) setOutput(k, v);
  summary.addRaw(renderJobSummary(results, { command, runUrl, omitted: omittedNote(omitted) }), true);
  if (REPORTING.has(command)) await publishToGitHub(config, results, findings);
  const failed = results.filter((r) => r.status === "failed");
  if (failed.length) setFailed(failed.map((r) => r.reason ? `${r.step}: ${r.reason}` : r.title).join("; "));
  await summary.write().catch((e) => warning(`could not write the job summary: ${describeError(e)}`));
}
async function publishToGitHub(config, results, findings) {
  const { createClient, publishAuditIssue, publishCheckRun, publishReport, reportFileOf } = await import('./github-DNe3x1D6.js');
  const github = config.runtime;
  const token = config.toolchain.token;
  const api = token ? createClient({ token, apiUrl: github.apiUrl }) : void 0;
  const body = renderReport(results, { command: config.command, runUrl: github.runUrl });
  const notices = [];
  const comment = await publishReport({
    github,
    token,
    body,
    mode: config.report.comment,
    id: config.report.commentId,
    reportFile: reportFileOf(github, config.report.commentId),
    api
  });
  notices.push(...comment.notices);
  info(`pull request comment: ${logSafe(describeOutcome(comment.outcome))}`);
  if (findings.length && github.onActions) {
    const check = await publishCheckRun({ github, token, api, findings, summary: body });
    notices.push(...check.notices);
  }
  const audit = stepOf(results, "audit")?.data;
  if (audit) {
    const issue = await publishAuditIssue({ github, token, api, dirty: !audit.issue.clean, report: audit.issue.body });
    notices.push(...issue.notices);
  }
  for (const n of notices) ANNOTATE[n.level](logSafe(n.message));
}
var describeOutcome = (o) => [o.kind, o.reason, o.detail].filter(Boolean).join(": ");

export { runAction as r };
