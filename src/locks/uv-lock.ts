// uv.lock as a document. A lock as uv writes it is read block by block (uv-scan.ts); any other text goes through the
// TOML reader, which gives the same document, and every error.
import type { UvLockDocument } from './document.ts';
import { catchLockError, type LockParseResult } from './lock-error.ts';
import { entries, parseToml } from './toml-source.ts';
import { entryOf, uvTop, withEntries } from './uv-entries.ts';
import { scanUvLock } from './uv-scan.ts';

/** The lock read by the TOML reader: any text, every error. */
export function readUvLockToml(text: string, file: string): UvLockDocument {
  const doc = parseToml(text, file);
  const { out, members } = uvTop(doc, file);
  // One entry at a time, so that the first wrong field in file order is the error.
  function* read() {
    for (const { entry, line } of entries(doc, text, file, 'package')) yield entryOf(entry, line, file);
  }
  return withEntries(out, members, read());
}

export const parseUvLockText = (text: string, file: string): UvLockDocument => scanUvLock(text, file) ?? readUvLockToml(text, file);

export const parseUvLock = (text: string, file: string): LockParseResult<UvLockDocument> => catchLockError(file, () => parseUvLockText(text, file));
