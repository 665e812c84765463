// The interface every input parser implements, as conftest's parser package has one per format. A parser turns a
// file's text into the value conftest's parser of that format yields (what `conftest parse` prints) and keeps the
// source line of each key path, so a policy result naming a path lands on that line.
import { lineNear, type KeyPath, type PositionedDocument } from '../../core/document.ts';

export interface ParsedFile {
  /** The value conftest's parser yields for the file. */
  value: unknown;
  /** What policies see as `input`, one evaluation each: the items of a top-level list (as conftest splits it). */
  documents: unknown[];
  /** The line of `path` inside `documents[docIndex]`, when the format keeps it. */
  lineOf(docIndex: number, path: KeyPath): number | undefined;
}

/** What the registry knows of a format without loading its implementation: its names and its file-name test. */
export interface ParserFormat {
  /** The `--parser` name, as conftest names it. */
  name: string;
  /** Lower-case extensions without the dot (`yaml`, `tf`). */
  extensions: readonly string[];
  /** Whether a lower-case base name is this format regardless of extension (`dockerfile.dev`, `.env.prod`). */
  fileName?: (base: string) => boolean;
  /**
   * A format conftest has no parser for (sshd_config, logrotate, the locks): read when a file is named or selected by
   * the action's globs, skipped when `policy test` walks a directory, as conftest skips it (its policies never expect it).
   */
  ownFormat?: boolean;
}

/** A format's implementation (its module is loaded on first need). */
export interface ParserImpl {
  /** Throws DocumentSyntaxError (file, line, message) when the text does not parse. */
  parse(text: string, file: string): ParsedFile;
}

export interface Parser extends ParserFormat, ParserImpl {}

/** A format as it is registered: its data now, its implementation when `load` is awaited. */
export interface LazyParser extends ParserFormat {
  load(): Promise<ParserImpl>;
}

/** One positioned document, split into inputs as conftest splits a top-level list. */
export function fromDocument(doc: PositionedDocument): ParsedFile {
  if (Array.isArray(doc.value)) {
    return { value: doc.value, documents: doc.value, lineOf: (i, path) => doc.lineOf([i, ...path]) };
  }
  return { value: doc.value, documents: [doc.value], lineOf: (_i, path) => doc.lineOf(path) };
}

/** The line a finding about `path` in document `docIndex` is reported at: its own, an ancestor's, or 1. */
export const lineFor = (parsed: ParsedFile, docIndex: number, path: KeyPath): number =>
  lineNear({ value: parsed.documents[docIndex], lineOf: (p) => parsed.lineOf(docIndex, p) }, path);
