// The syntax of go.mod and go.work as the go command reads it (golang.org/x/mod/modfile): `//` comments, "quoted"
// and `raw` strings, `verb ( ... )` blocks, and the argument shape of each directive. Every mistake is a UserError at
// its file:line:col. Directives this version does not know are passed over, as go does when it only looks for the go
// and toolchain lines to pick a toolchain: a newer Go's go.mod must not stop us from installing that newer Go.
import { UserError } from '../errors.ts';

export interface Statement {
  verb: string;
  args: string[];
  line: number;
  /** 1-based column of each argument. */
  cols: number[];
  /** Column of the verb. */
  col: number;
}

interface Token { text: string; line: number; col: number; quoted: boolean }

const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',']);

/** Tokens of one file, line by line (a string cannot span lines). */
function lex(text: string, file: string): Token[][] {
  const fail = (message: string, line: number, col: number, hint?: string): never => {
    throw new UserError(message, { where: { file, line, col }, code: 'bad_version_file', hint: hint ?? 'fix the syntax (`go mod edit -fmt` shows the expected form)' });
  };
  return text.split(/\r?\n/).map((src, i) => {
    const line = i + 1;
    const out: Token[] = [];
    let j = 0;
    while (j < src.length) {
      const c = src[j];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') { j++; continue; }
      if (src.startsWith('//', j)) break;
      if (src.startsWith('/*', j)) fail('go.mod files use // comments, not /* */', line, j + 1, 'write the comment with //');
      const col = j + 1;
      if (PUNCT.has(c)) { out.push({ text: c, line, col, quoted: false }); j++; continue; }
      if (c === '"' || c === '`') {
        let k = j + 1;
        while (k < src.length && src[k] !== c) k += c === '"' && src[k] === '\\' ? 2 : 1;
        if (k >= src.length) fail(`unexpected newline in string (the ${c === '"' ? 'quote' : 'backquote'} at column ${col} is not closed)`, line, col, 'close the string on the same line');
        out.push({ text: src.slice(j + 1, k), line, col, quoted: true });
        j = k + 1;
        continue;
      }
      let k = j;
      while (k < src.length && !/[\s()[\]{},"`]/.test(src[k]) && !src.startsWith('//', k)) k++;
      out.push({ text: src.slice(j, k), line, col, quoted: false });
      j = k;
    }
    return out;
  });
}

/** The statements of a go.mod or go.work: blocks expanded (`require ( a v1 )` -> one `require a v1` per line). */
export function parseStatements(text: string, file: string): Statement[] {
  const fail = (message: string, line: number, col: number, hint = 'fix the syntax (`go mod edit -fmt` shows the expected form)'): never => {
    throw new UserError(message, { where: { file, line, col }, code: 'bad_version_file', hint });
  };
  const out: Statement[] = [];
  let block: { verb: string; line: number; col: number } | undefined;
  for (const tokens of lex(text, file)) {
    if (!tokens.length) continue;
    const [first] = tokens;
    const last = tokens[tokens.length - 1];
    if (block) {
      if (first.text === ')' && !first.quoted) {
        if (tokens.length > 1) fail(`unexpected ${quote(tokens[1].text)} after the ) that closes the ${block.verb} block`, tokens[1].line, tokens[1].col);
        block = undefined;
        continue;
      }
      if (last.text === '(' && !last.quoted) fail(`a block cannot start inside the ${block.verb} block opened at line ${block.line}`, last.line, last.col, `close the ${block.verb} block with ) first`);
      out.push(statement(block.verb, first.col, tokens));
      continue;
    }
    if (first.quoted || !/^[A-Za-z]/.test(first.text)) {
      fail(first.text === ')' ? 'unexpected ) (no block is open)' : `unexpected ${quote(first.text)} where a directive (module, go, require, ...) belongs`, first.line, first.col);
    }
    if (last.text === '(' && !last.quoted) {
      if (tokens.length !== 2) fail(`a block starts with one word and (, as in \`${first.text} (\``, last.line, last.col);
      block = { verb: first.text, line: first.line, col: first.col };
      continue;
    }
    out.push(statement(first.text, first.col, tokens.slice(1), first.line));
  }
  if (block) {
    fail(`the ${block.verb} block opened here is never closed`, block.line, block.col, `end the block with a line holding only ), as in \`${block.verb} (\` ... \`)\``);
  }
  return out;
}

function statement(verb: string, col: number, args: Token[], line = args[0].line): Statement {
  return { verb, col, line, args: args.map((t) => t.text), cols: args.map((t) => t.col) };
}

const quote = (s: string) => `\`${s}\``;
