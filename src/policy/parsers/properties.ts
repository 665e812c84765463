// Java properties as conftest reads them (magiconair/properties): `key=value`, `key: value` or `key value`, `#` and `!`
// comments, `\` continued lines, `\t \n \r \f \uXXXX` escapes, values as written (`${key}` left unexpanded, but an
// unclosed `${` or a circular reference is an error, as there). The npm properties readers are unmaintained or expand
// references, so this is our own.
import { DocumentSyntaxError } from '../../core/document.ts';
import type { ParserImpl } from './parser.ts';

const WS = ' \f\t';
const END_OF_KEY = ' \f\t\r\n:=';
const ESCAPED: Record<string, string> = { f: '\f', n: '\n', r: '\r', t: '\t', ' ': ' ', ':': ':', '=': '=' };
const MAX_EXPANSION_DEPTH = 64;

export const propertiesParser: ParserImpl = {
  parse(text, file) {
    const props: Record<string, string> = {};
    const keyLines = new Map<string, number>();
    let i = 0;
    let line = 1;
    const fail = (message: string) => new DocumentSyntaxError(file, message, line, undefined, 'properties');
    const escape = (): string => {
      const r = text[i++];
      if (r === undefined) throw fail('premature EOF');
      if (r === 'u') {
        const hex = text.slice(i, i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw fail('invalid unicode literal');
        i += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      return ESCAPED[r] ?? r;
    };
    while (i < text.length) {
      const c = text[i];
      if (c === '\n' || c === '\r') {
        if (c === '\n') line++;
        i++;
        continue;
      }
      if (WS.includes(c)) {
        i++;
        continue;
      }
      if (c === '#' || c === '!') {
        while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
        continue;
      }
      const keyLine = line;
      let key = '';
      while (i < text.length && !END_OF_KEY.includes(text[i])) key += text[i] === '\\' ? (i++, escape()) : text[i++];
      while (i < text.length && WS.includes(text[i])) i++;
      if (text[i] === ':' || text[i] === '=') i++;
      while (i < text.length && WS.includes(text[i])) i++;
      let value = '';
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '\\') {
          i++;
          if (text[i] === '\n' || text[i] === '\r') {
            if (text[i] === '\n') line++;
            i++;
            while (i < text.length && WS.includes(text[i])) i++;
          } else value += escape();
        } else value += text[i++];
      }
      if (!key) throw fail(`a value without a key: ${JSON.stringify(value)}`);
      props[key] = value;
      keyLines.set(key, keyLine);
    }
    for (const [key, value] of Object.entries(props)) {
      const problem = checkExpansion(value, [key], props);
      if (problem) {
        line = keyLines.get(key)!;
        throw fail(problem);
      }
    }
    return { value: props, documents: [props], lineOf: (_i, path) => (path.length ? keyLines.get(String(path[0])) : 1) };
  },
};

/** magiconair's check of `${key}` references: a malformed one or a cycle is an error; unknown keys expand to nothing. */
function checkExpansion(s: string, keys: string[], values: Record<string, string>): string | undefined {
  if (keys.length > MAX_EXPANSION_DEPTH) return 'expansion too deep';
  let rest = s;
  for (;;) {
    const start = rest.indexOf('${');
    if (start < 0) return undefined;
    const len = rest.slice(start + 2).indexOf('}');
    if (len < 0) return 'malformed expression';
    const key = rest.slice(start + 2, start + 2 + len);
    if (keys.includes(key)) return `circular reference in ${keys.join(' -> ')} -> ${key}`;
    const problem = checkExpansion(values[key] ?? '', [...keys, key], values);
    if (problem) return problem;
    rest = rest.slice(start + 3 + len);
  }
}
