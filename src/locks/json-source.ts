// JSON with the line of every object key (Pipfile.lock): JSON.parse gives no positions and, for some errors, no
// offset either, so this small strict parser reads it, and a syntax error names its line and column.
import { malformed } from './lock-error.ts';

// eslint-disable-next-line no-control-regex -- a JSON string holds no raw control character: that is the rule checked
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const SPACE = /[ \t\n\r]*/y;

export interface JsonWithLines {
  value: unknown;
  /** The line of the key at this path (`['default', 'requests']`), or of the document's start. */
  keyLine(path: string[]): number;
}

export function parseJsonWithLines(text: string, file: string): JsonWithLines {
  const lines = new Map<string, number>();
  let i = 0;
  // Positions are asked for in increasing order: count the newlines once.
  let counted = 0,
    line = 1;
  const lineAt = (pos: number) => {
    for (let k = text.indexOf('\n', counted); k >= 0 && k < pos; k = text.indexOf('\n', k + 1)) {
      line++;
      counted = k + 1;
    }
    return line;
  };
  const fail = (what: string): never => {
    throw malformed(file, lineAt(i), `invalid JSON: ${what}`, i - text.lastIndexOf('\n', i - 1));
  };
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
  };
  const token = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return null;
    i = re.lastIndex;
    return m[0];
  };
  const str = (): string => {
    const t = token(STRING);
    return t === null ? fail('expected a string (double-quoted, control characters escaped)') : (JSON.parse(t) as string);
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail(`expected "${c}" but found ${text[i] === undefined ? 'the end' : `"${text[i]}"`}`));

  function value(path: string[]): unknown {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      space();
      if (text[i] === '}') return (i++, obj);
      for (;;) {
        space();
        const at = i;
        const key = str();
        lines.set(JSON.stringify([...path, key]), lineAt(at));
        space();
        expect(':');
        obj[key] = value([...path, key]);
        space();
        if (text[i] === ',') i++;
        else return (expect('}'), obj);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      space();
      if (text[i] === ']') return (i++, arr);
      for (;;) {
        arr.push(value([...path, String(arr.length)]));
        space();
        if (text[i] === ',') i++;
        else return (expect(']'), arr);
      }
    }
    if (c === '"') return str();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const)
      if (text.startsWith(word, i)) return ((i += word.length), v);
    const n = token(NUMBER);
    return n === null ? fail(c === undefined ? 'unexpected end' : `unexpected "${c}"`) : Number(n);
  }

  const v = value([]);
  space();
  if (i < text.length) fail(`unexpected "${text[i]}" after the document`);
  return { value: v, keyLine: (path) => lines.get(JSON.stringify(path)) ?? 1 };
}
