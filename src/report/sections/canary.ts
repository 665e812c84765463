// The canary section in a terminal: the decision with its reasons first, then one row per metric (judge, canary and
// stable median/p95/samples, the shift with its interval, p-value, effect size, verdict, why); in Markdown it is the
// report's section (canary-report.ts). Metric names and reasons carry text from the config and from Prometheus: inert.
import { fmt, fmtP, fmtPct } from '../../canary/judge.ts';
import type { CanaryResult, MetricResult } from '../../canary/types.ts';
import { logSafe } from '../../log-text.ts';
import type { CanaryStepData } from '../../core/result.ts';
import { canaryReport, metricName, sampleStats } from './canary-report.ts';
import type { Style } from './style.ts';

const HEAD = ['metric', 'judge', 'canary median / p95 (n)', 'stable median / p95 (n)', 'difference [CI]', 'p-value', 'effect', 'verdict', 'reason'];

function cells(m: MetricResult): string[] {
  const d = m.difference;
  return [
    metricName(m),
    m.judge,
    sampleStats(m.canary),
    sampleStats(m.stable),
    d ? `${fmt(d.estimate)} [${fmt(d.low)}, ${fmt(d.high)}]` : '-',
    m.pValue === undefined ? '-' : fmtP(m.pValue),
    m.effectSize === undefined ? '-' : Number.isFinite(m.effectSize) ? fmtPct(m.effectSize) : fmt(m.effectSize),
    m.verdict,
    m.reason,
  ];
}

const decisionLine = (r: CanaryResult) => `decision: ${r.decision} (score ${Number(r.score.toFixed(4))})`;

export function renderCanaryText(r: CanaryResult): string {
  const rows = [HEAD, ...r.metrics.map((m) => cells(m).map(logSafe))].map((c) => c.slice(0, 8));
  const widths = rows[0].map((_, i) => rows.reduce((w, row) => Math.max(w, row[i].length), 0));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [
    decisionLine(r),
    ...r.reasons.map((x) => `  - ${logSafe(x)}`),
    '',
    line(rows[0]),
    ...rows.slice(1).map((c, i) => `${line(c)}\n    ${logSafe(r.metrics[i].reason)}`),
  ].join('\n');
}

/** The terminal prints the table; Markdown is the report's canary section (canary-report.ts). */
export const canarySection = (r: CanaryStepData, style: Style): string => {
  if (style === 'text') return renderCanaryText(r);
  const { summary, detail } = canaryReport(r);
  return `${summary}\n\n${detail}`;
};
