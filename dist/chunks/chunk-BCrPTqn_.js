import { createRequire } from 'node:module';
import { r as renderAuditMarkdown } from './chunk-Dju2DAD6.js';
import { b as baselineBody, d as baselineSection } from './chunk-BxqvyMCa.js';
import { r as renderVerifyMarkdown } from './chunk-BsLrw91K.js';
import { r as renderLocksDiffMarkdown } from './chunk-C4X8gpPg.js';
import { a as escapeCell, e as escapeMarkdown } from './chunk-CLWDYslJ.js';
import { i as isMatrixBuild, b as isBaselineDiff } from './chunk-tQh32aOw.js';
import { f as fromCapabilityFinding } from './chunk-CEmx3jLG.js';
import { f as fmt, a as fmtP, b as fmtPct } from './chunk-C6TsZhJY.js';
import { l as logSafe } from './chunk-DjFb5CTR.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/report/sections/canary-report.ts
var HEAD = ["metric", "judge", "canary median / p95 (n)", "stable median / p95 (n)", "test", "effect [CI]", "verdict", "why"];
var ICON = { Pass: "\u2705", High: "\u274C", Low: "\u274C", NoData: "\u2754" };
var DECISION = { promote: "\u{1F7E2} promote", hold: "\u{1F7E1} hold", rollback: "\u{1F534} rollback" };
var sampleStats = (s) => s.samples ? `${fmt(s.median)} / ${fmt(s.p95)} (${s.samples})` : "- (0)";
var metricName = (m) => `${m.name}${m.critical ? " (critical)" : ""}${m.required ? "" : " (optional)"}`;
function test(m, judge) {
  if (judge?.kind === "threshold") {
    const bounds = [judge.min !== void 0 ? `min ${fmt(judge.min)}` : "", judge.max !== void 0 ? `max ${fmt(judge.max)}` : ""].filter(Boolean).join(", ");
    return `${bounds || "no bound"} (${judge.aggregate}${judge.aggregate === "each" ? `, ${judge.failureLimit} may fail` : ""})`;
  }
  const p = m.pValue === void 0 ? "-" : `p=${fmtP(m.pValue)}`;
  return judge?.kind === "compare" ? `${p} (confidence ${fmt(judge.confidence)}, ${judge.worse} is worse)` : p;
}
function effect(m) {
  const d = m.difference;
  const base = m.stable.median;
  if (m.effectSize === void 0 || !Number.isFinite(m.effectSize)) return d ? `${fmt(d.estimate)} [${fmt(d.low)}, ${fmt(d.high)}]` : "-";
  if (!d || !base) return fmtPct(m.effectSize);
  return `${fmtPct(m.effectSize)} [${fmtPct(d.low / Math.abs(base))}, ${fmtPct(d.high / Math.abs(base))}]`;
}
function canaryReport(r) {
  const judges = new Map((r.judges ?? []).map((j) => [j.metric, j.judge]));
  const rows = r.metrics.map((m) => {
    const cells2 = [metricName(m), m.judge, sampleStats(m.canary), sampleStats(m.stable), test(m, judges.get(m.name)), effect(m), m.verdict, m.reason].map(
      escapeCell
    );
    cells2[6] = `${ICON[m.verdict]} ${cells2[6]}`;
    return `| ${cells2.join(" | ")} |`;
  });
  const summary = [
    `**Decision: ${DECISION[r.decision]}** (score ${Number(r.score.toFixed(4))})`,
    "",
    ...r.reasons.map((x) => `- ${escapeMarkdown(x)}`),
    "",
    `| ${HEAD.join(" | ")} |`,
    `|${HEAD.map(() => "---").join("|")}|`,
    ...rows
  ].join("\n");
  const window = `Window ${new Date(r.window.start * 1e3).toISOString()} \u2013 ${new Date(r.window.end * 1e3).toISOString()}, step ${r.window.stepSeconds}s.`;
  return { summary, detail: window };
}

// src/report/sections/canary.ts
var HEAD2 = ["metric", "judge", "canary median / p95 (n)", "stable median / p95 (n)", "difference [CI]", "p-value", "effect", "verdict", "reason"];
function cells(m) {
  const d = m.difference;
  return [
    metricName(m),
    m.judge,
    sampleStats(m.canary),
    sampleStats(m.stable),
    d ? `${fmt(d.estimate)} [${fmt(d.low)}, ${fmt(d.high)}]` : "-",
    m.pValue === void 0 ? "-" : fmtP(m.pValue),
    m.effectSize === void 0 ? "-" : Number.isFinite(m.effectSize) ? fmtPct(m.effectSize) : fmt(m.effectSize),
    m.verdict,
    m.reason
  ];
}
var decisionLine = (r) => `decision: ${r.decision} (score ${Number(r.score.toFixed(4))})`;
function renderCanaryText(r) {
  const rows = [HEAD2, ...r.metrics.map((m) => cells(m).map(logSafe))].map((c) => c.slice(0, 8));
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
var canarySection = (r, style) => {
  if (style === "text") return renderCanaryText(r);
  const { summary, detail } = canaryReport(r);
  return `${summary}

${detail}`;
};

// src/report/sections/doctor.ts
var ICON2 = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
var findingsTable = (findings) => [
  "| | finding | fix |",
  "|---|---|---|",
  ...findings.map((x) => `| ${ICON2[x.severity]} | ${escapeCell(x.message)} | ${escapeCell(x.fix)} |`)
];
function renderDoctor({ facts: f, findings }) {
  const lines = findings.length ? findingsTable(findings) : ["No problems found in the Go environment."];
  const rows = [
    ["go on PATH", f.pathGo ? `${f.pathGo.path} (go${f.pathGo.version ?? "?"})` : "none"],
    ["installed", f.installed ? `go${f.installed.version} in ${f.installed.goroot}` : void 0],
    ["GOPATH", f.locations?.GOPATH],
    ["GOCACHE", f.locations?.GOCACHE],
    ["GOMODCACHE", f.locations?.GOMODCACHE]
  ];
  lines.push("", "| where | path |", "|---|---|", ...rows.filter((r) => r[1] !== void 0).map(([k, v]) => `| ${k} | ${escapeCell(v)} |`));
  return lines.join("\n");
}
var doctorSection = (d) => renderDoctor(d);

// src/report/sections/host-check.ts
var hostCheckTable = (findings) => findingsTable(findings.map(fromCapabilityFinding));

// src/report/sections/style.ts
var fold = (text) => String(text).replace(/\r\n?|\n/g, " ");
var inlineText = (style) => style === "text" ? { cell: fold, inline: fold } : { cell: escapeCell, inline: escapeMarkdown };

// src/report/sections/emulation.ts
function emulationSection(d, style) {
  const { cell, inline } = inlineText(style);
  const b = d.binfmt;
  const rows = d.platforms.map((p) => {
    const interpreter = p.interpreter ?? (p.qemuStatic ? `(not registered; ${p.qemuStatic})` : "\u2014");
    const verified = p.verified === void 0 ? "not checked" : p.verified ? "yes" : `no: ${p.detail}`;
    return `| ${p.platform} | ${p.native ? "native" : p.registeredBy} | ${cell(interpreter)} | ${p.entry ? p.fixBinary ? "F" : "no F" : "\u2014"} | ${cell(verified)} |`;
  });
  const entries = `${b.entries.length} entr${b.entries.length === 1 ? "y" : "ies"}`;
  const head = inline(`binfmt_misc at ${b.root}: ${b.mounted ? `mounted, ${b.enabled ? "enabled" : "disabled"}, ${entries}` : "not mounted"}`);
  const docker = d.docker ? `

registered with \`${d.docker.argv.join(" ")}\` (exit ${d.docker.exitCode}; success decided by verification)` : "";
  const hostTable = d.findings?.length ? `

${hostCheckTable(d.findings).join("\n")}` : "";
  return [head, "", "| platform | registered by | interpreter | flags | verified |", "|---|---|---|---|---|", ...rows].join("\n") + docker + hostTable;
}

// src/report/sections/matrix.ts
var matrixSection = (d, style) => isMatrixBuild(d) ? buildSection(d, style) : planSection(d);
var planSection = (d) => d.include.map((e) => `- ${e.target}${e.variants ? ` ${e.variants}` : ""}${e.cgo ? " (cgo)" : ""} \u2192 ${e.runner}${e.emulated ? " + QEMU" : ""}`).join("\n");
function buildSection(d, style) {
  const { cell, inline } = inlineText(style);
  const rows = d.binaries.map((b) => {
    const s = b.smoke;
    const smoke = !s ? "\u2014" : s.ok ? `ok (${s.via}, ${s.durationMs} ms)` : s.via === "none" ? `not run: ${s.reason}` : `FAILED: ${s.reason}`;
    const check = b.checks.problems.length ? `FAILED: ${b.checks.problems.join("; ")}` : "ok";
    return `| ${cell(`${b.target}${b.cgo ? " (cgo)" : ""}`)} | ${cell(b.file)} | ${cell(check)} | ${cell(smoke)} | \`${b.sha256.slice(0, 12)}\` |`;
  });
  const failures = d.failures.map((f) => `- ${inline(`${f.target} (${f.stage}): ${f.message}`)}`);
  return ["| target | file | header check | smoke run | sha256 |", "|---|---|---|---|---|", ...rows, ...failures.length ? ["", ...failures] : []].join("\n");
}

// src/report/policy-markdown.ts
function renderPolicyMarkdown(result) {
  const t = result.totals;
  const head = `${t.tests} tests, ${t.passed} passed, ${t.warnings} warnings, ${t.failures} failures, ${t.exceptions} exceptions`;
  if (!result.findings.length) return head;
  const rows = result.findings.map(
    (f) => `| ${f.severity} | ${escapeCell(f.file ?? "")}${f.line ? `:${f.line}` : ""} | ${escapeCell(f.rule ?? "")} | ${escapeCell(f.message)} |`
  );
  return [head, "", "| | where | rule | message |", "|---|---|---|---|", ...rows].join("\n");
}

// src/report/sections/policy.ts
var policySection = (d) => d.verify ? `${renderPolicyMarkdown(d.result)}

**verify**: ${renderVerifyMarkdown(d.verify)}` : renderPolicyMarkdown(d.result);

// src/report/sections/toolchain.ts
var toolchainSection = (d, style) => {
  const { inline } = inlineText(style);
  return [...d.notes.map((n) => `- ${inline(n)}`), "", renderDoctor(d.doctor)].join("\n");
};

// src/report/sections/index.ts
var SECTIONS = {
  toolchain: toolchainSection,
  doctor: doctorSection,
  emulation: emulationSection,
  matrix: matrixSection,
  canary: canarySection,
  policy: policySection,
  locks: renderLocksDiffMarkdown,
  "policy verify": (d) => renderVerifyMarkdown(d.result),
  baseline: (d) => isBaselineDiff(d) ? baselineBody(d.diff, d.base) : void 0,
  audit: (d) => renderAuditMarkdown(d.audit, d.source)
};
function stepSection(r, style) {
  if (r.data === void 0) return void 0;
  const render = SECTIONS[r.step];
  return render?.(r.data, style);
}
var SUMMARIES = {
  canary: canaryReport,
  baseline: (d) => {
    if (!isBaselineDiff(d)) return void 0;
    const s = baselineSection(d.diff, d.base);
    return { title: s.title, summary: s.summary, detail: s.body };
  }
};
function sectionSummary(r) {
  if (r.data === void 0) return void 0;
  const summarize = SUMMARIES[r.step];
  return summarize?.(r.data);
}

export { sectionSummary as a, stepSection as s };
