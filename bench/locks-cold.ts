// Helper of locks.bench.ts: the first parse of the given locks (pairs of base and head paths) and their diffs in a
// fresh process, after the files are read: what one action or CLI run pays, since it reads each lock once, before
// the JIT has seen the parsers. Prints the wall and the CPU milliseconds (CPU of every thread: the optimizing
// compiler's and the collector's included).
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { diffLocks, parseLockText, type LockDocument } from '../src/locks/index.ts';

const texts = process.argv.slice(2).map((p) => [`${basename(dirname(p))}/${basename(p)}`, readFileSync(p, 'utf8')]);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const docs = texts.map(([rel, text]): LockDocument => {
  const r = parseLockText(text, rel);
  if (!r.ok) throw new Error(`${rel}: ${r.error.message}`);
  return r.document;
});
for (let i = 0; i < docs.length; i += 2) diffLocks(docs[i], docs[i + 1]);
const cpu = process.cpuUsage(cpu0);
console.log(`${(performance.now() - t0).toFixed(3)} ${((cpu.user + cpu.system) / 1000).toFixed(3)}`);
