// TOML locks (poetry.lock, uv.lock, pylock.toml) are read by the reader of the regular subset the tools write
// (toml-regular.ts), or by smol-toml when the text leaves it; either gives values but no positions: the line of each
// `[[package]]` entry comes from a scan of its headers (multi-line strings skipped), in the same order as the parsed
// array. A syntax error keeps the line and column smol-toml reports.
import { parse, TomlError } from 'smol-toml';
import { malformed } from './lock-error.ts';
import { readRegularToml } from './toml-regular.ts';

export type TomlTable = Record<string, unknown>;

export function parseToml(text: string, file: string): TomlTable {
  const regular = readRegularToml(text);
  if (regular) return regular;
  try {
    return parse(text) as TomlTable;
  } catch (e) {
    if (e instanceof TomlError) throw malformed(file, e.line, `invalid TOML: ${e.message.split('\n')[0]}`, e.column);
    throw e;
  }
}

/** The 1-based lines of the `[[name]]` headers (array-of-tables entries), in file order. */
export function arrayTableLines(text: string, name: string): number[] {
  // Each `[[` is found with indexOf and checked in place with a sticky regex: a multi-line regex over the whole text
  // cost most of this scan on a large lock.
  const header = new RegExp(`\\[\\[[ \\t]*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*\\]\\][ \\t]*(#.*)?$`, 'my');
  // Multi-line string quotes, in file order, when the text has any: a header inside such a string is text.
  const multiline = /"""|'''/g;
  const out: number[] = [];
  let open: string | null = null;
  let quote = text.includes('"""') || text.includes("'''") ? multiline.exec(text) : null;
  let line = 1;
  let counted = 0;
  for (let at = text.indexOf('[['); at >= 0; at = text.indexOf('[[', at + 2)) {
    let start = at;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') continue;
    header.lastIndex = at;
    if (!header.test(text)) continue;
    while (quote && quote.index < start) {
      open = open === null ? quote[0] : open === quote[0] ? null : open;
      quote = multiline.exec(text);
    }
    if (open) continue;
    // The newlines since the previous header, counted natively (a step of JavaScript per line cost more than the rest).
    line += text.slice(counted, start).split('\n').length - 1;
    counted = start;
    out.push(line);
  }
  return out;
}

const describe = (v: unknown) => (Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'a table' : `a ${typeof v}`);

/** Field readers that turn a wrong type into one error at the entry's line. */
export class Fields {
  constructor(
    private readonly file: string,
    private readonly line: number,
    private readonly where: string,
  ) {}

  private fail(key: string, want: string, v: unknown): never {
    if (v === undefined) throw malformed(this.file, this.line, `${this.where}: "${key}" is missing (${want})`);
    throw malformed(this.file, this.line, `${this.where}: "${key}" must be ${want}, not ${describe(v)}`);
  }

  str(t: TomlTable, key: string): string {
    const v = t[key];
    return typeof v === 'string' ? v : this.fail(key, 'a string', v);
  }
  optStr(t: TomlTable, key: string): string | null {
    return t[key] === undefined ? null : this.str(t, key);
  }
  table(t: TomlTable, key: string): TomlTable | null {
    const v = t[key];
    if (v === undefined) return null;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as TomlTable) : this.fail(key, 'a table', v);
  }
  tables(t: TomlTable, key: string): TomlTable[] {
    const v = t[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => x === null || typeof x !== 'object' || Array.isArray(x))) this.fail(key, 'an array of tables', v);
    return v as TomlTable[];
  }
  strings(t: TomlTable, key: string): string[] {
    const v = t[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) this.fail(key, 'an array of strings', v);
    return v as string[];
  }
}

/**
 * The top-level `[[name]]` entries with their lines. Written as an inline array (`name = [{...}]`) instead, every
 * entry gets the line of that key.
 */
export function entries(doc: TomlTable, text: string, file: string, name: string): { entry: TomlTable; line: number }[] {
  const list = new Fields(file, 1, file).tables(doc, name);
  let lines = arrayTableLines(text, name);
  if (lines.length !== list.length) {
    const key = text.split('\n').findIndex((l) => new RegExp(`^\\s*"?${name}"?\\s*=`).test(l));
    lines = list.map(() => key + 1 || 1);
  }
  return list.map((entry, i) => ({ entry, line: lines[i] }));
}
