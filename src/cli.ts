// `go-xenv <command> [flags]`: the same pipeline as the action, from a terminal.
import { runCli } from './cli/run.ts';

process.exitCode = await runCli(process.argv.slice(2));
