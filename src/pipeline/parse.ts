// Wiring of `go-xenv parse <files...>`: each file's document as JSON, as `conftest parse` prints it (one file: its
// document; several: an object keyed by file). Lock files (go.mod, go.sum, requirements*.txt, poetry.lock, ...) go to
// the locks capability and print the normalized lock document; every other file to the policy input parsers. A file
// that does not parse stops the command with its file:line (exit 3), as conftest stops.
import { relative } from 'node:path';
import type { JsonValue } from '../core/result.ts';
import { UserError } from '../errors.ts';
import { LOCK_FORMATS, lockFormatOf, readLock } from '../locks/index.ts';
import { loadParsersFor, parserNames, readInputFile } from '../policy/index.ts';
import { resolveInside } from '../workspace-path.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

async function parseOne(workspace: string, file: string, parser: string | undefined): Promise<unknown> {
  const abs = resolveInside(workspace, file, { label: 'file to parse' });
  const shown = relative(workspace, abs) || file;
  const lockFormat = parser ? LOCK_FORMATS.find((f) => f.toLowerCase() === parser.toLowerCase()) : lockFormatOf(shown);
  if (lockFormat) {
    const r = readLock(workspace, shown, { format: lockFormat });
    if (r.ok) return r.document;
    throw new UserError(r.error.message, { where: { file: r.error.file, line: r.error.line, col: r.error.column }, hint: 'fix the lock file, or regenerate it with its tool', code: `lock_${r.error.code}` });
  }
  await loadParsersFor([shown], parser);
  const input = readInputFile(abs, { display: shown, parser });
  if (input.status === 'parsed') return input.parsed.value;
  const f = input.finding;
  throw new UserError(f.message, { where: { file: f.file, line: f.line, col: f.column }, hint: f.help, code: `parse_${input.reason}` });
}

export const parseCommand: Command = {
  name: 'parse',
  findingsInText: true,
  summary: 'Print the documents policies see for config and lock files, as JSON (like `conftest parse`)',
  usage: 'parse <files...> [--parser NAME]',
  flags: [{ name: 'parser', description: `read every file with this parser: ${[...parserNames(), ...LOCK_FORMATS].join(', ')}` }],
  async run(ctx: CommandContext): Promise<StepResult[]> {
    if (!ctx.args.length) throw new UserError('usage: go-xenv parse <files...> [--parser NAME]', { hint: 'name at least one file' });
    const parser = typeof ctx.flags.parser === 'string' ? ctx.flags.parser : undefined;
    if (parser && !LOCK_FORMATS.some((f) => f.toLowerCase() === parser.toLowerCase()) && !parserNames().includes(parser.toLowerCase())) {
      throw new UserError(`unknown parser ${JSON.stringify(parser)}`, { hint: `use one of: ${[...parserNames(), ...LOCK_FORMATS].join(', ')}`, code: 'unknown_parser' });
    }
    const workspace = resolveInside(ctx.config.workspace, '.', { label: 'workspace' });
    const docs: Record<string, unknown> = {};
    for (const file of ctx.args) docs[file] = await parseOne(workspace, file, parser);
    const data = ctx.args.length === 1 ? docs[ctx.args[0]] : docs;
    return [{ step: 'parse', status: 'ok', title: `parse: ${ctx.args.length} file(s)`, findings: [], data: data as JsonValue }];
  },
  // The documents are the output, with or without --json.
  json: (results) => results[0]?.data,
  text: (results) => JSON.stringify(results[0]?.data, null, 2),
};
