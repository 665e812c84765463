// conftest's combined document (`--combine`, parse_combined_config_files): one `{path, contents}` per document (a
// multi-document file gives several), ordered by path.
import type { InputFile } from './input-file.ts';

export type ParsedInput = Extract<InputFile, { status: 'parsed' }>;

export function combinedDocument(parsed: readonly ParsedInput[]): unknown[] {
  const byPath = [...parsed].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return byPath.flatMap((p) => p.parsed.documents.map((contents) => ({ path: p.file, contents })));
}
