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

function tokenize(text: string, file: string, line: number): { tokens: string[]; comment: string | null } {
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

export function statements(text: string, file: string): Statement[] {
  const out: Statement[] = [];
  const lines = text.split('\n');
  let block: { verb: string; line: number; before: string[] } | null = null;
  let comments: string[] = [];
  lines.forEach((raw, idx) => {
    const line = idx + 1;
    const { tokens, comment } = tokenize(raw, file, line);
    if (!tokens.length) {
      comments = comment !== null ? [...comments, comment] : [];
      return;
    }
    const before = comments;
    comments = [];
    if (block) {
      if (tokens.length === 1 && tokens[0] === ')') return void (block = null);
      if (tokens.includes('(') || tokens.includes(')')) throw malformed(file, line, `unexpected parenthesis inside the ${block.verb} block`);
      out.push({ verb: block.verb, args: tokens, line, trailing: comment, before: before.length ? before : block.before });
      return;
    }
    if (tokens[0] === ')') throw malformed(file, line, 'unexpected ")" outside a block');
    if (tokens.length === 2 && tokens[1] === '(') return void (block = { verb: tokens[0], line, before });
    if (tokens.includes('(') || tokens.includes(')')) throw malformed(file, line, 'a block starts with `verb (` alone on its line');
    out.push({ verb: tokens[0], args: tokens.slice(1), line, trailing: comment, before });
  });
  if (block) throw malformed(file, (block as { line: number }).line, `the ${(block as { verb: string }).verb} block is never closed with ")"`);
  return out;
}
