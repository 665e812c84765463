// Installs one Go version into the tool cache: find before download (unless check-latest), else resolve against the
// release list, download, verify and unpack. A failure leaves nothing behind in the tool cache or the temp dir.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { downloadVerified, extractArchive } from './download.ts';
import { semverToGo } from './go-version.ts';
import { fetchReleaseList } from './release-list.ts';
import { pickInstalled, resolve, type Platform } from './resolve.ts';
import { cachedVersions, commit, findCached, stagingDir, toolPath } from './tool-cache.ts';
import type { Release, VersionSpec } from './types.ts';

export interface InstallContext {
  baseUrl: string;
  token: string;
  serverUrl?: string;
  platform: Platform;
  /** Node's arch name: the tool cache's directory name (x64, arm64), as setup-go uses it. */
  cacheArch: string;
  toolCache: string;
  temp: string;
  checkLatest: boolean;
  log: (message: string) => void;
}

export interface Installed {
  version: string;
  goroot: string;
  source: 'tool-cache' | 'download';
}

/** The release list, fetched at most once per run. */
export function releaseListLoader(ctx: Pick<InstallContext, 'baseUrl' | 'token' | 'serverUrl'>): () => Promise<Release[]> {
  let list: Promise<Release[]> | undefined;
  return () => (list ??= fetchReleaseList(ctx.baseUrl, { token: ctx.token, serverUrl: ctx.serverUrl }));
}

export async function install(spec: VersionSpec, ctx: InstallContext, list: () => Promise<Release[]>): Promise<Installed> {
  if (!ctx.checkLatest) {
    const cached = pickInstalled(cachedVersions(ctx.toolCache, ctx.cacheArch), spec);
    if (cached) return { version: semverToGo(cached), goroot: toolPath(ctx.toolCache, cached, ctx.cacheArch), source: 'tool-cache' };
  }
  const r = resolve(spec, await list(), ctx.platform, ctx.baseUrl);
  const hit = findCached(ctx.toolCache, r.semver, ctx.cacheArch);
  if (hit) return { version: r.version, goroot: hit, source: 'tool-cache' };

  const url = `${ctx.baseUrl}/${r.file.filename}`;
  ctx.log(`downloading ${url} (${(r.file.size / 1e6).toFixed(1)} MB, sha256 ${r.file.sha256})`);
  mkdirSync(ctx.temp, { recursive: true });
  const work = mkdtempSync(join(ctx.temp, 'go-xenv-'));
  const staging = stagingDir(ctx.toolCache);
  try {
    const archive = join(work, r.file.filename);
    await downloadVerified(url, r.file, archive, { token: ctx.token, serverUrl: ctx.serverUrl });
    await extractArchive(archive, staging, r.file.filename);
    const goroot = join(staging, 'go');
    const exe = ctx.platform.os === 'windows' ? 'go.exe' : 'go';
    if (!existsSync(join(goroot, 'bin', exe))) {
      throw new UserError(`${r.file.filename} is not a Go distribution: it has no go/bin/${exe}`, { code: 'extract_failed', hint: 'nothing was installed; check the mirror' });
    }
    const installedRoot = commit(goroot, ctx.toolCache, r.semver, ctx.cacheArch);
    ctx.log(`installed Go ${r.version} (sha256 verified) in ${installedRoot}`);
    return { version: r.version, goroot: installedRoot, source: 'download' };
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}
