import { createRequire } from 'node:module';
import { b as fmtPct, j as judgeMetric } from './chunk-C6TsZhJY.js';
import { r as readCanaryFile } from './chunk-CqYyG2xV.js';
import { r as resolveInside } from './chunk-Dhnp4LvZ.js';
import { r as readBoundedText } from './chunk-CE2JlTQc.js';
import { U as UserError, e as existsSync } from './chunk-gJGdoriE.js';
import { q as quoted, l as logSafe } from './chunk-DjFb5CTR.js';
import { a as addSecretEnvName } from './chunk-DtjlLlnT.js';
import { relative } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/canary/decide.ts
function decide(metrics, t, window) {
  const names = (ms) => ms.map((m) => m.name).join(", ");
  const failing = metrics.filter((m) => m.verdict === "High" || m.verdict === "Low");
  const noData = metrics.filter((m) => m.verdict === "NoData");
  const judged = metrics.filter((m) => m.required || m.verdict !== "NoData");
  const passing = judged.filter((m) => m.verdict === "Pass");
  const rawScore = judged.length ? passing.length / judged.length : 0;
  const summary = `${passing.length} of ${judged.length} judged metrics passed (score ${fmtScore(rawScore)})`;
  const out = (decision, score, ...reasons) => ({
    decision,
    score,
    reasons: reasons.filter(Boolean),
    metrics,
    window
  });
  const failingWhy = failing.map((m) => `${m.name}: ${m.reason}`);
  const criticalFailures = failing.filter((m) => m.critical);
  if (criticalFailures.length) {
    return out("rollback", 0, `critical metric ${names(criticalFailures)} failed, so the score is 0`, ...failingWhy);
  }
  if (!judged.length) return out("hold", 0, "no metric could be judged", ...noData.map((m) => `${m.name}: ${m.reason}`));
  const noDataWhy = noData.map((m) => `${m.name}: ${m.reason}`);
  if (noData.length * 2 >= metrics.length) {
    return out("hold", rawScore, `no data on ${noData.length} of ${metrics.length} metrics (half or more)`, ...noDataWhy, ...failingWhy);
  }
  if (rawScore < t.marginalScore) {
    if (failing.length) return out("rollback", rawScore, `${summary}, below marginal-score ${fmtScore(t.marginalScore)}`, ...failingWhy, ...noDataWhy);
    return out("hold", rawScore, `${summary}, below marginal-score ${fmtScore(t.marginalScore)} only because of missing data`, ...noDataWhy);
  }
  const tooFew = noData.filter((m) => m.noData === "too-few-samples");
  if (tooFew.length) return out("hold", rawScore, `too few samples on ${names(tooFew)}`, ...noDataWhy, ...failingWhy);
  if (rawScore < t.passScore) {
    return out("hold", rawScore, `${summary}: marginal (at least ${fmtScore(t.marginalScore)}, below pass-score ${fmtScore(t.passScore)})`, ...failingWhy, ...noDataWhy);
  }
  const requiredNoData = noData.filter((m) => m.required);
  if (requiredNoData.length) return out("hold", rawScore, `no data on required metric ${names(requiredNoData)}: no data never promotes`, ...noDataWhy);
  return out("promote", rawScore, `${summary}, at least pass-score ${fmtScore(t.passScore)}`, ...noDataWhy, ...failingWhy);
}
var fmtScore = (s) => fmtPct(s).replace(/^\+/, "");

// src/canary/providers/samples.ts
function sampleValue(v) {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return NaN;
  if (v === "+Inf" || v === "Inf") return Infinity;
  if (v === "-Inf") return -Infinity;
  return v.trim() === "" ? NaN : Number(v);
}
function splitFinite(values) {
  const finite = values.filter(Number.isFinite);
  return { values: finite, dropped: values.length - finite.length };
}

// src/canary/providers/prometheus-answer.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var PROM_FLOAT = /^\s*(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?Inf)\s*$/;
function parseQueryRange(data) {
  if (!isObj(data)) return { error: '"data" is not an object' };
  if (data.resultType !== "matrix" && data.resultType !== "vector") {
    return { error: `resultType ${JSON.stringify(data.resultType)} (a range query answers "matrix")` };
  }
  if (!Array.isArray(data.result)) return { error: '"data.result" is not a list' };
  const raw = [];
  for (let i = 0; i < data.result.length; i++) {
    const series = data.result[i];
    const at = `data.result[${i}]`;
    if (!isObj(series)) return { error: `${at} is not a series object` };
    const pairs = series.values ?? (series.value === void 0 ? void 0 : [series.value]);
    if (!Array.isArray(pairs)) return { error: `${at} has no "values" list` };
    for (let j = 0; j < pairs.length; j++) {
      const pair = pairs[j];
      const where = `${at}.values[${j}]`;
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "number") return { error: `${where} is not a [time, "value"] pair` };
      if (typeof pair[1] !== "string" || !PROM_FLOAT.test(pair[1])) return { error: `${where} has a value that is not a number` };
      raw.push(sampleValue(pair[1]));
    }
  }
  return splitFinite(raw);
}

// src/canary/providers/prometheus.ts
var QueryRejected = class extends Error {
  name = "QueryRejected";
};
var MissingSecret = class extends Error {
  name = "MissingSecret";
};
var MAX_ANSWER_BYTES = 64 * 1024 * 1024;
var credentialEnvNames = (cfg) => [cfg.bearerTokenEnv, cfg.basicAuth?.usernameEnv, cfg.basicAuth?.passwordEnv].filter((n) => !!n);
function authorization(cfg, env) {
  const secret = (name, what) => {
    const v = env[name];
    if (!v) throw new MissingSecret(`the environment variable ${name} (${what}) is empty or not set`);
    if (/[^\t\x20-\x7e\x80-\xff]/.test(v))
      throw new MissingSecret(`the environment variable ${name} (${what}) holds a newline or another character an HTTP header cannot carry`);
    return v;
  };
  if (cfg.bearerTokenEnv) return `Bearer ${secret(cfg.bearerTokenEnv, "provider.bearer-token-env")}`;
  if (cfg.basicAuth) {
    const user = secret(cfg.basicAuth.usernameEnv, "provider.basic-auth.username-env");
    const pass = secret(cfg.basicAuth.passwordEnv, "provider.basic-auth.password-env");
    return `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
  }
  return void 0;
}
function prometheusProvider(cfg, env) {
  const headers = { accept: "application/json", "content-type": "application/x-www-form-urlencoded" };
  const auth = authorization(cfg, env);
  if (auth) headers.authorization = auth;
  const at = `Prometheus at ${cfg.url}`;
  return {
    async fetch(query, _track, window) {
      const params = new URLSearchParams({ query, start: String(window.start), end: String(window.end), step: `${window.stepSeconds}s` });
      const signal = AbortSignal.timeout(cfg.timeoutSeconds * 1e3);
      let res;
      let text = "";
      for (let attempt = 1; !res; attempt++) {
        try {
          res = await fetch(`${cfg.url}/api/v1/query_range`, { method: "POST", headers, body: params.toString(), redirect: "manual", signal });
          text = await readCapped(res, MAX_ANSWER_BYTES);
        } catch (e) {
          if (e instanceof TooLarge) return { error: `${at} answered with more than ${MAX_ANSWER_BYTES} bytes` };
          if (attempt === 1 && isReset(e) && !signal.aborted) {
            res = void 0;
            continue;
          }
          return { error: `${at} ${transportError(e, cfg.timeoutSeconds)}` };
        }
      }
      if (res.status >= 300 && res.status < 400) return { error: `${at} answered HTTP ${res.status} (a redirect, which is not followed): give the final URL` };
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        return { error: `${at} answered HTTP ${res.status} with something that is not JSON` };
      }
      const api = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
      const apiError = typeof api.error === "string" ? api.error.slice(0, 300) : void 0;
      if (res.status === 400 || res.status === 422 && api.errorType === "execution") {
        throw new QueryRejected(
          `Prometheus rejected the query (${typeof api.errorType === "string" ? api.errorType : `HTTP ${res.status}`})${apiError ? `: ${apiError}` : ""}`
        );
      }
      if (res.status === 401 || res.status === 403) return { error: `${at} refused access (HTTP ${res.status}): check the auth secrets` };
      if (!res.ok || api.status !== "success")
        return { error: `${at} answered HTTP ${res.status}${apiError ? `: ${apiError}` : api.status === "success" ? "" : ' without status "success"'}` };
      const parsed = parseQueryRange(api.data);
      return "error" in parsed ? { error: `${at} answered a malformed result: ${parsed.error}` } : parsed;
    }
  };
}
var TooLarge = class extends Error {
};
async function readCapped(res, max) {
  const declared = Number(res.headers.get("content-length"));
  if (declared > max) {
    await res.body?.cancel();
    throw new TooLarge();
  }
  if (!res.body) return "";
  const chunks = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.byteLength;
    if (total > max) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}
var isReset = (e) => {
  const code = e.cause?.code;
  return code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET";
};
function transportError(e, timeoutSeconds) {
  const err = e;
  if (err.name === "TimeoutError" || err.name === "AbortError") return `did not answer within ${timeoutSeconds}s`;
  const cause = err.cause?.code ?? err.cause?.message;
  return `is unreachable: ${cause ?? err.message ?? String(e)}`;
}

// src/canary/analyse.ts
async function analyse(cfg, provider2) {
  const metrics = [];
  for (const spec of cfg.metrics) {
    const [canary, stable] = await Promise.allSettled([fetchTrack(provider2, spec, "canary", cfg), fetchTrack(provider2, spec, "stable", cfg)]);
    for (const r of [canary, stable]) if (r.status === "rejected") throw r.reason;
    metrics.push(judgeMetric(spec, { canary: settled(canary), stable: settled(stable) }));
  }
  return decide(metrics, cfg, cfg.window);
}
var settled = (r) => r.status === "fulfilled" ? r.value : void 0;
async function fetchTrack(provider2, spec, track, cfg) {
  const query = spec.queries[track];
  if (!query) return void 0;
  try {
    return await provider2.fetch(query, track, cfg.window);
  } catch (e) {
    if (e instanceof QueryRejected) {
      throw new UserError(`canary: metric ${quoted(spec.name)}: ${e.message}`, { where: spec.queryWhere[track], hint: `fix the ${track} query`, code: "canary_query" });
    }
    return { error: `the ${track} query failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// src/canary/config.ts
var CANARY_URL_ENV = "GO_XENV_CANARY_URL";
var RUNNER_CREDENTIAL = /^(GITHUB_|ACTIONS_|INPUT_|RUNNER_)|^GH_TOKEN$/i;
var TOP_KEYS = ["provider", "window", "pass-score", "marginal-score", "confidence", "metrics"];
var PROMETHEUS_KEYS = ["type", "url", "bearer-token-env", "basic-auth", "timeout"];
var METRIC_KEYS = [
  "name",
  "query",
  "canary-query",
  "stable-query",
  "judge",
  "max",
  "min",
  "aggregate",
  "failure-limit",
  "worse",
  "confidence",
  "tolerance",
  "tolerance-absolute",
  "critical",
  "required",
  "min-samples"
];
var AGGREGATES = ["each", "mean", "median", "p95", "max", "min", "last"];
var WORSE = ["higher", "lower", "either"];
var HINT = "see the canary section of the README";
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseCanaryConfig(doc, opts) {
  const fail = (path, message, hint = HINT) => {
    throw new UserError(`canary: ${message}`, { where: opts.locate(path), hint, code: "canary_config" });
  };
  const object = (v, path, allowed) => {
    if (!isObj2(v)) return fail(path, `${label(path)} must be a mapping`);
    for (const k of Object.keys(v)) if (!allowed.includes(k)) fail([...path, k], `unknown key "${k}" in ${label(path)}`, `allowed keys: ${allowed.join(", ")}`);
    return v;
  };
  const num = (o, key, path, def, range) => {
    const v = o[key];
    if (v === void 0) return def;
    if (typeof v !== "number" || !Number.isFinite(v)) return fail([...path, key], `${label([...path, key])} must be a number, got ${JSON.stringify(v)}`);
    if (range && (v < range[0] || v > range[1])) fail([...path, key], `${label([...path, key])} must be between ${range[0]} and ${range[1]}, got ${v}`);
    return v;
  };
  const str = (o, key, path) => {
    const v = o[key];
    if (v === void 0) return void 0;
    if (typeof v !== "string" || !v.trim()) return fail([...path, key], `${label([...path, key])} must be a non-empty string`);
    return v;
  };
  const bool = (o, key, path, def) => {
    const v = o[key];
    if (v === void 0) return def;
    if (typeof v !== "boolean") return fail([...path, key], `${label([...path, key])} must be true or false, got ${JSON.stringify(v)}`);
    return v;
  };
  const oneOf = (o, key, path, values, def) => {
    const v = o[key] ?? def;
    if (v === "") fail(path, `${label(path)} needs "${key}"`, `use one of: ${values.join(", ")}`);
    if (!values.includes(v)) fail([...path, key], `${label([...path, key])} "${String(v)}" is not allowed`, `use one of: ${values.join(", ")}`);
    return v;
  };
  if (doc === null || doc === void 0) fail([], "the canary config is empty");
  const top = object(doc, [], TOP_KEYS);
  for (const k of ["provider", "metrics"]) if (top[k] === void 0) fail([], `"${k}" is missing`);
  const provider2 = parseProvider(top.provider);
  const window = parseWindow(top.window);
  const passScore = num(top, "pass-score", [], 0.95, [0, 1]);
  const marginalScore = num(top, "marginal-score", [], 0.75, [0, 1]);
  if (marginalScore > passScore) fail(["marginal-score"], `marginal-score (${marginalScore}) is above pass-score (${passScore})`);
  const confidence = num(top, "confidence", [], 0.98, [0.5, 0.9999]);
  if (!Array.isArray(top.metrics) || !top.metrics.length) fail(["metrics"], '"metrics" must be a non-empty list');
  const metrics = top.metrics.map((m, i) => parseMetric(m, ["metrics", i]));
  const seen = /* @__PURE__ */ new Set();
  metrics.forEach((m, i) => {
    if (seen.has(m.name)) fail(["metrics", i, "name"], `metric name ${quoted(m.name)} is used twice`);
    seen.add(m.name);
  });
  return { provider: provider2, window, passScore, marginalScore, metrics };
  function parseProvider(v) {
    const path = ["provider"];
    if (!isObj2(v)) return fail(path, "provider must be a mapping with a type (prometheus or file)");
    const type = oneOf(v, "type", path, ["prometheus", "file"], v.type ?? "");
    if (type === "file") {
      const o2 = object(v, path, ["type", "path"]);
      const p = str(o2, "path", path) ?? fail(path, 'the file provider needs "path" (a JSON file of series)');
      return { type: "file", path: resolveInside(opts.baseDir, p, { label: "canary provider.path", where: opts.locate([...path, "path"]) }) };
    }
    const o = object(v, path, PROMETHEUS_KEYS);
    const pinned = opts.pinnedUrl && comparableUrl(opts.pinnedUrl);
    if (opts.pinnedUrl && !pinned) {
      throw new UserError(`${CANARY_URL_ENV} "${opts.pinnedUrl}" is not an http(s) URL`, { hint: "set it in the step env to the Prometheus base URL", code: "canary_config" });
    }
    const url = str(o, "url", path) ?? opts.pinnedUrl ?? fail(path, 'the prometheus provider needs "url"');
    if (!comparableUrl(url)) fail([...path, "url"], `provider.url "${url}" is not an http(s) URL`);
    if (pinned && comparableUrl(url) !== pinned) {
      fail([...path, "url"], `provider.url "${url}" is not the Prometheus the workflow pins in ${CANARY_URL_ENV} (${opts.pinnedUrl})`, `leave provider.url out, or make it ${opts.pinnedUrl}`);
    }
    let basicAuth;
    if (o["basic-auth"] !== void 0) {
      const b = object(o["basic-auth"], [...path, "basic-auth"], ["username-env", "password-env"]);
      const usernameEnv = str(b, "username-env", [...path, "basic-auth"]) ?? fail([...path, "basic-auth"], 'basic-auth needs "username-env"');
      const passwordEnv = str(b, "password-env", [...path, "basic-auth"]) ?? fail([...path, "basic-auth"], 'basic-auth needs "password-env"');
      basicAuth = { usernameEnv, passwordEnv };
    }
    const bearerTokenEnv = str(o, "bearer-token-env", path);
    if (bearerTokenEnv && basicAuth) fail([...path, "bearer-token-env"], "give bearer-token-env or basic-auth, not both");
    const credentialKey = bearerTokenEnv ? "bearer-token-env" : basicAuth ? "basic-auth" : void 0;
    if (credentialKey && !opts.trusted) {
      if (!pinned) {
        fail(
          [...path, credentialKey],
          `provider.${credentialKey} in a repository file (which a pull request can change) needs the Prometheus URL pinned by the workflow`,
          `set ${CANARY_URL_ENV} in the step env to the Prometheus URL, or give the provider in the canary input`
        );
      }
      for (const name of [bearerTokenEnv, basicAuth?.usernameEnv, basicAuth?.passwordEnv]) {
        if (name && RUNNER_CREDENTIAL.test(name)) fail([...path, credentialKey], `provider.${credentialKey} names ${name}, a runner or action credential, not a Prometheus secret`, "name the variable that holds the Prometheus secret");
      }
    }
    return { type: "prometheus", url: url.replace(/\/+$/, ""), bearerTokenEnv, basicAuth, timeoutSeconds: num(o, "timeout", path, 10, [0.1, 600]) };
  }
  function parseWindow(v) {
    const path = ["window"];
    const o = object(v ?? { minutes: 30 }, path, ["minutes", "start", "end", "step"]);
    const step = parseDuration(o.step ?? "1m") ?? fail([...path, "step"], `window.step ${JSON.stringify(o.step)} is not a duration`, "use seconds (60) or 30s, 1m, 5m, 1h");
    if (o.minutes !== void 0) {
      if (o.start !== void 0 || o.end !== void 0) fail([...path, "minutes"], "give window.minutes or window.start/end, not both");
      const minutes = num(o, "minutes", path, void 0, [1, 60 * 24 * 31]);
      return { start: opts.now - minutes * 60, end: opts.now, stepSeconds: step, minutes };
    }
    if (o.start === void 0 || o.end === void 0) fail(path, 'window needs "minutes", or both "start" and "end"');
    const start = parseTime(o.start) ?? fail([...path, "start"], `window.start ${JSON.stringify(o.start)} is not a time`, "use RFC 3339 (2026-11-21T10:00:00Z) or Unix seconds");
    const end = parseTime(o.end) ?? fail([...path, "end"], `window.end ${JSON.stringify(o.end)} is not a time`, "use RFC 3339 (2026-11-21T10:00:00Z) or Unix seconds");
    if (end <= start) fail([...path, "end"], "window.end must be after window.start");
    return { start, end, stepSeconds: step };
  }
  function parseMetric(v, path) {
    const o = object(v, path, METRIC_KEYS);
    const name = str(o, "name", path) ?? fail(path, `metric ${Number(path[1]) + 1} needs a "name"`);
    const at = `metric ${quoted(name)}`;
    const query = str(o, "query", path);
    const canaryQuery = str(o, "canary-query", path);
    const stableQuery = str(o, "stable-query", path);
    let queries;
    if (query !== void 0) {
      if (canaryQuery || stableQuery) fail([...path, "query"], `${at}: give "query" with {{track}}, or canary-query and stable-query, not both`);
      if (provider2.type === "prometheus" && !query.includes("{{track}}")) {
        fail([...path, "query"], `${at}: "query" needs the {{track}} placeholder (replaced by canary and stable)`, "or give canary-query and stable-query");
      }
      queries = { canary: query.replaceAll("{{track}}", "canary"), stable: query.replaceAll("{{track}}", "stable") };
    } else if (canaryQuery) {
      queries = { canary: canaryQuery, stable: stableQuery ?? "" };
    } else if (provider2.type === "file") {
      queries = { canary: name, stable: name };
    } else {
      return fail(path, `${at} needs "query" (with {{track}}) or "canary-query"`);
    }
    const kind = oneOf(o, "judge", path, ["threshold", "compare"], o.judge ?? "");
    const thresholdKeys = ["max", "min", "aggregate", "failure-limit"];
    const compareKeys = ["worse", "confidence", "tolerance", "tolerance-absolute"];
    for (const k of kind === "threshold" ? compareKeys : thresholdKeys) {
      if (o[k] !== void 0) fail([...path, k], `${at}: "${k}" does not apply to judge ${kind}`);
    }
    let judge;
    if (kind === "threshold") {
      const max = num(o, "max", path, void 0);
      const min = num(o, "min", path, void 0);
      if (max === void 0 && min === void 0) fail(path, `${at}: judge threshold needs "max", "min" or both`);
      if (max !== void 0 && min !== void 0 && min > max) fail([...path, "min"], `${at}: min (${min}) is above max (${max})`);
      judge = { kind, max, min, aggregate: oneOf(o, "aggregate", path, AGGREGATES, "each"), failureLimit: num(o, "failure-limit", path, 0, [0, 1e6]) };
    } else {
      if (!queries.stable) fail(path, `${at}: judge compare needs a stable query ("stable-query", or "query" with {{track}})`);
      judge = {
        kind,
        worse: oneOf(o, "worse", path, WORSE, "higher"),
        confidence: num(o, "confidence", path, confidence, [0.5, 0.9999]),
        tolerance: num(o, "tolerance", path, 0.1, [0, 100]),
        toleranceAbsolute: num(o, "tolerance-absolute", path, 0, [0, Number.MAX_VALUE])
      };
    }
    const minSamples = num(o, "min-samples", path, kind === "compare" ? 5 : 1, [1, 1e6]);
    if (!Number.isInteger(minSamples)) fail([...path, "min-samples"], `${at}: min-samples must be a whole number`);
    return {
      name,
      queries,
      judge,
      minSamples,
      critical: bool(o, "critical", path, false),
      required: bool(o, "required", path, true),
      where: opts.locate(path),
      queryWhere: {
        canary: opts.locate([...path, query !== void 0 ? "query" : "canary-query"]),
        stable: opts.locate([...path, query !== void 0 ? "query" : "stable-query"])
      }
    };
  }
}
function comparableUrl(text) {
  let u;
  try {
    u = new URL(text);
  } catch {
    return void 0;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:" || !u.hostname || u.username || u.password || u.search || u.hash) return void 0;
  return `${u.origin}${u.pathname.replace(/\/+$/, "")}`;
}
function label(path) {
  if (!path.length) return "the canary config";
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i ? `.${p}` : p).join("");
}
function parseDuration(v) {
  if (typeof v === "number") return v > 0 && Number.isFinite(v) ? v : void 0;
  const m = typeof v === "string" ? /^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$/.exec(v) : null;
  if (!m) return void 0;
  const s = Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[m[2] ?? "s"] ?? 1);
  return s > 0 ? s : void 0;
}
function parseTime(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getTime() / 1e3;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? void 0 : t / 1e3;
  }
  return void 0;
}

// src/canary/providers/file.ts
var MAX_SERIES_FILE_BYTES = 64 * 1024 * 1024;
function fileProvider(cfg, displayPath) {
  const where = { file: displayPath };
  const text = readBoundedText(cfg.path, { label: "canary series file", maxBytes: MAX_SERIES_FILE_BYTES, where });
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(`canary: the series file is not valid JSON${jsonErrorAt(text)}`, { where, hint: 'write it as { "metrics": { "<name>": { "canary": [...], "stable": [...] } } }' });
  }
  const metrics = doc?.metrics;
  if (typeof metrics !== "object" || metrics === null || Array.isArray(metrics)) {
    throw new UserError('canary: the series file needs a "metrics" object', { where: { file: displayPath }, hint: '{ "metrics": { "<name>": { "canary": [...], "stable": [...] } } }' });
  }
  const table = metrics;
  return {
    async fetch(key, track, window) {
      const entry = table[key];
      const samples = Array.isArray(entry) ? entry : entry?.[track];
      if (entry === void 0) return { error: `no series "${key}" in ${displayPath}` };
      if (!Array.isArray(samples)) return { error: `no ${track} series for "${key}" in ${displayPath}` };
      const inWindow = (ts) => window.minutes !== void 0 || typeof ts !== "number" || ts >= window.start && ts <= window.end;
      const values = samples.filter((s) => !Array.isArray(s) || inWindow(s[0])).map((s) => sampleValue(Array.isArray(s) ? s[1] : s));
      return splitFinite(values);
    }
  };
}
function jsonErrorAt(text) {
  const pos = jsonErrorOffset(text);
  const before = text.slice(0, pos);
  return ` (line ${before.split("\n").length}, column ${pos - before.lastIndexOf("\n")})`;
}
var JSON_LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
function jsonErrorOffset(text) {
  const stack = [];
  let i = 0;
  let expect = "value";
  for (; ; ) {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
    const c = text[i];
    const top = stack.at(-1);
    if (c === void 0) return i;
    if (expect === "after") {
      if (c === "," && top) expect = top === "{" ? "key" : "value";
      else if (c === "}" && top === "{" || c === "]" && top === "[") stack.pop();
      else return i;
      i++;
      continue;
    }
    if (expect === "colon") {
      if (c !== ":") return i;
      i++;
      expect = "value";
      continue;
    }
    if (expect === "value" && (c === "{" || c === "[")) {
      const close = c === "{" ? "}" : "]";
      i++;
      while (i < text.length && " 	\n\r".includes(text[i])) i++;
      if (text[i] === close) i++;
      else stack.push(c);
      expect = text[i - 1] === close ? "after" : c === "{" ? "key" : "value";
      continue;
    }
    if (expect === "key" && c !== '"') return i;
    JSON_LITERAL.lastIndex = i;
    const m = JSON_LITERAL.exec(text);
    if (!m) return badTokenOffset(text, i);
    i += m[0].length;
    expect = expect === "key" ? "colon" : "after";
  }
}
function badTokenOffset(text, i) {
  const c = text[i];
  if (c === '"') {
    for (let k2 = i + 1; k2 < text.length; k2++) {
      if (text.charCodeAt(k2) < 32) return k2;
      if (text[k2] === "\\") {
        if (!/["\\/bfnrtu]/.test(text[k2 + 1] ?? "")) return k2 + 1;
        k2++;
      }
    }
    return text.length;
  }
  if (c === "-") return i + 1;
  const word = ["true", "false", "null"].find((w) => w[0] === c);
  if (!word) return i;
  let k = 0;
  while (k < word.length && text[i + k] === word[k]) k++;
  return i + k;
}

// src/canary/source.ts
function canarySource(config, flagFile) {
  if (flagFile !== void 0) {
    const path = resolveInside(config.workspace, flagFile, { label: "canary config file" });
    if (!existsSync(path)) throw new UserError(`canary config file "${flagFile}" does not exist`, { hint: "give a path relative to the current directory (or --cwd)" });
    return { ...readCanaryFile(path, flagFile), source: flagFile, trusted: false };
  }
  const { document, source, locate, trusted } = config.canary;
  return document === void 0 ? void 0 : { document, source, locate, trusted };
}

// src/pipeline/canary.ts
async function runCanary(ctx) {
  try {
    const { result, findings } = await judgeCanary(ctx);
    return [toStepResult(result, findings, ctx)];
  } catch (e) {
    ctx.host.setOutput("canary-decision", "hold");
    throw e;
  }
}
async function judgeCanary(ctx) {
  const { host } = ctx;
  const log = (line) => ctx.config.runtime.onActions ? host.info(line) : host.debug(line);
  const flag = typeof ctx.flags.config === "string" ? ctx.flags.config : void 0;
  const src = canarySource(ctx.config, flag);
  if (!src) {
    throw new UserError("no canary config: give --config FILE, the canary input, or a canary key in the config file", { hint: "see the canary section of the README", code: "canary_config" });
  }
  const cfg = parseCanaryConfig(src.document, {
    locate: src.locate,
    now: Math.floor(Date.now() / 1e3),
    baseDir: ctx.config.workspace,
    trusted: src.trusted,
    pinnedUrl: host.env[CANARY_URL_ENV] || void 0
  });
  const p = cfg.provider;
  const w = cfg.window;
  log(`canary config from ${src.trusted ? "the canary input" : quoted(src.source)}: ${cfg.metrics.length} metric(s), window ${iso(w.start)} \u2013 ${iso(w.end)}, step ${w.stepSeconds}s`);
  log(`metrics from ${p.type === "file" ? `the series file ${quoted(relative(ctx.config.workspace, p.path) || p.path)}` : `Prometheus at ${quoted(p.url)}${p.bearerTokenEnv || p.basicAuth ? " (with credentials)" : ""}`}`);
  const result = await analyse(cfg, provider(cfg, ctx));
  const findings = [];
  for (const m of result.metrics) {
    log(`metric ${quoted(m.name)} (${m.judge}${m.critical ? ", critical" : ""}): judged ${m.canary.samples} canary and ${m.stable.samples} stable samples: ${m.verdict} \u2014 ${logSafe(m.reason)}`);
    if (m.verdict !== "High" && m.verdict !== "Low") continue;
    const where = cfg.metrics.find((s) => s.name === m.name)?.where;
    findings.push({ capability: "canary", rule: `canary/${m.judge}`, severity: "warning", message: `canary metric ${quoted(m.name)}: ${m.verdict}: ${m.reason}`, file: where?.file, line: where?.line });
  }
  log(`decision: ${result.decision} (score ${fmtScore2(result.score)}): ${logSafe(result.reasons[0] ?? "")}`);
  return { result: { ...result, judges: cfg.metrics.map((m) => ({ metric: m.name, judge: m.judge })) }, findings };
}
var iso = (t) => new Date(t * 1e3).toISOString();
var fmtScore2 = (s) => String(Number(s.toFixed(4)));
function guardCanaryCredentials(ctx) {
  const provider2 = ctx.config.canary.document?.provider;
  const basic = provider2?.["basic-auth"];
  protect([provider2?.["bearer-token-env"], basic?.["username-env"], basic?.["password-env"]].filter((n) => typeof n === "string" && !!n), ctx);
}
function protect(names, ctx) {
  for (const name of names) {
    addSecretEnvName(name);
    if (ctx.host.env[name]) ctx.host.setSecret(ctx.host.env[name]);
  }
}
function provider(cfg, ctx) {
  const p = cfg.provider;
  if (p.type === "file") return fileProvider(p, relative(ctx.config.workspace, p.path) || p.path);
  const env = ctx.host.env;
  protect(credentialEnvNames(p), ctx);
  try {
    const auth = authorization(p, env);
    if (auth) ctx.host.setSecret(auth.slice(auth.indexOf(" ") + 1));
    return prometheusProvider(p, env);
  } catch (e) {
    if (e instanceof MissingSecret) throw new UserError(`canary: ${e.message}`, { hint: "pass the secret to the step as an env variable", code: "canary_config" });
    throw e;
  }
}
function toStepResult(r, findings, ctx) {
  const failOnHold = ctx.config.canary.failOnHold;
  const failed = r.decision === "rollback" || r.decision === "hold" && failOnHold;
  const exitCode = r.decision === "rollback" ? 1 : r.decision === "hold" && failOnHold ? 2 : 0;
  const score = fmtScore2(r.score);
  return {
    step: "canary",
    status: failed ? "failed" : "ok",
    title: `canary: ${r.decision} (score ${score})`,
    reason: failed ? r.reasons[0] : void 0,
    outputs: { "canary-decision": r.decision, "canary-score": score },
    findings,
    data: r,
    exitCode
  };
}
var canaryCommand = {
  name: "canary",
  summary: "Judge canary vs stable metrics (Prometheus or a JSON file) and decide: promote, hold or rollback",
  usage: "canary [--config FILE] [--fail-on-hold] [--json]",
  flags: [{ name: "config", description: "The canary config file (YAML: provider, window, metrics). Default: the canary input or the canary key of the repository config file." }],
  // The check command groups each of its steps; run alone, the canary groups its own log.
  run: (ctx) => ctx.host.group("canary", () => runCanary(ctx))
};
var canaryStep = {
  step: "canary",
  skipReason: (ctx) => ctx.config.canary.document === void 0 ? "no canary config (the canary input or key is empty)" : void 0,
  run: (ctx) => runCanary(ctx)
};

export { canaryStep as a, canaryCommand as c, guardCanaryCredentials as g, runCanary as r, toStepResult as t };
