import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  baselineBody,
  fold,
  formatPercent,
  plural,
  verdictTable
} from "./chunk-MQV2UBXU.js";
import {
  escapeMarkdown
} from "./chunk-DPMGP35D.js";

// src/report/baseline-audit.ts
function auditVerdict(a) {
  if (a.clean) return "clean: no policy failure, no drift from the baseline";
  const parts = [];
  if (a.failures.length) parts.push(plural(a.failures.length, "policy failure"));
  if (a.drift.any) parts.push(`drift from the baseline (${plural(a.drift.drifted.length, "config file")}, ${plural(a.diff.dependencies.total, "dependency change")})`);
  return parts.join(", ");
}
function renderAuditMarkdown(a, source) {
  const where = [a.repository, a.branch].filter(Boolean).map((x) => escapeMarkdown(x)).join(" @ ");
  const figures = [
    "| Figure | Value |",
    "| --- | ---: |",
    `| Policy failures | ${a.failures.length} |`,
    `| Policy warnings | ${a.warnings.length} |`,
    `| Config drift | ${a.drift.drifted.length} / ${a.drift.tracked} (${formatPercent(a.drift.ratio * 100).replace(/^\+/, "")}) |`,
    `| Dependency changes | ${a.diff.dependencies.total} |`,
    `| Binaries changed | ${a.diff.binaries.targets.filter((t) => t.status !== "unchanged").length} |`
  ].join("\n");
  const parts = [`### go-xenv audit${where ? ` of ${where}` : ""}: ${escapeMarkdown(auditVerdict(a))}`, figures];
  if (a.failures.length) parts.push(fold("Policy failures", String(a.failures.length), verdictTable(a.failures), a.failures.length));
  parts.push(baselineBody(a.diff, source));
  return `${parts.join("\n\n")}
`;
}

export {
  auditVerdict,
  renderAuditMarkdown
};
