// One canary analysis: fetch every metric's canary and stable series, judge each metric, decide.
import { UserError } from '../errors.ts';
import { quoted } from '../log-text.ts';
import { decide } from './decide.ts';
import { judgeMetric } from './judge.ts';
import { QueryRejected } from './providers/prometheus.ts';
import type { CanaryConfig, CanaryResult, MetricResult, MetricSpec, MetricsProvider, SeriesResult, Track } from './types.ts';

export async function analyse(cfg: CanaryConfig, provider: MetricsProvider): Promise<CanaryResult> {
  const metrics: MetricResult[] = [];
  for (const spec of cfg.metrics) {
    // Both tracks at once; a failure is reported for canary before stable, whichever settles first.
    const [canary, stable] = await Promise.allSettled([fetchTrack(provider, spec, 'canary', cfg), fetchTrack(provider, spec, 'stable', cfg)]);
    for (const r of [canary, stable]) if (r.status === 'rejected') throw r.reason;
    metrics.push(judgeMetric(spec, { canary: settled(canary), stable: settled(stable) }));
  }
  return decide(metrics, cfg, cfg.window);
}

const settled = <T>(r: PromiseSettledResult<T>): T | undefined => (r.status === 'fulfilled' ? r.value : undefined);

async function fetchTrack(provider: MetricsProvider, spec: MetricSpec, track: Track, cfg: CanaryConfig): Promise<SeriesResult | undefined> {
  const query = spec.queries[track];
  if (!query) return undefined;
  try {
    return await provider.fetch(query, track, cfg.window);
  } catch (e) {
    if (e instanceof QueryRejected) {
      throw new UserError(`canary: metric ${quoted(spec.name)}: ${e.message}`, { where: spec.queryWhere[track], hint: `fix the ${track} query`, code: 'canary_query' });
    }
    // Whatever else goes wrong while fetching is no data for this metric: the analysis still reaches a decision.
    return { error: `the ${track} query failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
