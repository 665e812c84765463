// `go-xenv <command> [flags]`: the same pipeline as the action, from a terminal. The bundle's cli.js turns Node's
// compile cache on before it imports this (scripts/build.mjs); cli/run.ts imports only what `--help` needs.
import { runCli } from './cli/run.ts';

process.exitCode = await runCli(process.argv.slice(2));
