// Gathers the doctor's facts at the edge: which go PATH resolves to, what it and the installed toolchain say, the
// environment, and the module directory's files.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Config } from '../config/config.ts';
import type { Host } from '../host.ts';
import { spawnRunner, type CommandRunner } from '../process.ts';
import type { DoctorFacts, GoRun } from './doctor.ts';
import { goEnv, GoCommandError, realpathOr, runGo, whichGo } from './go-env.ts';
import { goToSemver } from './go-version.ts';
import type { Request } from './request.ts';
import { satisfiesOffline } from './resolve.ts';
import type { InstalledToolchain } from './types.ts';

const VARS = ['GOVERSION', 'GOROOT', 'GOPATH', 'GOCACHE', 'GOMODCACHE'];

/** What a go binary says about itself; GOROOT is unset so it reports its own tree, not the environment's. */
async function probe(goBin: string, env: NodeJS.ProcessEnv, run: CommandRunner): Promise<Record<string, string> | undefined> {
  const { GOROOT: _ignored, ...own } = env;
  try {
    return await goEnv(goBin, own, VARS, run);
  } catch {
    return undefined;
  }
}

export async function gatherFacts(
  config: Config,
  host: Host,
  installed?: InstalledToolchain,
  request?: Request,
  run: CommandRunner = spawnRunner,
): Promise<DoctorFacts> {
  const env = host.env;
  const pathGoBin = await whichGo(env);
  const goBin = installed?.goBin ?? pathGoBin;
  const runEnv = installed ? { ...env, ...installed.env } : env;
  // The go runs start now, beside the `go env` probes: each is a process of its own.
  const goRun = goBin ? tryGo(goBin, RUN_ARGS, runEnv, config.workingDirectory, run) : undefined;
  const gotoolchainRun = goBin && env.GOTOOLCHAIN && env.GOTOOLCHAIN !== 'local' ? tryToolchain(goBin, runEnv, env.GOTOOLCHAIN, config.runtime.runner.temp, run) : undefined;
  // Awaited below; meanwhile a failure must not count as unhandled.
  gotoolchainRun?.catch(() => undefined);
  const pathEnv = pathGoBin ? await probe(pathGoBin, env, run) : undefined;
  const same = installed && pathGoBin && realpathOr(pathGoBin) === realpathOr(installed.goBin);
  const usedEnv = installed && !same ? await probe(installed.goBin, { ...env, ...installed.env }, run) : pathEnv;
  const usedRoot = installed?.goroot ?? pathEnv?.GOROOT;
  const pathVersion = pathEnv?.GOVERSION?.replace(/^go/, '');
  const lastSpec = request?.specs.at(-1);
  const pathSemver = pathVersion ? goToSemver(pathVersion) : undefined;
  return {
    workingDirectory: relative(config.workspace, config.workingDirectory) || '.',
    workingDirectoryAbs: config.workingDirectory,
    workspaceAbs: config.workspace,
    installed: installed && { version: installed.version, goroot: installed.goroot, goBin: installed.goBin },
    installedRealpath: installed && realpathOr(installed.goBin),
    requested: request && lastSpec
      ? { spec: lastSpec.raw, source: request.source, satisfiedByPath: pathSemver ? satisfiesOffline(pathSemver, lastSpec) : undefined }
      : undefined,
    pathGo: pathGoBin ? { path: pathGoBin, realpath: realpathOr(pathGoBin), version: pathVersion, goroot: pathEnv?.GOROOT } : undefined,
    env: { GOROOT: env.GOROOT || undefined, GO111MODULE: env.GO111MODULE || undefined, GOFLAGS: env.GOFLAGS || undefined },
    gotoolchain: env.GOTOOLCHAIN || (usedRoot ? goEnvFileValue(join(usedRoot, 'go.env'), 'GOTOOLCHAIN') : undefined),
    locations: usedEnv ? { GOPATH: usedEnv.GOPATH, GOCACHE: usedEnv.GOCACHE, GOMODCACHE: usedEnv.GOMODCACHE } : undefined,
    hasGoMod: existsSync(join(config.workingDirectory, 'go.mod')),
    hasGoWork: existsSync(join(config.workingDirectory, 'go.work')),
    hasVendor: existsSync(join(config.workingDirectory, 'vendor')),
    goRun: await goRun,
    gotoolchainRun: await gotoolchainRun,
  };
}

/**
 * Any go command meets GOFLAGS, GO111MODULE, GOROOT, GOWORK and go.mod; listing one standard package needs no network.
 * `unsafe` is the package with one file: `runtime` costs go about 100 ms more, on every setup.
 */
const RUN_ARGS = ['list', '-e', '-f', '{{.ImportPath}}', 'unsafe'];

/** Runs go offline with the environment as it is (only GOTOOLCHAIN is set): what every go command meets here. */
async function tryGo(goBin: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, run: CommandRunner, gotoolchain?: string): Promise<GoRun> {
  const command = `go ${args.join(' ')}`;
  try {
    await runGo(goBin, args, { ...env, GOPROXY: 'off' }, { cwd, gotoolchain, timeoutMs: 60_000, run });
    return { command };
  } catch (e) {
    const said = e instanceof GoCommandError ? e.stderr : (e as Error).message;
    return { command, error: said.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' ') };
  }
}

/** GOTOOLCHAIN as set, tried in an empty directory (no go.mod to switch for); a needed download is not a fault. */
async function tryToolchain(goBin: string, env: NodeJS.ProcessEnv, gotoolchain: string, temp: string, run: CommandRunner): Promise<GoRun> {
  mkdirSync(temp, { recursive: true });
  const dir = mkdtempSync(join(temp, 'go-xenv-doctor-'));
  try {
    const tried = await tryGo(goBin, ['env', 'GOVERSION'], env, dir, run, gotoolchain);
    return tried.error && /download/.test(tried.error) ? { command: tried.command } : tried;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A value from a toolchain's go.env file (its defaults: official releases say GOTOOLCHAIN=auto). */
function goEnvFileValue(file: string, name: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const m = new RegExp(`^${name}=(.*)$`, 'm').exec(readFileSync(file, 'utf8'));
  return m?.[1].trim();
}
