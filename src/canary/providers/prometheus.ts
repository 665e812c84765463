// Prometheus HTTP API: POST /api/v1/query_range over the window. Auth secrets are read from the environment variables
// the config names. Transport trouble (down, timeout, 5xx) and any answer that is not the API's shape are an error
// result -> NoData with the reason; a query Prometheus rejects (HTTP 400 bad_data) is the user's to fix -> QueryRejected.
import type { MetricsProvider, PrometheusProvider, SeriesResult, Window } from '../types.ts';
import { parseQueryRange } from './prometheus-answer.ts';

export class QueryRejected extends Error {
  override readonly name = 'QueryRejected';
}

export class MissingSecret extends Error {
  override readonly name = 'MissingSecret';
}

/** The most an answer may be: Prometheus caps a range query at 11,000 points per series; this allows thousands. */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/** Names of the environment variables holding this provider's credentials. */
export const credentialEnvNames = (cfg: PrometheusProvider): string[] =>
  [cfg.bearerTokenEnv, cfg.basicAuth?.usernameEnv, cfg.basicAuth?.passwordEnv].filter((n): n is string => !!n);

/** The Authorization header value, or undefined without auth; MissingSecret when a variable is empty or unusable. */
export function authorization(cfg: PrometheusProvider, env: NodeJS.ProcessEnv): string | undefined {
  const secret = (name: string, what: string) => {
    const v = env[name];
    if (!v) throw new MissingSecret(`the environment variable ${name} (${what}) is empty or not set`);
    // Never echoed: fetch's own error for an invalid header value would print the secret.
    if (/[^\t\x20-\x7e\x80-\xff]/.test(v))
      throw new MissingSecret(`the environment variable ${name} (${what}) holds a newline or another character an HTTP header cannot carry`);
    return v;
  };
  if (cfg.bearerTokenEnv) return `Bearer ${secret(cfg.bearerTokenEnv, 'provider.bearer-token-env')}`;
  if (cfg.basicAuth) {
    const user = secret(cfg.basicAuth.usernameEnv, 'provider.basic-auth.username-env');
    const pass = secret(cfg.basicAuth.passwordEnv, 'provider.basic-auth.password-env');
    return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  }
  return undefined;
}

export function prometheusProvider(cfg: PrometheusProvider, env: NodeJS.ProcessEnv): MetricsProvider {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' };
  const auth = authorization(cfg, env);
  if (auth) headers.authorization = auth;
  const at = `Prometheus at ${cfg.url}`;
  return {
    async fetch(query: string, _track, window: Window): Promise<SeriesResult> {
      const params = new URLSearchParams({ query, start: String(window.start), end: String(window.end), step: `${window.stepSeconds}s` });
      const signal = AbortSignal.timeout(cfg.timeoutSeconds * 1000);
      let res: Response | undefined;
      let text = '';
      for (let attempt = 1; !res; attempt++) {
        try {
          // Redirects are not followed: the credentials go to the configured URL and nowhere else.
          res = await fetch(`${cfg.url}/api/v1/query_range`, { method: 'POST', headers, body: params.toString(), redirect: 'manual', signal });
          text = await readCapped(res, MAX_ANSWER_BYTES);
        } catch (e) {
          if (e instanceof TooLarge) return { error: `${at} answered with more than ${MAX_ANSWER_BYTES} bytes` };
          // A kept-alive connection the server closed as we reused it: the query is read-only, so once more.
          if (attempt === 1 && isReset(e) && !signal.aborted) {
            res = undefined;
            continue;
          }
          return { error: `${at} ${transportError(e, cfg.timeoutSeconds)}` };
        }
      }
      if (res.status >= 300 && res.status < 400) return { error: `${at} answered HTTP ${res.status} (a redirect, which is not followed): give the final URL` };
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return { error: `${at} answered HTTP ${res.status} with something that is not JSON` };
      }
      const api = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
      const apiError = typeof api.error === 'string' ? api.error.slice(0, 300) : undefined;
      if (res.status === 400 || (res.status === 422 && api.errorType === 'execution')) {
        throw new QueryRejected(
          `Prometheus rejected the query (${typeof api.errorType === 'string' ? api.errorType : `HTTP ${res.status}`})${apiError ? `: ${apiError}` : ''}`,
        );
      }
      if (res.status === 401 || res.status === 403) return { error: `${at} refused access (HTTP ${res.status}): check the auth secrets` };
      if (!res.ok || api.status !== 'success')
        return { error: `${at} answered HTTP ${res.status}${apiError ? `: ${apiError}` : api.status === 'success' ? '' : ' without status "success"'}` };
      const parsed = parseQueryRange(api.data);
      return 'error' in parsed ? { error: `${at} answered a malformed result: ${parsed.error}` } : parsed;
    },
  };
}

class TooLarge extends Error {}

/** The body as text, refused as soon as it passes `max` bytes (an endless answer must not fill the heap). */
async function readCapped(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) {
    await res.body?.cancel();
    throw new TooLarge();
  }
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.byteLength;
    // Throwing out of the loop cancels the stream (the iterator's return), so the rest is never downloaded.
    if (total > max) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

const isReset = (e: unknown) => {
  const code = (e as { cause?: { code?: string } }).cause?.code;
  return code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET';
};

function transportError(e: unknown, timeoutSeconds: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `did not answer within ${timeoutSeconds}s`;
  const cause = err.cause?.code ?? err.cause?.message;
  return `is unreachable: ${cause ?? err.message ?? String(e)}`;
}
