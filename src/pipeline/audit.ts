// Wiring of `command: audit` (the nightly job): the whole repository evaluated against the policies and diffed against
// its committed baseline; the verdict, outputs and an OpenMetrics file under out-dir. The audit issue (open, update,
// close) is the github capability's: this step's data carries what it needs, `issue: { clean, title, body }`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { auditOf, type Verdict } from '../baseline/index.ts';
import type { Finding } from '../core/finding.ts';
import type { AuditStepData } from '../core/result.ts';
import { auditVerdict, renderAuditMarkdown } from '../report/baseline-audit.ts';
import { renderOpenMetrics } from '../report/openmetrics.ts';
import { diffAgainstBaseline, workspaceSnapshot } from './baseline.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

export const AUDIT_METRICS_FILE = 'go-xenv-audit.om.txt';

async function runAudit(ctx: CommandContext): Promise<StepResult> {
  const { config } = ctx;
  const file = relative(config.workspace, config.baseline.file) || config.baseline.file;
  const run = await diffAgainstBaseline(ctx, { snapshot: workspaceSnapshot(ctx), source: { file } });
  const branch = config.runtime.branch ?? config.runtime.defaultBranch ?? '';
  const audit = auditOf(run.diff, run.state.verdicts, { repository: config.runtime.repository, branch });
  mkdirSync(config.matrix.outDir, { recursive: true });
  const metricsFile = join(config.matrix.outDir, AUDIT_METRICS_FILE);
  writeFileSync(metricsFile, renderOpenMetrics(audit));
  const body = renderAuditMarkdown(audit, run.source);
  const data: AuditStepData = { audit, source: run.source, metricsFile, issue: { clean: audit.clean, title: `go-xenv audit: ${audit.clean ? 'clean' : 'drift or policy failures'}`, body } };
  return {
    step: 'audit',
    status: audit.clean ? 'ok' : 'failed',
    title: `audit: ${auditVerdict(audit)}`,
    // Every policy failure and warning of the audited state, annotated at its file and line (and in the check run).
    findings: [...audit.failures, ...audit.warnings].map(findingOf),
    outputs: {
      'audit-clean': String(audit.clean),
      'audit-failures': String(audit.failures.length),
      'audit-drift-ratio': String(audit.drift.ratio),
      'audit-metrics': metricsFile,
      'baseline-file': config.baseline.file,
    },
    data,
  };
}

const findingOf = (v: Verdict): Finding => ({
  capability: 'policy',
  rule: v.rule,
  severity: v.level === 'failure' ? 'error' : 'warning',
  message: v.message,
  ...(v.file ? { file: v.file } : {}),
  ...(v.line ? { line: v.line } : {}),
});

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Evaluate the whole repository against the policies and the committed baseline (nightly): drift, violations, OpenMetrics figures',
  run: async (ctx) => [await runAudit(ctx)],
};
