// A JSON file of series, for offline use and for systems that export their own numbers:
//   { "metrics": { "<metric name or query>": { "canary": [0.1, ...], "stable": [[1700000000, 0.1], ...] } } }
// Samples are numbers, Prometheus-style strings ("NaN", "+Inf") or [unix-seconds, value] pairs; with a start/end
// window, timestamped samples outside it are left out. A key may also hold the samples directly (a query already
// specific to one track).
import { readBoundedText } from '../../bounded-read.ts';
import { UserError } from '../../errors.ts';
import type { FileProvider, MetricsProvider, SeriesResult, Track, Window } from '../types.ts';
import { sampleValue, splitFinite } from './samples.ts';

/** Series files hold every sample of the window: far more than a config, so a bound of their own. */
export const MAX_SERIES_FILE_BYTES = 64 * 1024 * 1024;

export function fileProvider(cfg: FileProvider, displayPath: string): MetricsProvider {
  const where = { file: displayPath };
  const text = readBoundedText(cfg.path, { label: 'canary series file', maxBytes: MAX_SERIES_FILE_BYTES, where });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // JSON.parse quotes the text around the mistake; only its position is shown (the file is not echoed).
    throw new UserError(`canary: the series file is not valid JSON${jsonErrorAt(text)}`, { where, hint: 'write it as { "metrics": { "<name>": { "canary": [...], "stable": [...] } } }' });
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

/** ` (line L, column C)` of the first JSON syntax error (V8's message quotes the text around it instead). */
function jsonErrorAt(text: string): string {
  const pos = jsonErrorOffset(text);
  const before = text.slice(0, pos);
  return ` (line ${before.split('\n').length}, column ${pos - before.lastIndexOf('\n')})`;
}

const JSON_LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * The offset where text stops being JSON: a scan with an explicit stack (deep nesting cannot overflow it) that
 * expects, after each token, what the grammar allows.
 */
export function jsonErrorOffset(text: string): number {
  const stack: string[] = [];
  let i = 0;
  let expect: 'value' | 'key' | 'colon' | 'after' = 'value';
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
    const c = text[i];
    const top = stack.at(-1);
    if (c === undefined) return i;
    if (expect === 'after') {
      if (c === ',' && top) expect = top === '{' ? 'key' : 'value';
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) stack.pop();
      else return i;
      i++;
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'value' && (c === '{' || c === '[')) {
      const close = c === '{' ? '}' : ']';
      i++;
      while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
      if (text[i] === close) i++;
      else stack.push(c);
      expect = text[i - 1] === close ? 'after' : c === '{' ? 'key' : 'value';
      continue;
    }
    if (expect === 'key' && c !== '"') return i;
    JSON_LITERAL.lastIndex = i;
    const m = JSON_LITERAL.exec(text);
    if (!m) return badTokenOffset(text, i);
    i += m[0].length;
    expect = expect === 'key' ? 'colon' : 'after';
  }
}

/** Where inside a token that is not JSON it goes wrong (V8's positions): the bad character of a string or word. */
function badTokenOffset(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    for (let k = i + 1; k < text.length; k++) {
      if (text.charCodeAt(k) < 0x20) return k;
      if (text[k] === '\\') {
        if (!/["\\/bfnrtu]/.test(text[k + 1] ?? '')) return k + 1;
        k++;
      }
    }
    return text.length;
  }
  if (c === '-') return i + 1;
  const word = ['true', 'false', 'null'].find((w) => w[0] === c);
  if (!word) return i;
  let k = 0;
  while (k < word.length && text[i + k] === word[k]) k++;
  return i + k;
}
