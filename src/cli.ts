// `go-xenv <command> [flags]`: the same pipeline as the action, from a terminal.
import { enableCompileCacheIfAny } from './compile-cache.ts';
import { runCli } from './cli/run.ts';

// cli/run.ts imports only what `--help` needs; every capability loads later, through the cache once it is on.
enableCompileCacheIfAny();
process.exitCode = await runCli(process.argv.slice(2));
