// Reads the requested Go version from a version file: go.mod / go.work (a `toolchain` line wins over `go`),
// .go-version, .tool-versions (`golang` or `go` key). Pure over the file's text; errors point at file:line:col,
// for go.mod/go.work after the whole file's syntax is checked (go-mod-syntax.ts).
import { basename } from 'node:path';
import { UserError } from '../errors.ts';
import { parseStatements } from './go-mod-syntax.ts';
import { isGoName } from './go-version.ts';

export interface FileVersion {
  /** The version spec text: `1.25` (newest 1.25.x), `1.25.0`, `1.27rc1`. */
  spec: string;
  line: number;
  /** Which directive or key gave it: go, toolchain, golang ... */
  from: string;
}

/** Parses a version file's text; `display` is the path shown in errors. */
export function readVersionText(name: string, text: string, display: string): FileVersion {
  const base = basename(name);
  if (base === '.tool-versions') return fromToolVersions(text, display);
  if (base.endsWith('.mod') || base.endsWith('.work')) return fromGoMod(text, display, base.endsWith('.work') ? 'work' : 'mod');
  return fromPlain(text, display);
}

/** Arguments each directive takes: [min, max] (a replace is checked on its own). */
const ARITY: Record<string, [number, number, string]> = {
  module: [1, 1, 'module example.com/path'],
  go: [1, 1, 'go 1.26'],
  toolchain: [1, 1, 'toolchain go1.26.8'],
  godebug: [1, 1, 'godebug key=value'],
  require: [2, 2, 'require example.com/mod v1.2.3'],
  exclude: [2, 2, 'exclude example.com/mod v1.2.3'],
  tool: [1, 1, 'tool example.com/cmd'],
  ignore: [1, 1, 'ignore ./dir'],
  use: [1, 1, 'use ./dir'],
  retract: [1, 5, 'retract v1.2.3 or retract [v1.0.0, v1.1.0]'],
};

function fromGoMod(text: string, file: string, kind: 'mod' | 'work'): FileVersion {
  const fail = (message: string, line: number, col: number, hint: string): never => {
    throw new UserError(message, { where: { file, line, col }, code: 'bad_version_file', hint });
  };
  let go: FileVersion | undefined;
  let toolchain: FileVersion | undefined;
  for (const st of parseStatements(text, file)) {
    const { verb, args, line } = st;
    if (kind === 'work' && ['module', 'require', 'exclude', 'retract', 'tool', 'ignore'].includes(verb)) {
      fail(`${verb} does not belong in go.work`, line, st.col, 'go.work holds go, toolchain, godebug, use and replace');
    }
    if (kind === 'mod' && verb === 'use') fail('use belongs in go.work, not in go.mod', line, st.col, 'list the module directories in go.work');
    if (verb === 'replace') {
      const arrow = args.indexOf('=>');
      if (arrow < 1 || arrow > 2 || args.length - arrow - 1 < 1 || args.length - arrow - 1 > 2) {
        fail(`replace needs \`path [version] => path [version]\`, got \`replace ${args.join(' ')}\``, line, st.col, 'write it as `replace example.com/a v1.2.3 => example.com/b v1.4.0` or `=> ../local/dir`');
      }
      continue;
    }
    const arity = ARITY[verb];
    if (!arity) continue;
    const [min, max, usage] = arity;
    if (args.length < min || args.length > max) {
      const n = (k: number) => (k === 1 ? 'one argument' : `${k} arguments`);
      const end = args.length ? st.cols[args.length - 1] + args[args.length - 1].length + 1 : st.col + verb.length + 1;
      const what = args.length > max ? `takes ${n(max)}, found ${args.length}: unexpected \`${args[max]}\``
        : args.length ? `takes ${n(min)}, found ${args.length}` : 'is missing its argument';
      const col = args.length > max ? st.cols[max] : end;
      fail(`the ${verb} directive ${what}`, line, col, `write it as \`${usage}\``);
    }
    const value = args[0];
    const where = { file, line, col: st.cols[0] };
    if (verb === 'go') {
      if (go) fail(`a second go directive (the first is at line ${go.line})`, line, st.col, 'keep one go line');
      if (!/^\d+(\.\d+){0,2}((rc|beta)\d+)?$/.test(value)) {
        throw new UserError(`invalid go version "${value}" in the go directive`, { where, code: 'bad_version_file', hint: 'write it as `go 1.26` or `go 1.26.8`' });
      }
      go = { spec: value, line, from: 'go' };
    } else if (verb === 'toolchain') {
      if (toolchain) fail(`a second toolchain directive (the first is at line ${toolchain.line})`, line, st.col, 'keep one toolchain line');
      // `toolchain go1.26.8`, optionally with a custom suffix (go1.26.8+auto); `toolchain default` means none.
      if (value === 'default') continue;
      const name = value.replace(/[+-].*$/, '');
      if (!value.startsWith('go') || !isGoName(name)) {
        throw new UserError(`invalid toolchain "${value}"`, { where, code: 'bad_version_file', hint: 'write it as `toolchain go1.26.8`' });
      }
      toolchain = { spec: name.slice(2), line, from: 'toolchain' };
    }
  }
  const found = toolchain ?? go;
  if (!found) throw new UserError('no go directive', { where: { file }, code: 'bad_version_file', hint: 'add a line like `go 1.26`, or give go-version' });
  return found;
}

function fromPlain(text: string, file: string): FileVersion {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/#.*$/, '');
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    if (words.length > 1) {
      const col = raw.indexOf(words[1], raw.indexOf(words[0]) + words[0].length) + 1;
      throw new UserError(`the version file holds more than one word: unexpected "${words[1]}"`, { where: { file, line: i + 1, col }, code: 'bad_version_file', hint: 'write one version, like 1.26.8, on the line' });
    }
    return { spec: words[0], line: i + 1, from: 'version' };
  }
  throw new UserError('the version file is empty', { where: { file }, code: 'bad_version_file', hint: 'write a version like 1.26.8 on its first line' });
}

function fromToolVersions(text: string, file: string): FileVersion {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const [key, value] = lines[i].replace(/#.*$/, '').trim().split(/\s+/);
    if (key !== 'golang' && key !== 'go') continue;
    // asdf reads the first of several versions; the rest are fallbacks.
    if (!value) throw new UserError(`the ${key} entry has no version`, { where: { file, line: i + 1, col: lines[i].indexOf(key) + key.length + 1 }, code: 'bad_version_file', hint: `write it as \`${key} 1.26.8\`` });
    return { spec: value, line: i + 1, from: key };
  }
  throw new UserError('no golang or go entry', { where: { file }, code: 'bad_version_file', hint: 'add a line like `golang 1.26.8`' });
}

/** Whether a go.mod declares dependencies (a missing go.sum is then a real problem for the cache key). */
export const goModHasRequire = (text: string): boolean => /^\s*require\b/m.test(text.replace(/\/\/.*$/gm, ''));
