// The `data` of a query_range answer -> samples, checked for shape at every level: an answer that is not what the
// API documents (null, a result that is no list, values that are no [time, "value"] pairs, text that is no number) is
// an error with the place it went wrong, never a TypeError.
import type { SeriesResult } from '../types.ts';
import { sampleValue, splitFinite } from './samples.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Prometheus writes sample values as strings: a float, NaN, +Inf or -Inf. */
const PROM_FLOAT = /^\s*(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?Inf)\s*$/;

export function parseQueryRange(data: unknown): SeriesResult {
  if (!isObj(data)) return { error: '"data" is not an object' };
  if (data.resultType !== 'matrix' && data.resultType !== 'vector') {
    return { error: `resultType ${JSON.stringify(data.resultType)} (a range query answers "matrix")` };
  }
  if (!Array.isArray(data.result)) return { error: '"data.result" is not a list' };
  const raw: number[] = [];
  for (let i = 0; i < data.result.length; i++) {
    const series = data.result[i] as unknown;
    const at = `data.result[${i}]`;
    if (!isObj(series)) return { error: `${at} is not a series object` };
    const pairs = series.values ?? (series.value === undefined ? undefined : [series.value]);
    if (!Array.isArray(pairs)) return { error: `${at} has no "values" list` };
    for (let j = 0; j < pairs.length; j++) {
      const pair = pairs[j] as unknown;
      const where = `${at}.values[${j}]`;
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'number') return { error: `${where} is not a [time, "value"] pair` };
      if (typeof pair[1] !== 'string' || !PROM_FLOAT.test(pair[1])) return { error: `${where} has a value that is not a number` };
      raw.push(sampleValue(pair[1]));
    }
  }
  return splitFinite(raw);
}
