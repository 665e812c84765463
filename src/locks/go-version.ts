// Go module version ordering (semver 2.0 as the go command reads it): `v` prefix, build metadata such as
// `+incompatible` ignored, pseudo-versions ordered as the pre-releases they are. Numeric identifiers compare by
// length, then digits, so pseudo-version timestamps never overflow a number.

export interface GoSemver {
  major: string;
  minor: string;
  patch: string;
  pre: string[];
  build: string;
}

const NUM = '(?:0|[1-9][0-9]*)';
const IDENT = '[0-9A-Za-z-]+';
// semver 2.0: a numeric pre-release identifier has no leading zero (an identifier is a number without one, or has a
// non-digit).
const PRE_IDENT = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
/** A canonical module version, as a regex source without anchors or groups (the go.mod and go.sum fast readers embed it). */
export const GO_VERSION_SOURCE = `v${NUM}\\.${NUM}\\.${NUM}(?:-${PRE_IDENT}(?:\\.${PRE_IDENT})*)?(?:\\+${IDENT}(?:\\.${IDENT})*)?`;
const CANONICAL = new RegExp(`^${GO_VERSION_SOURCE}$`);

/** The parts of a canonical version (one regex test, then the separators it has checked are split on), or null. */
export function parseGoVersion(v: string): GoSemver | null {
  if (!CANONICAL.test(v)) return null;
  const plus = v.indexOf('+');
  const core = plus < 0 ? v : v.slice(0, plus);
  const dash = core.indexOf('-');
  const release = (dash < 0 ? core : core.slice(0, dash)).slice(1).split('.');
  return {
    major: release[0],
    minor: release[1],
    patch: release[2],
    pre: dash < 0 ? [] : core.slice(dash + 1).split('.'),
    build: plus < 0 ? '' : v.slice(plus + 1),
  };
}

/** A canonical module version (`v1.2.3`, `v1.2.3-pre`, `v2.0.0+incompatible`, a pseudo-version). */
export const isGoVersion = (v: string): boolean => CANONICAL.test(v);

const isNum = (s: string) => /^[0-9]+$/.test(s);
const cmpNum = (a: string, b: string) => (a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0);

function cmpPre(a: string[], b: string[]): number {
  if (!a.length || !b.length) return Math.sign(b.length - a.length); // a release sorts after its pre-releases
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i],
      y = b[i];
    const c = isNum(x) && isNum(y) ? cmpNum(x, y) : isNum(x) ? -1 : isNum(y) ? 1 : x < y ? -1 : x > y ? 1 : 0;
    if (c) return Math.sign(c);
  }
  return Math.sign(a.length - b.length);
}

export const compareGoParsed = (x: GoSemver, y: GoSemver): number =>
  Math.sign(cmpNum(x.major, y.major) || cmpNum(x.minor, y.minor) || cmpNum(x.patch, y.patch)) || cmpPre(x.pre, y.pre);

/** -1, 0 or 1; an invalid version sorts before every valid one (as golang.org/x/mod/semver does). */
export function compareGoVersions(a: string, b: string): number {
  const x = parseGoVersion(a),
    y = parseGoVersion(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return compareGoParsed(x, y);
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
