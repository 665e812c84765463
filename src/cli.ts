// `go-xenv <command> [flags]`: the same pipeline as the action, from a terminal.
import { enableCompileCacheIfAny } from './compile-cache.ts';

enableCompileCacheIfAny();
// Imported after the cache is on, so that the bundle's code is compiled through it.
const { runCli } = await import('./cli/run.ts');
process.exitCode = await runCli(process.argv.slice(2));
