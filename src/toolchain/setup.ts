// `setup`: every requested Go installed (verified) or found, the last one first on PATH, GOTOOLCHAIN=local, the
// problem matcher, the module/build cache restored. Outside Actions a `go` on PATH that satisfies the request is used.
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Config } from '../config/config.ts';
import { UserError } from '../errors.ts';
import type { Host } from '../host.ts';
import { logSafe } from '../log-text.ts';
import { restoreGoCache } from './go-cache.ts';
import { goEnv, whichGo } from './go-env.ts';
import { goToSemver, semverToGo } from './go-version.ts';
import { install, releaseListLoader, type InstallContext } from './install.ts';
import { registerMatcher } from './matcher.ts';
import { baseUrlOf } from './release-list.ts';
import { requestedVersions, type Request } from './request.ts';
import { goPlatform, pickRelease, satisfiesOffline } from './resolve.ts';
import type { InstalledToolchain, Release, ToolchainData, VersionSpec } from './types.ts';

export interface SetupOutcome {
  data: ToolchainData;
  request: Request | undefined;
  outputs: Record<string, string>;
  /** Lines for the report. */
  notes: string[];
}

/** Where installs go: the runner's tool cache, or $XDG_CACHE_HOME/go-xenv for the CLI. */
export function installDirs(host: Host): { toolCache: string; temp: string } {
  const env = host.env;
  if (host.kind === 'actions') {
    return { toolCache: env.RUNNER_TOOL_CACHE || join(tmpdir(), 'go-xenv-tool-cache'), temp: env.RUNNER_TEMP || tmpdir() };
  }
  const base = join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'go-xenv');
  return { toolCache: base, temp: join(base, 'tmp') };
}

export async function setup(config: Config, host: Host, opts: { cache: boolean }): Promise<SetupOutcome> {
  const request = requestedVersions(config.toolchain, config.workspace, config.workingDirectory, host.env);
  if (request?.warning) host.warning(request.warning);
  const dirs = installDirs(host);
  const ctx: InstallContext = {
    baseUrl: baseUrlOf(config.toolchain.downloadBaseUrl),
    token: config.toolchain.token,
    serverUrl: host.env.GITHUB_SERVER_URL,
    platform: goPlatform(process.platform, process.arch),
    cacheArch: process.arch,
    ...dirs,
    checkLatest: config.toolchain.checkLatest,
    log: (m) => host.info(m),
  };
  const list = releaseListLoader(ctx);
  const exe = process.platform === 'win32' ? 'go.exe' : 'go';
  const local = host.kind === 'terminal' ? await localGo(host) : undefined;
  const notes: string[] = [];

  const installed: InstalledToolchain[] = [];
  if (!request) {
    if (!local) {
      throw new UserError('no Go version requested', {
        code: 'no_version', hint: 'set go-version or go-version-file, or add a go.mod (with a go line) to working-directory',
      });
    }
    installed.push(local);
    notes.push(`no version requested: using the go on PATH (${local.goBin})`);
  }
  for (const spec of request?.specs ?? []) {
    if (local && (await localSatisfies(local, spec, list, ctx.baseUrl))) {
      installed.push(local);
      notes.push(`${spec.raw}: the go on PATH is go${local.version} (${local.goBin}); nothing to install`);
      continue;
    }
    const got = await install(spec, ctx, list);
    installed.push({ version: got.version, goroot: got.goroot, goBin: join(got.goroot, 'bin', exe), env: {}, source: got.source });
    notes.push(`${spec.raw}: go${got.version} ${got.source === 'download' ? 'downloaded, SHA-256 verified,' : 'found in the tool cache,'} in ${got.goroot}`);
  }

  const chosen = installed.at(-1)!;
  host.exportVariable('GOTOOLCHAIN', 'local');
  const info = await goEnv(chosen.goBin, { ...host.env, GOTOOLCHAIN: 'local' }, ['GOVERSION', 'GOPATH', 'GOMODCACHE', 'GOCACHE']).catch((e: unknown) => {
    throw new UserError(`the installed go does not run: ${e instanceof Error ? e.message : String(e)}`, { code: 'broken_install', hint: 'remove it from the tool cache and run again' });
  });
  if (info.GOVERSION !== `go${chosen.version}`) host.warning(logSafe(`${chosen.goBin} reports ${info.GOVERSION}, expected go${chosen.version}`));
  if (chosen.source !== 'path') {
    if (info.GOPATH) host.addPath(join(info.GOPATH.split(delimiter)[0], 'bin'));
    host.addPath(join(chosen.goroot, 'bin'));
  }
  if (host.kind === 'actions') registerMatcher(host, dirs.temp);
  const env = { PATH: host.env.PATH ?? '', GOTOOLCHAIN: 'local' };
  for (const t of installed) t.env = { ...env, PATH: `${join(t.goroot, 'bin')}${delimiter}${env.PATH}` };

  const cache = opts.cache ? await restoreGoCache(config, host, chosen.version, { GOMODCACHE: info.GOMODCACHE, GOCACHE: info.GOCACHE }) : { hit: false, note: '' };
  if (cache.note) notes.push(cache.note);
  // The terminal prints the notes with the report; on a runner they also belong in the step's log.
  if (host.kind === 'actions') for (const note of notes) host.info(logSafe(note));
  const data: ToolchainData = { ...chosen, all: installed, cacheHit: cache.hit };
  const outputs = {
    'go-version': chosen.version,
    'go-root': chosen.goroot,
    'go-roots': JSON.stringify(Object.fromEntries(installed.map((t) => [t.version, t.goroot]))),
    'cache-hit': String(cache.hit),
  };
  return { data, request, outputs, notes };
}

/** The `go` on PATH (CLI only), with what it says its version and GOROOT are. */
async function localGo(host: Host): Promise<InstalledToolchain | undefined> {
  const goBin = whichGo(host.env.PATH);
  if (!goBin) return undefined;
  try {
    const e = await goEnv(goBin, host.env, ['GOVERSION', 'GOROOT']);
    const version = e.GOVERSION.replace(/^go/, '');
    if (!goToSemver(version)) return undefined;
    return { version, goroot: e.GOROOT, goBin, env: {}, source: 'path' };
  } catch {
    return undefined;
  }
}

async function localSatisfies(local: InstalledToolchain, spec: VersionSpec, list: () => Promise<Release[]>, source: string): Promise<boolean> {
  const v = goToSemver(local.version)!;
  const offline = satisfiesOffline(v, spec);
  if (offline !== undefined) return offline;
  return semverToGo(pickRelease(spec, await list(), source).semver) === local.version;
}
