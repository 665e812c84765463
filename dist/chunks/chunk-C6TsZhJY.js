import { createRequire } from 'node:module';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

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

export { fmtP as a, fmtPct as b, fmt as f, judgeMetric as j };
