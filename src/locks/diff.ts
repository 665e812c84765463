// The lock diff between two revisions of one lock (base and head): packages added, removed, upgraded, downgraded,
// changed otherwise (versions neither higher nor lower: an unpinned requirement, one more version of a module in a
// go.sum), made direct or indirect, and rehashed (the same version with other hashes). Versions are ordered as the
// ecosystem orders them: Go semver with pseudo-versions and +incompatible, PEP 440 for pip. Names are matched as the
// tools match them (PEP 503 for pip).
import type { Ecosystem, LockDocument, LockPackage } from './document.ts';
import { compareGoVersions, goOrderKey } from './go-version.ts';
import { comparePep440, comparePep440Parsed, comparePlainReleases, parsePep440 } from './pep440.ts';
import { pipName } from './pep508.ts';

export interface LockSide {
  name: string;
  /**
   * Every version the file lists for the package, lowest first (a go.sum lists several); for an unpinned
   * requirement its specifier or URL as written (`>=2`), null when it has neither.
   */
  versions: (string | null)[];
  direct: boolean | null;
  line: number;
  file: string;
}

export interface LockChange {
  name: string;
  base: LockSide | null;
  head: LockSide | null;
}

export interface LockVersionChange extends LockChange {
  base: LockSide;
  head: LockSide;
  /** The highest version on each side (as in `versions`). */
  from: string | null;
  to: string | null;
}

export interface LockRehash extends LockChange {
  base: LockSide;
  head: LockSide;
  version: string | null;
  addedHashes: string[];
  removedHashes: string[];
}

export interface LockDiff {
  ecosystem: Ecosystem;
  base: { file: string; format: LockDocument['format'] };
  head: { file: string; format: LockDocument['format'] };
  added: (LockChange & { head: LockSide })[];
  removed: (LockChange & { base: LockSide })[];
  upgraded: LockVersionChange[];
  downgraded: LockVersionChange[];
  changed: LockVersionChange[];
  madeDirect: LockVersionChange[];
  madeIndirect: LockVersionChange[];
  rehashed: LockRehash[];
}

export const compareVersions = (ecosystem: Ecosystem, a: string, b: string): number => (ecosystem === 'go' ? compareGoVersions(a, b) : comparePep440(a, b));

type Order = (a: string | null, b: string | null) => number | null;

/** Each version parsed once per diff (both sides name most of them; a parse is most of a comparison's cost). */
function parsedBy<P>(parse: (v: string) => P | null): (v: string | null) => P | null {
  const parsed = new Map<string, P | null>();
  return (v) => {
    if (v === null) return null;
    let p = parsed.get(v);
    if (p === undefined) parsed.set(v, (p = parse(v)));
    return p;
  };
}

/** The order of two versions, or null when one is not a version (an unpinned requirement): neither up nor down. */
function orderFor(eco: Ecosystem): Order {
  if (eco === 'go') {
    const key = parsedBy(goOrderKey);
    return (a, b) => {
      const x = key(a),
        y = key(b);
      return x !== null && y !== null ? (x < y ? -1 : x > y ? 1 : 0) : null;
    };
  }
  const parse = parsedBy(parsePep440);
  return (a, b) => {
    const plain = a !== null && b !== null ? comparePlainReleases(a, b) : null;
    if (plain !== null) return plain;
    const x = parse(a),
      y = parse(b);
    return x && y ? Math.sign(comparePep440Parsed(x, y)) : null;
  };
}

const sortKey = (order: Order) => (a: string | null, b: string | null) => order(a, b) ?? (a === b ? 0 : a === null || (b !== null && a < b) ? -1 : 1);

/** What stands for the version of an entry that pins none: the requirement's specifier or URL. */
const versionOf = (p: LockPackage): string | null =>
  p.version ?? ('specifier' in p && typeof p.specifier === 'string' && p.specifier ? p.specifier : 'url' in p && typeof p.url === 'string' ? p.url : null);

interface Group {
  key: string;
  /** Its versions in file order until the side enters the diff (`sorted`): most sides of a lock are unchanged. */
  side: LockSide;
  packages: LockPackage[];
}

function group(doc: LockDocument): Map<string, Group> {
  const pip = doc.ecosystem === 'pip';
  const out = new Map<string, Group>();
  const packages: LockPackage[] = doc.packages;
  for (let i = 0; i < packages.length; i++) {
    const p = packages[i];
    const k = pip ? pipName(p.name) : p.name;
    const g = out.get(k);
    if (!g) {
      out.set(k, {
        key: k,
        side: { name: p.name, versions: [p.version ?? versionOf(p)], direct: p.direct, line: p.line, file: p.file ?? doc.file },
        packages: [p],
      });
      continue;
    }
    g.packages.push(p);
    const v = p.version ?? versionOf(p);
    if (!g.side.versions.includes(v)) g.side.versions.push(v);
    // Direct if any entry of it is direct; unknown only if every entry is.
    if (p.direct !== null) g.side.direct = (g.side.direct ?? false) || p.direct;
  }
  return out;
}

const highest = (s: LockSide) => s.versions[s.versions.length - 1];

function sameList(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function rehash(name: string, base: Group, head: Group): LockRehash | null {
  for (const b of base.packages) {
    if (!b.hashes.length) continue;
    const h = head.packages.find((p) => p.version === b.version && p.markers === b.markers);
    if (!h || !h.hashes.length || sameList(b.hashes, h.hashes)) continue;
    // Sets: a package with wheels for every platform lists hundreds of hashes.
    const inBase = new Set(b.hashes),
      inHead = new Set(h.hashes);
    const removed = b.hashes.filter((x) => !inHead.has(x));
    const added = h.hashes.filter((x) => !inBase.has(x));
    if (removed.length || added.length) return { name, base: base.side, head: head.side, version: b.version, addedHashes: added, removedHashes: removed };
  }
  return null;
}

export function diffLocks(base: LockDocument, head: LockDocument): LockDiff {
  if (base.ecosystem !== head.ecosystem) throw new Error(`diffLocks: ${base.file} is ${base.ecosystem}, ${head.file} is ${head.ecosystem}`);
  const eco = base.ecosystem;
  const diff: LockDiff = {
    ecosystem: eco,
    base: { file: base.file, format: base.format },
    head: { file: head.file, format: head.format },
    added: [],
    removed: [],
    upgraded: [],
    downgraded: [],
    changed: [],
    madeDirect: [],
    madeIndirect: [],
    rehashed: [],
  };
  const order = orderFor(eco);
  const byVersion = sortKey(order);
  /** The side with its versions lowest first, as the diff gives every side (called once for each side it gives). */
  const sorted = (s: LockSide): LockSide => {
    if (s.versions.length > 1) s.versions.sort(byVersion);
    return s;
  };
  const b = group(base),
    h = group(head);
  for (const g of b.values()) if (!h.has(g.key)) diff.removed.push({ name: g.side.name, base: sorted(g.side), head: null });
  for (const hg of h.values()) {
    const bg = b.get(hg.key);
    if (!bg) {
      diff.added.push({ name: hg.side.name, base: null, head: sorted(hg.side) });
      continue;
    }
    const bs = bg.side,
      hs = hg.side;
    const sameSet =
      bs.versions.length === hs.versions.length &&
      (bs.versions.length === 1 ? bs.versions[0] === hs.versions[0] : bs.versions.every((v) => hs.versions.includes(v)));
    const flipped = bs.direct !== null && hs.direct !== null && bs.direct !== hs.direct;
    // One entry a side with the same hashes (or none), the common case, is decided here: `rehash` is not called.
    const b1 = sameSet && bg.packages.length === 1 && hg.packages.length === 1 ? bg.packages[0].hashes : null;
    const r = !sameSet || (b1 && (!b1.length || sameList(b1, hg.packages[0].hashes))) ? null : rehash(hs.name, bg, hg);
    if (sameSet && !r && !flipped) continue;
    sorted(bs);
    sorted(hs);
    if (r) diff.rehashed.push(r);
    if (sameSet && !flipped) continue;
    const change: LockVersionChange = { name: hs.name, base: bs, head: hs, from: highest(bs), to: highest(hs) };
    if (!sameSet) {
      const c = order(change.from, change.to);
      (c === null || c === 0 ? diff.changed : c < 0 ? diff.upgraded : diff.downgraded).push(change);
    }
    if (flipped) (hs.direct ? diff.madeDirect : diff.madeIndirect).push(change);
  }
  const byName = (x: LockChange, y: LockChange) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
  for (const list of [diff.added, diff.removed, diff.upgraded, diff.downgraded, diff.changed, diff.madeDirect, diff.madeIndirect, diff.rehashed])
    list.sort(byName);
  return diff;
}
