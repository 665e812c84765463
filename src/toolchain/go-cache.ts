// The module and build caches through the cache service (cache-service.ts): restore in the main step, save in the post
// step. Decisions are pure (cache-key.ts); this file gathers the facts and talks to the service.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hashRegularFile, readBoundedText } from '../bounded-read.ts';
import type { Config } from '../config/config.ts';
import type { Host } from '../host.ts';
import { logSafe } from '../log-text.ts';
import { resolveInside } from '../workspace-path.ts';
import { cacheKey, hashDependencyFiles, shouldSave } from './cache-key.ts';
import { actionsCache, type CacheService } from './cache-service.ts';
import { causeOf } from './http-get.ts';
import { goModHasRequire } from './version-file.ts';

const STATE = { key: 'go-xenv-cache-key', matched: 'go-xenv-cache-matched-key', paths: 'go-xenv-cache-paths' };

export interface RestoreOutcome {
  hit: boolean;
  /** One line for the report. */
  note: string;
}

const LABEL = 'input "cache-dependency-path"';

const WILDCARD = /[*?[\]{}()!+@]/;

/** The part of a glob before its first wildcard segment: where the glob starts walking. */
const literalPrefix = (pattern: string) => {
  const parts = pattern.split('/');
  const i = parts.findIndex((s) => WILDCARD.test(s));
  return (i === -1 ? parts : parts.slice(0, i)).join('/') || '.';
};

/**
 * Files named by cache-dependency-path (globs, relative to the workspace; default the working directory's go.sum),
 * each with the SHA-256 of its content, streamed (any size). Every pattern and every match stays inside the workspace
 * (symlinks followed for a plain path; a glob does not walk into symlinks); only regular files are read.
 */
export async function dependencyFiles(config: Config, host: Host): Promise<{ path: string; sha256: string }[]> {
  const rel = relative(config.workspace, config.workingDirectory);
  const given = config.toolchain.cacheDependencyPath;
  const patterns = given.length ? given : [rel ? `${rel}/go.sum` : 'go.sum'];
  for (const p of patterns) resolveInside(config.workspace, literalPrefix(p), { label: LABEL });
  const plain = patterns
    .filter((p) => !WILDCARD.test(p) && existsSync(join(config.workspace, p)))
    .map((p) => relative(config.workspace, join(config.workspace, p)));
  const globs = patterns.filter((p) => WILDCARD.test(p));
  // The glob library loads only for a run that names globs: setup's start-up stays small.
  const matched = globs.length
    ? (await import('tinyglobby')).globSync(globs, { cwd: config.workspace, onlyFiles: true, dot: true, followSymbolicLinks: false })
    : [];
  const paths = [...new Set([...plain, ...matched])].sort();
  if (!paths.length) {
    const goMod = join(config.workingDirectory, 'go.mod');
    const noDeps = !given.length && existsSync(goMod) && !goModHasRequire(readBoundedText(goMod, { label: 'go.mod' }));
    if (!noDeps) host.warning(logSafe(`no file matches cache-dependency-path (${patterns.join(', ')}): the cache key has no dependency hash`));
  }
  const out: { path: string; sha256: string }[] = [];
  for (const p of paths) {
    const real = resolveInside(config.workspace, p, { label: LABEL });
    out.push({ path: p, sha256: await hashRegularFile(real, { label: `${LABEL} file` }) });
  }
  return out;
}

export async function restoreGoCache(
  config: Config,
  host: Host,
  goVersion: string,
  dirs: { GOMODCACHE: string; GOCACHE: string },
  cache: CacheService = actionsCache,
): Promise<RestoreOutcome> {
  if (config.toolchain.cache === 'false') return { hit: false, note: 'module/build cache: off' };
  if (!config.runtime.onActions) return { hit: false, note: 'module/build cache: not used outside Actions (the local caches stay where they are)' };
  const { key, restoreKeys } = cacheKey({
    os: config.runtime.runner.os,
    arch: config.runtime.runner.arch,
    goVersion,
    targets: config.matrix.targets,
    depHash: hashDependencyFiles(await dependencyFiles(config, host)),
  });
  const paths = [dirs.GOMODCACHE, dirs.GOCACHE].filter(Boolean);
  host.saveState(STATE.key, key);
  host.saveState(STATE.paths, JSON.stringify(paths));
  if (!(await cache.isAvailable())) return { hit: false, note: `module/build cache: the cache service is not available here; not restored (key ${key})` };
  try {
    const matched = (await cache.restore(paths, key, restoreKeys)) ?? '';
    host.saveState(STATE.matched, matched);
    if (!matched) return { hit: false, note: `module/build cache: no entry for ${key}` };
    return { hit: matched === key, note: `module/build cache: restored ${matched}${matched === key ? '' : ' (prefix match)'}` };
  } catch (e) {
    host.warning(`the module/build cache was not restored: ${causeOf(e)}`);
    return { hit: false, note: 'module/build cache: restore failed' };
  }
}

/** The post step: save when the key missed and this branch saves. Never fails the job. */
export async function saveGoCache(config: Config, host: Host, cache: CacheService = actionsCache): Promise<void> {
  const key = host.getState(STATE.key);
  if (!key) return;
  const decision = shouldSave({
    mode: config.toolchain.cache,
    key,
    matchedKey: host.getState(STATE.matched),
    branch: config.runtime.branch,
    defaultBranch: config.runtime.defaultBranch,
    saveBranches: config.toolchain.cacheSaveBranches,
  });
  if (!decision.save) {
    host.info(`module/build cache not saved: ${decision.reason}`);
    return;
  }
  if (!(await cache.isAvailable())) {
    host.info(`module/build cache not saved: the cache service is not available here (key ${key})`);
    return;
  }
  try {
    const paths = JSON.parse(host.getState(STATE.paths) || '[]') as string[];
    const existing = paths.filter((p) => existsSync(p));
    if (!existing.length) {
      host.info('module/build cache not saved: neither GOMODCACHE nor GOCACHE exists');
      return;
    }
    // saveCache reports its own failures as warnings and returns -1 rather than throwing.
    const id = await cache.save(existing, key);
    host.info(id === -1 ? `module/build cache not saved (key ${key})` : `module/build cache saved as ${key}`);
  } catch (e) {
    host.warning(`the module/build cache was not saved: ${causeOf(e)}`);
  }
}
