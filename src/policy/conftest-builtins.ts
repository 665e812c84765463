// conftest's builtins for policies: parse_config(parser, text), parse_config_file(path) and
// parse_combined_config_files(paths), with our parsers. As conftest does, file paths are relative to the directory of
// the policy file that calls them. Unlike conftest, a path must stay inside the workspace (or the policy directories
// being run), and files are read bounded: a policy is repository text, not a way to read the runner's files.
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { resolveInside } from '../workspace-path.ts';
import { combinedDocument, type ParsedInput } from './combine.ts';
import { readInputFile, MAX_INPUT_BYTES } from './input-file.ts';
import { loadAllParsers, parserNamed, unloadedParsers } from './parsers/registry.ts';
import type { ParsedFile } from './parsers/parser.ts';
import type { BuiltinHost, HostBuiltin } from './load.ts';

export interface ConftestBuiltinOptions {
  cwd: string;
  workspace: string;
  /** Roots besides the workspace whose files policies may read (the built-in pack's directory). */
  alsoAllowed: string[];
  /** A path outside the allowed roots, or a file too large or binary, is kept here: the run stops with it after evaluation. */
  refusals: UserError[];
}

const NAMES = ['parse_config', 'parse_config_file', 'parse_combined_config_files'];

/** Whether a policy text may call one of these builtins (a call names its builtin; a comment may too, at no harm). */
const namesConftestBuiltin = (texts: readonly string[]) => texts.some((t) => NAMES.some((n) => t.includes(n)));

/** The parsers policies may name at run time: all of them, when their texts name one of these builtins. */
export async function loadParsersNamedIn(texts: readonly string[]): Promise<void> {
  if (namesConftestBuiltin(texts)) await loadAllParsers();
}

/**
 * The loading was skipped for policies that call these builtins: our bug, stopped before evaluation (in a builtin the
 * evaluator would make it undefined: a deny rule that passes).
 */
export function checkParsersLoadedFor(texts: readonly string[]): void {
  const missing = namesConftestBuiltin(texts) ? unloadedParsers() : [];
  if (missing.length) {
    throw new Error(
      `internal error: the policies call conftest's parse_config builtins, but the ${missing.join(', ')} parser(s) are not loaded: await loadParsersNamedIn(<the module texts>) or loadAllParsers() before loading the policies`,
    );
  }
}

/** A builtin's failure: the evaluator makes it undefined (OPA's non-strict builtin errors, as conftest runs them). */
const fail = (message: string): never => {
  throw new Error(message);
};

type CallLoc = { file: string; row?: number; col?: number };
const whereOf = (loc: CallLoc | undefined) => (loc ? { file: loc.file, line: loc.row, col: loc.col } : undefined);

/** What conftest's parser Unmarshal yields: the value of a one-document file, the list of documents of several. */
const unmarshalled = (p: ParsedFile): unknown => p.value;

export function registerConftestBuiltins(engine: BuiltinHost, o: ConftestBuiltinOptions): void {
  if (!engine.registerBuiltin) return;
  const register = (name: string, arity: number, fn: HostBuiltin) => engine.registerBuiltin!(name, arity, fn as never);
  const json = (v: unknown) => engine.toJSON(v as never);
  const str = (v: unknown, what: string): string => {
    const s = json(v);
    return typeof s === 'string' ? s : fail(`${what} must be a string`);
  };
  /** A path named by the policy at `loc`, as the real path to read (relative to the policy file's directory). */
  const pathFor = (p: string, loc: CallLoc | undefined): string => {
    const abs = resolve(o.cwd, loc?.file ? dirname(loc.file) : '.', p);
    try {
      return resolveInside(o.workspace, abs, { label: `a policy's file path ${JSON.stringify(p)}`, alsoAllowed: o.alsoAllowed });
    } catch (e) {
      if (e instanceof UserError)
        o.refusals.push(
          new UserError(e.message, {
            where: whereOf(loc),
            hint: 'policies read only files inside the workspace',
            code: e.code,
          }),
        );
      throw e;
    }
  };
  const parseFile = (p: string, loc: CallLoc | undefined): ParsedInput => {
    // Shown as conftest joins it: the policy file's directory and the path.
    const i = readInputFile(pathFor(p, loc), { display: join(loc?.file ? dirname(loc.file) : '.', p), maxBytes: MAX_INPUT_BYTES });
    if (i.status === 'parsed') return i;
    // conftest reads any size; a file our bound refuses must not quietly make a deny rule undefined (a pass).
    if (i.reason === 'too-large' || i.reason === 'binary') {
      o.refusals.push(
        new UserError(`a policy's file is refused: ${i.finding.message}`, {
          where: whereOf(loc),
          hint: 'policies read config files of at most 4 MiB of text',
          code: 'policy_file_refused',
        }),
      );
    }
    return fail(i.finding.message);
  };

  register('parse_config', 2, (args) => {
    const name = str(args[0], 'operand 1 (the parser name)');
    const text = str(args[1], 'operand 2 (the configuration)');
    if (text.length > MAX_INPUT_BYTES) fail(`the configuration is larger than ${MAX_INPUT_BYTES} bytes`);
    let parser;
    try {
      parser = parserNamed(name);
    } catch (e) {
      return fail(`create config parser: ${(e as Error).message}`);
    }
    try {
      return engine.fromJSON(unmarshalled(parser.parse(text, '-')));
    } catch (e) {
      return fail(`unmarshal config: ${(e as Error).message}`);
    }
  });
  register('parse_config_file', 1, (args, _ctx, loc) => engine.fromJSON(unmarshalled(parseFile(str(args[0], 'operand 1 (the path)'), loc).parsed)));
  register('parse_combined_config_files', 1, (args, _ctx, loc) => {
    const paths = json(args[0]);
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) return fail('operand 1 must be an array of strings');
    return engine.fromJSON(combinedDocument(paths.map((p: string) => parseFile(p, loc))));
  });
}
