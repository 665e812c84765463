// requirements.txt in the layout pip-compile and uv pip compile write: a header of comments, then each requirement on
// a line of its own, its `--hash=sha256:` options on indented continuation lines, pip-compile's `# via` under it.
// One native match takes a requirement with its hashes and annotation, and a native split cuts the hashes out: the
// general reader (requirements.ts) joins, tokenizes and checks every continuation line, thousands in a large lock.
// Any other text (an option line, an include, an editable requirement, a `#` in a line, CRLF, an indented or a `via`
// comment between requirements) is left to that reader, which gives the same document (a test holds them to it).
import type { RequirementsDocument } from './document.ts';
import { hexDigits } from './layout-scan.ts';
import { parseRequirement } from './pep508.ts';
import { requirementEntry, viaComment } from './requirement-entry.ts';

// The words of a requirement, one space apart (the general reader joins its tokens so), none an option, a comment
// or a continuation.
const WORD = '[^\\s\\\\#-][^\\s\\\\#]*';
const HEADER = /(?:#[^\n]*\n|\n)*/y;
// Between requirements: blank lines, and comments at the line's start that are no `# via` and continue none (the
// general reader skips those; pip-compile writes one before the packages it calls unsafe).
const BETWEEN = /(?:#(?:[ \t](?!via\s)\S[^\n]*)?\n|\n)*/y;
// The hash runs to the space before a continuation or to the line's end.
const HEX = hexDigits('[ \\n]');
// pip-compile's annotation: `# via` and the names one a line under it (none of them a `via` line again), or `# via`
// and what follows it on the line.
const VIA_LINES = '(?: {4}# via\\n((?: {4}# {3}(?!via\\s)\\S(?:[^\\n]*\\S)?\\n)*)| {4}# (via [^\\n]*)\\n)';
const BLOCK = new RegExp(`(${WORD}(?: ${WORD})*)((?: \\\\\\n {4}--hash=sha256:${HEX})*)\\n${VIA_LINES}?`, 'y');
/** What comes before each name under a bare `# via`. */
const BEFORE_NAME = '\n    #   ';
/** What comes before each hash: the hashes are what a native split on it leaves. */
const BEFORE_HASH = ' \\\n    --hash=';
const SHA256_LENGTH = 'sha256:'.length + 64;

/** The document of a requirements file in the written layout, or null for any other text. */
export function readWrittenRequirements(text: string, file: string): RequirementsDocument | null {
  if (text.includes('\r')) return null;
  const doc: RequirementsDocument = { ecosystem: 'pip', format: 'requirements.txt', file, packages: [], constraints: [], includes: [], options: [] };
  let line = 1;
  let p = 0;
  /** Past the lines `skip` takes at p. */
  const skipping = (skip: RegExp) => {
    skip.lastIndex = p;
    skip.exec(text);
    if (skip.lastIndex > p) line += text.slice(p, skip.lastIndex).split('\n').length - 1;
    p = skip.lastIndex;
  };
  skipping(HEADER);
  while (p < text.length) {
    BLOCK.lastIndex = p;
    const m = BLOCK.exec(text);
    if (!m) return null;
    p = BLOCK.lastIndex;
    const r = parseRequirement(m[1]);
    if ('error' in r) return null;
    const hashes = m[2] ? m[2].slice(BEFORE_HASH.length).split(BEFORE_HASH) : [];
    for (let i = 0; i < hashes.length; i++) if (hashes[i].length !== SHA256_LENGTH) return null;
    const at = line;
    line += 1 + hashes.length;
    let via: string[] = [];
    if (m[3] !== undefined) {
      // Each name on a line of its own, trimmed and not a via line (the pattern saw to it), as the general reader
      // takes it.
      if (m[3]) via = m[3].slice(BEFORE_NAME.length - 1, -1).split(BEFORE_NAME);
      line += 1 + via.length;
    } else if (m[4] !== undefined) {
      via = viaComment(m[4])!.names;
      line++;
    }
    doc.packages.push(requirementEntry(r, m[1], hashes, at, via, false));
    skipping(BETWEEN);
  }
  return doc;
}
