// nginx configuration in conftest's nginx document shape: `{ directives: [{ name, parameters?, block?: { directives } }] }`,
// parameters kept as written (quotes included, as conftest keeps them). Where conftest's parser differs we keep the
// file's own order (conftest moves an `http` block's `server` blocks last), accept every directive name (conftest
// refuses names it does not know, such as third-party modules'), and refuse a stray `}` (conftest ignores it).
// Comments are dropped and `include` is kept as a directive, not followed. No npm nginx parser keeps source lines, so this small tokenizer is our own.
import { DocumentSyntaxError, type KeyPath } from '../../core/document.ts';
import type { ParserImpl } from './parser.ts';

interface Directive {
  name: string;
  parameters?: string[];
  block?: { directives: Directive[] };
}

interface Token {
  text: string;
  line: number;
  /** `{`, `}` or `;` outside quotes. */
  punct: boolean;
}

function tokenize(text: string, file: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  const fail = (message: string, at: number) => new DocumentSyntaxError(file, message, at, undefined, 'nginx');
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f') i++;
    else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '{' || c === '}' || c === ';') {
      out.push({ text: c, line, punct: true });
      i++;
    } else {
      const start = i;
      const startLine = line;
      while (i < text.length && !/[\s{};]/.test(text[i])) {
        const q = text[i];
        if (q === '\\') i += 2;
        else if ((q === '"' || q === "'") && i === start) {
          i++;
          while (i < text.length && text[i] !== q) {
            if (text[i] === '\\') i++;
            else if (text[i] === '\n') line++;
            i++;
          }
          if (i >= text.length) throw fail(`unclosed ${q} quote`, startLine);
          i++;
          break;
        } else i++;
      }
      out.push({ text: text.slice(start, i), line: startLine, punct: false });
    }
  }
  return out;
}

export const nginxParser: ParserImpl = {
  parse(text, file) {
    const tokens = tokenize(text.replace(/^\uFEFF/, ''), file);
    const lines = new Map<string, number>([['', 1]]);
    const fail = (message: string, line: number) => new DocumentSyntaxError(file, message, line, undefined, 'nginx');
    let i = 0;
    const block = (path: KeyPath, openLine: number | null): Directive[] => {
      const list: Directive[] = [];
      for (;;) {
        const t = tokens[i];
        if (!t) {
          if (openLine !== null) throw fail('the block opened here is not closed with "}"', openLine);
          return list;
        }
        if (t.punct && t.text === '}') {
          if (openLine === null) throw fail('"}" closes no block', t.line);
          i++;
          return list;
        }
        if (t.punct) throw fail(`unexpected "${t.text}": a directive name is missing`, t.line);
        const d: Directive = { name: t.text };
        const at: KeyPath = [...path, list.length];
        lines.set(at.join('\u0000'), t.line);
        list.push(d);
        i++;
        const params: string[] = [];
        for (;;) {
          const p = tokens[i];
          if (!p) throw fail(`directive "${t.text}" is not ended with ";" or a block`, t.line);
          i++;
          if (!p.punct) {
            lines.set([...at, 'parameters', params.length].join('\u0000'), p.line);
            params.push(p.text);
            continue;
          }
          if (p.text === '}') throw fail(`directive "${t.text}" is not ended with ";"`, t.line);
          if (params.length) d.parameters = params;
          if (p.text === '{') {
            lines.set([...at, 'block'].join('\u0000'), p.line);
            d.block = { directives: block([...at, 'block', 'directives'], p.line) };
          }
          break;
        }
      }
    };
    const value = { directives: block(['directives'], null) };
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join('\u0000')) };
  },
};
