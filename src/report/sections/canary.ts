// The canary section: the decision with its reasons first, then one row per metric (judge, canary and stable
// median/p95/samples, the shift with its interval, p-value, effect size, verdict, why); Markdown or terminal text.
// Metric names and reasons carry text from the config and from Prometheus: escaped for Markdown, made inert for logs.
import { fmt, fmtP, fmtPct } from '../../canary/judge.ts';
import type { SampleStats } from '../../canary/describe.ts';
import type { CanaryResult, MetricResult } from '../../canary/types.ts';
import { logSafe } from '../../log-text.ts';
import { escapeCell, escapeMarkdown } from '../escape.ts';
import type { Style } from './style.ts';

const HEAD = ['metric', 'judge', 'canary median / p95 (n)', 'stable median / p95 (n)', 'difference [CI]', 'p-value', 'effect', 'verdict', 'reason'];
const ICON: Record<MetricResult['verdict'], string> = { Pass: '✅', High: '❌', Low: '❌', NoData: '❔' };

function cells(m: MetricResult): string[] {
  const stats = (s: SampleStats) => (s.samples ? `${fmt(s.median)} / ${fmt(s.p95)} (${s.samples})` : '- (0)');
  const d = m.difference;
  return [
    `${m.name}${m.critical ? ' (critical)' : ''}${m.required ? '' : ' (optional)'}`,
    m.judge,
    stats(m.canary),
    stats(m.stable),
    d ? `${fmt(d.estimate)} [${fmt(d.low)}, ${fmt(d.high)}]` : '-',
    m.pValue === undefined ? '-' : fmtP(m.pValue),
    m.effectSize === undefined ? '-' : Number.isFinite(m.effectSize) ? fmtPct(m.effectSize) : fmt(m.effectSize),
    m.verdict,
    m.reason,
  ];
}

const decisionLine = (r: CanaryResult) => `decision: ${r.decision} (score ${Number(r.score.toFixed(4))})`;

export function renderCanaryMarkdown(r: CanaryResult): string {
  const rows = r.metrics.map((m) => {
    const c = cells(m).map(escapeCell);
    c[7] = `${ICON[m.verdict]} ${c[7]}`;
    return `| ${c.join(' | ')} |`;
  });
  return [
    `**${decisionLine(r)}**`,
    '',
    ...r.reasons.map((x) => `- ${escapeMarkdown(x)}`),
    '',
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
    ...rows,
    '',
    `Window ${new Date(r.window.start * 1000).toISOString()} – ${new Date(r.window.end * 1000).toISOString()}, step ${r.window.stepSeconds}s.`,
  ].join('\n');
}

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

export const canarySection = (r: CanaryResult, style: Style): string => (style === 'text' ? renderCanaryText(r) : renderCanaryMarkdown(r));
