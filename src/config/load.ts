// Inputs (action INPUT_* env or CLI flags) + the repository config file -> one Config. Inputs win over the file, the
// file wins over the table's defaults. What the file names (a PR's author writes it) stays inside the workspace.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { readYaml } from '../core/document.ts';
import { UserError, type Where } from '../errors.ts';
import { quoted } from '../log-text.ts';
import { resolveInside } from '../workspace-path.ts';
import type { CacheMode, CanaryConfigSource, CommentMode, Config, PolicyConfig, QemuMethod } from './config.ts';
import { readCanaryFile } from './canary-file.ts';
import { readConfigFile, type FileValue } from './file.ts';
import { readRuntimeFacts } from './runtime.ts';
import { INPUTS, type CommandName, type InputSpec } from './inputs.ts';
import { splitArgs } from './split-args.ts';

export { splitArgs } from './split-args.ts';

type Raw = Record<string, string>;

export interface LoadOptions {
  /** Values given explicitly (action inputs that are non-empty, or CLI flags). */
  given: Raw;
  workspace: string;
  env?: NodeJS.ProcessEnv;
  /** The CLI is loading (never the action, even on a runner): RuntimeFacts.onActions is false. */
  cli?: boolean;
}

/** Action inputs from the INPUT_* environment, the way @actions/core names them; empty means not given. */
export function inputsFromEnv(env: NodeJS.ProcessEnv): Raw {
  const out: Raw = {};
  for (const spec of INPUTS) {
    const v = env[`INPUT_${spec.name.replace(/ /g, '_').toUpperCase()}`];
    if (v !== undefined && v.trim() !== '') out[spec.name] = v.trim();
  }
  return out;
}

/** Where a value came from: its label in messages, and a file position when it is the config file's. */
interface Origin {
  label: string;
  where?: Where;
  fromFile: boolean;
}

export function loadConfig(opts: LoadOptions): Config {
  const env = opts.env ?? process.env;
  if (!existsSync(opts.workspace) || !statSync(opts.workspace).isDirectory()) {
    throw new UserError(`the workspace ${quoted(opts.workspace)} does not exist or is no directory`, { hint: 'give an existing directory (GITHUB_WORKSPACE, or the CLI\'s --cwd)' });
  }
  const workspace = realpathSync(opts.workspace);
  const spec = new Map(INPUTS.map((s) => [s.name, s]));
  const configFileRel = opts.given['config-file'] ?? spec.get('config-file')!.default;
  const configPath = resolve(workspace, configFileRel);
  const fromFile = readConfigFile(configPath, relative(workspace, configPath) || configPath, opts.given['config-file'] !== undefined);

  const values = new Map<string, unknown>();
  const origins = new Map<string, Origin>();
  for (const s of INPUTS) {
    let origin: Origin;
    let raw: unknown;
    if (opts.given[s.name] !== undefined) {
      [origin, raw] = [{ label: `input "${s.name}"`, fromFile: false }, opts.given[s.name]];
    } else if (fromFile.has(s.name)) {
      const f = fromFile.get(s.name)!;
      [origin, raw] = [{ label: `"${s.name}"`, where: { file: configFileRel, line: f.line }, fromFile: true }, f.value];
    } else {
      [origin, raw] = [{ label: `default of "${s.name}"`, fromFile: false }, s.default.startsWith('${{') ? '' : s.default];
    }
    origins.set(s.name, origin);
    values.set(s.name, convert(s, raw, origin.label, origin.where));
  }
  const str = (n: string) => values.get(n) as string;
  const list = (n: string) => values.get(n) as string[];
  const bool = (n: string) => values.get(n) as boolean;
  const inside = (n: string, p: string, base?: string) => resolveInside(workspace, p, { label: origins.get(n)!.label, where: origins.get(n)!.where, base });

  const workingDirectory = inside('working-directory', str('working-directory'));
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new UserError(`working-directory "${str('working-directory')}" does not exist or is no directory`, { where: origins.get('working-directory')!.where, hint: 'give a directory inside the workspace' });
  }
  return {
    command: str('command') as CommandName,
    workspace,
    workingDirectory,
    configFile: fromFile.size ? configPath : undefined,
    toolchain: {
      goVersions: list('go-version'),
      goVersionFile: versionFile(str('go-version-file'), workspace, workingDirectory, inside),
      checkLatest: bool('check-latest'),
      downloadBaseUrl: str('go-download-base-url') || env.GO_DOWNLOAD_BASE_URL || '',
      token: checkedToken(opts.given.token ?? env.GITHUB_TOKEN ?? '', opts.given.token !== undefined ? 'input "token"' : 'GITHUB_TOKEN'),
      cache: str('cache') as CacheMode,
      cacheDependencyPath: list('cache-dependency-path').map((p) => dependencyPattern(p, origins.get('cache-dependency-path')!, (q) => inside('cache-dependency-path', q))),
      cacheSaveBranches: list('cache-save-branches'),
    },
    emulation: {
      platforms: list('qemu-platforms'),
      method: str('qemu-method') as QemuMethod,
      image: str('qemu-image'),
      install: bool('qemu-install'),
    },
    matrix: {
      targets: list('targets'),
      exclude: list('exclude'),
      variants: list('variants'),
      cgo: list('cgo'),
      buildPackage: str('build-package'),
      binaryName: bareName(str('binary-name'), origins.get('binary-name')!),
      ldflags: str('ldflags'),
      // The step or a terminal user may write anywhere (e.g. $RUNNER_TEMP); the config file only inside the workspace.
      outDir: origins.get('out-dir')!.fromFile ? inside('out-dir', str('out-dir'), workingDirectory) : resolve(workingDirectory, str('out-dir')),
      smokeArgs: splitArgs(str('smoke-args')),
      smokeTimeoutSeconds: values.get('smoke-timeout') as number,
      reproducible: bool('reproducible'),
    },
    canary: loadCanary(values.get('canary'), origins.get('canary')!, fromFile.get('canary'), (p, label) => resolveInside(workspace, p, { label, where: origins.get('canary')!.where }), bool('fail-on-hold')),
    report: { comment: str('comment') as CommentMode, commentId: str('comment-id') },
    baseline: { file: inside('baseline-file', str('baseline-file')), configs: list('baseline-configs') },
    policy: policyConfig(values, (n) => opts.given[n] !== undefined || fromFile.has(n), origins, inside),
    runtime: readRuntimeFacts(env, { cli: opts.cli }),
  };
}

/** The policy inputs; `builtin` is the action's own pack, every other path must lie inside the workspace. */
function policyConfig(values: Map<string, unknown>, isSet: (n: string) => boolean, origins: Map<string, Origin>, inside: Inside): PolicyConfig {
  const set = <T>(n: string) => (isSet(n) ? (values.get(n) as T) : undefined);
  const paths = (n: string) => {
    const ps = set<string[]>(n);
    for (const p of ps ?? []) if (!(n === 'policy' && p === 'builtin')) inside(n, p);
    return ps;
  };
  const globs = (n: string) => (values.get(n) as string[]).map((p) => dependencyPattern(p, origins.get(n)!, (q) => inside(n, q)));
  return {
    paths: paths('policy'),
    namespaces: set('policy-namespace'),
    allNamespaces: set('policy-all-namespaces'),
    data: paths('policy-data'),
    files: globs('policy-files'),
    exclude: globs('policy-exclude'),
    scope: values.get('policy-scope') as PolicyConfig['scope'],
    combine: set('policy-combine'),
    failOnWarn: set('policy-fail-on-warn'),
    noFail: set('policy-no-fail'),
    regoVersion: set('policy-rego-version'),
    verify: String(values.get('policy-verify')) as PolicyConfig['verify'],
  };
}

type Inside = (name: string, p: string, base?: string) => string;

/**
 * go-version-file as the toolchain reads it (relative to the workspace, else to the working directory), as a real path
 * inside the workspace; a file that does not exist stays as given, for the toolchain's own "does not exist".
 */
function versionFile(given: string, workspace: string, workingDirectory: string, inside: Inside): string {
  if (!given) return '';
  const candidates = [resolve(workspace, given), resolve(workingDirectory, given)];
  const found = candidates.find((p) => existsSync(p));
  const real = inside('go-version-file', given, found === candidates[1] ? workingDirectory : workspace);
  return found ? real : given;
}

const GLOB = /[*?[\]{}()!]/;

/** A cache-dependency-path entry is a glob relative to the workspace whose fixed leading directories lie inside it. */
function dependencyPattern(pattern: string, origin: Origin, inside: (p: string) => string): string {
  const body = pattern.replace(/^!/, '');
  const segments = body.split(/[\\/]+/);
  if (isAbsolute(body) || body.startsWith('~') || segments.includes('..')) {
    throw new UserError(`${origin.label}: entry ${quoted(pattern)} must be a path or glob relative to the workspace, without ..`, { where: origin.where, hint: 'e.g. go.sum or **/go.sum' });
  }
  const firstGlob = segments.findIndex((s) => GLOB.test(s));
  const fixed = firstGlob === -1 ? segments : segments.slice(0, firstGlob);
  if (fixed.length) inside(fixed.join(sep));
  return pattern;
}

/** A binary's base name is a file name: a separator or `..` would write it outside out-dir. */
function bareName(name: string, origin: Origin): string {
  if (name && (/[/\\\u0000-\u001f]/.test(name) || name === '.' || name === '..')) {
    throw new UserError(`${origin.label}: ${quoted(name)} must be a bare file name (no /, \\ or control characters, not . or ..)`, { where: origin.where, hint: 'binaries are written into out-dir under this name' });
  }
  return name;
}

/**
 * The token goes into an Authorization header: a newline or another character a header cannot hold would split or
 * break the request. The value is never shown.
 */
function checkedToken(token: string, label: string): string {
  if (/[^\x21-\x7e]/.test(token)) {
    throw new UserError(`${label} holds a character that cannot go in an HTTP header (a newline, a space, a control or non-ASCII character); its value is not shown`, { hint: 'pass the token itself, e.g. ${{ secrets.GITHUB_TOKEN }}' });
  }
  return token;
}

/** The canary document and where its values are: a file it names, a mapping in the config file, or YAML text. */
function loadCanary(value: unknown, origin: Origin, inFile: FileValue | undefined, inside: (p: string, label: string) => string, failOnHold: boolean): CanaryConfigSource {
  const noLines = (file: string) => () => ({ file });
  if (value === '' || value === undefined) return { document: undefined, source: '', locate: noLines(''), trusted: false, failOnHold };
  const configFile = origin.where?.file ?? '';
  // A mapping (or YAML text) in the repository config file is the repository's, located in that file.
  const inConfigFile = (document: unknown): CanaryConfigSource => ({
    document, source: configFile, locate: (p) => ({ file: configFile, line: inFile!.lineNear(typeof value === 'string' ? [] : p) }), trusted: false, failOnHold,
  });
  if (typeof value !== 'string') return inConfigFile(value);
  // A single line naming an existing file (or a .yml/.yaml name) is a path; anything else is the YAML itself.
  if (!value.includes('\n')) {
    const path = inside(value, 'canary config file');
    if (existsSync(path)) return { ...readCanaryFile(path, value), source: value, trusted: false, failOnHold };
    if (/\.ya?ml$/.test(value)) {
      throw new UserError(`canary config file "${value}" does not exist`, { where: origin.where, hint: 'give a path relative to the workspace, or the YAML itself' });
    }
  }
  // Its syntax errors count lines of the text, not of the config file: they are labelled as the text.
  if (origin.fromFile) return inConfigFile(readYaml(value, { file: 'canary (config file)' })?.value ?? null);
  // YAML in the step's canary input is the workflow's own: trusted, and without lines to point at.
  return { document: readYaml(value, { file: 'input canary' })?.value ?? null, source: 'input canary', locate: noLines('input canary'), trusted: true, failOnHold };
}

function convert(spec: InputSpec, raw: unknown, label: string, where?: Where): unknown {
  const fail = (what: string) => new UserError(`${label}: ${what}`, { where, hint: spec.values ? `use one of: ${spec.values.join(', ')}` : undefined });
  switch (spec.type) {
    case 'string': {
      const v = String(raw);
      if (spec.pattern && !new RegExp(spec.pattern.source).test(v)) throw new UserError(`${label}: ${quoted(v)} is not allowed`, { where, hint: spec.pattern.hint });
      return v;
    }
    case 'yaml': return raw;
    case 'list': return (Array.isArray(raw) ? raw.map(String) : String(raw).split(/[\n,]/)).map((x) => x.trim()).filter((x) => x && !x.startsWith('#'));
    case 'boolean': {
      const v = String(raw).toLowerCase();
      if (v === 'true' || v === 'false') return v === 'true';
      throw fail(`${quoted(String(raw))} is not a boolean (true or false)`);
    }
    case 'integer': {
      const v = String(raw);
      const range = spec.range ? ` from ${spec.range[0]} to ${spec.range[1]}` : '';
      if (!/^[0-9]+$/.test(v)) throw fail(`${quoted(v)} is not a whole number${range}`);
      const n = Number(v);
      if (spec.range && (n < spec.range[0] || n > spec.range[1])) throw fail(`${v} is out of range: give a whole number${range}`);
      return n;
    }
    case 'enum': {
      const v = String(raw);
      if (!spec.values!.includes(v)) throw fail(`${quoted(v)} is not allowed`);
      return v;
    }
  }
}
