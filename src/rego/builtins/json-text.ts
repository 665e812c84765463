// Strict JSON text -> Rego value, keeping integers of any size exact (JSON.parse would round them).
import { type Value, RObject, parseNumber } from '../value.ts';

export class JSONSyntaxError extends Error {}

export function parseJSONValue(text: string): Value {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const fail = (what: string): never => {
    const ch = text[i];
    throw new JSONSyntaxError(ch === undefined ? 'unexpected end of JSON input' : `invalid character ${JSON.stringify(ch).replace(/^"|"$/g, "'")} ${what}`);
  };
  const value = (): Value => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const o = new RObject();
      ws();
      if (text[i] === '}') { i++; return o; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('looking for beginning of object key string');
        const k = string();
        ws();
        if (text[i] !== ':') fail('after object key');
        i++;
        o.set(k, value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return o; }
        fail('after object key:value pair');
      }
    }
    if (c === '[') {
      i++;
      const a: Value[] = [];
      ws();
      if (text[i] === ']') { i++; return a; }
      for (;;) {
        a.push(value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return a; }
        fail('after array element');
      }
    }
    if (c === '"') return string();
    for (const [lit, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(lit, i)) { i += lit.length; return v; }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 4096));
    if (!m) return fail('looking for beginning of value');
    i += m[0].length;
    return parseNumber(m[0])!;
  };
  const string = (): string => {
    const start = i;
    i++;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"') break;
      if (ch === '\\') i++;
      else if (ch < ' ') fail('in string literal');
    }
    if (i >= text.length) fail('');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const v = value();
  ws();
  if (i < text.length) fail('after top-level value');
  return v;
}
