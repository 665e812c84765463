// Gathers the doctor's facts at the edge: which go PATH resolves to, what it and the installed toolchain say, the
// environment, and the module directory's files.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Config } from '../config/config.ts';
import type { Host } from '../host.ts';
import type { DoctorFacts } from './doctor.ts';
import { goEnv, realpathOr, whichGo } from './go-env.ts';
import { goToSemver } from './go-version.ts';
import type { Request } from './request.ts';
import { satisfiesOffline } from './resolve.ts';
import type { InstalledToolchain } from './types.ts';

const VARS = ['GOVERSION', 'GOROOT', 'GOPATH', 'GOCACHE', 'GOMODCACHE'];

/** What a go binary says about itself; GOROOT is unset so it reports its own tree, not the environment's. */
async function probe(goBin: string, env: NodeJS.ProcessEnv): Promise<Record<string, string> | undefined> {
  const { GOROOT: _ignored, ...own } = env;
  try {
    return await goEnv(goBin, own, VARS);
  } catch {
    return undefined;
  }
}

export async function gatherFacts(config: Config, host: Host, installed?: InstalledToolchain, request?: Request): Promise<DoctorFacts> {
  const env = host.env;
  const pathGoBin = whichGo(env.PATH);
  const pathEnv = pathGoBin ? await probe(pathGoBin, env) : undefined;
  const same = installed && pathGoBin && realpathOr(pathGoBin) === realpathOr(installed.goBin);
  const usedEnv = installed && !same ? await probe(installed.goBin, { ...env, ...installed.env }) : pathEnv;
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
  };
}

/** A value from a toolchain's go.env file (its defaults: official releases say GOTOOLCHAIN=auto). */
function goEnvFileValue(file: string, name: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const m = new RegExp(`^${name}=(.*)$`, 'm').exec(readFileSync(file, 'utf8'));
  return m?.[1].trim();
}
