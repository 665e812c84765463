// What the readers of a tool's own lock layout share (uv-scan.ts, pylock-scan.ts, requirements-written.ts): the
// patterns of its values, a TOML lock cut into the blocks after its header lines (each with its offset and its
// header's line), and a block's pattern run in place in the whole text.

/** A TOML basic string's text when it is plain (no escape, no control character). */
export const PLAIN_STRING = String.raw`[^"\\\x00-\x1f\x7f]*`;
/** A TOML integer no larger than a double holds exactly, without sign or leading zero. */
export const INT = '(?:0|[1-9][0-9]{0,14})';

/**
 * A run of hex digits that `end` follows. [0-9a-f] is two ranges, which V8 matches four times slower (measured) than
 * one range, [0-f], or a negated class, [^:-`g-\uffff]; the digits are what both take (a lookahead for the first, up
 * to `end`, then a match of the second). The run's length is the caller's to check: a counted repetition is compiled
 * as that many copies.
 */
export const hexDigits = (end: string): string => String.raw`(?=[0-f]+${end})[^:-\`g-\uffff]+`;

function newlines(s: string): number {
  let n = 0;
  for (let at = s.indexOf('\n'); at >= 0; at = s.indexOf('\n', at + 1)) n++;
  return n;
}

/** A block after a header line: its text, where it starts in the whole text, and the header's line. */
export interface HeaderBlock {
  body: string;
  at: number;
  line: number;
}

/**
 * The text cut at each `header` (a header line with the newlines before and after it, as the tools write it): the
 * top before the first, then each block after one, with the header's line (the blank line before it ends the block).
 */
export function headerBlocks(text: string, header: string): { top: string; blocks: HeaderBlock[] } {
  const parts = text.split(header);
  const blocks: HeaderBlock[] = [];
  let line = newlines(parts[0]) + 2;
  let at = parts[0].length + header.length;
  for (let i = 1; i < parts.length; i++) {
    blocks.push({ body: parts[i], at, line });
    line += newlines(parts[i]) + 2;
    at += parts[i].length + header.length;
  }
  return { top: parts[0], blocks };
}

/**
 * A block's pattern (`body`, without anchors) matched in the whole text at `at` (a block's start, or 0 for the top),
 * up to the next `header` or the end: what matching the block's own text with `^body\n*$` takes. V8 compiles a
 * pattern first run on a string under 1,000 characters to bytecode, and only on a later run to native code; on a
 * longer one, to native code at once. A block pattern's bytecode compile alone costs more than its native one and all
 * its runs over a large lock (0.9 ms against 0.3 and 0.4 for uv's pylock.toml, measured): it is never run on a
 * block's own text.
 */
export function inTextBlock(body: string, header: string): (text: string, at: number) => RegExpExecArray | null {
  const re = new RegExp(`${body}\\n*(?=${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|$)`, 'y');
  return (text, at) => {
    re.lastIndex = at;
    return re.exec(text);
  };
}
