// The nightly audit's report: the verdict, the figures, the policy failures of the whole repository, then the drift
// from the committed baseline (the baseline diff's parts). It is the body of the audit issue and the job summary.
import type { AuditResult, BaselineSource } from '../baseline/index.ts';
import { baselineBody, fold, formatPercent, plural, verdictTable } from './baseline.ts';
import { escapeMarkdown } from './escape.ts';

export function auditVerdict(a: AuditResult): string {
  if (a.clean) return 'clean: no policy failure, no drift from the baseline';
  const parts: string[] = [];
  if (a.failures.length) parts.push(plural(a.failures.length, 'policy failure'));
  if (a.drift.any) parts.push(`drift from the baseline (${plural(a.drift.drifted.length, 'config file')}, ${plural(a.diff.dependencies.total, 'dependency change')})`);
  return parts.join(', ');
}

export function renderAuditMarkdown(a: AuditResult, source: BaselineSource): string {
  const where = [a.repository, a.branch].filter(Boolean).map((x) => escapeMarkdown(x)).join(' @ ');
  const figures = [
    '| Figure | Value |',
    '| --- | ---: |',
    `| Policy failures | ${a.failures.length} |`,
    `| Policy warnings | ${a.warnings.length} |`,
    `| Config drift | ${a.drift.drifted.length} / ${a.drift.tracked} (${formatPercent(a.drift.ratio * 100).replace(/^\+/, '')}) |`,
    `| Dependency changes | ${a.diff.dependencies.total} |`,
    `| Binaries changed | ${a.diff.binaries.targets.filter((t) => t.status !== 'unchanged').length} |`,
  ].join('\n');
  const parts = [`### go-xenv audit${where ? ` of ${where}` : ''}: ${escapeMarkdown(auditVerdict(a))}`, figures];
  if (a.failures.length) parts.push(fold('Policy failures', String(a.failures.length), verdictTable(a.failures), a.failures.length));
  parts.push(baselineBody(a.diff, source));
  return `${parts.join('\n\n')}\n`;
}
