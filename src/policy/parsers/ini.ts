// INI as conftest reads it (go-ini with its default options, then conftest's typing): one object per section, the
// keys before the first section (go-ini's DEFAULT section) left out, `=` or `:` between key and value, `;` and `#`
// comments (inline ones too), surrounding quotes dropped, `"""` multi-line and `\` continued values, and each value a
// number or boolean when Go's ParseFloat or ParseBool reads it. No npm INI library reads it this way (npm's `ini` nests
// dotted sections and reads arrays), so this is our own, small, with every key's line.
import { DocumentSyntaxError } from '../../core/document.ts';
import type { ParserImpl } from './parser.ts';

const GO_FLOAT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+)$/;
const GO_BOOL: Record<string, boolean> = {
  1: true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  0: false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};

/** conftest's typing of an INI value: a finite number first, then a boolean, else the string. */
export function typedValue(v: string): unknown {
  if (GO_FLOAT.test(v)) {
    const n = v.includes('x') || v.includes('X') ? hexFloat(v) : Number(v);
    if (Number.isFinite(n)) return n;
  }
  if (Object.hasOwn(GO_BOOL, v)) return GO_BOOL[v];
  return v;
}

function hexFloat(v: string): number {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(v)!;
  const mant = parseInt(m[2] || '0', 16) + (m[3] ? parseInt(m[3], 16) / 16 ** m[3].length : 0);
  return (m[1] === '-' ? -1 : 1) * mant * 2 ** Number(m[4]);
}

const surrounded = (s: string, q: string) => s.length >= 2 && s[0] === q && s.endsWith(q) && s.indexOf(q, 1) === s.length - 1;

export const iniParser: ParserImpl = {
  parse(text, file) {
    const lines = text.replace(/^(\uFEFF|\uFFFE)/, '').split('\n');
    const sections = new Map<string, Record<string, unknown>>();
    const keyLines = new Map<string, number>();
    let section = 'DEFAULT';
    const fail = (message: string, line: number) => new DocumentSyntaxError(file, message, line, undefined, 'INI');
    for (let n = 0; n < lines.length; n++) {
      const lineNo = n + 1;
      const line = lines[n].trimStart();
      const bare = line.trimEnd();
      if (!bare || bare[0] === '#' || bare[0] === ';') continue;
      if (bare[0] === '[') {
        const close = bare.lastIndexOf(']');
        if (close < 0) throw fail(`unclosed section: ${bare}`, lineNo);
        const name = bare.slice(1, close);
        if (!name) throw fail('empty section name', lineNo);
        section = name;
        if (name !== 'DEFAULT' && !sections.has(name)) sections.set(name, {});
        if (!keyLines.has(name)) keyLines.set(name, lineNo);
        continue;
      }
      let key: string;
      let rest: string;
      const quote = line.startsWith('"""') && line.length > 6 ? '"""' : line[0] === '"' ? '"' : line[0] === '`' ? '`' : '';
      if (quote) {
        const end = line.indexOf(quote, quote.length);
        if (end < 0) throw fail(`missing closing key quote: ${bare}`, lineNo);
        const d = line.slice(end + quote.length).search(/[=:]/);
        if (d < 0) throw fail(`key-value delimiter not found: ${bare}`, lineNo);
        key = line.slice(quote.length, end).trim();
        rest = line.slice(end + quote.length + d + 1);
      } else {
        const d = line.search(/[=:]/);
        if (d < 0) throw fail(`key-value delimiter not found: ${bare}`, lineNo);
        if (d === 0) throw fail(`empty key name: ${bare}`, lineNo);
        key = line.slice(0, d).trim();
        rest = line.slice(d + 1);
      }
      const read = readValue(rest, lines, n, fail);
      n = read.last;
      if (section === 'DEFAULT') continue;
      sections.get(section)![key] = typedValue(read.value);
      keyLines.set(`${section}\u0000${key}`, lineNo);
    }
    const value = Object.fromEntries(sections);
    return { value, documents: [value], lineOf: (_i, path) => (path.length ? keyLines.get(path.join('\u0000')) : 1) };
  },
};

/** go-ini's readValue: the value that starts in `rest` (line `n`), and the last line it took. */
function readValue(rest: string, lines: string[], n: number, fail: (m: string, l: number) => Error): { value: string; last: number } {
  const line = rest.trimStart();
  if (!line.trim()) return { value: '', last: n };
  const quote = line.length > 3 && line.startsWith('"""') ? '"""' : line[0] === '`' ? '`' : '';
  if (quote) {
    const first = line.slice(quote.length) + (n < lines.length - 1 ? '\n' : '');
    const pos = first.lastIndexOf(quote);
    if (pos >= 0) return { value: first.slice(0, pos), last: n };
    let value = first;
    for (let k = n + 1; k < lines.length; k++) {
      const next = lines[k] + (k < lines.length - 1 ? '\n' : '');
      const at = next.lastIndexOf(quote);
      if (at >= 0) return { value: value + next.slice(0, at), last: k };
      value += next;
    }
    throw fail(`missing closing quote ${quote}`, n + 1);
  }
  let value = line.trim();
  let last = n;
  if (value.endsWith('\\')) {
    value = value.slice(0, -1);
    for (let k = n + 1; k < lines.length; k++) {
      const next = lines[k].trim();
      last = k;
      if (!next) break;
      value += next;
      if (!value.endsWith('\\')) break;
      value = value.slice(0, -1);
    }
    return { value, last };
  }
  const comment = value.search(/[#;]/);
  if (comment >= 0) value = value.slice(0, comment).trim();
  if (surrounded(value, "'") || surrounded(value, '"')) value = value.slice(1, -1);
  return { value, last };
}
