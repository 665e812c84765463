// Fetches the release list (`<base>/?mode=json&include=all`, go.dev's format) and decides where the token goes.
import { UserError } from '../errors.ts';
import type { Release } from './types.ts';

export const DEFAULT_BASE_URL = 'https://go.dev/dl';

export const baseUrlOf = (configured: string): string => (configured || DEFAULT_BASE_URL).replace(/\/+$/, '');
export const releaseListUrl = (base: string): string => `${base}/?mode=json&include=all`;

/**
 * The token goes only to GitHub's own hosts (the server in GITHUB_SERVER_URL, its API host, *.githubusercontent.com),
 * over https: a mirror on GitHub (a release or raw file in a private repository) needs it; go.dev, dl.google.com and any
 * other mirror never see it. Redirects to another origin drop the header (fetch does that by itself).
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

export interface FetchOptions {
  token: string;
  serverUrl?: string;
  timeoutMs?: number;
}

export async function fetchReleaseList(base: string, opts: FetchOptions): Promise<Release[]> {
  const url = releaseListUrl(base);
  const hint = 'check go-download-base-url / GO_DOWNLOAD_BASE_URL and the network';
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json', ...authHeaders(url, opts.token, opts.serverUrl) }, signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
  } catch (e) {
    throw new UserError(`could not reach the Go release list at ${url}: ${causeOf(e)}`, { code: 'mirror_unreachable', hint });
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new UserError(`could not fetch the Go release list from ${url}: HTTP ${res.status} ${res.statusText}`.trimEnd(), { code: 'mirror_http', hint });
  }
  let data: unknown;
  try {
    data = await res.json();
  } catch (e) {
    throw new UserError(`the Go release list from ${url} is not JSON: ${causeOf(e)}`, { code: 'mirror_bad_list', hint });
  }
  if (!Array.isArray(data) || !data.every((r) => r && typeof r.version === 'string' && Array.isArray(r.files))) {
    throw new UserError(`the Go release list from ${url} is not in go.dev's format ([{version, stable, files}])`, { code: 'mirror_bad_list', hint });
  }
  return data as Release[];
}

/** The innermost reason of a fetch failure (undici wraps ECONNREFUSED etc. in `cause`). */
export function causeOf(e: unknown): string {
  let cur: unknown = e;
  while (cur instanceof Error && cur.cause instanceof Error) cur = cur.cause;
  if (cur instanceof Error && cur.name === 'TimeoutError') return 'timed out';
  return cur instanceof Error ? cur.message : String(cur);
}
