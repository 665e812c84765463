// The one GitHub REST client: @octokit/rest with the retry plugin (5xx and network errors, bounded) and the throttling
// plugin (GitHub's pacing of writes; the secondary rate limit honours `retry-after`, bounded). `apiUrl` is
// Config.runtime.apiUrl, so GitHub Enterprise Server (https://host/api/v3) works. Every attempt has a time limit.
// Errors leave this file as GitHubApiError: status, operation and GitHub's message, never the token nor the request.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';

export type GitHubApi = InstanceType<typeof GitHubOctokit>;

const GitHubOctokit = Octokit.plugin(retry, throttling);

export interface ClientOptions {
  token: string;
  /** Config.runtime.apiUrl: https://api.github.com, or https://<host>/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  /** Time limit of one attempt (default 30 s). */
  timeoutMs?: number;
  /** Retries of one request after a 5xx, a network error or a secondary rate limit (default 3). */
  retries?: number;
  /**
   * What one second of GitHub's waits (retry-after, the back-off, the spacing of writes) lasts here: 1000 in production;
   * tests shrink it so the waits stay real but short.
   */
  secondMs?: number;
}

/** A secondary rate limit asking for longer than this is not waited for: the job would sit idle. */
const MAX_RETRY_AFTER_S = 120;
const USER_AGENT = 'go-xenv-action (+https://github.com/go-xenv/go-xenv-action)';

export class GitHubApiError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'GitHubApiError';
    this.status = status;
  }
}

export function createClient(opts: ClientOptions): GitHubApi {
  const retries = opts.retries ?? 3;
  const secondMs = opts.secondMs ?? 1000;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const waitFor = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < retries && retryAfter <= MAX_RETRY_AFTER_S;
  // GitHub asks for at least a second between writes (three for those that notify people); scaled with secondMs.
  // The plugin takes its limiter groups from these options (its types do not list them); without them it shares
  // module-wide groups paced in real seconds.
  const group = (minTime: number, maxConcurrent: number) => new Bottleneck.Group({ maxConcurrent, minTime: minTime * secondMs, timeout: 120_000 });
  const pacing = { global: group(0, 10), auth: group(0, 1), search: group(2, 1), write: group(1, 1), notifications: group(3, 1) };
  const octokit = new GitHubOctokit({
    auth: opts.token || undefined,
    baseUrl: opts.apiUrl.replace(/\/+$/, ''),
    userAgent: USER_AGENT,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: {
      fetch: (url: string | URL, init: RequestInit = {}) =>
        fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs) }),
    },
    retry: { retries, retryAfterBaseValue: secondMs },
    throttle: {
      retryAfterBaseValue: secondMs,
      ...pacing,
      onRateLimit: waitFor,
      onSecondaryRateLimit: waitFor,
    },
  });
  // Errors are rewritten once, at the edge of every request, so no caller sees octokit's request options.
  octokit.hook.error('request', (error, options) => {
    throw safeError(error, options.method, String(options.url), opts.token, timeoutMs);
  });
  return octokit;
}

function safeError(error: unknown, method: string, url: string, token: string, timeoutMs: number): GitHubApiError {
  const e = error as { status?: number; message?: string };
  const message = e.message ?? String(error);
  const timedOut = /aborted due to timeout/i.test(message);
  const status = timedOut || typeof e.status !== 'number' ? 0 : e.status;
  const reason = timedOut ? `no answer within ${timeoutMs / 1000} s` : message;
  return new GitHubApiError(redact(`${method} ${url.split('?')[0]}: ${status ? `${status} ` : ''}${reason}`.slice(0, 1000), token), status);
}

/** The token out of any text that might carry it (a message GitHub or a proxy echoes back). */
export function redact(text: string, token: string): string {
  return token.length >= MIN_SECRET ? text.split(token).join('***') : text;
}

/** Shorter values are no real token, and replacing them would garble every message. */
const MIN_SECRET = 8;

export const isGitHubApiError = (e: unknown): e is GitHubApiError => e instanceof GitHubApiError;

/** The 403 of a token that may not write here: a fork's pull request, or a workflow without that permission. */
export const isReadOnly = (e: unknown): boolean =>
  isGitHubApiError(e) && e.status === 403 && /Resource not accessible by (?:integration|personal access token)/i.test(e.message);
