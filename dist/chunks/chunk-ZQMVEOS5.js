import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-SY6LEZYK.js";
import {
  addSecretEnvName
} from "./chunk-IOMGH2NF.js";
import {
  escapeCell,
  escapeMarkdown
} from "./chunk-X5Y2LEUS.js";
import {
  resolveInside
} from "./chunk-YZBW7M6D.js";
import {
  logSafe,
  quoted
} from "./chunk-GDFLD4U5.js";
import {
  readBoundedText
} from "./chunk-M4F5CEJX.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import {
  __toESM
} from "./chunk-7LQLP6SQ.js";

// src/pipeline/canary.ts
import { relative as relative2 } from "node:path";

// src/canary/describe.ts
function quantile(values, q, sorted = false) {
  if (!values.length) return NaN;
  const v = sorted ? values : Array.from(values).sort((a, b) => a - b);
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
var mean = (values) => values.reduce((s, v) => s + v, 0) / values.length;
var maxOf = (values) => values.reduce((m, v) => v > m ? v : m, -Infinity);
var minOf = (values) => values.reduce((m, v) => v < m ? v : m, Infinity);
function describe(values) {
  if (!values.length) return { samples: 0 };
  const v = [...values].sort((a, b) => a - b);
  return { samples: v.length, median: quantile(v, 0.5, true), p95: quantile(v, 0.95, true), mean: mean(v) };
}

// src/canary/normal.ts
var SQRT_PI = Math.sqrt(Math.PI);
function erfcNonNegative(x) {
  if (x < 1.5) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 500 && term > sum * 1e-17; n++) {
      term *= 2 * x * x / (2 * n + 1);
      sum += term;
    }
    return 1 - 2 / SQRT_PI * Math.exp(-x * x) * sum;
  }
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 5e3; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  return x >= 0 ? erfcNonNegative(x) : 2 - erfcNonNegative(-x);
}
function normalSf(z) {
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  return erfc(z / Math.SQRT2) / 2;
}
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (1 - normalSf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// src/canary/hodges-lehmann.ts
var MAX_PAIRS = 1e6;
function thin(values, k) {
  if (values.length <= k) return values;
  const v = [...values].sort((a, b) => a - b);
  return Array.from({ length: k }, (_, i) => v[Math.round(i * (v.length - 1) / (k - 1))]);
}
function hodgesLehmann(canaryAll, stableAll, confidence) {
  const keep = Math.floor(Math.sqrt(MAX_PAIRS));
  const tooMany = canaryAll.length * stableAll.length > MAX_PAIRS;
  const canary = tooMany ? thin(canaryAll, keep) : canaryAll;
  const stable = tooMany ? thin(stableAll, keep) : stableAll;
  const diffs = new Float64Array(canary.length * stable.length);
  let i = 0;
  for (const c of canary) for (const s of stable) diffs[i++] = c - s;
  diffs.sort();
  const n = canary.length;
  const m = stable.length;
  const N = n * m;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const k = Math.max(0, Math.min(Math.floor(N / 2), Math.floor(N / 2 - z * Math.sqrt(N * (n + m + 1) / 12))));
  return { estimate: quantile(diffs, 0.5, true), low: diffs[k], high: diffs[N - 1 - k], confidence };
}

// src/canary/mann-whitney.ts
function rankWithTies(values) {
  const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const ranks = new Array(values.length);
  const tieSizes = [];
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const avg = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = avg;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}
function mannWhitneyU(x, y, method = "auto") {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("mannWhitneyU: both samples need at least one value");
  const { ranks, tieSizes } = rankWithTies([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - n1 * (n1 + 1) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const ties = tieSizes.some((t) => t > 1);
  const chosen = method === "auto" ? n1 > 8 && n2 > 8 || ties ? "asymptotic" : "exact" : method;
  const oneSided = chosen === "exact" ? exactSf(u, n1, n2) : normalSf(zScore(u, n1, n2, tieSizes));
  return { u1, p: Math.min(1, Math.max(0, 2 * oneSided)), method: chosen, xTendsHigher: u1 > n1 * n2 / 2 };
}
function zScore(u, n1, n2, tieSizes) {
  const n = n1 + n2;
  const tieTerm = tieSizes.reduce((s, t) => s + (t * t * t - t), 0);
  const sigma = Math.sqrt(n1 * n2 / 12 * (n + 1 - (n > 1 ? tieTerm / (n * (n - 1)) : 0)));
  const numerator = u - n1 * n2 / 2 - 0.5;
  return numerator / sigma;
}
function exactSf(u, n1, n2) {
  const s = Math.min(n1, n2);
  const l = Math.max(n1, n2);
  const size = s * l + 1;
  const counts = new Array(size).fill(0n);
  counts[0] = 1n;
  for (let i = 1; i <= s; i++) {
    const top = Math.min(size - 1, i * l);
    for (let k = top; k >= l + i; k--) counts[k] -= counts[k - l - i];
    for (let k = i; k <= top; k++) counts[k] += counts[k - i];
  }
  let total = 0n;
  let tail = 0n;
  const from = Math.ceil(u);
  for (let k = 0; k < size; k++) {
    total += counts[k];
    if (k >= from) tail += counts[k];
  }
  return bigRatio(tail, total);
}
function bigRatio(a, b) {
  if (a === 0n) return 0;
  const shift = Math.max(0, b.toString(2).length - 1e3);
  return Number(a >> BigInt(shift)) / Number(b >> BigInt(shift));
}

// src/canary/judge.ts
var finite = (values) => values.filter(Number.isFinite);
function judgeMetric(spec, series) {
  const values = (t) => {
    const s = series[t];
    return s && "values" in s ? finite(s.values) : [];
  };
  const canary = values("canary");
  const stable = values("stable");
  const base = {
    name: spec.name,
    judge: spec.judge.kind,
    critical: spec.critical,
    required: spec.required,
    canary: describe(canary),
    stable: describe(stable)
  };
  const needed = spec.judge.kind === "compare" ? ["canary", "stable"] : ["canary"];
  for (const t of needed) {
    const s = series[t];
    const got = t === "canary" ? canary : stable;
    if (s && "error" in s) return { ...base, verdict: "NoData", noData: "no-data", reason: `no ${t} data: ${s.error}` };
    if (!got.length) {
      const dropped = s && "dropped" in s && s.dropped ? ` (${s.dropped} NaN/Inf values dropped)` : "";
      return { ...base, verdict: "NoData", noData: "no-data", reason: `the ${t} query returned no numbers for the window${dropped}` };
    }
    if (got.length < spec.minSamples) {
      return { ...base, verdict: "NoData", noData: "too-few-samples", reason: `too few ${t} samples: ${got.length} < min-samples ${spec.minSamples}` };
    }
  }
  if (spec.judge.kind === "compare") return { ...base, ...compare(spec.judge, canary, stable) };
  return { ...base, ...stable.length ? comparison(canary, stable, 0.98) : {}, ...threshold(spec.judge, canary) };
}
function comparison(canary, stable, confidence) {
  const test = mannWhitneyU(canary, stable);
  const difference = hodgesLehmann(canary, stable, confidence);
  const stableMedian = quantile(stable, 0.5);
  const shift = difference.estimate;
  const effectSize = shift === 0 ? 0 : stableMedian === 0 ? Math.sign(shift) * Infinity : shift / Math.abs(stableMedian);
  return { test, difference, pValue: test.p, effectSize };
}
function threshold(j, canary) {
  const bounds = [j.min !== void 0 ? `min ${fmt(j.min)}` : "", j.max !== void 0 ? `max ${fmt(j.max)}` : ""].filter(Boolean).join(", ");
  if (j.aggregate !== "each") {
    const v = aggregate(j.aggregate, canary);
    const what = `${j.aggregate} ${fmt(v)}`;
    if (j.max !== void 0 && v > j.max) return { verdict: "High", reason: `${what} is above max ${fmt(j.max)}` };
    if (j.min !== void 0 && v < j.min) return { verdict: "Low", reason: `${what} is below min ${fmt(j.min)}` };
    return { verdict: "Pass", reason: `${what} is within ${bounds}` };
  }
  const high = j.max !== void 0 ? canary.filter((v) => v > j.max) : [];
  const low = j.min !== void 0 ? canary.filter((v) => v < j.min) : [];
  const failing = high.length + low.length;
  const limit = `failure-limit ${j.failureLimit}`;
  if (failing > j.failureLimit) {
    const verdict = high.length >= low.length ? "High" : "Low";
    const worst = verdict === "High" ? `above max ${fmt(j.max)} (worst ${fmt(maxOf(high))})` : `below min ${fmt(j.min)} (worst ${fmt(minOf(low))})`;
    return { verdict, reason: `${failing} of ${canary.length} samples ${worst}, more than ${limit}` };
  }
  return { verdict: "Pass", reason: failing ? `${failing} of ${canary.length} samples out of bounds, within ${limit}` : `all ${canary.length} samples within ${bounds}` };
}
function aggregate(kind, v) {
  switch (kind) {
    case "mean":
      return mean(v);
    case "median":
      return quantile(v, 0.5);
    case "p95":
      return quantile(v, 0.95);
    case "max":
      return maxOf(v);
    case "min":
      return minOf(v);
    case "last":
      return v[v.length - 1];
  }
}
function compare(j, canary, stable) {
  const { test, difference, effectSize } = comparison(canary, stable, j.confidence);
  const shift = difference.estimate;
  const nums = { difference, pValue: test.p, effectSize };
  const alpha = 1 - j.confidence;
  const p = `p=${fmtP(test.p)}`;
  if (test.p >= alpha) return { ...nums, verdict: "Pass", reason: `no significant difference from stable (${p} \u2265 ${fmtP(alpha)})` };
  const higher = test.xTendsHigher;
  const dir = higher ? "higher" : "lower";
  const size = Number.isFinite(effectSize) ? `${fmtPct(effectSize)}` : `${fmt(shift)} (stable median is 0)`;
  const withinRel = Number.isFinite(effectSize) && Math.abs(effectSize) <= j.tolerance;
  const withinAbs = Math.abs(shift) <= j.toleranceAbsolute;
  if (withinRel || withinAbs) {
    const tol = withinRel ? `tolerance ${fmtPct(j.tolerance).replace(/^\+/, "")}` : `tolerance-absolute ${fmt(j.toleranceAbsolute)}`;
    return { ...nums, verdict: "Pass", reason: `significantly ${dir} (${p}) but the shift ${size} is within ${tol}` };
  }
  if (j.worse !== "either" && j.worse !== dir) return { ...nums, verdict: "Pass", reason: `significantly ${dir} than stable (${p}, ${size}), which is better` };
  return { ...nums, verdict: higher ? "High" : "Low", reason: `significantly ${dir} than stable: shift ${size}, ${p}` };
}
function fmt(v) {
  if (v === void 0 || Number.isNaN(v)) return "-";
  if (!Number.isFinite(v)) return v > 0 ? "+Inf" : "-Inf";
  if (v === 0) return "0";
  const a = Math.abs(v);
  return a >= 1e6 || a < 1e-4 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}
var fmtP = (p) => p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
var fmtPct = (f) => `${f > 0 ? "+" : ""}${Number((f * 100).toPrecision(3))}%`;

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
  const finite2 = values.filter(Number.isFinite);
  return { values: finite2, dropped: values.length - finite2.length };
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

// src/canary/render.ts
var HEAD = ["metric", "judge", "canary median / p95 (n)", "stable median / p95 (n)", "difference [CI]", "p-value", "effect", "verdict", "reason"];
var ICON = { Pass: "\u2705", High: "\u274C", Low: "\u274C", NoData: "\u2754" };
function cells(m) {
  const stats = (s) => s.samples ? `${fmt(s.median)} / ${fmt(s.p95)} (${s.samples})` : "- (0)";
  const d = m.difference;
  return [
    `${m.name}${m.critical ? " (critical)" : ""}${m.required ? "" : " (optional)"}`,
    m.judge,
    stats(m.canary),
    stats(m.stable),
    d ? `${fmt(d.estimate)} [${fmt(d.low)}, ${fmt(d.high)}]` : "-",
    m.pValue === void 0 ? "-" : fmtP(m.pValue),
    m.effectSize === void 0 ? "-" : Number.isFinite(m.effectSize) ? fmtPct(m.effectSize) : fmt(m.effectSize),
    m.verdict,
    m.reason
  ];
}
var decisionLine = (r) => `decision: ${r.decision} (score ${Number(r.score.toFixed(4))})`;
function renderCanaryMarkdown(r) {
  const rows = r.metrics.map((m) => {
    const c = cells(m).map(escapeCell);
    c[7] = `${ICON[m.verdict]} ${c[7]}`;
    return `| ${c.join(" | ")} |`;
  });
  return [
    `**${decisionLine(r)}**`,
    "",
    ...r.reasons.map((x) => `- ${escapeMarkdown(x)}`),
    "",
    `| ${HEAD.join(" | ")} |`,
    `|${HEAD.map(() => "---").join("|")}|`,
    ...rows,
    "",
    `Window ${new Date(r.window.start * 1e3).toISOString()} \u2013 ${new Date(r.window.end * 1e3).toISOString()}, step ${r.window.stepSeconds}s.`
  ].join("\n");
}
function renderCanaryText(r) {
  const rows = [HEAD, ...r.metrics.map((m) => cells(m).map(logSafe))].map((c) => c.slice(0, 8));
  const widths = rows[0].map((_, i) => rows.reduce((w, row) => Math.max(w, row[i].length), 0));
  const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  return [
    decisionLine(r),
    ...r.reasons.map((x) => `  - ${logSafe(x)}`),
    "",
    line(rows[0]),
    ...rows.slice(1).map((c, i) => `${line(c)}
    ${logSafe(r.metrics[i].reason)}`)
  ].join("\n");
}

// src/canary/source.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { relative } from "node:path";
function canarySource(config, flagFile) {
  if (flagFile !== void 0) {
    const path2 = resolveInside(config.workspace, flagFile, { label: "canary config file" });
    if (!existsSync(path2)) throw new UserError(`canary config file "${flagFile}" does not exist`, { hint: "give a path relative to the current directory (or --cwd)" });
    const { doc, locate } = readYaml(path2, flagFile, []);
    return { document: doc.toJS(), source: flagFile, locate, trusted: false };
  }
  const { document, source } = config.canary;
  if (document === void 0) return void 0;
  if (source === "canary (config file)" && config.configFile) {
    const display = relative(config.workspace, config.configFile) || config.configFile;
    return { document, source: display, locate: readYaml(config.configFile, display, ["canary"]).locate, trusted: false };
  }
  if (source === "input canary") return { document, source, locate: () => ({ file: source }), trusted: true };
  const path = resolveInside(config.workspace, source, { label: "canary config file" });
  return { document, source, locate: existsSync(path) ? readYaml(path, source, []).locate : () => ({ file: source }), trusted: false };
}
function readYaml(path, display, prefix) {
  const lines = new import_yaml.LineCounter();
  const text = readBoundedText(path, { label: "canary config file", where: { file: display } });
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const pos = lines.linePos(doc.errors[0].pos[0]);
    throw new UserError(`invalid YAML: ${doc.errors[0].message.split("\n")[0]}`, { where: { file: display, line: pos.line, col: pos.col }, hint: "fix the YAML syntax" });
  }
  const locate = (p) => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn([...prefix, ...p.slice(0, n)], true);
      if (node && typeof node === "object" && node.range) return { file: display, line: lines.linePos(node.range[0]).line };
    }
    return { file: display };
  };
  return { doc, locate };
}

// src/pipeline/canary.ts
async function runCanary(ctx) {
  try {
    return [toStepResult(await judgeCanary(ctx), ctx)];
  } catch (e) {
    ctx.host.setOutput("canary-decision", "hold");
    throw e;
  }
}
async function judgeCanary(ctx) {
  const { host } = ctx;
  const log = (line) => host.kind === "actions" ? host.info(line) : host.debug(line);
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
  log(`metrics from ${p.type === "file" ? `the series file ${quoted(relative2(ctx.config.workspace, p.path) || p.path)}` : `Prometheus at ${quoted(p.url)}${p.bearerTokenEnv || p.basicAuth ? " (with credentials)" : ""}`}`);
  const result = await analyse(cfg, provider(cfg, ctx));
  for (const m of result.metrics) {
    log(`metric ${quoted(m.name)} (${m.judge}${m.critical ? ", critical" : ""}): judged ${m.canary.samples} canary and ${m.stable.samples} stable samples: ${m.verdict} \u2014 ${logSafe(m.reason)}`);
    const where = cfg.metrics.find((s) => s.name === m.name)?.where;
    if (m.verdict === "High" || m.verdict === "Low") host.warning(`canary metric ${quoted(m.name)}: ${m.verdict}: ${logSafe(m.reason)}`, where);
  }
  log(`decision: ${result.decision} (score ${fmtScore2(result.score)}): ${logSafe(result.reasons[0] ?? "")}`);
  return result;
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
  if (p.type === "file") return fileProvider(p, relative2(ctx.config.workspace, p.path) || p.path);
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
function toStepResult(r, ctx) {
  const failOnHold = ctx.config.canary.failOnHold;
  const failed = r.decision === "rollback" || r.decision === "hold" && failOnHold;
  const exitCode = r.decision === "rollback" ? 1 : r.decision === "hold" && failOnHold ? 2 : 0;
  const score = fmtScore2(r.score);
  return {
    step: "canary",
    status: failed ? "failed" : "ok",
    title: `canary: ${r.decision} (score ${score})`,
    reason: failed ? r.reasons[0] : void 0,
    details: ctx.host.kind === "terminal" ? renderCanaryText(r) : renderCanaryMarkdown(r),
    outputs: { "canary-decision": r.decision, "canary-score": score },
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

export {
  runCanary,
  guardCanaryCredentials,
  canaryCommand,
  canaryStep
};
