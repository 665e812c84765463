// A JSON file of series, for offline use and for systems that export their own numbers:
//   { "metrics": { "<metric name or query>": { "canary": [0.1, ...], "stable": [[1700000000, 0.1], ...] } } }
// Samples are numbers, Prometheus-style strings ("NaN", "+Inf") or [unix-seconds, value] pairs; with a start/end
// window, timestamped samples outside it are left out. A key may also hold the samples directly (a query already
// specific to one track).
import { readFileSync } from 'node:fs';
import { UserError } from '../../errors.ts';
import type { FileProvider, MetricsProvider, SeriesResult, Track, Window } from '../types.ts';
import { sampleValue, splitFinite } from './samples.ts';

export function fileProvider(cfg: FileProvider, displayPath: string): MetricsProvider {
  let text: string;
  try {
    text = readFileSync(cfg.path, 'utf8');
  } catch (e) {
    throw new UserError(`canary: cannot read the series file ${displayPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { where: { file: displayPath }, hint: 'provider.path is relative to the workspace' });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UserError(`canary: the series file is not valid JSON: ${(e as Error).message}`, { where: { file: displayPath } });
  }
  const metrics = (doc as { metrics?: unknown })?.metrics;
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) {
    throw new UserError('canary: the series file needs a "metrics" object', { where: { file: displayPath }, hint: '{ "metrics": { "<name>": { "canary": [...], "stable": [...] } } }' });
  }
  const table = metrics as Record<string, unknown>;
  return {
    async fetch(key: string, track: Track, window: Window): Promise<SeriesResult> {
      const entry = table[key];
      const samples = Array.isArray(entry) ? entry : (entry as Record<string, unknown> | undefined)?.[track];
      if (entry === undefined) return { error: `no series "${key}" in ${displayPath}` };
      if (!Array.isArray(samples)) return { error: `no ${track} series for "${key}" in ${displayPath}` };
      const inWindow = (ts: unknown) => window.minutes !== undefined || typeof ts !== 'number' || (ts >= window.start && ts <= window.end);
      const values = samples
        .filter((s) => !Array.isArray(s) || inWindow(s[0]))
        .map((s) => sampleValue(Array.isArray(s) ? s[1] : s));
      return splitFinite(values);
    },
  };
}
