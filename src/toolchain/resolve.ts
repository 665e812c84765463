// Version resolution against a go.dev-format release list: pure, table-tested (resolve.test.ts).
import semver from 'semver';
import { UserError } from '../errors.ts';
import { goToSemver, semverToGo } from './go-version.ts';
import { checkArchive } from './release-shape.ts';
import type { Release, ReleaseFile, VersionSpec } from './types.ts';

export interface Platform {
  /** go.dev names: linux, darwin, windows, freebsd ... */
  os: string;
  /** go.dev names: amd64, arm64, 386, armv6l, ppc64le, s390x, riscv64, loong64 ... */
  arch: string;
}

export interface Resolved {
  /** Go's name without the prefix: 1.26.8, 1.27rc1. */
  version: string;
  semver: string;
  release: Release;
  file: ReleaseFile;
}

const NODE_OS: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'windows', freebsd: 'freebsd', openbsd: 'openbsd', aix: 'aix' };
const NODE_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'armv6l', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64' };

/** The go.dev platform of a Node platform/arch (process.platform, process.arch). */
export const goPlatform = (platform: string, arch: string): Platform => ({ os: NODE_OS[platform] ?? platform, arch: NODE_ARCH[arch] ?? arch });

interface Candidate { semver: string; release: Release }

function candidates(releases: Release[]): Candidate[] {
  const out: Candidate[] = [];
  for (const release of releases) {
    const v = goToSemver(release.version);
    if (v) out.push({ semver: v, release });
  }
  return out.sort((a, b) => semver.rcompare(a.semver, b.semver));
}

/** Picks the release a spec means (newest first). Throws a UserError naming what exists when nothing matches. */
export function pickRelease(spec: VersionSpec, releases: Release[], source: string): Candidate {
  const all = candidates(releases);
  const stable = all.filter((c) => c.release.stable && !semver.prerelease(c.semver));
  const newest = stable[0] ? semverToGo(stable[0].semver) : 'none';
  const line = (v: string) => `${semver.major(v)}.${semver.minor(v)}`;
  let hit: Candidate | undefined;
  switch (spec.kind) {
    case 'exact':
      hit = all.find((c) => c.semver === spec.semver);
      if (!hit) {
        throw new UserError(`Go ${semverToGo(spec.semver)} is not in the release list of ${source}`, {
          code: 'unknown_version', hint: `check the version (the newest stable release is ${newest})`,
        });
      }
      return hit;
    case 'minor': {
      hit = stable.find((c) => line(c.semver) === spec.line);
      if (hit) return hit;
      const pre = all.filter((c) => line(c.semver) === spec.line).map((c) => semverToGo(c.semver));
      throw new UserError(`no stable Go ${spec.line}.x release is in the release list of ${source}`, {
        code: 'unknown_version',
        hint: pre.length ? `only prereleases exist (${pre.join(', ')}): ask for one by name` : `check the version (the newest stable release is ${newest})`,
      });
    }
    case 'range':
      hit = stable.find((c) => semver.satisfies(c.semver, spec.range));
      if (hit) return hit;
      throw new UserError(`no Go release satisfies "${spec.raw}" in the release list of ${source}`, {
        code: 'unsatisfiable_range', hint: `widen the range (the newest stable release is ${newest})`,
      });
    case 'stable':
      if (stable[0]) return stable[0];
      break;
    case 'oldstable': {
      const first = stable[0];
      hit = first && stable.find((c) => line(c.semver) !== line(first.semver));
      if (hit) return hit;
      break;
    }
  }
  throw new UserError(`the release list of ${source} has no ${spec.kind} release`, { code: 'unknown_version', hint: 'check the mirror' });
}

/** The archive of a release for a platform (tar.gz, or zip on Windows), shape-checked. */
export function pickFile(release: Release, platform: Platform, source: string): ReleaseFile {
  const file = release.files.find((f) => f.kind === 'archive' && f.os === platform.os && f.arch === platform.arch);
  if (file) return checkArchive(file, release, source);
  throw new UserError(`${release.version} has no archive for ${platform.os}/${platform.arch}`, {
    code: 'no_archive', hint: 'this platform is not built by the Go project for that release; choose another version or runner',
  });
}

export function resolve(spec: VersionSpec, releases: Release[], platform: Platform, source: string): Resolved {
  const c = pickRelease(spec, releases, source);
  return { version: semverToGo(c.semver), semver: c.semver, release: c.release, file: pickFile(c.release, platform, source) };
}

/** Whether a version (semver) satisfies a spec without consulting a list (stable/oldstable cannot be decided). */
export function satisfiesOffline(version: string, spec: VersionSpec): boolean | undefined {
  switch (spec.kind) {
    case 'exact': return semver.eq(version, spec.semver);
    case 'minor': return !semver.prerelease(version) && `${semver.major(version)}.${semver.minor(version)}` === spec.line;
    case 'range': return semver.satisfies(version, spec.range);
    default: return undefined;
  }
}

/** The best version among those already installed (semver strings) for a spec, without a list. */
export function pickInstalled(installed: string[], spec: VersionSpec): string | undefined {
  return [...installed].sort(semver.rcompare).find((v) => satisfiesOffline(v, spec) === true);
}
