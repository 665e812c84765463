// Which lock format a file name says: apart from the parsers, so a registry of lock formats (the policy inputs) knows
// the names without loading them.
import { basename } from 'node:path';
import type { LockFormat } from './document.ts';

/** Every lock format the reader knows. */
export const LOCK_FORMATS: readonly LockFormat[] = ['go.mod', 'go.sum', 'go.work', 'requirements.txt', 'poetry.lock', 'Pipfile.lock', 'uv.lock', 'pylock.toml'];

/** The format a file name says, or null: `requirements*.txt` and PEP 751's `pylock.<name>.toml` included. */
export function lockFormatOf(file: string): LockFormat | null {
  const name = basename(file);
  if (name === 'go.mod' || name === 'go.sum' || name === 'go.work' || name === 'poetry.lock' || name === 'Pipfile.lock' || name === 'uv.lock') return name;
  if (/^pylock(\.[^.]+)?\.toml$/.test(name)) return 'pylock.toml';
  if (/^requirements.*\.txt$/.test(name)) return 'requirements.txt';
  return null;
}
