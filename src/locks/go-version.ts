// Go module version ordering (semver 2.0 as the go command reads it): `v` prefix, build metadata such as
// `+incompatible` ignored, pseudo-versions ordered as the pre-releases they are. Numeric identifiers compare by
// length, then digits, so pseudo-version timestamps never overflow a number.

interface GoSemver {
  major: string;
  minor: string;
  patch: string;
  pre: string[];
  build: string;
}

const NUM = '(0|[1-9][0-9]*)';
const IDENT = '[0-9A-Za-z-]+';
const SEMVER = new RegExp(`^v${NUM}\\.${NUM}\\.${NUM}(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+(${IDENT}(?:\\.${IDENT})*))?$`);

function parse(v: string): GoSemver | null {
  const m = SEMVER.exec(v);
  if (!m) return null;
  const pre = m[4] ? m[4].split('.') : [];
  // semver 2.0: a numeric pre-release identifier has no leading zero.
  if (pre.some((p) => /^0[0-9]+$/.test(p))) return null;
  return { major: m[1], minor: m[2], patch: m[3], pre, build: m[5] ?? '' };
}

/** A canonical module version (`v1.2.3`, `v1.2.3-pre`, `v2.0.0+incompatible`, a pseudo-version). */
export const isGoVersion = (v: string): boolean => parse(v) !== null;

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

/** -1, 0 or 1; an invalid version sorts before every valid one (as golang.org/x/mod/semver does). */
export function compareGoVersions(a: string, b: string): number {
  const x = parse(a),
    y = parse(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return Math.sign(cmpNum(x.major, y.major) || cmpNum(x.minor, y.minor) || cmpNum(x.patch, y.patch)) || cmpPre(x.pre, y.pre);
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
