// The locks capability's light surface: which files are locks, as data, for the policy parser registry (the pipeline
// hands it these descriptors: a capability does not import another). A lock's parser (the lock parsers and
// smol-toml) loads when the registry loads that format, so a policy run that reads no lock never loads them.
import type { KeyPath } from '../core/document.ts';
import type { LockFormat } from './document.ts';
import { LOCK_FORMATS, lockFormatOf } from './lock-format.ts';

export interface LockInputParser {
  name: string;
  extensions: readonly string[];
  fileName: (base: string) => boolean;
  /** Not a conftest format: skipped when `policy test` walks a directory. */
  ownFormat: true;
  load(): Promise<{ parse(text: string, file: string): { value: unknown; documents: unknown[]; lineOf(docIndex: number, path: KeyPath): number | undefined } }>;
}

/** `fileName` gets the lower-cased base name (the registry's convention); the lock formats are named case-sensitively. */
const nameMatches = (format: LockFormat) => (base: string) => lockFormatOf(base === 'pipfile.lock' ? 'Pipfile.lock' : base) === format;

export const lockInputParsers = (): LockInputParser[] =>
  LOCK_FORMATS.map((format) => ({
    name: format.toLowerCase(),
    extensions: [],
    fileName: nameMatches(format),
    ownFormat: true,
    load: async () => (await import('./policy-inputs.ts')).lockInputParser(format),
  }));
