// TOML as conftest reads it (BurntSushi/toml into Go values, then JSON): dates and times become RFC 3339 strings,
// local ones read as UTC (conftest uses the machine's zone; runners are UTC), integers become JSON numbers.
// Parsed by smol-toml (TOML 1.0, maintained); key lines come from a scan of the table headers and `key =` lines.
import { parse, TomlDate, TomlError } from 'smol-toml';
import { DocumentSyntaxError, type KeyPath } from '../../core/document.ts';
import type { ParserImpl } from './parser.ts';

/** Go's time.Time JSON form (RFC 3339 with the fraction's trailing zeros dropped, offset zero as Z). */
function goTime(d: TomlDate): string {
  const iso = d.toISOString().replace(/\.(\d*?)0+(?=$|[Z+-])/, (_m, f: string) => (f ? `.${f}` : ''));
  if (d.isTime()) return `0000-01-01T${iso}Z`;
  if (d.isDate()) return `${iso}T00:00:00Z`;
  if (d.isLocal()) return `${iso}Z`;
  return iso.replace(/[+-]00:00$/, 'Z');
}

function plain(v: unknown, file: string, lines: Map<string, number>, path: KeyPath = []): unknown {
  if (v instanceof TomlDate) return goTime(v);
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw new DocumentSyntaxError(file, `the value ${v} at ${path.join('.')} has no JSON form`, lines.get(path.join('\u0000')) ?? 1, undefined, 'TOML');
  }
  if (Array.isArray(v)) return v.map((x, i) => plain(x, file, lines, [...path, i]));
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x, file, lines, [...path, k])]));
  }
  return v;
}

/** Splits a dotted TOML key (`a."b.c".d`) into its parts. */
function keyParts(key: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < key.length && (m = re.exec(key))) parts.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : (m[2] ?? m[3]));
  return parts;
}

/** Lines of table headers and top-level `key =` lines; keys inside multi-line values are skipped. */
function scanLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const counts = new Map<string, number>();
  let table: (string | number)[] = [];
  let depth = 0;
  let multi: string | null = null;
  text.split('\n').forEach((raw, n) => {
    const line = n + 1;
    let s = raw;
    if (multi) {
      const end = s.indexOf(multi);
      if (end < 0) return;
      s = s.slice(end + 3);
      multi = null;
    } else if (depth === 0) {
      const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?/.exec(s);
      const kv = header ? null : /^\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\s-])+?)\s*=/.exec(s);
      if (header) {
        const parts = keyParts(header[2]);
        table = parts;
        if (header[1] === '[[') {
          const id = parts.join('\u0000');
          const i = counts.get(id) ?? 0;
          counts.set(id, i + 1);
          table = [...parts, i];
        }
        lines.set(table.join('\u0000'), line);
        for (let k = 1; k < parts.length; k++) if (!lines.has(parts.slice(0, k).join('\u0000'))) lines.set(parts.slice(0, k).join('\u0000'), line);
        return;
      }
      if (kv) {
        const parts = keyParts(kv[1]);
        for (let k = 1; k <= parts.length; k++) {
          const id = [...table, ...parts.slice(0, k)].join('\u0000');
          if (!lines.has(id)) lines.set(id, line);
        }
        s = s.slice(kv[0].length);
      }
    }
    // Track brackets and multi-line strings so that keys inside a value are not taken for top-level keys.
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '#') break;
      if ((c === '"' || c === "'") && s.startsWith(c.repeat(3), i)) {
        const end = s.indexOf(c.repeat(3), i + 3);
        if (end < 0) {
          multi = c.repeat(3);
          break;
        }
        i = end + 2;
      } else if (c === '"' || c === "'") {
        const re = c === '"' ? /"(?:[^"\\]|\\.)*"/y : /'[^']*'/y;
        re.lastIndex = i;
        const m = re.exec(s);
        i = m ? i + m[0].length - 1 : s.length;
      } else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    }
  });
  return lines;
}

export const tomlParser: ParserImpl = {
  parse(text, file) {
    let raw: unknown;
    try {
      raw = parse(text, { integersAsBigInt: 'asNeeded' });
    } catch (e) {
      if (!(e instanceof TomlError)) throw e;
      const message = e.message.replace(/^Invalid TOML document: /, '').split('\n')[0];
      throw new DocumentSyntaxError(file, message, e.line, e.column, 'TOML');
    }
    const lines = scanLines(text);
    const value = plain(raw, file, lines);
    const first = Math.max(1, text.slice(0, Math.max(0, text.search(/\S/))).split('\n').length);
    return { value, documents: [value], lineOf: (_i, path) => (path.length ? lines.get(path.join('\u0000')) : first) };
  },
};
