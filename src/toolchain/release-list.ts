// Fetches the release list (`<base>/?mode=json&include=all`, go.dev's format), bounded and shape-checked, and builds
// archive URLs with the URL API, inside the mirror's base.
import { UserError } from '../errors.ts';
import { quoted } from '../log-text.ts';
import { causeOf, HttpStatusError, httpGet, readBody } from './http-get.ts';
import { releasesOf } from './release-shape.ts';
import type { Release } from './types.ts';

export const DEFAULT_BASE_URL = 'https://go.dev/dl';

/** go.dev's full list is about 2 MB; a mirror's answer far beyond that is not a release list. */
export const MAX_LIST_BYTES = 32 * 1024 * 1024;

export const baseUrlOf = (configured: string): string => (configured || DEFAULT_BASE_URL).replace(/\/+$/, '');

/** The base as a directory URL (`.../dl/`), so relative references resolve below it. */
function baseDir(base: string): URL {
  const u = new URL(base);
  u.pathname = u.pathname.replace(/\/*$/, '/');
  u.search = '';
  u.hash = '';
  return u;
}

export const releaseListUrl = (base: string): string => new URL('?mode=json&include=all', baseDir(base)).href;

/** The URL of an archive named by the (checked, bare) file name: directly below the base, never elsewhere. */
export function archiveUrl(base: string, filename: string): string {
  const dir = baseDir(base);
  const u = new URL(encodeURIComponent(filename), dir);
  if (u.origin !== dir.origin || u.pathname !== `${dir.pathname}${encodeURIComponent(filename)}`) {
    throw new UserError(`the archive name ${quoted(filename)} does not stay below ${dir.href}`, { code: 'mirror_bad_entry' });
  }
  return u.href;
}

export interface FetchOptions {
  token: string;
  serverUrl?: string;
  timeoutMs?: number;
}

export async function fetchReleaseList(base: string, opts: FetchOptions): Promise<Release[]> {
  const hint = 'check go-download-base-url / GO_DOWNLOAD_BASE_URL and the network';
  let url: string;
  try {
    url = releaseListUrl(base);
  } catch {
    throw new UserError(`the Go download base URL ${quoted(base)} is not a URL`, { code: 'mirror_bad_url', hint: 'set go-download-base-url / GO_DOWNLOAD_BASE_URL to an http(s) URL' });
  }
  const timeoutMs = opts.timeoutMs ?? 30_000;
  let body: Buffer;
  try {
    const res = await httpGet(url, { token: opts.token, serverUrl: opts.serverUrl, headers: { accept: 'application/json' }, idleMs: timeoutMs, signal: AbortSignal.timeout(timeoutMs) });
    try {
      body = await readBody(res, MAX_LIST_BYTES);
    } catch (e) {
      throw new UserError(`the Go release list from ${url} could not be read: ${causeOf(e)}`, { code: 'mirror_bad_list', hint });
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof HttpStatusError) throw new UserError(`could not fetch the Go release list from ${url}: ${e.message}`, { code: 'mirror_http', hint });
    throw new UserError(`could not reach the Go release list at ${url}: ${causeOf(e)}`, { code: 'mirror_unreachable', hint });
  }
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw new UserError(`the Go release list from ${url} is not JSON: ${causeOf(e)}`, { code: 'mirror_bad_list', hint });
  }
  const releases = releasesOf(data);
  if (!releases) throw new UserError(`the Go release list from ${url} is not in go.dev's format ([{version, stable, files}])`, { code: 'mirror_bad_list', hint });
  return releases;
}
