// The @actions/tool-cache layout: $RUNNER_TOOL_CACHE/go/<semver>/<arch> plus a `<arch>.complete` marker, so setup-go
// and tc.find() see our installs and we see theirs. We read and write it ourselves because tool-cache's functions print
// `::debug::` and `[command]` lines to stdout, which would corrupt the CLI's --json output.
// Several jobs may install into one tool cache at once: each unpacks into its own staging dir, and the commit (under a
// lock file) adopts a tree another job already placed if it runs; only a tree that does not run is ever replaced.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import semver from 'semver';
import { UserError } from '../errors.ts';

export const toolPath = (root: string, version: string, arch: string): string => join(root, 'go', version, arch);

/** Semver versions of Go complete in the cache for `arch`. */
export function cachedVersions(root: string, arch: string): string[] {
  const dir = join(root, 'go');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((v) => semver.valid(v) && existsSync(join(dir, v, arch)) && existsSync(join(dir, v, `${arch}.complete`)));
}

export function findCached(root: string, version: string, arch: string): string | undefined {
  const p = toolPath(root, version, arch);
  return existsSync(p) && existsSync(`${p}.complete`) ? p : undefined;
}

const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
/** Staging dirs of another machine (a shared tool cache) cannot be checked for a live owner: removed after a day. */
const FOREIGN_STALE_MS = 24 * 3600_000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A fresh staging directory beside the final place (same file system, so the commit is a rename). */
export function stagingDir(root: string): string {
  const dir = join(root, 'go', `.staging-${HOST}-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Removes the staging dirs of runs that were killed: their process is gone (or, from another host, they are old). */
export function sweepStaging(root: string, now = Date.now()): string[] {
  const dir = join(root, 'go');
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = /^\.(?:staging|trash)-([0-9a-f]{8})-(\d+)-[0-9a-f]+$/.exec(name);
    if (!m) continue;
    const p = join(dir, name);
    const stale = m[1] === HOST ? !alive(Number(m[2])) : now - statSync(p).mtimeMs > FOREIGN_STALE_MS;
    if (stale) {
      rmSync(p, { recursive: true, force: true });
      removed.push(p);
    }
  }
  return removed;
}

const LOCK_WAIT_MS = 10 * 60_000;

/** An exclusive lock file `<path>` holding `<host> <pid>`; one left by a dead process on this host is taken over. */
async function withLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${HOST} ${process.pid}`);
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const [host, pid] = (() => {
      try {
        return readFileSync(path, 'utf8').split(' ');
      } catch {
        return [];
      }
    })();
    if (host === HOST && pid && !alive(Number(pid))) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new UserError(`the tool cache lock ${path} has been held for ${LOCK_WAIT_MS / 60_000} minutes`, {
        code: 'tool_cache_locked',
        hint: 'another install seems stuck; if none runs, delete the lock file',
      });
    }
    await sleep(50);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(path);
    } catch {
      /* already gone: nothing to release */
    }
  }
}

/**
 * Puts an unpacked, verified GOROOT in place and marks it complete. When another install already placed a tree that
 * runs (`works`), that tree is adopted and ours is left for the caller to remove; a tree that does not run is replaced.
 */
export async function commit(
  goroot: string,
  root: string,
  version: string,
  arch: string,
  works: (dir: string) => Promise<boolean>,
): Promise<{ path: string; adopted: boolean }> {
  const target = toolPath(root, version, arch);
  mkdirSync(join(root, 'go', version), { recursive: true });
  return withLock(`${target}.lock`, async () => {
    if (existsSync(target)) {
      if (await works(target)) {
        writeFileSync(`${target}.complete`, '');
        return { path: target, adopted: true };
      }
      rmSync(`${target}.complete`, { force: true });
      // Out of the way first (a rename), then deleted: a crash in between leaves a trash dir the next sweep removes.
      const trash = join(root, 'go', `.trash-${HOST}-${process.pid}-${randomBytes(4).toString('hex')}`);
      renameSync(target, trash);
      rmSync(trash, { recursive: true, force: true });
    }
    renameSync(goroot, target);
    writeFileSync(`${target}.complete`, '');
    return { path: target, adopted: false };
  });
}
