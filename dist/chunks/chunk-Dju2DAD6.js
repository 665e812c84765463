import { createRequire } from 'node:module';
import { p as plural, f as formatPercent, a as fold, v as verdictTable, b as baselineBody } from './chunk-BxqvyMCa.js';
import { e as escapeMarkdown } from './chunk-CLWDYslJ.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

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

export { auditVerdict as a, renderAuditMarkdown as r };
