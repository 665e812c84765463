import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
var MAX_CAPTURE = 1 << 20;
var CREDENTIAL_NAMES = /* @__PURE__ */ new Set(["GITHUB_TOKEN", "GH_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_URL"]);
var extraSecretNames = /* @__PURE__ */ new Set();
function addSecretEnvName(name) {
  extraSecretNames.add(name);
}
function scrubEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    const upper = k.toUpperCase();
    if (upper.startsWith("INPUT_") || CREDENTIAL_NAMES.has(upper) || extraSecretNames.has(k)) continue;
    out[k] = v;
  }
  return out;
}
var spawnRunner = (command, args, opts = {}) => new Promise((resolveRun) => {
  const started = performance.now();
  let stdout = "";
  let stderr = "";
  let timedOut = false;
  let spawnError;
  const child = spawn(command, args, { cwd: opts.cwd, env: scrubEnv(opts.env ?? process.env), detached: true, stdio: ["pipe", "pipe", "pipe"] });
  const kill = () => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  };
  const timer = opts.timeoutMs ? setTimeout(() => {
    timedOut = true;
    kill();
  }, opts.timeoutMs) : void 0;
  const max = opts.maxOutput ?? MAX_CAPTURE;
  opts.signal?.addEventListener("abort", kill, { once: true });
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (d) => {
    if (stdout.length < max) stdout += d;
  });
  child.stderr.on("data", (d) => {
    if (stderr.length < MAX_CAPTURE) stderr += d.toString();
  });
  child.stdin.on("error", () => void 0);
  if (opts.stdin) opts.stdin(child.stdin);
  else child.stdin.end(opts.input ?? "");
  child.on("error", (e) => {
    spawnError = `${e.code ?? ""} ${e.message}`.trim();
  });
  child.on("close", (code, signal) => {
    if (timer) clearTimeout(timer);
    opts.signal?.removeEventListener("abort", kill);
    resolveRun({ command, args, code, signal, stdout, stderr, timedOut, spawnError, durationMs: performance.now() - started });
  });
});
async function onPath(name, env) {
  const candidates = name.includes("/") ? [name] : (env.PATH ?? "").split(delimiter).filter(Boolean).map((d) => join(d, name));
  for (const p of candidates) {
    if (await access(p, constants.X_OK).then(() => true, () => false)) return p;
  }
  return void 0;
}

export { addSecretEnvName as a, scrubEnv as b, onPath as o, spawnRunner as s };
