// GET over node:http / node:https for the release list and the archives. Not fetch, undici or @actions/http-client:
// undici dies with `assert(!this.paused)` on mirrors that close the connection after the response (issue 9), so
// downloads depend only on Node's own HTTP/1.1 client, one fresh connection per request, redirects followed here.
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';

// Loaded with require, not `import`: an ES import of node:http reads every export, and its lazy WebSocket/fetch getters
// then load Node's whole bundled undici (about 35 ms of every start of the action and the CLI).
const builtin = createRequire(import.meta.url);
const { request: httpRequest } = builtin('node:http') as typeof import('node:http');
const { request: httpsRequest } = builtin('node:https') as typeof import('node:https');

/**
 * The token goes only to GitHub's own hosts (the server in GITHUB_SERVER_URL, its API host, *.githubusercontent.com),
 * over https: a mirror on GitHub (a release or raw file in a private repository) needs it; go.dev, dl.google.com and any
 * other mirror never see it. httpGet adds that a redirect to another origin never carries it.
 */
export function authHeaders(url: string, token: string, serverUrl = 'https://github.com'): Record<string, string> {
  if (!token) return {};
  let u: URL;
  let server: URL;
  try {
    u = new URL(url);
    server = new URL(serverUrl || 'https://github.com');
  } catch {
    return {};
  }
  if (u.protocol !== 'https:') return {};
  const host = u.hostname.toLowerCase();
  const gh = server.hostname.toLowerCase();
  const githubHosts = host === gh || host === `api.${gh}` || host === 'githubusercontent.com' || host.endsWith('.githubusercontent.com');
  return githubHosts ? { authorization: `Bearer ${token}` } : {};
}

export interface GetOptions {
  token: string;
  serverUrl?: string;
  headers?: Record<string, string>;
  /** A connection with no traffic for this long (connecting, waiting for headers, or mid-body) fails. */
  idleMs: number;
  /** Aborts every hop and the body (the release list's overall deadline). */
  signal?: AbortSignal;
}

/** A non-2xx answer after redirects. */
export class HttpStatusError extends Error {
  constructor(readonly status: number, readonly statusText: string) {
    super(`HTTP ${status} ${statusText}`.trimEnd());
  }
}

/** The token for one hop: only on the origin first asked (and only where authHeaders allows it), never after a redirect elsewhere. */
export const hopAuth = (first: URL, current: URL, token: string, serverUrl?: string): Record<string, string> =>
  current.origin === first.origin ? authHeaders(current.href, token, serverUrl) : {};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/** The 2xx response for `url` (body not yet read); throws HttpStatusError or the network error. */
export async function httpGet(url: string, opts: GetOptions): Promise<IncomingMessage> {
  const first = new URL(url);
  let current = first;
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new Error(`unsupported URL scheme ${current.protocol}`);
    const res = await requestOnce(current, { ...opts.headers, ...hopAuth(first, current, opts.token, opts.serverUrl) }, opts);
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status) && res.headers.location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(res.headers.location, current);
      if (current.protocol === 'https:' && next.protocol !== 'https:') throw new Error(`refused a redirect from https to ${next.origin}`);
      current = next;
      continue;
    }
    if (status < 200 || status > 299) {
      res.resume();
      throw new HttpStatusError(status, res.statusMessage ?? '');
    }
    return res;
  }
}

function requestOnce(u: URL, headers: Record<string, string>, opts: GetOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    let res: IncomingMessage | undefined;
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
    // agent: false: a new connection that ends with the response, so no socket is ever reused after a server closed it.
    const req = send(u, { headers: { 'user-agent': 'go-xenv-action', ...headers }, agent: false, timeout: opts.idleMs, signal: opts.signal });
    req.on('timeout', () => {
      const err = new Error(`no data for ${Math.round(opts.idleMs / 1000)}s`);
      if (res) res.destroy(err);
      else req.destroy(err);
    });
    req.on('response', (r) => {
      res = r;
      resolve(r);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The whole body, refused once it passes `maxBytes`. */
export async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const tooLarge = () => new Error(`larger than ${maxBytes} bytes`);
  if (declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const parts: Buffer[] = [];
  let got = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    got += chunk.length;
    if (got > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** The innermost reason of a network failure, for a message. */
export function causeOf(e: unknown): string {
  let cur: unknown = e;
  while (cur instanceof Error && cur.cause instanceof Error) cur = cur.cause;
  if (cur instanceof Error && (cur.name === 'TimeoutError' || cur.name === 'AbortError')) return 'timed out';
  return cur instanceof Error ? cur.message : String(cur);
}
