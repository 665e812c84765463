// Installs one Go version into the tool cache: find before download (unless check-latest), else resolve against the
// release list, download, verify and unpack. A tree counts as installed only once its `go version` reports the version
// asked for; a cached tree that does not run is installed again. A failure leaves nothing behind.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { logSafe } from '../log-text.ts';
import { spawnRunner, type CommandRunner } from '../process.ts';
import { downloadAndUnpack } from './download.ts';
import { semverToGo } from './go-version.ts';
import { archiveUrl, fetchReleaseList } from './release-list.ts';
import { pickInstalled, resolve, type Platform } from './resolve.ts';
import { cachedVersions, commit, findCached, stagingDir, sweepStaging, toolPath } from './tool-cache.ts';
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
  /** The environment children (tar, go) start from; the runner scrubs credentials from it. */
  env: NodeJS.ProcessEnv;
  run?: CommandRunner;
}

export interface Installed {
  version: string;
  goroot: string;
  source: 'tool-cache' | 'download';
  /** `go env` of the tree as setup runs go (GOVERSION, GOPATH, GOMODCACHE, GOCACHE), when the check could read it. */
  goEnv?: Record<string, string>;
}

/** What setup needs to know of the go it puts first; the install check reads them in the same process. */
export const GO_ENV_VARS = ['GOVERSION', 'GOPATH', 'GOMODCACHE', 'GOCACHE'];

/** The release list, fetched at most once per run. */
export function releaseListLoader(ctx: Pick<InstallContext, 'baseUrl' | 'token' | 'serverUrl'>): () => Promise<Release[]> {
  let list: Promise<Release[]> | undefined;
  return () => (list ??= fetchReleaseList(ctx.baseUrl, { token: ctx.token, serverUrl: ctx.serverUrl }));
}

const goBinOf = (goroot: string, ctx: InstallContext) => join(goroot, 'bin', ctx.platform.os === 'windows' ? 'go.exe' : 'go');

/** What `go version` of a GOROOT says, or why it does not run. Env: no user GOFLAGS/GOENV/GOROOT to trip it up. */
async function goVersionOf(goroot: string, ctx: InstallContext): Promise<{ ok: true; version: string } | { ok: false; why: string }> {
  const env = { ...ctx.env, GOTOOLCHAIN: 'local', GOENV: 'off', GOFLAGS: '', GOROOT: '' };
  const r = await (ctx.run ?? spawnRunner)(goBinOf(goroot, ctx), ['version'], { env, timeoutMs: 60_000 });
  if (r.spawnError) return { ok: false, why: r.spawnError };
  if (r.code !== 0) return { ok: false, why: (r.stderr.trim().split('\n')[0] || (r.timedOut ? 'timed out' : `exit status ${r.code ?? r.signal}`)) };
  const m = /^go version go(\S+) /.exec(r.stdout);
  return m ? { ok: true, version: m[1] } : { ok: false, why: `it printed ${JSON.stringify(r.stdout.slice(0, 80))}` };
}

/** `go env -json` of a GOROOT's go with the environment setup runs go with (GOROOT unset: the tree answers for itself). */
async function goEnvOf(goroot: string, ctx: InstallContext): Promise<Record<string, string> | undefined> {
  const env = { ...ctx.env, GOTOOLCHAIN: 'local', GOROOT: '' };
  const r = await (ctx.run ?? spawnRunner)(goBinOf(goroot, ctx), ['env', '-json', ...GO_ENV_VARS], { env, timeoutMs: 60_000 });
  if (r.code !== 0) return undefined;
  try {
    const v = JSON.parse(r.stdout) as Record<string, unknown>;
    return GO_ENV_VARS.every((k) => typeof v[k] === 'string') ? (v as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}

type Check = { ok: true; goEnv?: Record<string, string> } | { ok: false; said: string };

/**
 * Whether a tree runs as go<version>. One process when all is well: its `go env` names the version (and setup reuses
 * the answer). Otherwise `go version` with no user settings decides, as the authority on what the tree is.
 */
async function check(goroot: string, version: string, ctx: InstallContext): Promise<Check> {
  const goEnv = await goEnvOf(goroot, ctx);
  if (goEnv?.GOVERSION === `go${version}`) return { ok: true, goEnv };
  const v = await goVersionOf(goroot, ctx);
  if (v.ok && v.version === version) return { ok: true, goEnv };
  return { ok: false, said: v.ok ? `reports go${v.version}, not go${version}` : `does not run (${v.why})` };
}

const runsAs = async (goroot: string, version: string, ctx: InstallContext) => (await check(goroot, version, ctx)).ok;

export async function install(spec: VersionSpec, ctx: InstallContext, list: () => Promise<Release[]>): Promise<Installed> {
  for (const p of sweepStaging(ctx.toolCache)) ctx.log(`removed ${p}, left by an install that was killed`);
  if (!ctx.checkLatest) {
    const cached = pickInstalled(cachedVersions(ctx.toolCache, ctx.cacheArch), spec);
    const goroot = cached && toolPath(ctx.toolCache, cached, ctx.cacheArch);
    const c = goroot ? await check(goroot, semverToGo(cached), ctx) : undefined;
    if (goroot && c?.ok) return { version: semverToGo(cached), goroot, source: 'tool-cache', goEnv: c.goEnv };
  }
  const r = resolve(spec, await list(), ctx.platform, ctx.baseUrl);
  const hit = findCached(ctx.toolCache, r.semver, ctx.cacheArch);
  if (hit) {
    const c = await check(hit, r.version, ctx);
    if (c.ok) return { version: r.version, goroot: hit, source: 'tool-cache', goEnv: c.goEnv };
    ctx.log(`the cached Go ${r.version} in ${hit} does not run as go${r.version}: installing it again`);
  }

  const url = archiveUrl(ctx.baseUrl, r.file.filename);
  ctx.log(logSafe(`downloading ${url} (${(r.file.size / 1e6).toFixed(1)} MB, sha256 ${r.file.sha256})`));
  const staging = stagingDir(ctx.toolCache);
  try {
    await downloadAndUnpack(url, r.file, staging, { token: ctx.token, serverUrl: ctx.serverUrl, temp: ctx.temp, env: ctx.env, run: ctx.run });
    const goroot = join(staging, 'go');
    const exe = ctx.platform.os === 'windows' ? 'go.exe' : 'go';
    if (!existsSync(join(goroot, 'bin', exe))) {
      throw new UserError(`${r.file.filename} is not a Go distribution: it has no go/bin/${exe}`, { code: 'extract_failed', hint: 'nothing was installed; check the mirror' });
    }
    // `go env` answers the same from the staging dir as from the final place: GOPATH and the caches do not depend on GOROOT.
    const c = await check(goroot, r.version, ctx);
    if (!c.ok) {
      throw new UserError(logSafe(`the go/bin/${exe} in ${r.file.filename} ${c.said}`), { code: 'broken_download', hint: 'nothing was installed; the mirror serves an archive that is not this Go release' });
    }
    const placed = await commit(goroot, ctx.toolCache, r.semver, ctx.cacheArch, (dir) => runsAs(dir, r.version, ctx));
    ctx.log(placed.adopted
      ? `Go ${r.version} (sha256 verified) was placed in ${placed.path} by a concurrent install: using that tree`
      : `installed Go ${r.version} (sha256 verified) in ${placed.path}`);
    return { version: r.version, goroot: placed.path, source: 'download', goEnv: c.goEnv };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
