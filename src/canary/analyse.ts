// One canary analysis: fetch every metric's canary and stable series, judge each metric, decide.
import { UserError } from '../errors.ts';
import { decide } from './decide.ts';
import { judgeMetric } from './judge.ts';
import { QueryRejected } from './providers/prometheus.ts';
import type { CanaryConfig, CanaryResult, MetricResult, MetricSpec, MetricsProvider, SeriesResult, Track } from './types.ts';

export async function analyse(cfg: CanaryConfig, provider: MetricsProvider): Promise<CanaryResult> {
  const metrics: MetricResult[] = [];
  for (const spec of cfg.metrics) {
    const [canary, stable] = await Promise.all([fetchTrack(provider, spec, 'canary', cfg), fetchTrack(provider, spec, 'stable', cfg)]);
    metrics.push(judgeMetric(spec, { canary, stable }));
  }
  return decide(metrics, cfg, cfg.window);
}

async function fetchTrack(provider: MetricsProvider, spec: MetricSpec, track: Track, cfg: CanaryConfig): Promise<SeriesResult | undefined> {
  const query = spec.queries[track];
  if (!query) return undefined;
  try {
    return await provider.fetch(query, track, cfg.window);
  } catch (e) {
    if (e instanceof QueryRejected) {
      throw new UserError(`canary: metric "${spec.name}": ${e.message}`, { where: spec.queryWhere[track], hint: `fix the ${track} query`, code: 'canary_query' });
    }
    throw e;
  }
}
