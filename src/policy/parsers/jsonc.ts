// JSON with comments, as conftest's jsonc parser reads it: `//`, `/* */` and `#` comments outside strings are
// dropped, nothing else is relaxed (a trailing comma is still an error). The comments are blanked out in place, so
// the lines and columns of the rest stay where they were.
import { readJson } from '../../core/document.ts';
import { fromDocument, type ParserImpl } from './parser.ts';

export function blankComments(text: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      const j = end < 0 ? text.length : end;
      out += blank(text.slice(i, j));
      i = j;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const j = end < 0 ? text.length : end + 2;
      out += blank(text.slice(i, j));
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export const jsoncParser: ParserImpl = {
  parse: (text, file) => fromDocument(readJson(blankComments(text.replace(/^\uFEFF/, '')), file, 'JSONC')),
};
