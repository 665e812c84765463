// Helper of locks.bench.ts: the least any reader in JavaScript could do with the same locks, in a fresh process, timed
// as bench/locks-cold.ts times ours (a full collection before, a minor one after; run with --expose-gc). Each
// revision's packages are cut out with native splits and searches alone: name, version and hashes, nothing checked
// (a damaged lock is read as if it were whole), no other field, no version order; the diff only compares names,
// versions and hashes as text. What ours does on top of this (checking every line, ordering versions, the full
// document and diff) is what the goal leaves room for, or not. Prints the wall and CPU milliseconds.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface Pkg {
  name: string;
  version: string | null;
  hashes: string[];
}

/** A TOML lock's `[[header]]` blocks: the name and version on their first lines, the hashes after `before`. */
function tomlBlocks(text: string, header: string, before: string, hash: (rest: string) => string): Pkg[] {
  const out: Pkg[] = [];
  const blocks = text.split(header);
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i];
    const nameEnd = b.indexOf('"', 8);
    const v = b.indexOf('version = "', nameEnd);
    const parts = b.split(before);
    const hashes: string[] = [];
    for (let j = 1; j < parts.length; j++) hashes.push(hash(parts[j]));
    out.push({ name: b.slice(8, nameEnd), version: v < 0 ? null : b.slice(v + 11, b.indexOf('"', v + 11)), hashes });
  }
  return out;
}

function goMod(text: string): Pkg[] {
  const out: Pkg[] = [];
  for (const l of text.split('\n')) {
    if (l.charCodeAt(0) !== 9) continue;
    const a = l.indexOf(' ');
    const b = l.indexOf(' ', a + 1);
    out.push({ name: l.slice(1, a), version: b < 0 ? l.slice(a + 1) : l.slice(a + 1, b), hashes: [] });
  }
  return out;
}

function goSum(text: string): Pkg[] {
  const f = text.split(/[ \n]/);
  const out: Pkg[] = [];
  let p: Pkg | undefined;
  for (let i = 0; i + 2 < f.length; i += 3) {
    const goModLine = f[i + 1].endsWith('/go.mod');
    const version = goModLine ? f[i + 1].slice(0, -7) : f[i + 1];
    if (!p || p.version !== version || p.name !== f[i]) out.push((p = { name: f[i], version, hashes: [] }));
    if (!goModLine) p.hashes.push(f[i + 2]);
  }
  return out;
}

const READERS: Record<string, (text: string) => Pkg[]> = {
  'go.mod': goMod,
  'go.sum': goSum,
  'uv.lock': (t) => tomlBlocks(t, '\n[[package]]\n', 'hash = "', (rest) => rest.slice(0, rest.indexOf('"'))),
  'pylock.toml': (t) => tomlBlocks(t, '\n[[packages]]\n', 'sha256 = "', (rest) => `sha256:${rest.slice(0, 64)}`),
};

const byName = (list: Pkg[]) => {
  const m = new Map<string, Pkg[]>();
  for (const p of list) {
    const g = m.get(p.name);
    if (g) g.push(p);
    else m.set(p.name, [p]);
  }
  return m;
};

const same = (a: Pkg[], b: Pkg[]) =>
  a.length === b.length && a.every((p, i) => p.version === b[i].version && p.hashes.length === b[i].hashes.length && p.hashes.every((h, j) => h === b[i].hashes[j]));

/** Per name: added, removed, or changed (other versions, in file order, or other hashes). */
function diff(base: Pkg[], head: Pkg[]): string[][] {
  const before = byName(base);
  const after = byName(head);
  const out: string[][] = [];
  for (const [name, list] of after) {
    const was = before.get(name);
    if (!was) out.push(['added', name]);
    else if (!same(was, list)) out.push(['changed', name]);
  }
  for (const name of before.keys()) if (!after.has(name)) out.push(['removed', name]);
  return out;
}

const gc = (globalThis as { gc?: (o: { type: 'major' | 'minor' }) => void }).gc;
if (!gc) throw new Error('locks-floor: run with --expose-gc');
const files = process.argv.slice(2).map((p) => {
  const read = READERS[basename(p)];
  if (!read) throw new Error(`locks-floor: no floor reader for ${basename(p)}`);
  return { read, text: readFileSync(p, 'utf8') };
});
gc({ type: 'major' });
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const docs = files.map((f) => f.read(f.text));
const diffs = [];
for (let i = 0; i < docs.length; i += 2) diffs.push(diff(docs[i], docs[i + 1]));
gc({ type: 'minor' });
const cpu = process.cpuUsage(cpu0);
console.log(`${(performance.now() - t0).toFixed(3)} ${((cpu.user + cpu.system) / 1000).toFixed(3)} ${diffs.length}`);
