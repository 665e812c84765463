// Loads what a policy run needs, as conftest loads it: the .rego files under the policy paths (Rego v1 unless v0 is
// asked for), the namespaces their packages declare and the deny/violation/warn rules of each (with how often each is
// defined, which conftest counts as tests), and the data documents (.json/.yaml/.yml) merged at the root of `data`;
// conftest's builtins (parse_config, ...) are registered with the engine first.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { POLICY_READ_LIMIT, readBoundedText } from '../bounded-read.ts';
import { UserError } from '../errors.ts';
import { checkParsersLoadedFor, loadParsersNamedIn, registerConftestBuiltins } from './conftest-builtins.ts';
import { parseInput } from './input-file.ts';
import { loadParsersFor, parserFor } from './parsers/registry.ts';
import { filesWithExtension } from './walk.ts';

export const DEFAULT_POLICY_PATH = 'policy';

export const isFailureRule = (name: string) => /^(deny|violation)(_[a-zA-Z0-9]+)*$/.test(name);
export const isWarningRule = (name: string) => /^warn(_[a-zA-Z0-9]+)*$/.test(name);

/**
 * The Rego engine as this capability uses it (src/rego/index.ts fits it): the pipeline passes it in, so policy/ does
 * not import another capability and the engine loads only when policies are run.
 */
export interface RegoEngine {
  compile(modules: PolicyModule[], data: unknown, opts: { v0?: boolean }): CompiledPolicy;
  fromJSON(v: unknown): unknown;
  toJSON(v: never): unknown;
  /** Registers a host builtin the policies may call (conftest's parse_config, ...): a HostBuiltin over engine values. */
  registerBuiltin?(name: string, arity: number, fn: never): void;
}

/** What conftest's builtins need of the engine. */
export type BuiltinHost = Pick<RegoEngine, 'fromJSON' | 'toJSON' | 'registerBuiltin'>;

/** A builtin over the engine's values (convert with fromJSON/toJSON); `loc` is where the call is written. */
export type HostBuiltin = (args: unknown[], ctx: unknown, loc?: { file: string; row?: number; col?: number }) => unknown;

export interface CompiledPolicy {
  /** The modules as parsed: their packages are the namespaces, their rule heads the tests conftest counts. */
  readonly modules: readonly { package: string[]; rules: { head: { ref: { t: string; name?: string }[] } }[] }[];
  query(query: string, opts: { input?: never }): { rows: unknown[] };
  evaluate(path: string, opts: { input?: never }): { value?: unknown };
}

export interface LoadedPolicies {
  engine: RegoEngine;
  policy: CompiledPolicy;
  /** Namespaces in the order their first module was loaded. */
  namespaces: string[];
  /** Per namespace: each deny/violation/warn rule name and how many definitions it has. */
  rules: Map<string, Map<string, number>>;
  /** Files the policies asked to read outside the allowed roots (conftest's builtins): the run stops with the first. */
  refusals: UserError[];
}

/** A policy file as read: its path as shown and its text. */
export interface PolicyModule {
  file: string;
  source: string;
}

export interface LoadOptions {
  engine: RegoEngine;
  cwd: string;
  policyPaths: readonly string[];
  /** The modules of policyPaths when the caller has read them already (readPolicyModules): each file is read once. */
  modules?: PolicyModule[];
  dataPaths?: readonly string[];
  regoVersion?: 'v0' | 'v1';
}

/**
 * conftest's builtins (parse_config, ...) for policies under `policyPaths`, which may read files beside them: inside the
 * workspace, or in a policy directory named outside it (the pack). Returns where refused reads are kept.
 */
export function registerPolicyBuiltins(engine: BuiltinHost, cwd: string, policyPaths: readonly string[]): UserError[] {
  const refusals: UserError[] = [];
  const paths = policyPaths.length ? policyPaths : [DEFAULT_POLICY_PATH];
  const alsoAllowed = paths.filter((p) => isAbsolute(p)).map((p) => resolve(p));
  registerConftestBuiltins(engine, { cwd, workspace: cwd, alsoAllowed, refusals });
  return refusals;
}

export function loadPolicies(opts: LoadOptions): LoadedPolicies {
  const modules = opts.modules ?? readPolicyModules(opts.policyPaths, opts.cwd);
  checkParsersLoadedFor(modules.map((m) => m.source));
  const v0 = opts.regoVersion === 'v0';
  const data = loadData(opts.dataPaths ?? [], opts.cwd);
  const refusals = registerPolicyBuiltins(opts.engine, opts.cwd, opts.policyPaths);
  const policy = opts.engine.compile(modules, data, { v0 });
  const namespaces: string[] = [];
  const rules = new Map<string, Map<string, number>>();
  for (const m of policy.modules) {
    const ns = m.package.join('.');
    if (!rules.has(ns)) {
      namespaces.push(ns);
      rules.set(ns, new Map());
    }
    const counts = rules.get(ns)!;
    for (const r of m.rules) {
      const head = r.head.ref;
      const name = head.length === 1 && head[0].t === 'var' ? head[0].name : undefined;
      if (name && (isFailureRule(name) || isWarningRule(name))) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return { engine: opts.engine, policy, namespaces, rules, refusals };
}

/** The .rego files under the policy paths (default `policy`), read bounded; none at all is an error. */
export function readPolicyModules(policyPaths: readonly string[], cwd: string): PolicyModule[] {
  const paths = policyPaths.length ? policyPaths : [DEFAULT_POLICY_PATH];
  const files = filesWithExtension(paths, cwd, ['.rego'], 'policy');
  if (!files.length) {
    throw new UserError(`no policies found in ${paths.join(', ')}`, {
      hint: 'name a directory or file holding .rego policies with --policy',
      code: 'no_policies',
    });
  }
  return files.map((file) => ({
    file,
    source: readBoundedText(resolve(cwd, file), { label: 'policy', maxBytes: POLICY_READ_LIMIT, where: { file } }),
  }));
}

/** What loading policies parses: the data documents, and what the policies' texts name. */
export interface PolicyParserNeeds {
  cwd: string;
  modules: readonly PolicyModule[];
  dataPaths?: readonly string[];
}

/**
 * Loads the parsers loadPolicies and verifyPolicies parse with (they parse synchronously): the data documents', and
 * every parser when the policies call conftest's parse_config builtins, which name their parser at run time.
 */
export async function loadPolicyParsers(o: PolicyParserNeeds): Promise<void> {
  await Promise.all([loadParsersFor(dataFiles(o.dataPaths ?? [], o.cwd).map((d) => d.file)), loadParsersNamedIn(o.modules.map((m) => m.source))]);
}

/** The data files under `paths`, each with the prefix it is merged under. */
const dataFiles = (paths: readonly string[], cwd: string) =>
  paths.flatMap((root) =>
    filesWithExtension([root], cwd, ['.json', '.yaml', '.yml'], 'data').map((file) => ({
      file,
      prefix: file === root ? [] : relative(root, dirname(file)).split(sep).filter(Boolean),
    })),
  );

/**
 * The data documents merged under `data` as conftest (OPA's loader) merges them: a file named directly at the root, a
 * file found in a directory under its sub-directory's names (`-d d` puts `d/limits/x.yaml` at `data.limits`). A file
 * that does not parse is an error at its line.
 */
export function loadData(paths: readonly string[], cwd: string): Record<string, unknown> {
  let data: Record<string, unknown> = {};
  for (const { file, prefix } of dataFiles(paths, cwd)) {
    const parsed = parseInput(
      readBoundedText(resolve(cwd, file), { label: 'data file', maxBytes: POLICY_READ_LIMIT, where: { file } }),
      file,
      parserFor(file)!,
    );
    if (parsed.status === 'refused') {
      const f = parsed.finding;
      throw new UserError(`cannot load data: ${f.message}`, {
        where: { file, line: f.line, col: f.column },
        hint: 'fix the data document or leave it out of --data',
        code: 'bad_data',
      });
    }
    for (const doc of parsed.parsed.documents)
      data = merge(
        data,
        prefix.reduceRight<unknown>((v, k) => ({ [k]: v }), doc),
      );
  }
  return data;
}

function merge(a: Record<string, unknown>, b: unknown): Record<string, unknown> {
  if (!isObject(b)) return a;
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObject(out[k]) && isObject(v) ? merge(out[k] as Record<string, unknown>, v) : v;
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
