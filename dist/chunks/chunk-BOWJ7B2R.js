import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  loadCommand
} from "./chunk-56O5U6WT.js";
import {
  renderMarkdown
} from "./chunk-4AWWWKJM.js";
import {
  inputsFromEnv,
  loadConfig
} from "./chunk-4FWJSEVR.js";
import {
  addPath,
  debug,
  error,
  exportVariable,
  getState,
  group,
  info,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-WGVFTGMN.js";
import {
  saveCachePostTask
} from "./chunk-GBDU55FA.js";
import {
  describeError,
  isUserError
} from "./chunk-AD2JC2XU.js";

// src/actions-host.ts
var annotationProps = (w) => w?.file && !w.file.startsWith("input ") ? { file: w.file, startLine: w.line, startColumn: w.col } : void 0;
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
    appendSummary: (md) => {
      summary.addRaw(md, true);
    },
    setSecret: (v) => setSecret(v),
    group: (name, fn) => group(name, fn)
  };
}

// src/pipeline/post.ts
var POST_TASKS = [saveCachePostTask];
async function runPost(config, host) {
  for (const task of POST_TASKS) await task(config, host);
}

// src/run.ts
async function runAction(phase, env = process.env) {
  const host = actionsHost(env);
  try {
    const given = inputsFromEnv(env);
    for (const secret of /* @__PURE__ */ new Set([env["INPUT_TOKEN"], given.token, env.GITHUB_TOKEN])) if (secret) setSecret(secret);
    const config = loadConfig({ given, workspace: env.GITHUB_WORKSPACE ?? process.cwd(), env });
    if (phase === "post") {
      await runPost(config, host);
      return;
    }
    const command = await loadCommand(config.command);
    if (!command) throw new Error(`command "${config.command}" is not wired into the pipeline`);
    const results = await command.run({ config, host, args: [], flags: {} });
    await publish(config.command, results);
  } catch (e) {
    if (isUserError(e)) {
      error(e.format(), annotationProps(e.where));
      process.exitCode = 1;
    } else {
      setFailed(describeError(e));
    }
  }
}
async function publish(command, results) {
  for (const r of results) for (const [k, v] of Object.entries(r.outputs ?? {})) setOutput(k, v);
  const skipped = results.filter((r) => r.status === "skipped").map((r) => ({ step: r.step, reason: r.reason ?? "" }));
  setOutput("skipped", JSON.stringify(skipped));
  summary.addRaw(renderMarkdown(command, results), true);
  const failed = results.filter((r) => r.status === "failed");
  if (failed.length) setFailed(failed.map((r) => `${r.step}: ${r.reason ?? r.title}`).join("; "));
  await summary.write().catch((e) => warning(`could not write the job summary: ${describeError(e)}`));
}

export {
  runAction
};
