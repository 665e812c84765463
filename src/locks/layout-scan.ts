// What the readers of a tool's own lock layout share (uv-scan.ts, pylock-scan.ts, requirements-written.ts): the
// patterns of its values, and a TOML lock cut into the blocks after its header lines, each with its header's line.

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

/**
 * The text cut at each `header` (a header line with the newlines before and after it, as the tools write it): the
 * top before the first, then each block after one, with the header's line (the blank line before it ends the block).
 */
export function headerBlocks(text: string, header: string): { top: string; blocks: { body: string; line: number }[] } {
  const parts = text.split(header);
  const blocks: { body: string; line: number }[] = [];
  let line = newlines(parts[0]) + 2;
  for (let i = 1; i < parts.length; i++) {
    blocks.push({ body: parts[i], line });
    line += newlines(parts[i]) + 2;
  }
  return { top: parts[0], blocks };
}
