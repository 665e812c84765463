import { createRequire } from 'node:module';
import { a as sectionSummary, s as stepSection } from './chunk-BCrPTqn_.js';
import { e as escapeMarkdown, a as escapeCell } from './chunk-CLWDYslJ.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/report/document.ts
var BODY_LIMIT = 65536;
var SECTION_ORDER = ["policy", "baseline", "dependencies", "matrix", "emulation", "toolchain", "doctor", "canary"];
var ICON = { ok: "\u2705", failed: "\u274C", skipped: "\u23ED\uFE0F" };
var STEP_SECTION = { locks: "dependencies" };
var TITLE = {
  policy: "Policy",
  baseline: "Baseline diff",
  dependencies: "Dependencies",
  matrix: "Build matrix",
  emulation: "Emulation",
  toolchain: "Toolchain",
  doctor: "Environment (doctor)",
  canary: "Canary"
};
var NOTE_MAX = 300;
function clip(text, max) {
  if (text.length <= max) return text;
  let out = "";
  for (const c of text) {
    if (out.length + c.length > max - 1) break;
    out += c;
  }
  return `${out}\u2026`;
}
var count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function verdictLine(results) {
  const failed = results.filter((r) => r.status === "failed");
  const passed = results.filter((r) => r.status === "ok").length;
  const skipped = results.length - failed.length - passed;
  const by = (s) => results.flatMap((r) => r.findings).filter((f) => f.severity === s).length;
  const found = [count(by("error"), "error"), count(by("warning"), "warning")].filter((x) => !x.startsWith("0 ")).join(", ");
  const tail = [`${passed} passed`, ...skipped ? [`${skipped} skipped`] : [], ...found ? [found] : []].join(" \xB7 ");
  if (failed.length) return `\u274C **${count(failed.length, "step")} failed: ${[...new Set(failed.map((r) => r.step))].join(", ")}** \xB7 ${tail}`;
  if (!passed) return `\u23ED\uFE0F **Nothing ran** \xB7 ${tail}`;
  return `\u2705 **All checks passed** \xB7 ${tail}`;
}
function stepSections(results) {
  return results.flatMap((r) => {
    if (r.status === "skipped") return [];
    const id = STEP_SECTION[r.step] ?? r.step;
    const line = `${ICON[r.status]} ${escapeMarkdown(clip(r.title, NOTE_MAX))}${r.reason ? ` \u2014 ${escapeMarkdown(clip(r.reason, NOTE_MAX))}` : ""}`;
    const own = sectionSummary(r);
    if (own) return [{ id, title: own.title ?? TITLE[id] ?? id, status: r.status, summary: own.summary, detail: own.detail }];
    return [{ id, title: TITLE[id] ?? id, status: r.status, summary: line, detail: stepSection(r, "markdown") }];
  });
}
function ordered(sections) {
  const rank = (s) => {
    const i = SECTION_ORDER.indexOf(s.id);
    return i < 0 ? SECTION_ORDER.length : i;
  };
  return sections.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map(({ s }) => s);
}
var stepsTable = (results) => [
  "| | step | result | note |",
  "|---|---|---|---|",
  ...results.map(
    (r) => `| ${ICON[r.status]} | ${escapeCell(r.step)} | ${escapeCell(clip(r.title, NOTE_MAX))} | ${escapeCell(clip(r.reason ?? "", NOTE_MAX))} |`
  )
];
var fold = (detail) => `<details><summary>Details</summary>

${detail}

</details>`;
function sectionText(s, detail, runUrl) {
  const icon = s.status ? `${ICON[s.status]} ` : "";
  const parts = [`### ${icon}${escapeMarkdown(s.title)}`, "", s.summary];
  if (s.detail)
    parts.push("", detail === "folded" ? fold(s.detail) : `_Details left out to fit GitHub's size limit: ${runLink(runUrl, "see the job summary")}._`);
  return parts.join("\n");
}
var runLink = (runUrl, text) => runUrl ? `[${text}](${runUrl})` : `${text} of this run`;
function renderReport(results, opts = {}) {
  const limit = opts.limit ?? BODY_LIMIT;
  const head = [`## go-xenv${opts.command ? ` ${escapeMarkdown(opts.command)}` : ""}`, "", verdictLine(results), ""];
  const table = stepsTable(results);
  const sections = ordered([...stepSections(results), ...opts.sections ?? []]);
  const dropped = /* @__PURE__ */ new Set();
  const body = () => [...head, ...table, "", ...sections.map((s, i) => sectionText(s, dropped.has(i) ? "dropped" : "folded", opts.runUrl) + "\n")].join("\n");
  let text = body();
  const bySize = sections.map((s, i) => ({ i, size: s.detail?.length ?? 0 })).filter((x) => x.size > 0).sort((a, b) => b.size - a.size);
  for (const { i } of bySize) {
    if (text.length <= limit) return text;
    dropped.add(i);
    text = body();
  }
  return text.length <= limit ? text : summaryOnly(results, head, opts.runUrl, limit);
}
function renderJobSummary(results, opts = {}) {
  const note = opts.omitted ? `
> ${opts.omitted}
` : "";
  return renderReport(results, { ...opts, limit: Math.floor(1024 * 1024 / 3) - note.length }) + note;
}
function reportOutputs(results) {
  const findings = results.flatMap((r) => r.findings);
  return {
    verdict: results.some((r) => r.status === "failed") ? "fail" : "pass",
    failures: String(results.filter((r) => r.status === "failed").length),
    warnings: String(findings.filter((f) => f.severity === "warning").length)
  };
}
function summaryOnly(results, head, runUrl, limit) {
  const note = `_The full report is longer than GitHub allows here: ${runLink(runUrl, "see the job summary")}._`;
  const rows = stepsTable(results);
  const build = (n) => [...head, note, "", ...rows.slice(0, 2 + n), ...n < results.length ? ["", `_${count(results.length - n, "more step")} not shown._`] : []].join("\n") + "\n";
  for (let n = results.length; n > 0; n--) {
    const text = build(n);
    if (text.length <= limit) return text;
  }
  return clip(build(0), limit);
}

export { reportOutputs as a, renderJobSummary as b, renderReport as r };
