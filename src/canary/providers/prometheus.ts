// Prometheus HTTP API: GET /api/v1/query_range over the window. Auth secrets are read from the environment variables
// the config names. Transport trouble (down, timeout, 5xx) is an error result -> NoData; a query Prometheus rejects
// (HTTP 400 bad_data) is the user's to fix -> QueryRejected.
import type { MetricsProvider, PrometheusProvider, SeriesResult, Window } from '../types.ts';
import { sampleValue, splitFinite } from './samples.ts';

export class QueryRejected extends Error {
  override readonly name = 'QueryRejected';
}

export class MissingSecret extends Error {
  override readonly name = 'MissingSecret';
}

interface ApiAnswer {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: { metric?: Record<string, string>; values?: [number, string][]; value?: [number, string] }[] };
}

export function prometheusProvider(cfg: PrometheusProvider, env: NodeJS.ProcessEnv): MetricsProvider {
  const headers: Record<string, string> = { accept: 'application/json' };
  const secret = (name: string, what: string) => {
    const v = env[name];
    if (!v) throw new MissingSecret(`the environment variable ${name} (${what}) is empty or not set`);
    return v;
  };
  if (cfg.bearerTokenEnv) headers.authorization = `Bearer ${secret(cfg.bearerTokenEnv, 'provider.bearer-token-env')}`;
  if (cfg.basicAuth) {
    const user = secret(cfg.basicAuth.usernameEnv, 'provider.basic-auth.username-env');
    const pass = secret(cfg.basicAuth.passwordEnv, 'provider.basic-auth.password-env');
    headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  }
  return {
    async fetch(query: string, _track, window: Window): Promise<SeriesResult> {
      const params = new URLSearchParams({ query, start: String(window.start), end: String(window.end), step: `${window.stepSeconds}s` });
      const url = `${cfg.url}/api/v1/query_range`;
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
          body: params.toString(),
          signal: AbortSignal.timeout(cfg.timeoutSeconds * 1000),
        });
      } catch (e) {
        return { error: `Prometheus at ${cfg.url} ${transportError(e, cfg.timeoutSeconds)}` };
      }
      const text = await res.text().catch(() => '');
      let body: ApiAnswer = {};
      try {
        body = JSON.parse(text) as ApiAnswer;
      } catch {
        if (res.ok) return { error: `Prometheus at ${cfg.url} answered HTTP ${res.status} with something that is not JSON` };
      }
      if (res.status === 400 || (res.status === 422 && body.errorType === 'execution')) {
        throw new QueryRejected(`Prometheus rejected the query (${body.errorType ?? `HTTP ${res.status}`}): ${body.error ?? text.slice(0, 200)}`);
      }
      if (res.status === 401 || res.status === 403) return { error: `Prometheus at ${cfg.url} refused access (HTTP ${res.status}): check the auth secrets` };
      if (!res.ok || body.status !== 'success') {
        return { error: `Prometheus at ${cfg.url} answered HTTP ${res.status}${body.error ? `: ${body.error}` : ''}` };
      }
      const result = body.data?.result ?? [];
      const raw = result.flatMap((s) => (s.values ?? (s.value ? [s.value] : [])).map(([, v]) => sampleValue(v)));
      return splitFinite(raw);
    },
  };
}

function transportError(e: unknown, timeoutSeconds: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `did not answer within ${timeoutSeconds}s`;
  const cause = err.cause?.code ?? err.cause?.message;
  return `is unreachable: ${cause ?? err.message ?? String(e)}`;
}
