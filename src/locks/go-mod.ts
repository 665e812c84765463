// go.mod and go.work as documents: every directive the go command knows, with its line; what the go command refuses
// in a main module (an unknown directive, a version that is not canonical, a local replacement with a version) is
// one error naming the line.
import type { GoDebug, GoModDocument, GoReplace, GoRequire, GoRetract, GoWorkDocument } from './document.ts';
import { GO_VERSION_SOURCE, isGoVersion, isPseudoVersion } from './go-version.ts';
import { catchLockError, malformed, type LockParseResult } from './lock-error.ts';
import { statements, type Statement } from './go-modfile-syntax.ts';

// As regex sources without groups: the tidy line reader embeds them.
const GO_LINE_VERSION = '[1-9][0-9]*\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?(?:[a-z]+[0-9]+)?';
const TOOLCHAIN_NAME = 'default|go1(?:\\.[0-9a-z.+-]*)?(?:-[0-9A-Za-z.+-]+)?';
const GO_VERSION = new RegExp(`^${GO_LINE_VERSION}$`);
const TOOLCHAIN = new RegExp(`^(?:${TOOLCHAIN_NAME})$`);

/** A replacement that names a directory (cmd/go: starts with ./ ../ or /, or a Windows drive/backslash form). */
const isLocalPath = (p: string) => /^(\.\.?([/\\]|$)|[/\\]|[A-Za-z]:[/\\])/.test(p);

function want(s: Statement, file: string, n: number, usage: string): void {
  if (s.args.length !== n) throw malformed(file, s.line, `usage: ${usage}`);
}

function version(s: Statement, file: string, path: string, v: string): string {
  if (!isGoVersion(v)) throw malformed(file, s.line, `${path}: invalid version "${v}": must be of the form v1.2.3`);
  return v;
}

function once<T>(prev: T | null, s: Statement, file: string): void {
  if (prev) throw malformed(file, s.line, `repeated ${s.verb} directive`);
}

function goLine(s: Statement, file: string): { version: string; line: number } {
  want(s, file, 1, 'go 1.23');
  if (!GO_VERSION.test(s.args[0])) throw malformed(file, s.line, `invalid go version "${s.args[0]}": must match 1.23, 1.23.4 or 1.24rc1`);
  return { version: s.args[0], line: s.line };
}

function toolchainLine(s: Statement, file: string): { name: string; line: number } {
  want(s, file, 1, 'toolchain go1.23.4');
  if (!TOOLCHAIN.test(s.args[0])) throw malformed(file, s.line, `invalid toolchain "${s.args[0]}": must be of the form go1.23.4 or default`);
  return { name: s.args[0], line: s.line };
}

function godebugLine(s: Statement, file: string): GoDebug {
  want(s, file, 1, 'godebug key=value');
  const eq = s.args[0].indexOf('=');
  if (eq <= 0 || /\s|,/.test(s.args[0])) throw malformed(file, s.line, `invalid godebug "${s.args[0]}": must be key=value`);
  return { key: s.args[0].slice(0, eq), value: s.args[0].slice(eq + 1), line: s.line };
}

function replaceLine(s: Statement, file: string): GoReplace {
  const arrow = s.args.indexOf('=>');
  if (arrow < 1 || arrow > 2 || s.args.length - arrow - 1 < 1 || s.args.length - arrow - 1 > 2)
    throw malformed(file, s.line, 'usage: replace module/path [v1.2.3] => other/module v1.4.5 | ../local/dir');
  const [oldPath, oldVersion] = s.args.slice(0, arrow);
  const [newPath, newVersion] = s.args.slice(arrow + 1);
  const local = isLocalPath(newPath);
  if (local && newVersion) throw malformed(file, s.line, `replacement directory ${newPath} takes no version`);
  if (!local && !newVersion) throw malformed(file, s.line, `replacement module ${newPath} needs a version (or give a directory as ./dir)`);
  return {
    old: { path: oldPath, ...(oldVersion ? { version: version(s, file, oldPath, oldVersion) } : {}) },
    new: { path: newPath, ...(newVersion ? { version: version(s, file, newPath, newVersion) } : {}) },
    local,
    line: s.line,
  };
}

function retractLine(s: Statement, file: string): GoRetract {
  const a = s.args;
  const rationale = [...s.before, ...(s.trailing ? [s.trailing] : [])].join('\n');
  if (a.length === 1) return { low: version(s, file, 'retract', a[0]), high: a[0], rationale, line: s.line };
  if (a.length === 5 && a[0] === '[' && a[2] === ',' && a[4] === ']')
    return { low: version(s, file, 'retract', a[1]), high: version(s, file, 'retract', a[3]), rationale, line: s.line };
  throw malformed(file, s.line, 'usage: retract v1.2.3 | retract [v1.2.0, v1.2.9]');
}

const deprecation = (comments: string[]): string | null => {
  if (!comments.length) return null;
  const text = comments.join('\n');
  const m = /(?:^|\n\n)Deprecated: ([\s\S]*?)(?:\n\n|$)/.exec(text);
  return m ? m[1].replace(/\n/g, ' ').trim() : null;
};

/** go, toolchain, godebug and replace read alike in go.mod and go.work; false for any other verb. */
function sharedDirective(doc: Pick<GoModDocument, 'go' | 'toolchain' | 'godebug' | 'replace'>, s: Statement, file: string): boolean {
  switch (s.verb) {
    case 'go':
      once(doc.go, s, file);
      doc.go = goLine(s, file);
      return true;
    case 'toolchain':
      once(doc.toolchain, s, file);
      doc.toolchain = toolchainLine(s, file);
      return true;
    case 'godebug':
      doc.godebug.push(godebugLine(s, file));
      return true;
    case 'replace':
      doc.replace.push(replaceLine(s, file));
      return true;
    default:
      return false;
  }
}

const isIndirect = (c: string | null) => c !== null && (c === 'indirect' || c.startsWith('indirect;'));

// A go.mod holds no hashes: its requires share one empty list (hundreds of them, each kept by the document).
const NO_HASHES: string[] = Object.freeze([]) as unknown as string[];

/** A require of a checked version (a pseudo-version has a `-`: most versions skip its pattern). */
const requirement = (name: string, version: string, indirect: boolean, line: number): GoRequire => ({
  name,
  version,
  direct: !indirect,
  indirect,
  pseudo: version.includes('-') && isPseudoVersion(version),
  hashes: NO_HASHES,
  source: null,
  markers: null,
  line,
});

const emptyGoMod = (file: string): GoModDocument => ({
  ecosystem: 'go',
  format: 'go.mod',
  file,
  module: null,
  go: null,
  toolchain: null,
  godebug: [],
  packages: [],
  replace: [],
  exclude: [],
  retract: [],
  tool: [],
  ignore: [],
});

/** Any go.mod, statement by statement: every directive, comments, quoting; each mistake one error at its line. */
export function parseGoModStatements(text: string, file: string): GoModDocument {
  const doc = emptyGoMod(file);
  for (const s of statements(text, file)) {
    if (sharedDirective(doc, s, file)) continue;
    switch (s.verb) {
      case 'module':
        once(doc.module, s, file);
        want(s, file, 1, 'module module/path');
        doc.module = { path: s.args[0], deprecated: deprecation([...s.before, ...(s.trailing ? [s.trailing] : [])]), line: s.line };
        break;
      case 'require': {
        want(s, file, 2, 'require module/path v1.2.3');
        const name = s.args[0];
        doc.packages.push(requirement(name, version(s, file, name, s.args[1]), isIndirect(s.trailing), s.line));
        break;
      }
      case 'exclude':
        want(s, file, 2, 'exclude module/path v1.2.3');
        doc.exclude.push({ path: s.args[0], version: version(s, file, s.args[0], s.args[1]), line: s.line });
        break;
      case 'retract':
        doc.retract.push(retractLine(s, file));
        break;
      case 'tool':
      case 'ignore':
        want(s, file, 1, `${s.verb} path`);
        doc[s.verb].push({ path: s.args[0], line: s.line });
        break;
      default:
        throw malformed(file, s.line, `unknown directive: ${s.verb}`);
    }
  }
  if (!doc.module) throw malformed(file, 1, 'no module directive: a go.mod starts with `module path`');
  // A replaced requirement comes from its replacement: that is its source.
  if (!doc.replace.length) return doc;
  const replaced = new Map(doc.replace.map((r) => [r.old.version ? `${r.old.path}@${r.old.version}` : r.old.path, r]));
  for (const p of doc.packages) {
    const r = replaced.get(`${p.name}@${p.version}`) ?? replaced.get(p.name);
    if (r) p.source = r.new.version ? `${r.new.path}@${r.new.version}` : r.new.path;
  }
  return doc;
}

// The lines go mod tidy writes in a go.mod without replacements or comments, one native match each, their values
// checked in it: a require in a block (a tab, the path, the version, maybe `// indirect`) or on its own line,
// `module`, `go`, `toolchain`, `require (`, `)`, a blank line. Paths of the characters module paths are made of, so
// that they are the words the tokenizer would read. The version pattern once: each copy is compiled apart.
const PATH = '((?:[A-Za-z0-9._~+-]|/(?!/))+)';
const TIDY_LINE = new RegExp(
  `(?:(\\t|require )${PATH} (${GO_VERSION_SOURCE})( // indirect)?|module ${PATH}|go (${GO_LINE_VERSION})|toolchain (${TOOLCHAIN_NAME})|(require \\()|(\\)))?(\\n|$)`,
  'y',
);

/**
 * The document of a go.mod as go mod tidy writes it (module, go, toolchain and requires, no comment but
 * `// indirect`), or null for any other text, which the statement reader then reads (or refuses with its error).
 * The first go.mod of a process is read before the JIT has seen any of this: one match and a few tests a line.
 */
export function readTidyGoMod(text: string, file: string): GoModDocument | null {
  const doc = emptyGoMod(file);
  let inBlock = false;
  for (let p = 0, line = 1; ; line++) {
    TIDY_LINE.lastIndex = p;
    const m = TIDY_LINE.exec(text);
    if (!m) return null;
    p = TIDY_LINE.lastIndex;
    if (m[1] !== undefined) {
      if ((m[1] === '\t') !== inBlock) return null;
      doc.packages.push(requirement(m[2], m[3], m[4] !== undefined, line));
    } else if (m[5] !== undefined) {
      if (inBlock || doc.module) return null;
      doc.module = { path: m[5], deprecated: null, line };
    } else if (m[6] !== undefined) {
      if (inBlock || doc.go) return null;
      doc.go = { version: m[6], line };
    } else if (m[7] !== undefined) {
      if (inBlock || doc.toolchain) return null;
      doc.toolchain = { name: m[7], line };
    } else if (m[8] !== undefined || m[9] !== undefined) {
      if ((m[8] !== undefined) === inBlock) return null;
      inBlock = !inBlock;
    }
    if (m[10] === '') return inBlock || !doc.module ? null : doc;
  }
}

export const parseGoModText = (text: string, file: string): GoModDocument => readTidyGoMod(text, file) ?? parseGoModStatements(text, file);

export function parseGoWorkText(text: string, file: string): GoWorkDocument {
  const doc: GoWorkDocument = { ecosystem: 'go', format: 'go.work', file, go: null, toolchain: null, godebug: [], use: [], replace: [], packages: [] };
  for (const s of statements(text, file)) {
    if (sharedDirective(doc, s, file)) continue;
    switch (s.verb) {
      case 'use':
        want(s, file, 1, 'use ./dir');
        doc.use.push({ path: s.args[0], line: s.line });
        break;
      default:
        throw malformed(file, s.line, `unknown directive: ${s.verb}`);
    }
  }
  return doc;
}

export const parseGoMod = (text: string, file: string): LockParseResult<GoModDocument> => catchLockError(file, () => parseGoModText(text, file));
export const parseGoWork = (text: string, file: string): LockParseResult<GoWorkDocument> => catchLockError(file, () => parseGoWorkText(text, file));
