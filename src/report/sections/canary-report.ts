// The canary section of the report: the decision first, then per metric the judge, the canary and stable figures,
// the test (p-value, or the threshold), the effect size with its confidence interval, the verdict and why. Metric
// names and reasons carry text from the config and from Prometheus: escaped.
import { fmt, fmtP, fmtPct } from '../../canary/judge.ts';
import type { SampleStats } from '../../canary/describe.ts';
import type { CompareJudge, MetricResult, ThresholdJudge } from '../../canary/types.ts';
import type { CanaryStepData } from '../../core/result.ts';
import { escapeCell, escapeMarkdown } from '../escape.ts';

const HEAD = ['metric', 'judge', 'canary median / p95 (n)', 'stable median / p95 (n)', 'test', 'effect [CI]', 'verdict', 'why'];
const ICON: Record<MetricResult['verdict'], string> = { Pass: '✅', High: '❌', Low: '❌', NoData: '❔' };
const DECISION: Record<CanaryStepData['decision'], string> = { promote: '🟢 promote', hold: '🟡 hold', rollback: '🔴 rollback' };

/** Median / p95 (samples) of one track. */
export const sampleStats = (s: SampleStats) => (s.samples ? `${fmt(s.median)} / ${fmt(s.p95)} (${s.samples})` : '- (0)');

export const metricName = (m: MetricResult) => `${m.name}${m.critical ? ' (critical)' : ''}${m.required ? '' : ' (optional)'}`;

function test(m: MetricResult, judge: ThresholdJudge | CompareJudge | undefined): string {
  if (judge?.kind === 'threshold') {
    const bounds = [judge.min !== undefined ? `min ${fmt(judge.min)}` : '', judge.max !== undefined ? `max ${fmt(judge.max)}` : ''].filter(Boolean).join(', ');
    return `${bounds || 'no bound'} (${judge.aggregate}${judge.aggregate === 'each' ? `, ${judge.failureLimit} may fail` : ''})`;
  }
  const p = m.pValue === undefined ? '-' : `p=${fmtP(m.pValue)}`;
  return judge?.kind === 'compare' ? `${p} (confidence ${fmt(judge.confidence)}, ${judge.worse} is worse)` : p;
}

/** The effect relative to the stable median, with the shift's interval on the same scale (or in units, at median 0). */
function effect(m: MetricResult): string {
  const d = m.difference;
  const base = m.stable.median;
  if (m.effectSize === undefined || !Number.isFinite(m.effectSize)) return d ? `${fmt(d.estimate)} [${fmt(d.low)}, ${fmt(d.high)}]` : '-';
  if (!d || !base) return fmtPct(m.effectSize);
  return `${fmtPct(m.effectSize)} [${fmtPct(d.low / Math.abs(base))}, ${fmtPct(d.high / Math.abs(base))}]`;
}

export function canaryReport(r: CanaryStepData): { summary: string; detail: string } {
  const judges = new Map((r.judges ?? []).map((j) => [j.metric, j.judge]));
  const rows = r.metrics.map((m) => {
    const cells = [metricName(m), m.judge, sampleStats(m.canary), sampleStats(m.stable), test(m, judges.get(m.name)), effect(m), m.verdict, m.reason].map(
      escapeCell,
    );
    cells[6] = `${ICON[m.verdict]} ${cells[6]}`;
    return `| ${cells.join(' | ')} |`;
  });
  const summary = [
    `**Decision: ${DECISION[r.decision]}** (score ${Number(r.score.toFixed(4))})`,
    '',
    ...r.reasons.map((x) => `- ${escapeMarkdown(x)}`),
    '',
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
    ...rows,
  ].join('\n');
  const window = `Window ${new Date(r.window.start * 1000).toISOString()} – ${new Date(r.window.end * 1000).toISOString()}, step ${r.window.stepSeconds}s.`;
  return { summary, detail: window };
}
