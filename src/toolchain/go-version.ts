// Go's version names (go1.26.8, go1.21.0, go1.13, go1.27rc1, go1.26beta1) to and from semver.
// Before Go 1.21 the first release of a line was named without a patch (go1.13 = 1.13.0); prereleases are rcN/betaN.
import semver from 'semver';

const GO_NAME = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta)(\d+))?$/;

/** `go1.27rc1` -> `1.27.0-rc.1`; undefined when the name is not a Go release name (or its numbers are too large). */
export function goToSemver(name: string): string | undefined {
  const m = GO_NAME.exec(name.trim());
  if (!m) return undefined;
  const [, major, minor = '0', patch = '0', pre, preNum] = m;
  const v = `${major}.${minor}.${patch}${pre ? `-${pre}.${preNum}` : ''}`;
  return semver.valid(v) ? v : undefined;
}

/** `1.27.0-rc.1` -> `1.27rc1`, `1.26.8` -> `1.26.8`: how Go prints it (without the `go` prefix). */
export function semverToGo(v: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-(rc|beta)\.(\d+))?$/.exec(v);
  if (!m) return v;
  const [, major, minor, patch, pre, preNum] = m;
  if (pre) return `${major}.${minor}${pre}${preNum}`;
  return `${major}.${minor}.${patch}`;
}

/** Whether `go` appears as a full Go release name (accepting the go prefix): used by version files. */
export const isGoName = (s: string): boolean => GO_NAME.test(s.trim());
