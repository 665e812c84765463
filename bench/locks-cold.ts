// Helper of locks.bench.ts: the first parse of the given locks (pairs of base and head paths) and their diffs in a
// fresh process, after the files are read: what one action or CLI run pays, since it reads each lock once, before
// the JIT has seen the parsers. Prints the wall and the CPU milliseconds (CPU of every thread: the optimizing
// compiler's and the collector's included).
//
// Run with --expose-gc, for two collections. Before the timing, a full one: the young objects of Node's start and of
// the module load (most of them live) are part of the load, left out with it; right after it, the first scavenge
// of a process copies them all, so it would land in the timing here, where the action, which reads its locks long
// after its start, has collected them before. At the end of the timing, a minor one: what the parse and diff keep
// is copied once, as the next scavenge would (garbage costs a scavenge nothing).
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { diffLocks, parseLockText, type LockDocument } from '../src/locks/index.ts';

const gc = (globalThis as { gc?: (o: { type: 'major' | 'minor' }) => void }).gc;
if (!gc) throw new Error('locks-cold: run with --expose-gc');
const texts = process.argv.slice(2).map((p) => [`${basename(dirname(p))}/${basename(p)}`, readFileSync(p, 'utf8')]);
gc({ type: 'major' });
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const docs = texts.map(([rel, text]): LockDocument => {
  const r = parseLockText(text, rel);
  if (!r.ok) throw new Error(`${rel}: ${r.error.message}`);
  return r.document;
});
const diffs = [];
for (let i = 0; i < docs.length; i += 2) diffs.push(diffLocks(docs[i], docs[i + 1]));
gc({ type: 'minor' });
const cpu = process.cpuUsage(cpu0);
console.log(`${(performance.now() - t0).toFixed(3)} ${((cpu.user + cpu.system) / 1000).toFixed(3)} ${diffs.length}`);
