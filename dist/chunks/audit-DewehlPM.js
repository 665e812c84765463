import { createRequire } from 'node:module';
import { e as diffAgainstBaseline, w as workspaceSnapshot } from './chunk-BsWkxYVC.js';
import './chunk-CDXSnQZi.js';
import './chunk-B4GqvIY9.js';
import './chunk-BX1Yb5uV.js';
import './chunk-BtqEFqmD.js';
import './chunk-CD1mUn41.js';
import './chunk-B9Pf2tyX.js';
import './chunk-F7-_xG6A.js';
import { r as renderAuditMarkdown, a as auditVerdict } from './chunk-Dju2DAD6.js';
import { D as DEPENDENCY_KINDS, c as auditOf } from './chunk-BxqvyMCa.js';
import './chunk-BsLrw91K.js';
import './chunk-CLWDYslJ.js';
import './chunk-DAsxaX7j.js';
import './chunk-BEoSxS9a.js';
import './chunk-tQh32aOw.js';
import './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-Dhnp4LvZ.js';
import './chunk-CE2JlTQc.js';
import { m as mkdirSync, w as writeFileSync } from './chunk-gJGdoriE.js';
import './chunk-DjFb5CTR.js';
import './chunk-DtjlLlnT.js';
import './chunk-HyW7ORsI.js';
import { relative, join } from 'node:path';
import 'node:url';
import 'path';
import 'url';
import 'module';
import 'node:child_process';
import 'node:fs/promises';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/report/openmetrics.ts
var escapeLabelValue = (v) => v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
var labelText = (labels) => `{${Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(",")}}`;
function familyText(f) {
  const lines = [`# TYPE ${f.name} gauge`, `# HELP ${f.name} ${f.help}`];
  for (const s of f.samples) lines.push(`${f.name}${labelText(s.labels)} ${s.value}`);
  return lines.join("\n");
}
function renderOpenMetrics(a) {
  const base = { repository: a.repository, branch: a.branch };
  const one = (name, help, value) => ({ name, help, samples: [{ labels: base, value }] });
  const targets = a.diff.binaries.targets;
  const families = [
    one("go_xenv_baseline_check_failures", "Policy failures in the audited state.", a.failures.length),
    one("go_xenv_baseline_check_warnings", "Policy warnings in the audited state.", a.warnings.length),
    one("go_xenv_config_drift_ratio", "Tracked config files that differ from the baseline, over tracked config files (0 to 1).", a.drift.ratio),
    one("go_xenv_config_tracked_files", "Config files tracked by the baseline or present now.", a.drift.tracked),
    one("go_xenv_config_drifted_files", "Tracked config files that differ from the baseline.", a.drift.drifted.length),
    {
      name: "go_xenv_dependency_changes",
      help: "Dependency changes against the baseline, by kind of change, over every lock file.",
      samples: DEPENDENCY_KINDS.map((kind) => ({ labels: { ...base, kind }, value: a.diff.dependencies.counts[kind] }))
    },
    {
      name: "go_xenv_binary_size_bytes",
      help: "Size of each built binary, in bytes.",
      samples: targets.filter((t) => t.newSize !== null).map((t) => ({ labels: { ...base, target: t.target }, value: t.newSize }))
    },
    {
      name: "go_xenv_binary_size_drift_bytes",
      help: "Size of each built binary minus its size in the baseline, in bytes.",
      samples: targets.filter((t) => t.deltaBytes !== null).map((t) => ({ labels: { ...base, target: t.target }, value: t.deltaBytes }))
    },
    {
      name: "go_xenv_binary_size_drift_ratio",
      help: "Size drift of each built binary over its size in the baseline (0.005 is 0.5%).",
      samples: targets.filter((t) => t.deltaPercent !== null).map((t) => ({ labels: { ...base, target: t.target }, value: t.deltaPercent / 100 }))
    },
    one("go_xenv_toolchain_changed", "1 when the Go version differs from the baseline.", a.diff.toolchain.changed ? 1 : 0),
    one("go_xenv_audit_clean", "1 when the audit found no policy failure and no drift.", a.clean ? 1 : 0)
  ];
  return `${families.map(familyText).join("\n")}
# EOF
`;
}

// src/pipeline/audit.ts
var AUDIT_METRICS_FILE = "go-xenv-audit.om.txt";
async function runAudit(ctx) {
  const { config } = ctx;
  const file = relative(config.workspace, config.baseline.file) || config.baseline.file;
  const run = await diffAgainstBaseline(ctx, { snapshot: workspaceSnapshot(ctx), source: { file } });
  const branch = config.runtime.branch ?? config.runtime.defaultBranch ?? "";
  const audit = auditOf(run.diff, run.state.verdicts, { repository: config.runtime.repository, branch });
  mkdirSync(config.matrix.outDir, { recursive: true });
  const metricsFile = join(config.matrix.outDir, AUDIT_METRICS_FILE);
  writeFileSync(metricsFile, renderOpenMetrics(audit));
  const body = renderAuditMarkdown(audit, run.source);
  const data = { audit, source: run.source, metricsFile, issue: { clean: audit.clean, title: `go-xenv audit: ${audit.clean ? "clean" : "drift or policy failures"}`, body } };
  return {
    step: "audit",
    status: audit.clean ? "ok" : "failed",
    title: `audit: ${auditVerdict(audit)}`,
    // Every policy failure and warning of the audited state, annotated at its file and line (and in the check run).
    findings: [...audit.failures, ...audit.warnings].map(findingOf),
    outputs: {
      "audit-clean": String(audit.clean),
      "audit-failures": String(audit.failures.length),
      "audit-drift-ratio": String(audit.drift.ratio),
      "audit-metrics": metricsFile,
      "baseline-file": config.baseline.file
    },
    data
  };
}
var findingOf = (v) => ({
  capability: "policy",
  rule: v.rule,
  severity: v.level === "failure" ? "error" : "warning",
  message: v.message,
  ...v.file ? { file: v.file } : {},
  ...v.line ? { line: v.line } : {}
});
var auditCommand = {
  name: "audit",
  summary: "Evaluate the whole repository against the policies and the committed baseline (nightly): drift, violations, OpenMetrics figures",
  run: async (ctx) => [await runAudit(ctx)]
};

export { AUDIT_METRICS_FILE, auditCommand };
