// The committed fixtures (made by scripts/make-lock-fixtures.sh with the real tools), read for the tests and the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLockText } from './parse.ts';
import type { LockDocument } from './document.ts';

export const TESTDATA = join(import.meta.dirname, 'testdata');

export const fixtureText = (rel: string): string => readFileSync(join(TESTDATA, rel), 'utf8');

/** The fixture's document (named by its path under testdata/); a parse error fails loudly. */
export function fixture<D extends LockDocument>(rel: string): D {
  const r = parseLockText(fixtureText(rel), rel, { format: rel.endsWith('.pip.toml') ? 'pylock.toml' : undefined });
  if (!r.ok) throw new Error(`${rel}: ${JSON.stringify(r.error)}`);
  return r.document as D;
}
