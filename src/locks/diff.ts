// The lock diff between two revisions of one lock (base and head): packages added, removed, upgraded, downgraded,
// changed otherwise (versions neither higher nor lower: an unpinned requirement, one more version of a module in a
// go.sum), made direct or indirect, and rehashed (the same version with other hashes). Versions are ordered as the
// ecosystem orders them: Go semver with pseudo-versions and +incompatible, PEP 440 for pip. Names are matched as the
// tools match them (PEP 503 for pip).
import type { Ecosystem, LockDocument, LockPackage } from './document.ts';
import { compareGoVersions } from './go-version.ts';
import { comparePep440 } from './pep440.ts';
import { pipName } from './pep508.ts';

export interface LockSide {
  name: string;
  /** Every version the file lists for the package, lowest first (a go.sum lists several). */
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
  /** The highest version on each side. */
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

function cmpNullable(eco: Ecosystem, a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareVersions(eco, a, b);
}

interface Group {
  side: LockSide;
  packages: LockPackage[];
}

function group(doc: LockDocument): Map<string, Group> {
  const key = doc.ecosystem === 'pip' ? pipName : (n: string) => n;
  const out = new Map<string, Group>();
  for (const p of doc.packages) {
    const k = key(p.name);
    const g = out.get(k);
    if (!g) {
      out.set(k, { side: { name: p.name, versions: [p.version], direct: p.direct, line: p.line, file: p.file ?? doc.file }, packages: [p] });
      continue;
    }
    g.packages.push(p);
    if (!g.side.versions.includes(p.version)) g.side.versions.push(p.version);
    // Direct if any entry of it is direct; unknown only if every entry is.
    if (p.direct !== null) g.side.direct = (g.side.direct ?? false) || p.direct;
  }
  for (const g of out.values()) g.side.versions.sort((a, b) => cmpNullable(doc.ecosystem, a, b));
  return out;
}

const highest = (s: LockSide) => s.versions[s.versions.length - 1];

function rehash(name: string, base: Group, head: Group): LockRehash | null {
  for (const b of base.packages) {
    const h = head.packages.find((p) => p.version === b.version && p.markers === b.markers);
    if (!h || !b.hashes.length || !h.hashes.length) continue;
    const removed = b.hashes.filter((x) => !h.hashes.includes(x));
    const added = h.hashes.filter((x) => !b.hashes.includes(x));
    if (removed.length || added.length) return { name, base: base.side, head: head.side, version: b.version, addedHashes: added, removedHashes: removed };
  }
  return null;
}

export function diffLocks(base: LockDocument, head: LockDocument): LockDiff {
  if (base.ecosystem !== head.ecosystem) throw new Error(`diffLocks: ${base.file} is ${base.ecosystem}, ${head.file} is ${head.ecosystem}`);
  const eco = base.ecosystem;
  const diff: LockDiff = {
    ecosystem: eco, base: { file: base.file, format: base.format }, head: { file: head.file, format: head.format },
    added: [], removed: [], upgraded: [], downgraded: [], changed: [], madeDirect: [], madeIndirect: [], rehashed: [],
  };
  const b = group(base), h = group(head);
  for (const [k, g] of b) if (!h.has(k)) diff.removed.push({ name: g.side.name, base: g.side, head: null });
  for (const [k, hg] of h) {
    const bg = b.get(k);
    if (!bg) {
      diff.added.push({ name: hg.side.name, base: null, head: hg.side });
      continue;
    }
    const change: LockVersionChange = { name: hg.side.name, base: bg.side, head: hg.side, from: highest(bg.side), to: highest(hg.side) };
    const sameSet = bg.side.versions.length === hg.side.versions.length && bg.side.versions.every((v) => hg.side.versions.includes(v));
    if (!sameSet) {
      const c = cmpNullable(eco, change.from, change.to);
      (c < 0 ? diff.upgraded : c > 0 ? diff.downgraded : diff.changed).push(change);
    } else {
      const r = rehash(hg.side.name, bg, hg);
      if (r) diff.rehashed.push(r);
    }
    if (bg.side.direct !== null && hg.side.direct !== null && bg.side.direct !== hg.side.direct) (hg.side.direct ? diff.madeDirect : diff.madeIndirect).push(change);
  }
  const byName = (x: LockChange, y: LockChange) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
  for (const list of [diff.added, diff.removed, diff.upgraded, diff.downgraded, diff.changed, diff.madeDirect, diff.madeIndirect, diff.rehashed]) list.sort(byName);
  return diff;
}
