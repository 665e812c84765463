// Go module versions as the go command reads them: canonical semver 2.0 with a `v` (golang.org/x/mod's
// CanonicalVersion: all three numbers, no build metadata but `+incompatible`), ordered as semver orders them,
// `+incompatible` ignored, pseudo-versions ordered as the pre-releases they are. Numeric identifiers compare by
// length, then digits, so pseudo-version timestamps never overflow a number.

const NUM = '(?:0|[1-9][0-9]*)';
// semver 2.0: a numeric pre-release identifier has no leading zero (an identifier is a number without one, or has a
// non-digit).
const PRE_IDENT = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
/** A canonical version's pattern, each part passed through `part` (a capture group, or as it is). */
const versionSource = (part: (s: string) => string) =>
  `v${part(NUM)}\\.${part(NUM)}\\.${part(NUM)}(?:-${part(`${PRE_IDENT}(?:\\.${PRE_IDENT})*`)})?(?:\\+incompatible)?`;
/** A canonical module version, as a regex source without anchors or groups (the go.mod and go.sum fast readers embed it). */
export const GO_VERSION_SOURCE = versionSource((s) => s);
// The parts as groups: one match checks a version and cuts it up.
const CANONICAL = new RegExp(`^${versionSource((s) => `(${s})`)}$`);

/** A canonical module version (`v1.2.3`, `v1.2.3-pre`, `v2.0.0+incompatible`, a pseudo-version; not `v1.2` or `v1.2.3+meta`). */
export const isGoVersion = (v: string): boolean => CANONICAL.test(v);

const isNum = (s: string) => /^[0-9]+$/.test(s);
/** A number's length (two UTF-16 units: any length a string can have) before its digits: longer sorts later. */
const numKey = (digits: string) => String.fromCharCode(digits.length >>> 16, digits.length & 0xffff) + digits;

/**
 * A string whose order as a string is the version's precedence, or null for a string that is not a canonical
 * version. A diff compares each version many times: it is cut up once, and each comparison is one `<`. After the
 * three numbers, \x02 for a release, \x01 and the identifiers for a pre-release (so a release sorts after its
 * pre-releases); each identifier \x01 and its number or \x02 and its text (numbers first, below any identifier
 * character, so a list sorts after its prefix); `+incompatible` left out.
 */
export function goOrderKey(v: string): string | null {
  const m = CANONICAL.exec(v);
  if (!m) return null;
  const release = numKey(m[1]) + numKey(m[2]) + numKey(m[3]);
  if (m[4] === undefined) return `${release}\x02`;
  let key = `${release}\x01`;
  for (const id of m[4].split('.')) key += isNum(id) ? `\x01${numKey(id)}` : `\x02${id}`;
  return key;
}

/** -1, 0 or 1; an invalid version sorts before every valid one (as golang.org/x/mod/semver does). */
export function compareGoVersions(a: string, b: string): number {
  const x = goOrderKey(a),
    y = goOrderKey(b);
  if (x === null || y === null) return x !== null ? 1 : y !== null ? -1 : 0;
  return x < y ? -1 : x > y ? 1 : 0;
}

// The three forms of cmd/go: vX.0.0-yyyymmddhhmmss-abcdefabcdef, vX.Y.Z-pre.0.yyyymmddhhmmss-abcdefabcdef,
// vX.Y.(Z+1)-0.yyyymmddhhmmss-abcdefabcdef.
const PSEUDO = /^v[0-9]+\.[0-9]+\.[0-9]+-(?:[0-9A-Za-z-]+\.)*(?:0\.)?([0-9]{14})-([0-9a-f]{12})(?:\+incompatible)?$/;

export const isPseudoVersion = (v: string): boolean => PSEUDO.test(v) && isGoVersion(v);

/** The commit a pseudo-version names: its time (`yyyymmddhhmmss`, UTC) and revision prefix. */
export function pseudoVersionCommit(v: string): { time: string; revision: string } | null {
  const m = isPseudoVersion(v) ? PSEUDO.exec(v) : null;
  return m ? { time: m[1], revision: m[2] } : null;
}
