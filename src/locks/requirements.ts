// requirements*.txt as pip reads it: `\` continuations joined (a comment ends one), comments dropped, `-r`/`-c`
// includes followed relative to the including file, inside the workspace, once per chain (a cycle is an error) and
// within a bound; `-e`, URL and VCS requirements; per-requirement `--hash`; index options; pip-compile's `# via`.
import { dirname, relative, resolve } from 'node:path';
import { readBoundedText } from '../bounded-read.ts';
import { resolveInside } from '../workspace-path.ts';
import { withoutBom } from './bom.ts';
import type { RequirementsDocument, RequirementsOption } from './document.ts';
import { catchLockError, LockSyntaxError, malformed, type LockParseResult } from './lock-error.ts';
import { parseRequirement } from './pep508.ts';
import { requirementEntry, viaComment } from './requirement-entry.ts';
import { readWrittenRequirements } from './requirements-written.ts';

export interface RequirementsReadOptions {
  /** Includes are read only when a workspace is given, and only inside it. */
  workspace?: string;
  /** At most this many files in all (default 64) and this deep a chain of includes (default 16). */
  maxFiles?: number;
  maxDepth?: number;
}

const VALUED = new Map([
  ['-r', 'requirement'],
  ['--requirement', 'requirement'],
  ['-c', 'constraint'],
  ['--constraint', 'constraint'],
  ['-e', 'editable'],
  ['--editable', 'editable'],
  ['-i', 'index-url'],
  ['--index-url', 'index-url'],
  ['--extra-index-url', 'extra-index-url'],
  ['-f', 'find-links'],
  ['--find-links', 'find-links'],
  ['--only-binary', 'only-binary'],
  ['--no-binary', 'no-binary'],
  ['--trusted-host', 'trusted-host'],
  ['--use-feature', 'use-feature'],
  ['--hash', 'hash'],
  ['--global-option', 'global-option'],
  ['-C', 'config-settings'],
  ['--config-settings', 'config-settings'],
]);
const FLAGS = new Map([
  ['--no-index', 'no-index'],
  ['--pre', 'pre'],
  ['--prefer-binary', 'prefer-binary'],
  ['--require-hashes', 'require-hashes'],
]);
const PER_REQUIREMENT = new Set(['hash', 'global-option', 'config-settings']);
/** How many files a reading takes in all, unless told otherwise. */
const MAX_FILES = 64;
const HASH = /^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128}|sha224:[0-9a-f]{56}|sha1:[0-9a-f]{40}|md5:[0-9a-f]{32})$/;
const COMMENT = /(^|\s+)#.*$/;
const URL_REF = /^[a-z][a-z0-9+.-]*:\/\//i;

interface Logical {
  text: string;
  line: number;
  /** pip-compile's `# via` names that follow the line. */
  via: string[];
}

/** pip's join_lines + ignore_comments, keeping each logical line's first line number and its `# via` block. */
function logicalLines(text: string): Logical[] {
  const out: Logical[] = [];
  let parts: string[] = [];
  let first = 0;
  let inVia = false;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, idx) => {
    const n = idx + 1;
    const comment = /^\s*#\s?(.*)$/.exec(raw);
    if (comment && out.length && !parts.length) {
      const c = comment[1];
      const via = viaComment(c);
      if (via) {
        inVia = via.open;
        out[out.length - 1].via.push(...via.names);
        return;
      }
      // A name of an open `# via`: one on a line, indented.
      if (inVia && /^\s{2,}\S/.test(c)) return void out[out.length - 1].via.push(c.trim());
    }
    inVia = false;
    if (raw.endsWith('\\') && !COMMENT.test(raw)) {
      if (!parts.length) first = n;
      parts.push(raw.slice(0, -1));
      return;
    }
    const joined = parts.length ? [...parts, raw].join('') : raw;
    const at = parts.length ? first : n;
    parts = [];
    const t = joined.replace(COMMENT, '').trim();
    if (t) out.push({ text: t, line: at, via: [] });
  });
  if (parts.length) {
    const t = parts.join('').replace(COMMENT, '').trim();
    if (t) out.push({ text: t, line: first, via: [] });
  }
  return out;
}

/** `--name=value`, `--name value`, `-Xvalue`, `-X value` into [option, value] pairs. */
function options(tokens: string[], file: string, line: number): [string, string | null][] {
  const out: [string, string | null][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const eq = tok.startsWith('--') ? tok.indexOf('=') : -1;
    const flag = eq > 0 ? tok.slice(0, eq) : !tok.startsWith('--') && tok.length > 2 ? tok.slice(0, 2) : tok;
    const attached = eq > 0 ? tok.slice(eq + 1) : flag !== tok ? tok.slice(2) : null;
    if (FLAGS.has(flag)) {
      if (attached !== null) throw malformed(file, line, `option ${flag} takes no value`);
      out.push([FLAGS.get(flag)!, null]);
    } else if (VALUED.has(flag)) {
      const value = attached ?? tokens[++i];
      if (value === undefined || value === '') throw malformed(file, line, `option ${flag} needs a value`);
      out.push([VALUED.get(flag)!, value]);
    } else if (tok.startsWith('-')) throw malformed(file, line, `unknown option ${tok}`);
    else throw malformed(file, line, `unexpected "${tok}" among the options`);
  }
  return out;
}

class Reader {
  readonly doc: RequirementsDocument;
  private files = 0;
  constructor(
    file: string,
    private readonly opts: RequirementsReadOptions,
  ) {
    this.doc = { ecosystem: 'pip', format: 'requirements.txt', file, packages: [], constraints: [], includes: [], options: [] };
  }

  private shown(abs: string): string {
    const ws = this.opts.workspace;
    return ws ? relative(resolve(ws), abs) : abs;
  }

  read(text: string, file: string, chain: string[], constraint: boolean): void {
    const max = this.opts.maxFiles ?? MAX_FILES;
    if (++this.files > max) throw this.limit(file, `more than ${max} requirements files`);
    const own = file === this.doc.file ? undefined : file;
    for (const l of logicalLines(text)) {
      const tokens = l.text.split(/\s+/);
      const firstOpt = tokens.findIndex((t) => t.startsWith('-'));
      const reqTokens = firstOpt < 0 ? tokens : tokens.slice(0, firstOpt);
      const opts = firstOpt < 0 ? [] : options(tokens.slice(firstOpt), file, l.line);
      const line: RequirementsOption[] = [];
      const hashes: string[] = [];
      let requirement = reqTokens.join(' ');
      let editable = false;
      for (const [name, value] of opts) {
        if (name === 'hash') {
          if (!HASH.test(value!)) throw malformed(file, l.line, `--hash=${value}: want algorithm:hexdigest, such as sha256:<64 hex digits>`);
          hashes.push(value!);
        } else if (name === 'editable') {
          if (requirement) throw malformed(file, l.line, `-e takes the requirement itself, not "${requirement}" before it`);
          requirement = value!;
          editable = true;
        } else if (name === 'requirement' || name === 'constraint') this.include(name, value!, file, l.line, chain, constraint || name === 'constraint');
        else if (!PER_REQUIREMENT.has(name)) line.push({ name, value, file, line: l.line });
      }
      if (!requirement) {
        if (hashes.length || opts.some(([n]) => n === 'global-option' || n === 'config-settings'))
          throw malformed(file, l.line, '--hash and per-requirement options go on a requirement line');
        this.doc.options.push(...line);
        continue;
      }
      if (line.length) throw malformed(file, l.line, `option --${line[0].name} goes on a line of its own, not after a requirement`);
      const r = parseRequirement(requirement);
      if ('error' in r) throw malformed(file, l.line, r.error);
      if (editable && !r.url) r.url = requirement;
      (constraint ? this.doc.constraints : this.doc.packages).push(requirementEntry(r, requirement, hashes, l.line, l.via, editable, own));
    }
  }

  private limit(file: string, what: string): LockSyntaxError {
    return new LockSyntaxError({ code: 'include_limit', file, line: 1, message: `${what}: the includes are bounded` });
  }

  private include(kind: 'requirement' | 'constraint', ref: string, file: string, line: number, chain: string[], constraint: boolean): void {
    const entry = { kind, ref, resolved: null as string | null, file, line };
    this.doc.includes.push(entry);
    const ws = this.opts.workspace;
    if (URL_REF.test(ref) || !ws) return;
    const label = `${kind === 'requirement' ? '-r' : '-c'} include`;
    const abs = resolveInside(ws, ref, { label, base: dirname(resolve(ws, file)), where: { file, line } });
    if (chain.includes(abs)) {
      throw new LockSyntaxError({
        code: 'include_cycle',
        file,
        line,
        message: `-${kind[0]} ${ref} includes ${this.shown(abs)} again: the includes form a cycle`,
      });
    }
    if (chain.length >= (this.opts.maxDepth ?? 16))
      throw new LockSyntaxError({ code: 'include_limit', file, line, message: `includes nested deeper than ${this.opts.maxDepth ?? 16}` });
    const shown = this.shown(abs);
    entry.resolved = shown;
    const text = withoutBom(readBoundedText(abs, { label, where: { file, line } }));
    this.read(text, shown, [...chain, abs], constraint);
  }
}

/** The first file of a chain of includes: the file itself, inside the workspace when one is given. */
const chainOf = (file: string, opts: RequirementsReadOptions): string[] =>
  opts.workspace ? [resolveInside(opts.workspace, file, { label: 'requirements file' })] : [];

function readLines(text: string, file: string, opts: RequirementsReadOptions, chain: string[]): RequirementsDocument {
  const reader = new Reader(file, opts);
  reader.read(text, file, chain, false);
  return reader.doc;
}

/** Any requirements file, line by line, its includes followed: each mistake one error at its line. */
export const parseRequirementsLines = (text: string, file: string, opts: RequirementsReadOptions = {}): RequirementsDocument =>
  readLines(text, file, opts, chainOf(file, opts));

export function parseRequirementsText(text: string, file: string, opts: RequirementsReadOptions = {}): RequirementsDocument {
  // Inside the workspace whichever reader takes it.
  const chain = chainOf(file, opts);
  return ((opts.maxFiles ?? MAX_FILES) >= 1 ? readWrittenRequirements(text, file) : null) ?? readLines(text, file, opts, chain);
}

export const parseRequirements = (text: string, file: string, opts: RequirementsReadOptions = {}): LockParseResult<RequirementsDocument> =>
  catchLockError(file, () => parseRequirementsText(text, file, opts));
