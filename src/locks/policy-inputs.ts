// A lock file as a policy input (names.ts registers the formats): the normalized lock document as `input`. A lock
// that does not parse throws the DocumentSyntaxError the policy runner turns into a failure at the lock's line. A
// requirements file's `-r`/`-c` includes are not followed here (a parser sees one file's text): they stay in the
// document's `includes`.
import { basename } from 'node:path';
import { DocumentSyntaxError, type KeyPath } from '../core/document.ts';
import type { LockDocument, LockFormat } from './document.ts';
import { parseLockText } from './parse.ts';

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

/** The input parser of `format`: the normalized lock document, or a DocumentSyntaxError at the lock's line. */
export const lockInputParser = (format: LockFormat) => ({
  parse(text: string, file: string) {
    const r = parseLockText(text, file, { format });
    if (!r.ok) throw new DocumentSyntaxError(r.error.file, r.error.message, r.error.line, r.error.column, basename(format));
    const doc = r.document;
    return { value: doc, documents: [doc], lineOf: (_i: number, path: KeyPath) => lineOf(doc, path) };
  },
});
