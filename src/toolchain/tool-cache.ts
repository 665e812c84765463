// The @actions/tool-cache layout: $RUNNER_TOOL_CACHE/go/<semver>/<arch> plus a `<arch>.complete` marker, so setup-go
// and tc.find() see our installs and we see theirs. We read and write it ourselves because tool-cache's functions print
// `::debug::` and `[command]` lines to stdout, which would corrupt the CLI's --json output.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

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

/** A fresh staging directory beside the final place (same file system, so the commit is a rename). */
export function stagingDir(root: string): string {
  const dir = join(root, 'go', `.staging-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Moves an unpacked GOROOT into place and marks it complete (the marker last: a crash leaves no "complete" tree). */
export function commit(goroot: string, root: string, version: string, arch: string): string {
  const target = toolPath(root, version, arch);
  rmSync(`${target}.complete`, { force: true });
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(root, 'go', version), { recursive: true });
  renameSync(goroot, target);
  writeFileSync(`${target}.complete`, '');
  return target;
}
