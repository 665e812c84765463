// The line syntax shared by go.mod and go.work: words, quoted ("..." with Go escapes, `...` raw) strings,
// `( ) [ ] , =>` as tokens, `//` comments, `verb (` ... `)` blocks. Yields one statement per directive line with the
// comments that go with it (the block above it, the one at its end).
import { malformed } from './lock-error.ts';

export interface Statement {
  verb: string;
  args: string[];
  line: number;
  /** The comment at the end of the line, without `//`, trimmed. */
  trailing: string | null;
  /** The comment lines right above it (or above its block), without `//`. */
  before: string[];
}

// One token at a time, with a sticky regex (a native scan per token, not a step of JavaScript per character): blanks,
// a comment, punctuation, a quoted string, or a word (up to a blank, punctuation, a quote, `//` or `=>`).
const TOKEN = /[ \t\r]+|(\/\/[^]*)|([()[\],]|=>)|("(?:[^"\\]|\\[^])*"|`[^`]*`)|((?:[^\s()[\],"`/=]|\/(?!\/)|=(?!>))+)/y;

interface Line {
  tokens: string[];
  comment: string | null;
}

/** The tokens and comment of one line (without its newline); a character outside the syntax throws. */
export function tokenize(text: string, file: string, line: number): Line {
  const tokens: string[] = [];
  for (let i = 0; i < text.length; i = TOKEN.lastIndex) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) {
      const c = text[i];
      if (c === '"' || c === '`') throw malformed(file, line, 'unterminated quoted string', i + 1);
      // As the go command: any other space (a form feed, a no-break space) is not part of the syntax.
      throw malformed(file, line, `unexpected input character ${JSON.stringify(c)}`, i + 1);
    }
    if (m[1] !== undefined) return { tokens, comment: m[1].slice(2).trim() };
    if (m[2] !== undefined || m[4] !== undefined) tokens.push(m[0]);
    else if (m[3] !== undefined) {
      try {
        // Go's escapes that matter in a module path or directory are JSON's too.
        tokens.push(m[3][0] === '`' ? m[3].slice(1, -1) : (JSON.parse(m[3]) as string));
      } catch {
        throw malformed(file, line, `invalid quoted string ${m[3]}`, i + 1);
      }
    }
  }
  return { tokens, comment: null };
}

// A line of plain tokens (words, `(`, `)`, `=>`: one to three, apart by blanks) and its comment, in one native
// match: the lines go mod tidy writes. Any other line (a quoted string, punctuation against a word, `[ ] ,`, more
// tokens) is tokenized one token at a time. Sticky over the whole text, so the lines are never split into an array.
const WORD = '((?:[^\\s()[\\],"`/=]|\\/(?!\\/)|=(?!>))+|[()]|=>)';
const PLAIN_LINE = new RegExp(`[ \\t\\r]*(?:${WORD}(?:[ \\t\\r]+${WORD}(?:[ \\t\\r]+${WORD})?)?)?[ \\t\\r]*(?:\\/\\/([^\\n]*))?(\\n|$)`, 'y');

/** The line that starts at `p`: its tokens and comment (as `tokenize` gives them), and where the next line starts (-1: none). */
export function lineAt(text: string, p: number, file: string, line: number): Line & { next: number } {
  PLAIN_LINE.lastIndex = p;
  const m = PLAIN_LINE.exec(text);
  if (m) {
    const tokens = m[1] === undefined ? [] : m[2] === undefined ? [m[1]] : m[3] === undefined ? [m[1], m[2]] : [m[1], m[2], m[3]];
    return { tokens, comment: m[4] === undefined ? null : m[4].trim(), next: m[5] === '' ? -1 : PLAIN_LINE.lastIndex };
  }
  const nl = text.indexOf('\n', p);
  const { tokens, comment } = tokenize(nl < 0 ? text.slice(p) : text.slice(p, nl), file, line);
  return { tokens, comment, next: nl < 0 ? -1 : nl + 1 };
}

export function statements(text: string, file: string): Statement[] {
  const out: Statement[] = [];
  let block: { verb: string; line: number; before: string[] } | null = null;
  let comments: string[] = [];
  for (let p = 0, line = 1; p >= 0; line++) {
    const { tokens, comment, next } = lineAt(text, p, file, line);
    p = next;
    if (!tokens.length) {
      if (comment !== null) comments.push(comment);
      else comments = [];
      continue;
    }
    const before = comments;
    comments = [];
    if (block) {
      if (tokens.length === 1 && tokens[0] === ')') {
        block = null;
        continue;
      }
      if (tokens.includes('(') || tokens.includes(')')) throw malformed(file, line, `unexpected parenthesis inside the ${block.verb} block`);
      out.push({ verb: block.verb, args: tokens, line, trailing: comment, before: before.length ? before : block.before });
      continue;
    }
    if (tokens[0] === ')') throw malformed(file, line, 'unexpected ")" outside a block');
    if (tokens.length === 2 && tokens[1] === '(') {
      block = { verb: tokens[0], line, before };
      continue;
    }
    if (tokens.includes('(') || tokens.includes(')')) throw malformed(file, line, 'a block starts with `verb (` alone on its line');
    out.push({ verb: tokens[0], args: tokens.slice(1), line, trailing: comment, before });
  }
  if (block) throw malformed(file, block.line, `the ${block.verb} block is never closed with ")"`);
  return out;
}
