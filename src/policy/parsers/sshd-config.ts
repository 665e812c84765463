// OpenSSH's sshd_config as sshd reads it: one keyword per line (case-insensitive, so keys are lower-cased),
// `Keyword value` or `Keyword=value`, arguments split at blanks with double quotes grouping, `#` starting a comment at a
// line's or an argument's start, and `Match` opening a block that lasts until the next `Match`. sshd takes a keyword's
// first value, so `settings` holds the first one and `values` every one (Port, ListenAddress, HostKey repeat). conftest
// has no sshd parser; the document (our own shape):
//   { settings: { permitrootlogin: "no", ... }, values: { port: ["22", "2222"], ... },
//     directives: [{ keyword, key, args, value, line }], match: [{ criteria: [{ name, patterns }], line, settings, values, directives }] }
// `Include` is kept as a directive and not followed (its targets are outside the repository).
import { DocumentSyntaxError, type KeyPath } from '../../core/document.ts';
import type { ParserImpl } from './parser.ts';

interface SshDirective {
  /** As written (`PermitRootLogin`). */
  keyword: string;
  /** Lower-cased (`permitrootlogin`), as the settings are keyed. */
  key: string;
  args: string[];
  /** The arguments joined by one space. */
  value: string;
  line: number;
}

interface SshSection {
  settings: Record<string, string>;
  values: Record<string, string[]>;
  directives: SshDirective[];
}

interface SshMatch extends SshSection {
  criteria: { name: string; patterns: string[] }[];
  line: number;
}

const section = (): SshSection => ({ settings: {}, values: {}, directives: [] });

/** sshd's argv_split: blanks separate, double quotes group (`\"` and `\\` inside), an unquoted `#` ends the line. */
function splitArgs(text: string, fail: (m: string) => Error): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ' || text[i] === '\t') {
      i++;
      continue;
    }
    if (text[i] === '#') break;
    let arg = '';
    let quoted = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\' || (!quoted && (text[i + 1] === ' ' || text[i + 1] === '\t')))) arg += text[++i];
      else if (c === '"') quoted = !quoted;
      else if (!quoted && (c === ' ' || c === '\t')) break;
      else arg += c;
    }
    if (quoted) throw fail('unclosed double quote');
    out.push(arg);
  }
  return out;
}

const MATCH_CRITERIA = new Set(['all', 'user', 'group', 'host', 'localaddress', 'localport', 'rdomain', 'address', 'invalid-user', 'version']);

function criteria(args: string[], fail: (m: string) => Error): SshMatch['criteria'] {
  if (!args.length) throw fail('Match needs criteria (e.g. "Match User alice" or "Match All")');
  const out: SshMatch['criteria'] = [];
  for (let i = 0; i < args.length; i++) {
    const eq = args[i].indexOf('=');
    const name = (eq > 0 ? args[i].slice(0, eq) : args[i]).toLowerCase();
    if (!MATCH_CRITERIA.has(name)) throw fail(`unknown Match criterion "${args[i]}"`);
    if (name === 'all' || name === 'invalid-user') {
      out.push({ name, patterns: [] });
      continue;
    }
    const pattern = eq > 0 ? args[i].slice(eq + 1) : args[++i];
    if (pattern === undefined || pattern === '') throw fail(`Match ${args[i - 1] ?? name} needs a pattern`);
    out.push({ name, patterns: pattern.split(',') });
  }
  return out;
}

export const sshdConfigParser: ParserImpl = {
  parse(text, file) {
    const global = section();
    const match: SshMatch[] = [];
    const lines = new Map<string, number>([['', 1]]);
    const src = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let current: SshSection = global;
    let base: KeyPath = [];
    for (let n = 0; n < src.length; n++) {
      const lineNo = n + 1;
      const fail = (message: string) => new DocumentSyntaxError(file, message, lineNo, undefined, 'sshd_config');
      const line = src[n].trim();
      if (!line || line[0] === '#') continue;
      const kw = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+|$)/.exec(line);
      if (!kw) throw fail(`"${line.split(/\s/)[0]}" is not a keyword`);
      const args = splitArgs(line.slice(kw[0].length), fail);
      const key = kw[1].toLowerCase();
      if (key === 'match') {
        const m: SshMatch = { criteria: criteria(args, fail), line: lineNo, ...section() };
        base = ['match', match.length];
        lines.set(base.join('\u0000'), lineNo);
        match.push(m);
        current = m;
        continue;
      }
      if (!args.length) throw fail(`${kw[1]} needs a value`);
      const d: SshDirective = { keyword: kw[1], key, args, value: args.join(' '), line: lineNo };
      lines.set([...base, 'directives', current.directives.length].join('\u0000'), lineNo);
      current.directives.push(d);
      if (!Object.hasOwn(current.settings, key)) {
        current.settings[key] = d.value;
        lines.set([...base, 'settings', key].join('\u0000'), lineNo);
        lines.set([...base, 'values', key].join('\u0000'), lineNo);
        current.values[key] = [];
      }
      lines.set([...base, 'values', key, current.values[key].length].join('\u0000'), lineNo);
      current.values[key].push(d.value);
    }
    const value = { ...global, match };
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join('\u0000')) };
  },
};
