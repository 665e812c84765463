// A step's details are Markdown in the job summary and plain text in a terminal: foreign text in them (names,
// compiler and smoke-run output, emulator output) is escaped by report/escape.ts for the summary, and only
// folded onto its line for a terminal, where backslash escapes would just be noise.
import type { Host } from '../host.ts';
import { escapeCell, escapeMarkdown } from '../report/escape.ts';

export interface DetailsText {
  /** A table cell. */
  cell(text: string): string;
  /** Inline text outside a table. */
  inline(text: string): string;
}

const fold = (text: string) => String(text).replace(/\r\n?|\n/g, ' ');

export const detailsText = (kind: Host['kind']): DetailsText =>
  (kind === 'terminal' ? { cell: fold, inline: fold } : { cell: escapeCell, inline: escapeMarkdown });
