// Dockerfiles as conftest reads them (BuildKit's parser, then one command per instruction): a list holding one list
// of `{Cmd, SubCmd, JSON, Flags, Value, Stage}`, comments before an instruction as `comment` commands, `Stage` the
// index of the FROM it follows. Values split per instruction as BuildKit splits them (ENV/LABEL as key, value, `=`;
// FROM and EXPOSE by whitespace; RUN/CMD/ENTRYPOINT as one shell string or the JSON list). npm's dockerfile-ast keeps
// other splits, so this is our own; parser directives, `\`/`` ` `` continuations and heredocs are honoured.
import { DocumentSyntaxError } from '../../core/document.ts';
import type { ParserImpl } from './parser.ts';

interface Command {
  Cmd: string;
  SubCmd: string;
  JSON: boolean;
  Flags: string[] | null;
  Value: string[] | null;
  Stage: number;
}

const WS = /[\t\v\f\r ]+/;
const isSpace = (c: string) => /\s/.test(c);

/** The flags each instruction accepts (BuildKit's instructions package); any other is an error there. */
const FLAGS: Record<string, string[]> = {
  add: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'unpack', 'exclude'],
  copy: ['chown', 'from', 'chmod', 'link', 'exclude', 'parents'],
  from: ['platform'],
  run: ['mount', 'network', 'security', 'device'],
  healthcheck: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};
const KNOWN = [
  'add',
  'arg',
  'cmd',
  'copy',
  'entrypoint',
  'env',
  'expose',
  'from',
  'healthcheck',
  'label',
  'maintainer',
  'onbuild',
  'run',
  'shell',
  'stopsignal',
  'user',
  'volume',
  'workdir',
];

/**
 * BuildKit's two word scanners in one: `flags` is extractBuilderFlags (the leading `--flag` words, quotes and escape
 * characters dropped, and the rest of the line), otherwise parseWords (whitespace-separated words that keep their
 * quotes and escapes, no escapes inside single quotes).
 */
function scanWords(text: string, esc: string, flags: boolean): { words: string[]; rest: string } {
  const chars = [...text];
  const words: string[] = [];
  const rest = (pos: number) => ({ words, rest: chars.slice(pos).join('') });
  let word = '';
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = chars[pos] ?? '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isSpace(ch)) continue;
      if (flags && !(ch === '-' && chars[pos + 1] === '-')) return rest(pos);
      phase = 'word';
    }
    if (pos === chars.length) {
      if (!(flags && word === '--') && (blankOK || word)) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (flags && word === '--') return rest(pos);
        if (blankOK || word) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        if (flags) continue;
      }
      if (ch === esc) {
        if (pos + 1 === chars.length) continue;
        if (!flags) word += ch;
        ch = chars[++pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) {
      phase = 'word';
      if (flags) continue;
    }
    if (ch === esc && (flags || quote !== "'")) {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      if (!flags) word += ch;
      ch = chars[++pos];
    }
    word += ch;
  }
  return { words, rest: '' };
}

const builderFlags = (line: string, esc: string) => {
  const { words, rest } = scanWords(line, esc, true);
  return { rest, flags: words };
};
const words = (rest: string, esc: string) => scanWords(rest, esc, false).words;

type Parsed = { value: string[] | null; json: boolean };

function maybeJson(rest: string, toList: boolean): Parsed {
  const t = rest.trimStart();
  if (t.startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(t);
    } catch {
      list = undefined;
    }
    if (Array.isArray(list)) {
      if (list.some((s) => typeof s !== 'string')) throw new Error('when using JSON array syntax, arrays must be comprised of strings only');
      return { value: list.length ? (list as string[]) : null, json: true };
    }
  }
  if (!rest) return { value: null, json: false };
  return { value: toList ? rest.split(WS) : [rest], json: false };
}

function nameVal(rest: string, key: string, esc: string): string[] | null {
  const list = words(rest, esc);
  if (!list.length) return null;
  if (!list[0].includes('=')) {
    const parts = rest.split(WS);
    if (parts.length < 2) throw new Error(`${key} must have two arguments`);
    return [parts[0], rest.slice(rest.search(WS)).replace(WS, ''), ''];
  }
  return list.flatMap((w) => {
    if (!w.includes('=')) throw new Error(`Syntax error - can't find = in ${JSON.stringify(w)}. Must be of the form: name=value`);
    const at = w.indexOf('=');
    return [w.slice(0, at), w.slice(at + 1), '='];
  });
}

/** The node BuildKit's dispatch table makes of one instruction's arguments. */
function dispatch(cmd: string, rest: string, esc: string): Parsed {
  switch (cmd) {
    case 'add':
    case 'copy':
    case 'volume':
      return maybeJson(rest, true);
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      return maybeJson(rest, false);
    case 'arg': {
      const w = words(rest, esc);
      return { value: w.length ? w : null, json: false };
    }
    case 'env':
    case 'label':
      return { value: nameVal(rest, cmd === 'env' ? 'ENV' : 'LABEL', esc), json: false };
    case 'expose':
    case 'from':
      return { value: rest ? rest.split(WS) : null, json: false };
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return { value: rest ? [rest] : null, json: false };
    case 'healthcheck': {
      const sep = rest.search(/\s/) < 0 ? rest.length : rest.search(/\s/);
      if (sep === 0) return { value: null, json: false };
      const inner = maybeJson(rest.slice(sep).trimStart(), false);
      return { value: [rest.slice(0, sep), ...(inner.value ?? [])], json: inner.json };
    }
    default:
      return { value: null, json: false };
  }
}

/** The checks BuildKit's instructions package makes that conftest's parser runs into. */
function validate(cmd: string, flags: string[], value: string[] | null, upper: string) {
  if (!KNOWN.includes(cmd)) throw new Error(`unknown instruction: ${upper}`);
  const allowed = FLAGS[cmd] ?? [];
  for (const f of flags) {
    const name = f.replace(/^--/, '').split('=')[0];
    if (!allowed.includes(name)) throw new Error(`unknown flag: --${name}`);
  }
  const n = value?.length ?? 0;
  const need: Record<string, () => string | undefined> = {
    add: () => (n < 2 ? 'ADD requires at least two arguments, but only one was provided. Destination could not be determined' : undefined),
    copy: () => (n < 2 ? 'COPY requires at least two arguments, but only one was provided. Destination could not be determined' : undefined),
    from: () => (n !== 1 && !(n === 3 && value![1].toLowerCase() === 'as') ? 'FROM requires either one or three arguments' : undefined),
    arg: () => (n < 1 ? 'ARG requires at least one argument' : undefined),
    env: () => (n < 1 ? 'ENV requires at least one argument' : undefined),
    label: () => (n < 1 ? 'LABEL requires at least one argument' : undefined),
    expose: () => (n < 1 ? 'EXPOSE requires at least one argument' : undefined),
    volume: () => (n < 1 ? 'VOLUME requires at least one argument' : undefined),
    shell: () => (n < 1 ? 'SHELL requires at least one argument' : undefined),
    healthcheck: () => (n < 1 ? 'HEALTHCHECK requires at least one argument' : undefined),
    onbuild: () => (n < 1 ? 'ONBUILD requires at least one argument' : undefined),
    maintainer: () => (n !== 1 ? 'MAINTAINER requires exactly one argument' : undefined),
    workdir: () => (n !== 1 ? 'WORKDIR requires exactly one argument' : undefined),
    user: () => (n !== 1 ? 'USER requires exactly one argument' : undefined),
    stopsignal: () => (n !== 1 ? 'STOPSIGNAL requires exactly one argument' : undefined),
  };
  const problem = need[cmd]?.();
  if (problem) throw new Error(problem);
}

const HEREDOC = /(?:^|\s)\d*<<(-?)(["']?)([^\s"'<]+)\2/g;

export const dockerfileParser: ParserImpl = {
  parse(text, file) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === '') lines.pop();
    let esc = '\\';
    let continuation = /([^\\])\\[ \t]*$|^\\[ \t]*$/;
    let directivesDone = false;
    const seen = new Set<string>();
    const commands: Command[] = [];
    const cmdLines: number[] = [];
    let stage = -1;
    // Each comment with its own line, so a finding about a comment lands on it.
    let comments: { text: string; line: number }[] = [];
    const fail = (message: string, line: number) => new DocumentSyntaxError(file, message, line, undefined, 'Dockerfile');
    const isComment = (l: string) => l.trimStart().startsWith('#');

    const directive = (l: string, lineNo: number): boolean => {
      if (directivesDone) return false;
      const m = l.startsWith('#') ? /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(l.slice(1).trimStart()) : null;
      const name = m?.[1].toLowerCase();
      if (!m || !name || !['syntax', 'escape', 'check'].includes(name)) {
        directivesDone = true;
        return false;
      }
      if (seen.has(name)) throw fail(`only one ${name} parser directive can be used`, lineNo);
      seen.add(name);
      if (name === 'escape') {
        if (m[2] !== '`' && m[2] !== '\\') throw fail(`invalid escape token '${m[2]}' does not match \` or \\`, lineNo);
        esc = m[2];
        const e = esc === '\\' ? '\\\\' : '`';
        continuation = new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
      }
      return true;
    };

    for (let n = 0; n < lines.length; n++) {
      const startLine = n + 1;
      const raw = lines[n].replace(/\r$/, '');
      const first = raw.trimStart();
      if (isComment(first)) {
        const c = first.slice(1).trim();
        comments = c ? [...comments, { text: c, line: startLine }] : [];
      }
      if (directive(first, startLine)) {
        comments = comments.slice(0, -1);
        continue;
      }
      let piece = isComment(first) ? '' : first;
      let ended = !continuation.test(piece);
      if (!ended) piece = piece.replace(continuation, '$1');
      if (ended && !piece) continue;
      let line = piece;
      while (!ended && n + 1 < lines.length) {
        const next = lines[++n].replace(/\r$/, '');
        directive(next, n + 1);
        if (isComment(next) || !next.trim()) continue;
        ended = !continuation.test(next);
        line += ended ? next : next.replace(continuation, '$1');
      }
      let cmd: Command;
      try {
        const parts = line.trim().split(WS);
        const upper = parts[0];
        const argText = line
          .trim()
          .slice(upper.length)
          .replace(/^[\t\v\f\r ]+/, '');
        const { rest, flags } = parts.length > 1 ? builderFlags(argText, esc) : { rest: '', flags: null as string[] | null };
        const lower = upper.toLowerCase();
        let subCmd = '';
        let parsed: Parsed;
        if (lower === 'onbuild') {
          const sub = rest.trim().split(WS)[0];
          if (!rest.trim()) parsed = { value: null, json: false };
          else {
            if (sub.toLowerCase() === 'onbuild') throw new Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
            if (['from', 'maintainer'].includes(sub.toLowerCase())) throw new Error(`${sub.toUpperCase()} isn't allowed as an ONBUILD trigger`);
            const subArgs = rest
              .trim()
              .slice(sub.length)
              .replace(/^[\t\v\f\r ]+/, '');
            const subFlags = builderFlags(subArgs, esc);
            subCmd = sub;
            parsed = dispatch(sub.toLowerCase(), subFlags.rest.trim(), esc);
          }
          if (!rest.trim()) throw new Error('ONBUILD requires at least one argument');
        } else {
          parsed = dispatch(lower, rest.trim(), esc);
          validate(lower, flags ?? [], parsed.value, upper);
        }
        if (lower === 'from') stage++;
        cmd = { Cmd: lower, SubCmd: subCmd, JSON: parsed.json, Flags: flags, Value: parsed.value, Stage: Math.max(0, stage) };
        // Heredoc bodies (RUN/COPY/ADD <<EOF) are not part of conftest's command; their lines are skipped.
        if (['run', 'copy', 'add'].includes(lower) && !parsed.json && line.includes('<<')) {
          for (const h of line.matchAll(HEREDOC)) {
            const end = h[3];
            let closed = false;
            while (n + 1 < lines.length) {
              const body = lines[++n].replace(/\r$/, '');
              if ((h[1] ? body.replace(/^\t+/, '') : body) === end) {
                closed = true;
                break;
              }
            }
            if (!closed) throw new Error('unterminated heredoc');
          }
        }
      } catch (e) {
        throw fail((e as Error).message, startLine);
      }
      for (const c of comments) {
        commands.push({ Cmd: 'comment', SubCmd: '', JSON: false, Flags: null, Value: [c.text], Stage: Math.max(0, stage) });
        cmdLines.push(c.line);
      }
      commands.push(cmd);
      cmdLines.push(startLine);
      comments = [];
    }
    if (!commands.some((c) => c.Cmd !== 'comment')) throw fail('file with no instructions', Math.max(1, lines.length));
    const value = [commands];
    return {
      value,
      documents: value,
      lineOf: (_i, path) => (path.length ? cmdLines[Number(path[0])] : 1),
    };
  },
};
