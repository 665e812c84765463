// Helper of rego.bench.ts: the first compile of the given modules in a fresh process (what one CLI run pays, before
// the JIT has seen the compiler), in milliseconds on stdout.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compile, loadBuiltinsFor } from '../src/rego/index.ts';

const modules = process.argv.slice(2).map((f) => ({ file: basename(f), source: readFileSync(f, 'utf8') }));
// The builtin families the modules name load before the compile, as in the CLI.
await loadBuiltinsFor(modules.map((m) => m.source));
const t = process.hrtime.bigint();
compile(modules, {}, { v0For: (f: string) => f === 'compose.rego' });
console.log((Number(process.hrtime.bigint() - t) / 1e6).toFixed(2));
