// PEP 440 version ordering for pip locks: epoch, release (trailing zeros ignored), pre-release (a < b < rc),
// post-release, dev release, local version. Spellings are normalized as the PEP says (alpha -> a, c/pre/preview -> rc,
// rev/r -> post, `1.0-1` = `1.0.post1`, separators `.`/`-`/`_`, a leading `v`, any case). Numbers are BigInts.

export interface Pep440Version {
  epoch: bigint;
  release: bigint[];
  pre: { label: 'a' | 'b' | 'rc'; n: bigint } | null;
  post: bigint | null;
  dev: bigint | null;
  local: (bigint | string)[] | null;
}

const VERSION = new RegExp(
  '^\\s*v?' +
    '(?:([0-9]+)!)?' +
    '([0-9]+(?:\\.[0-9]+)*)' +
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]+)?)?' +
    '(?:-([0-9]+)|[-_.]?(post|rev|r)[-_.]?([0-9]+)?)?' +
    '(?:[-_.]?(dev)[-_.]?([0-9]+)?)?' +
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$',
  'i',
);

const PRE_LABEL: Record<string, 'a' | 'b' | 'rc'> = { alpha: 'a', a: 'a', beta: 'b', b: 'b', preview: 'rc', pre: 'rc', c: 'rc', rc: 'rc' };

// A plain release (`2.31.0`), most of what a lock pins: read without the full pattern.
const RELEASE = /^[0-9]+(?:\.[0-9]+)*$/;

// The normal form the tools write (`1.0rc1`, `2.9.0.post0`, `1.0.dev2`, `1.0+local.1`): a pattern a fifth the size of
// the general one, whose compiling is most of a first diff's cost when a lock has few versions that are not plain.
const NORMAL = /^(?:([0-9]+)!)?([0-9]+(?:\.[0-9]+)*)(?:(a|b|rc)([0-9]+))?(?:\.post([0-9]+))?(?:\.dev([0-9]+))?(?:\+([a-z0-9]+(?:\.[a-z0-9]+)*))?$/;

export function parsePep440(text: string): Pep440Version | null {
  if (RELEASE.test(text)) return { epoch: 0n, release: text.split('.').map(BigInt), pre: null, post: null, dev: null, local: null };
  const n = NORMAL.exec(text);
  if (n) return version(n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
  const m = VERSION.exec(text);
  if (!m) return null;
  const [, epoch, release, preL, preN, postN1, postL, postN2, devL, devN, local] = m;
  return version(epoch, release, preL, preN, postN1 ?? (postL ? (postN2 ?? '0') : undefined), devL ? (devN ?? '0') : undefined, local);
}

/** A version from its parts as matched (a missing number after a label is 0). */
function version(
  epoch: string | undefined,
  release: string,
  preL: string | undefined,
  preN: string | undefined,
  post: string | undefined,
  dev: string | undefined,
  local: string | undefined,
): Pep440Version {
  return {
    epoch: BigInt(epoch ?? 0),
    release: release.split('.').map(BigInt),
    pre: preL ? { label: PRE_LABEL[preL.toLowerCase()], n: BigInt(preN ?? 0) } : null,
    post: post !== undefined ? BigInt(post) : null,
    dev: dev !== undefined ? BigInt(dev) : null,
    local: local
      ? local
          .toLowerCase()
          .split(/[-_.]/)
          .map((s) => (/^[0-9]+$/.test(s) ? BigInt(s) : s))
      : null,
  };
}

export const isPep440 = (text: string): boolean => parsePep440(text) !== null;

const cmp = (a: bigint | string, b: bigint | string): number => (a < b ? -1 : a > b ? 1 : 0);

function cmpRelease(a: bigint[], b: bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = cmp(a[i] ?? 0n, b[i] ?? 0n);
    if (c) return c;
  }
  return 0;
}

const PRE_RANK = { a: 0, b: 1, rc: 2 };
/** Where the pre-release part places a version: a dev-only release (`1.0.dev0`) before `1.0a0`, a final one after. */
function preKey(v: Pep440Version): [number, number, bigint] {
  if (v.pre) return [0, PRE_RANK[v.pre.label], v.pre.n];
  if (v.post === null && v.dev !== null) return [-1, 0, 0n];
  return [1, 0, 0n];
}

function cmpLocal(a: (bigint | string)[] | null, b: (bigint | string)[] | null): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i],
      y = b[i];
    // A numeric segment sorts after an alphanumeric one.
    const c = typeof x === typeof y ? cmp(x, y) : typeof x === 'bigint' ? 1 : -1;
    if (c) return c;
  }
  return Math.sign(a.length - b.length);
}

export function comparePep440Parsed(a: Pep440Version, b: Pep440Version): number {
  const pa = preKey(a),
    pb = preKey(b);
  return (
    cmp(a.epoch, b.epoch) ||
    cmpRelease(a.release, b.release) ||
    pa[0] - pb[0] ||
    pa[1] - pb[1] ||
    cmp(pa[2], pb[2]) ||
    // no post-release sorts before any post-release; no dev release sorts after any dev release
    (a.post === b.post ? 0 : a.post === null ? -1 : b.post === null ? 1 : cmp(a.post, b.post)) ||
    (a.dev === b.dev ? 0 : a.dev === null ? 1 : b.dev === null ? -1 : cmp(a.dev, b.dev)) ||
    cmpLocal(a.local, b.local)
  );
}

/**
 * The order of two plain releases (`2.31.0`), trailing zeros ignored, or null when either is not one: what a lock
 * diff compares most, without a parse (numbers of 16 digits or more as BigInts).
 */
export function comparePlainReleases(a: string, b: string): number | null {
  if (!RELEASE.test(a) || !RELEASE.test(b)) return null;
  const x = a.split('.'),
    y = b.split('.');
  for (let i = 0; i < x.length || i < y.length; i++) {
    const p = x[i] ?? '0',
      q = y[i] ?? '0';
    const c = p.length < 16 && q.length < 16 ? Math.sign(Number(p) - Number(q)) : cmp(BigInt(p), BigInt(q));
    if (c) return c;
  }
  return 0;
}

/** -1, 0 or 1; a string that is not a PEP 440 version sorts before every version (and by text among such). */
export function comparePep440(a: string, b: string): number {
  const x = parsePep440(a),
    y = parsePep440(b);
  if (!x || !y) return x ? 1 : y ? -1 : cmp(a, b);
  return Math.sign(comparePep440Parsed(x, y));
}
