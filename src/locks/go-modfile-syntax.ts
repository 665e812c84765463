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

const PUNCT = new Set(['(', ')', '[', ']', ',']);

function tokenize(text: string, file: string, line: number): { tokens: string[]; comment: string | null } {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (text.startsWith('//', i)) return { tokens, comment: text.slice(i + 2).trim() };
    else if (PUNCT.has(c)) {
      tokens.push(c);
      i++;
    } else if (text.startsWith('=>', i)) {
      tokens.push('=>');
      i += 2;
    } else if (c === '"' || c === '`') {
      const end = quotedEnd(text, i);
      if (end < 0) throw malformed(file, line, 'unterminated quoted string', i + 1);
      const raw = text.slice(i, end + 1);
      try {
        // Go's escapes that matter in a module path or directory are JSON's too.
        tokens.push(c === '`' ? raw.slice(1, -1) : (JSON.parse(raw) as string));
      } catch {
        throw malformed(file, line, `invalid quoted string ${raw}`, i + 1);
      }
      i = end + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s()[\],"`]/.test(text[j]) && !text.startsWith('//', j) && !text.startsWith('=>', j)) j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: null };
}

function quotedEnd(text: string, start: number): number {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) return i;
  }
  return -1;
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
