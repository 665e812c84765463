// The canary YAML (already parsed) -> a validated CanaryConfig. Every mistake is a UserError at the line of the
// offending key (when the source is a file) saying what is allowed.
import { UserError, type Where } from '../errors.ts';
import { quoted } from '../log-text.ts';
import { resolveInside } from '../workspace-path.ts';
import type { Aggregate, CanaryConfig, CompareJudge, MetricSpec, ProviderConfig, ThresholdJudge, Window, Worse } from './types.ts';

export type YamlPath = (string | number)[];
/** Where a value of the canary document is, for messages (file and line when known). */
export type Locate = (path: YamlPath) => Where;

export interface ParseOptions {
  locate: Locate;
  /** Seconds since the epoch, for `minutes` windows. */
  now: number;
  /** The workspace: the file provider's path resolves against it and must stay inside it. */
  baseDir: string;
  /**
   * The document is the step's own canary input (YAML in the workflow). Otherwise it comes from a repository file,
   * which a pull request can change: then it may not choose where credentials go.
   */
  trusted?: boolean;
  /** The Prometheus URL the workflow pins (env GO_XENV_CANARY_URL): the only URL, and the one credentials may go to. */
  pinnedUrl?: string;
}

/** The step env variable that pins the Prometheus URL; set by the workflow, never by the repository. */
export const CANARY_URL_ENV = 'GO_XENV_CANARY_URL';
/** Runner and action credentials: never a Prometheus secret, so a repository file may not name them. */
const RUNNER_CREDENTIAL = /^(GITHUB_|ACTIONS_|INPUT_|RUNNER_)|^GH_TOKEN$/i;

const TOP_KEYS = ['provider', 'window', 'pass-score', 'marginal-score', 'confidence', 'metrics'];
const PROMETHEUS_KEYS = ['type', 'url', 'bearer-token-env', 'basic-auth', 'timeout'];
const METRIC_KEYS = ['name', 'query', 'canary-query', 'stable-query', 'judge', 'max', 'min', 'aggregate', 'failure-limit',
  'worse', 'confidence', 'tolerance', 'tolerance-absolute', 'critical', 'required', 'min-samples'];
const AGGREGATES: Aggregate[] = ['each', 'mean', 'median', 'p95', 'max', 'min', 'last'];
const WORSE: Worse[] = ['higher', 'lower', 'either'];
const HINT = 'see the canary section of the README';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseCanaryConfig(doc: unknown, opts: ParseOptions): CanaryConfig {
  const fail = (path: YamlPath, message: string, hint = HINT): never => {
    throw new UserError(`canary: ${message}`, { where: opts.locate(path), hint, code: 'canary_config' });
  };
  const object = (v: unknown, path: YamlPath, allowed: string[]): Obj => {
    if (!isObj(v)) return fail(path, `${label(path)} must be a mapping`);
    for (const k of Object.keys(v)) if (!allowed.includes(k)) fail([...path, k], `unknown key "${k}" in ${label(path)}`, `allowed keys: ${allowed.join(', ')}`);
    return v;
  };
  const num = (o: Obj, key: string, path: YamlPath, def: number | undefined, range?: [number, number]): number | undefined => {
    const v = o[key];
    if (v === undefined) return def;
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail([...path, key], `${label([...path, key])} must be a number, got ${JSON.stringify(v)}`);
    if (range && (v < range[0] || v > range[1])) fail([...path, key], `${label([...path, key])} must be between ${range[0]} and ${range[1]}, got ${v}`);
    return v;
  };
  const str = (o: Obj, key: string, path: YamlPath): string | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !v.trim()) return fail([...path, key], `${label([...path, key])} must be a non-empty string`);
    return v;
  };
  const bool = (o: Obj, key: string, path: YamlPath, def: boolean): boolean => {
    const v = o[key];
    if (v === undefined) return def;
    if (typeof v !== 'boolean') return fail([...path, key], `${label([...path, key])} must be true or false, got ${JSON.stringify(v)}`);
    return v;
  };
  const oneOf = <T extends string>(o: Obj, key: string, path: YamlPath, values: readonly T[], def: T): T => {
    const v = o[key] ?? def;
    if (v === '') fail(path, `${label(path)} needs "${key}"`, `use one of: ${values.join(', ')}`);
    if (!values.includes(v as T)) fail([...path, key], `${label([...path, key])} "${String(v)}" is not allowed`, `use one of: ${values.join(', ')}`);
    return v as T;
  };

  if (doc === null || doc === undefined) fail([], 'the canary config is empty');
  const top = object(doc, [], TOP_KEYS);
  for (const k of ['provider', 'metrics']) if (top[k] === undefined) fail([], `"${k}" is missing`);
  const provider = parseProvider(top.provider);
  const window = parseWindow(top.window);
  const passScore = num(top, 'pass-score', [], 0.95, [0, 1])!;
  const marginalScore = num(top, 'marginal-score', [], 0.75, [0, 1])!;
  if (marginalScore > passScore) fail(['marginal-score'], `marginal-score (${marginalScore}) is above pass-score (${passScore})`);
  const confidence = num(top, 'confidence', [], 0.98, [0.5, 0.9999])!;
  if (!Array.isArray(top.metrics) || !top.metrics.length) fail(['metrics'], '"metrics" must be a non-empty list');
  const metrics = (top.metrics as unknown[]).map((m, i) => parseMetric(m, ['metrics', i]));
  const seen = new Set<string>();
  metrics.forEach((m, i) => {
    if (seen.has(m.name)) fail(['metrics', i, 'name'], `metric name ${quoted(m.name)} is used twice`);
    seen.add(m.name);
  });
  return { provider, window, passScore, marginalScore, metrics };

  function parseProvider(v: unknown): ProviderConfig {
    const path = ['provider'];
    if (!isObj(v)) return fail(path, 'provider must be a mapping with a type (prometheus or file)');
    const type = oneOf(v, 'type', path, ['prometheus', 'file'] as const, (v.type ?? '') as 'file');
    if (type === 'file') {
      const o = object(v, path, ['type', 'path']);
      const p = str(o, 'path', path) ?? fail(path, 'the file provider needs "path" (a JSON file of series)');
      return { type: 'file', path: resolveInside(opts.baseDir, p, { label: 'canary provider.path', where: opts.locate([...path, 'path']) }) };
    }
    const o = object(v, path, PROMETHEUS_KEYS);
    const pinned = opts.pinnedUrl && comparableUrl(opts.pinnedUrl);
    if (opts.pinnedUrl && !pinned) {
      throw new UserError(`${CANARY_URL_ENV} "${opts.pinnedUrl}" is not an http(s) URL`, { hint: 'set it in the step env to the Prometheus base URL', code: 'canary_config' });
    }
    const url = str(o, 'url', path) ?? opts.pinnedUrl ?? fail(path, 'the prometheus provider needs "url"');
    if (!comparableUrl(url)) fail([...path, 'url'], `provider.url "${url}" is not an http(s) URL`);
    if (pinned && comparableUrl(url) !== pinned) {
      fail([...path, 'url'], `provider.url "${url}" is not the Prometheus the workflow pins in ${CANARY_URL_ENV} (${opts.pinnedUrl})`, `leave provider.url out, or make it ${opts.pinnedUrl}`);
    }
    let basicAuth: { usernameEnv: string; passwordEnv: string } | undefined;
    if (o['basic-auth'] !== undefined) {
      const b = object(o['basic-auth'], [...path, 'basic-auth'], ['username-env', 'password-env']);
      const usernameEnv = str(b, 'username-env', [...path, 'basic-auth']) ?? fail([...path, 'basic-auth'], 'basic-auth needs "username-env"');
      const passwordEnv = str(b, 'password-env', [...path, 'basic-auth']) ?? fail([...path, 'basic-auth'], 'basic-auth needs "password-env"');
      basicAuth = { usernameEnv, passwordEnv };
    }
    const bearerTokenEnv = str(o, 'bearer-token-env', path);
    if (bearerTokenEnv && basicAuth) fail([...path, 'bearer-token-env'], 'give bearer-token-env or basic-auth, not both');
    const credentialKey = bearerTokenEnv ? 'bearer-token-env' : basicAuth ? 'basic-auth' : undefined;
    if (credentialKey && !opts.trusted) {
      // A pull request could otherwise point the URL at its own server and receive the secret.
      if (!pinned) {
        fail([...path, credentialKey], `provider.${credentialKey} in a repository file (which a pull request can change) needs the Prometheus URL pinned by the workflow`,
          `set ${CANARY_URL_ENV} in the step env to the Prometheus URL, or give the provider in the canary input`);
      }
      for (const name of [bearerTokenEnv, basicAuth?.usernameEnv, basicAuth?.passwordEnv]) {
        if (name && RUNNER_CREDENTIAL.test(name)) fail([...path, credentialKey], `provider.${credentialKey} names ${name}, a runner or action credential, not a Prometheus secret`, 'name the variable that holds the Prometheus secret');
      }
    }
    return { type: 'prometheus', url: url.replace(/\/+$/, ''), bearerTokenEnv, basicAuth, timeoutSeconds: num(o, 'timeout', path, 10, [0.1, 600])! };
  }

  function parseWindow(v: unknown): Window {
    const path = ['window'];
    const o = object(v ?? { minutes: 30 }, path, ['minutes', 'start', 'end', 'step']);
    const step = parseDuration(o.step ?? '1m') ?? fail([...path, 'step'], `window.step ${JSON.stringify(o.step)} is not a duration`, 'use seconds (60) or 30s, 1m, 5m, 1h');
    if (o.minutes !== undefined) {
      if (o.start !== undefined || o.end !== undefined) fail([...path, 'minutes'], 'give window.minutes or window.start/end, not both');
      const minutes = num(o, 'minutes', path, undefined, [1, 60 * 24 * 31])!;
      return { start: opts.now - minutes * 60, end: opts.now, stepSeconds: step, minutes };
    }
    if (o.start === undefined || o.end === undefined) fail(path, 'window needs "minutes", or both "start" and "end"');
    const start = parseTime(o.start) ?? fail([...path, 'start'], `window.start ${JSON.stringify(o.start)} is not a time`, 'use RFC 3339 (2026-11-21T10:00:00Z) or Unix seconds');
    const end = parseTime(o.end) ?? fail([...path, 'end'], `window.end ${JSON.stringify(o.end)} is not a time`, 'use RFC 3339 (2026-11-21T10:00:00Z) or Unix seconds');
    if (end <= start) fail([...path, 'end'], 'window.end must be after window.start');
    return { start, end, stepSeconds: step };
  }

  function parseMetric(v: unknown, path: YamlPath): MetricSpec {
    const o = object(v, path, METRIC_KEYS);
    const name = str(o, 'name', path) ?? fail(path, `metric ${Number(path[1]) + 1} needs a "name"`);
    const at = `metric ${quoted(name)}`;
    const query = str(o, 'query', path);
    const canaryQuery = str(o, 'canary-query', path);
    const stableQuery = str(o, 'stable-query', path);
    let queries: { canary: string; stable: string };
    if (query !== undefined) {
      if (canaryQuery || stableQuery) fail([...path, 'query'], `${at}: give "query" with {{track}}, or canary-query and stable-query, not both`);
      if (provider.type === 'prometheus' && !query.includes('{{track}}')) {
        fail([...path, 'query'], `${at}: "query" needs the {{track}} placeholder (replaced by canary and stable)`, 'or give canary-query and stable-query');
      }
      queries = { canary: query.replaceAll('{{track}}', 'canary'), stable: query.replaceAll('{{track}}', 'stable') };
    } else if (canaryQuery) {
      queries = { canary: canaryQuery, stable: stableQuery ?? '' };
    } else if (provider.type === 'file') {
      queries = { canary: name, stable: name };
    } else {
      return fail(path, `${at} needs "query" (with {{track}}) or "canary-query"`);
    }
    const kind = oneOf(o, 'judge', path, ['threshold', 'compare'] as const, (o.judge ?? '') as 'threshold');
    const thresholdKeys = ['max', 'min', 'aggregate', 'failure-limit'];
    const compareKeys = ['worse', 'confidence', 'tolerance', 'tolerance-absolute'];
    for (const k of kind === 'threshold' ? compareKeys : thresholdKeys) {
      if (o[k] !== undefined) fail([...path, k], `${at}: "${k}" does not apply to judge ${kind}`);
    }
    let judge: ThresholdJudge | CompareJudge;
    if (kind === 'threshold') {
      const max = num(o, 'max', path, undefined);
      const min = num(o, 'min', path, undefined);
      if (max === undefined && min === undefined) fail(path, `${at}: judge threshold needs "max", "min" or both`);
      if (max !== undefined && min !== undefined && min > max) fail([...path, 'min'], `${at}: min (${min}) is above max (${max})`);
      judge = { kind, max, min, aggregate: oneOf(o, 'aggregate', path, AGGREGATES, 'each'), failureLimit: num(o, 'failure-limit', path, 0, [0, 1e6])! };
    } else {
      if (!queries.stable) fail(path, `${at}: judge compare needs a stable query ("stable-query", or "query" with {{track}})`);
      judge = {
        kind,
        worse: oneOf(o, 'worse', path, WORSE, 'higher'),
        confidence: num(o, 'confidence', path, confidence, [0.5, 0.9999])!,
        tolerance: num(o, 'tolerance', path, 0.1, [0, 100])!,
        toleranceAbsolute: num(o, 'tolerance-absolute', path, 0, [0, Number.MAX_VALUE])!,
      };
    }
    const minSamples = num(o, 'min-samples', path, kind === 'compare' ? 5 : 1, [1, 1e6])!;
    if (!Number.isInteger(minSamples)) fail([...path, 'min-samples'], `${at}: min-samples must be a whole number`);
    return {
      name, queries, judge, minSamples,
      critical: bool(o, 'critical', path, false),
      required: bool(o, 'required', path, true),
      where: opts.locate(path),
      queryWhere: {
        canary: opts.locate([...path, query !== undefined ? 'query' : 'canary-query']),
        stable: opts.locate([...path, query !== undefined ? 'query' : 'stable-query']),
      },
    };
  }
}

/** An http(s) URL as origin + path without trailing slashes (so equal URLs compare equal), or undefined. */
function comparableUrl(text: string): string | undefined {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname || u.username || u.password || u.search || u.hash) return undefined;
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

function label(path: YamlPath): string {
  if (!path.length) return 'the canary config';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

/** 60, "60", "30s", "1m", "1h" -> seconds. */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === 'number') return v > 0 && Number.isFinite(v) ? v : undefined;
  const m = typeof v === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$/.exec(v) : null;
  if (!m) return undefined;
  const s = Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[m[2] ?? 's'] ?? 1);
  return s > 0 ? s : undefined;
}

/** RFC 3339 text, a YAML timestamp (Date) or Unix seconds -> Unix seconds. */
export function parseTime(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getTime() / 1000;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t / 1000;
  }
  return undefined;
}
