// `setup`: every requested Go installed (verified) or found, the last one first on PATH, GOTOOLCHAIN=local, the
// problem matcher, the module/build cache restored. Outside Actions a `go` on PATH that satisfies the request is used.
import { delimiter, join } from 'node:path';
import type { Config, RuntimeFacts } from '../config/config.ts';
import type { Finding } from '../core/finding.ts';
import { UserError } from '../errors.ts';
import type { Host } from '../host.ts';
import { logSafe } from '../log-text.ts';
import { spawnRunner, type CommandRunner } from '../process.ts';
import type { CacheService } from './cache-service.ts';
import { restoreGoCache } from './go-cache.ts';
import { goEnv, whichGo } from './go-env.ts';
import { goToSemver, semverToGo } from './go-version.ts';
import { GO_ENV_VARS, install, releaseListLoader, type InstallContext } from './install.ts';
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
  /** What the step annotates: a version asked for twice, a go that reports another version than its tree. */
  findings: Finding[];
}

/** Where installs go: the runner's tool cache for the action, else <cache dir>/go-xenv (the CLI). */
export function installDirs(runtime: RuntimeFacts): { toolCache: string; temp: string } {
  if (runtime.onActions) return { toolCache: runtime.runner.toolCache, temp: runtime.runner.temp };
  const base = join(runtime.cacheDir, 'go-xenv');
  return { toolCache: base, temp: join(base, 'tmp') };
}

export interface SetupOptions {
  /** Restore the module/build cache (the `setup` command and the toolchain step; not a command's own install of Go). */
  cache: boolean;
  run?: CommandRunner;
  cacheService?: CacheService;
}

export async function setup(config: Config, host: Host, opts: SetupOptions): Promise<SetupOutcome> {
  const run = opts.run ?? spawnRunner;
  const { runtime } = config;
  const request = await requestedVersions(config.toolchain, config.workspace, config.workingDirectory, host.env, run);
  const findings: Finding[] = [];
  const warn = (rule: string, message: string) => findings.push({ capability: 'toolchain', rule, severity: 'warning', message });
  if (request?.warning) warn('version-request', request.warning);
  const dirs = installDirs(runtime);
  const ctx: InstallContext = {
    baseUrl: baseUrlOf(config.toolchain.downloadBaseUrl),
    token: config.toolchain.token,
    serverUrl: runtime.serverUrl,
    platform: goPlatform(process.platform, process.arch),
    cacheArch: process.arch,
    ...dirs,
    checkLatest: config.toolchain.checkLatest,
    log: (m) => host.info(m),
    env: host.env,
    run,
  };
  const list = releaseListLoader(ctx);
  const exe = process.platform === 'win32' ? 'go.exe' : 'go';
  // The action installs what is asked for; the CLI first looks whether the go on PATH already is that.
  const local = runtime.onActions ? undefined : await localGo(host.env, run);
  const notes: string[] = [];

  const installed: InstalledToolchain[] = [];
  /** What each installed tree's go said while it was checked, by GOROOT: setup does not ask it again. */
  const checkedEnv = new Map<string, Record<string, string>>();
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
    if (got.goEnv) checkedEnv.set(got.goroot, got.goEnv);
    installed.push({ version: got.version, goroot: got.goroot, goBin: join(got.goroot, 'bin', exe), env: {}, source: got.source });
    notes.push(`${spec.raw}: go${got.version} ${got.source === 'download' ? 'downloaded, SHA-256 verified,' : 'found in the tool cache,'} in ${got.goroot}`);
  }

  const chosen = installed.at(-1)!;
  host.exportVariable('GOTOOLCHAIN', 'local');
  const info = checkedEnv.get(chosen.goroot) ?? await goEnv(chosen.goBin, { ...host.env, GOTOOLCHAIN: 'local' }, GO_ENV_VARS, run).catch((e: unknown) => {
    throw new UserError(`the installed go does not run: ${e instanceof Error ? e.message : String(e)}`, { code: 'broken_install', hint: 'remove it from the tool cache and run again' });
  });
  if (info.GOVERSION !== `go${chosen.version}`) warn('version-mismatch', `${chosen.goBin} reports ${info.GOVERSION}, expected go${chosen.version}`);
  if (chosen.source !== 'path') {
    if (info.GOPATH) host.addPath(join(info.GOPATH.split(delimiter)[0], 'bin'));
    host.addPath(join(chosen.goroot, 'bin'));
  }
  if (runtime.onActions) registerMatcher(host, dirs.temp);
  const env = { PATH: host.env.PATH ?? '', GOTOOLCHAIN: 'local' };
  for (const t of installed) t.env = { ...env, PATH: `${join(t.goroot, 'bin')}${delimiter}${env.PATH}` };

  const cache = opts.cache
    ? await restoreGoCache(config, host, chosen.version, { GOMODCACHE: info.GOMODCACHE, GOCACHE: info.GOCACHE }, opts.cacheService)
    : { hit: false, note: '' };
  if (cache.note) notes.push(cache.note);
  // The terminal prints the notes with the report; on a runner they also belong in the step's log.
  if (runtime.onActions) for (const note of notes) host.info(logSafe(note));
  const data: ToolchainData = { ...chosen, all: installed, cacheHit: cache.hit };
  const outputs = {
    'go-version': chosen.version,
    'go-root': chosen.goroot,
    'go-roots': JSON.stringify(Object.fromEntries(installed.map((t) => [t.version, t.goroot]))),
    'cache-hit': String(cache.hit),
  };
  return { data, request, outputs, notes, findings };
}

/** The `go` on PATH (CLI only), with what it says its version and GOROOT are. */
async function localGo(env: NodeJS.ProcessEnv, run: CommandRunner): Promise<InstalledToolchain | undefined> {
  const goBin = await whichGo(env);
  if (!goBin) return undefined;
  try {
    const e = await goEnv(goBin, env, ['GOVERSION', 'GOROOT'], run);
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
