// A section is Markdown in the job summary and the PR comment, and plain text in a terminal: foreign text in it (names,
// compiler and smoke-run output, emulator output) is escaped by report/escape.ts for Markdown, and only folded onto
// its line for a terminal, where backslash escapes would just be noise.
import { escapeCell, escapeMarkdown } from '../escape.ts';

export type Style = 'markdown' | 'text';

export interface InlineText {
  /** A table cell. */
  cell(text: string): string;
  /** Inline text outside a table. */
  inline(text: string): string;
}

const fold = (text: string) => String(text).replace(/\r\n?|\n/g, ' ');

export const inlineText = (style: Style): InlineText => (style === 'text' ? { cell: fold, inline: fold } : { cell: escapeCell, inline: escapeMarkdown });
