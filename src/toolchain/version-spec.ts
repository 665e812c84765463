// Parses a requested Go version (the go-version input, a version file's value) into a VersionSpec.
import semver from 'semver';
import { UserError, type Where } from '../errors.ts';
import { goToSemver } from './go-version.ts';
import type { VersionSpec } from './types.ts';

/**
 * exact: 1.26.8, go1.26.8, 1.27rc1, 1.26beta1, 1.27.0-rc.1 · minor: 1.26 (newest stable 1.26.x) ·
 * range: ^1.25, >=1.24 <1.26, 1.x, ~1.25.1 · stable / latest · oldstable (newest of the previous minor line).
 */
export function parseVersionSpec(input: string, where: Where = {}): VersionSpec {
  const raw = input.trim();
  const s = raw.replace(/^v(?=\d)/, '').replace(/^go(?=\d)/, '');
  const lower = s.toLowerCase();
  if (lower === 'stable' || lower === 'latest') return { kind: 'stable', raw };
  if (lower === 'oldstable') return { kind: 'oldstable', raw };
  if (/^\d+\.\d+$/.test(s)) return { kind: 'minor', raw, line: s };
  if (/^\d+\.\d+\.\d+$/.test(s) || /^\d+\.\d+(\.\d+)?(rc|beta)\d+$/.test(s)) return { kind: 'exact', raw, semver: goToSemver(s)! };
  const sv = semver.valid(s);
  if (sv) return { kind: 'exact', raw, semver: sv };
  if (/^\d+$/.test(s)) return { kind: 'range', raw, range: `${s}.x` };
  if (s && semver.validRange(s)) return { kind: 'range', raw, range: s };
  throw new UserError(`"${raw}" is not a Go version`, {
    where,
    code: 'bad_version',
    hint: 'use an exact version (1.26.8), a minor (1.26), a range (^1.25, >=1.24 <1.26, 1.x), a prerelease (1.27rc1), stable or oldstable',
  });
}
