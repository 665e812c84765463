// Reads one input file for the policies: bounded, refused when binary or not UTF-8, parsed by the parser its name
// (or `--parser`) chooses. Every outcome is a value: the parsed documents, or a Finding at the file (and the line
// where the parser stopped), so one bad file is a failure for that file and never stops the others.
import type { Finding } from '../core/finding.ts';
import { DocumentSyntaxError } from '../core/document.ts';
import { readBounded, DEFAULT_READ_LIMIT } from '../bounded-read.ts';
import { isUserError } from '../errors.ts';
import { parserFor, parserNamed } from './parsers/registry.ts';
import type { ParsedFile, Parser } from './parsers/parser.ts';

/** An input larger than this is not a config file: refused unread past the bound. */
export const MAX_INPUT_BYTES = DEFAULT_READ_LIMIT;

export type InputFile =
  | { status: 'parsed'; file: string; parser: string; parsed: ParsedFile }
  | { status: 'refused'; file: string; reason: 'no-parser' | 'unreadable' | 'too-large' | 'binary' | 'syntax'; finding: Finding };

export interface ReadInputOptions {
  /** The path shown in findings (relative to the workspace); the real path is read. */
  display?: string;
  /** A `--parser` name: every file is read with that parser. */
  parser?: string;
  maxBytes?: number;
}

const refused = (
  file: string,
  reason: Extract<InputFile, { status: 'refused' }>['reason'],
  message: string,
  help: string,
  line?: number,
  column?: number,
): InputFile => ({
  status: 'refused',
  file,
  reason,
  finding: { capability: 'policy', rule: `input/${reason}`, severity: 'error', message, file, line, column, help },
});

/** Whether bytes look like a binary file: a NUL byte, or text that is not UTF-8. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'it contains NUL bytes (a binary file)';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'it is not UTF-8 text';
  }
  return undefined;
}

/** Parses text already read; the same outcomes as readInputFile but for the reading. */
export function parseInput(text: string, file: string, parser: Parser): InputFile {
  try {
    return { status: 'parsed', file, parser: parser.name, parsed: parser.parse(text, file) };
  } catch (e) {
    if (!(e instanceof DocumentSyntaxError)) throw e;
    return refused(file, 'syntax', e.message, e.hint ?? 'fix the file', e.where.line, e.where.col);
  }
}

export function readInputFile(path: string, opts: ReadInputOptions = {}): InputFile {
  const file = opts.display ?? path;
  const parser = opts.parser ? parserNamed(opts.parser) : parserFor(file);
  if (!parser) return refused(file, 'no-parser', `no parser understands ${file}`, 'name a parser with --parser, or leave the file out');
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  let bytes: Buffer;
  try {
    bytes = readBounded(path, { label: 'policy input', maxBytes: max, where: { file } });
  } catch (e) {
    if (!isUserError(e)) throw e;
    // The message names the file as shown, not the runner's absolute path the bounded reader saw.
    if (e.code === 'file_too_large')
      return refused(file, 'too-large', `${file} is larger than ${max} bytes, the bound for a config file`, 'leave files this large out of the policy inputs');
    return refused(file, 'unreadable', e.message.split(path).join(file), e.hint ?? 'name a regular file inside the workspace');
  }
  const binary = binaryReason(bytes);
  if (binary) return refused(file, 'binary', `${file} is not read as ${parser.name}: ${binary}`, 'leave binary files out of the policy inputs');
  return parseInput(bytes.toString('utf8'), file, parser);
}
