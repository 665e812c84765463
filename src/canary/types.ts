// The canary capability's data: the validated config, the series a provider returns, the judgement of each metric and
// the decision. Plain values in, plain values out.
import type { SampleStats } from './describe.ts';
import type { Shift } from './hodges-lehmann.ts';

export type Track = 'canary' | 'stable';

export interface PrometheusProvider {
  type: 'prometheus';
  url: string;
  /** Name of the environment variable holding a bearer token (a secret), if any. */
  bearerTokenEnv?: string;
  /** Names of the environment variables holding the basic-auth user and password, if any. */
  basicAuth?: { usernameEnv: string; passwordEnv: string };
  timeoutSeconds: number;
}

export interface FileProvider {
  type: 'file';
  /** Absolute path of the JSON file of series. */
  path: string;
}

export type ProviderConfig = PrometheusProvider | FileProvider;

/** Seconds since the epoch. `minutes` windows end now. */
export interface Window {
  start: number;
  end: number;
  stepSeconds: number;
  /** Set for `minutes` windows (ending now); the file provider then keeps every sample it has. */
  minutes?: number;
}

/** Where metric samples come from: Prometheus, or a JSON file. */
export interface MetricsProvider {
  /** The samples of one query over the window; unreachable or empty sources are data (an error), not exceptions. */
  fetch(query: string, track: Track, window: Window): Promise<SeriesResult>;
}

export type Aggregate = 'each' | 'mean' | 'median' | 'p95' | 'max' | 'min' | 'last';
export type Worse = 'higher' | 'lower' | 'either';

export interface ThresholdJudge {
  kind: 'threshold';
  max?: number;
  min?: number;
  /** `each` judges every sample; the others judge one aggregate of the window. */
  aggregate: Aggregate;
  /** How many samples may break the bound before the metric fails (aggregate `each`). */
  failureLimit: number;
}

export interface CompareJudge {
  kind: 'compare';
  worse: Worse;
  confidence: number;
  /** A significant shift smaller than this fraction of the stable median passes. */
  tolerance: number;
  /** A significant shift smaller than this absolute amount passes (for metrics whose stable median is ~0). */
  toleranceAbsolute: number;
}

export interface MetricSpec {
  name: string;
  queries: Record<Track, string>;
  judge: ThresholdJudge | CompareJudge;
  critical: boolean;
  /** NoData on a required metric counts against the score; a metric that is not required is then left out. */
  required: boolean;
  minSamples: number;
  /** Where the metric is defined, for messages. */
  where: { file?: string; line?: number };
  /** Where each track's query is written (a rejected query is reported there). */
  queryWhere: Record<Track, { file?: string; line?: number }>;
}

export interface CanaryConfig {
  provider: ProviderConfig;
  window: Window;
  passScore: number;
  marginalScore: number;
  metrics: MetricSpec[];
}

/** What a provider returns for one query: the numbers, or why there are none. */
export type SeriesResult = { values: number[]; dropped: number } | { error: string };

export type Verdict = 'Pass' | 'High' | 'Low' | 'NoData';

export interface MetricResult {
  name: string;
  judge: 'threshold' | 'compare';
  critical: boolean;
  required: boolean;
  canary: SampleStats;
  stable: SampleStats;
  /** canary - stable: the Hodges-Lehmann shift with its confidence interval (compare). */
  difference?: Shift;
  pValue?: number;
  /** The shift relative to the stable median (compare). */
  effectSize?: number;
  verdict: Verdict;
  /** Why there is no verdict from data: nothing came back, or fewer samples than min-samples. */
  noData?: 'no-data' | 'too-few-samples';
  reason: string;
}

export type Decision = 'promote' | 'hold' | 'rollback';

export interface CanaryResult {
  decision: Decision;
  score: number;
  /** Why, in words, most important first. */
  reasons: string[];
  metrics: MetricResult[];
  window: Window;
}
