// The module/build cache key and the save decision: pure, table-tested (cache-key.test.ts).
// Key = OS, arch, Go version, the build target set (cross builds fill GOCACHE differently, so different target sets
// must not clobber each other's entries) and the dependency-file hash; restore keys drop only the hash.
import { createHash } from 'node:crypto';
import type { CacheMode } from '../config/config.ts';

export interface CacheKeyInput {
  os: string;
  arch: string;
  goVersion: string;
  targets: string[];
  /** Hash of the cache-dependency-path files; undefined when no file matched. */
  depHash: string | undefined;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Targets as a set: trimmed, lower-case, unique, sorted; order and duplicates do not change the key. */
export const normalizeTargets = (targets: string[]): string[] =>
  [...new Set(targets.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();

function targetsPart(targets: string[]): string {
  const t = normalizeTargets(targets);
  return t.length ? sha256(t.join(',')).slice(0, 12) : 'host';
}

export function cacheKey(i: CacheKeyInput): { key: string; restoreKeys: string[] } {
  const prefix = `go-xenv-${i.os}-${i.arch}-go${i.goVersion}-targets-${targetsPart(i.targets)}-`.toLowerCase();
  return { key: `${prefix}${i.depHash ?? 'nodeps'}`, restoreKeys: [prefix] };
}

/** One hash over the dependency files: their paths (relative, sorted) and the SHA-256 of each one's content. */
export function hashDependencyFiles(files: { path: string; sha256: string }[]): string | undefined {
  if (!files.length) return undefined;
  const lines = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => `${f.path}\0${f.sha256}\n`);
  return sha256(lines.join('')).slice(0, 32);
}

export interface SaveInput {
  mode: CacheMode;
  key: string;
  /** The key restore matched (exact or by prefix), '' when nothing was restored. */
  matchedKey: string;
  /** The branch of this run (from GITHUB_REF refs/heads/...), undefined for tags and pull requests. */
  branch: string | undefined;
  defaultBranch: string | undefined;
  /** cache-save-branches: empty means the default branch; `*` means every branch. */
  saveBranches: string[];
}

export function shouldSave(i: SaveInput): { save: boolean; reason: string } {
  if (i.mode === 'false') return { save: false, reason: 'cache is off' };
  if (i.mode === 'restore-only') return { save: false, reason: 'cache is restore-only' };
  if (i.matchedKey === i.key) return { save: false, reason: `the cache was restored from the exact key ${i.key}` };
  const allowed = i.saveBranches.length ? i.saveBranches : i.defaultBranch ? [i.defaultBranch] : [];
  if (!allowed.includes('*')) {
    if (!i.branch) return { save: false, reason: 'this run is not on a branch (pull request or tag): caches are saved only by branch runs' };
    if (!allowed.length) return { save: false, reason: 'the default branch is unknown: set cache-save-branches' };
    if (!allowed.includes(i.branch)) return { save: false, reason: `branch ${i.branch} does not save caches (cache-save-branches: ${allowed.join(', ')})` };
  }
  return { save: true, reason: `saving ${i.key}` };
}
