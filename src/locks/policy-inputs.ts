// The lock files as policy inputs: one input parser per lock format, in the shape of the policy runner's parsers
// (name, extensions, fileName, parse), so a policy sees the normalized lock document as `input`. The pipeline hands
// them to the policy parser registry (a capability does not import another): each format's names now, its parser
// (the lock parsers and smol-toml) loaded when the registry loads it, so a policy run without locks never loads them. A lock that does not parse throws the
// DocumentSyntaxError the policy runner turns into a failure at the lock's line. A requirements file's `-r`/`-c`
// includes are not followed here (a parser sees one file's text): they stay in the document's `includes`.
import { basename } from 'node:path';
import { DocumentSyntaxError, type KeyPath } from '../core/document.ts';
import type { LockDocument, LockFormat } from './document.ts';
import { lockFormatOf } from './lock-format.ts';

export interface LockInputParser {
  name: string;
  extensions: readonly string[];
  fileName: (base: string) => boolean;
  /** Not a conftest format: skipped when `policy test` walks a directory. */
  ownFormat: true;
  load(): Promise<{ parse(text: string, file: string): { value: unknown; documents: unknown[]; lineOf(docIndex: number, path: KeyPath): number | undefined } }>;
}

const FORMATS: readonly LockFormat[] = ['go.mod', 'go.sum', 'go.work', 'requirements.txt', 'poetry.lock', 'Pipfile.lock', 'uv.lock', 'pylock.toml'];

/** `fileName` gets the lower-cased base name (the registry's convention); the lock formats are named case-sensitively. */
const nameMatches = (format: LockFormat) => (base: string) => lockFormatOf(base === 'pipfile.lock' ? 'Pipfile.lock' : base) === format;

/** The line of the deepest object on `path` that carries a `line` (each package, replace, option... does). */
function lineOf(doc: LockDocument, path: KeyPath): number | undefined {
  let node: unknown = doc;
  let line: number | undefined;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) break;
    node = (node as Record<string | number, unknown>)[key];
    const l = (node as { line?: unknown } | null)?.line;
    if (typeof l === 'number') line = l;
  }
  return line;
}

export const lockInputParsers = (): LockInputParser[] =>
  FORMATS.map((format) => ({
    name: format.toLowerCase(),
    extensions: [],
    fileName: nameMatches(format),
    ownFormat: true,
    async load() {
      const { parseLockText } = await import('./parse.ts');
      return {
        parse(text: string, file: string) {
          const r = parseLockText(text, file, { format });
          if (!r.ok) throw new DocumentSyntaxError(r.error.file, r.error.message, r.error.line, r.error.column, basename(format));
          const doc = r.document;
          return { value: doc, documents: [doc], lineOf: (_i: number, path: KeyPath) => lineOf(doc, path) };
        },
      };
    },
  }));
