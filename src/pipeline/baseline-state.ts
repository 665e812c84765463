// The state of the working tree as the baseline records it, gathered from the capabilities: the tracked config files
// (parsed by the policy parsers, hashed), the policies' verdicts on them, every lock's dependency set, the toolchain
// version and the built binaries (the matrix's manifest.json, when a build wrote one). The baseline capability only
// sees the plain data this returns.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { globSync } from 'tinyglobby';
import { toJson, type Binary, type DependencySet, type State, type Toolchain, type TrackedConfig, type Verdict } from '../baseline/index.ts';
import { hashRegularFile, readBoundedText } from '../bounded-read.ts';
import type { Config } from '../config/config.ts';
import type { Finding } from '../core/finding.ts';
import { isUserError, UserError } from '../errors.ts';
import type { Host } from '../host.ts';
import { logSafe } from '../log-text.ts';
import { lockFormatOf, readLock, type LockDocument } from '../locks/index.ts';
import { loadParsersFor, parserFor, readInputFile } from '../policy/index.ts';
import { ownOutputGlobs } from './own-output.ts';
import { actionPolicyResult, hasPolicies } from './policy.ts';
import { spawnRunner } from '../process.ts';
import { resolveInside } from '../workspace-path.ts';

/** More files than this is not a set of config files to keep a snapshot of: narrow baseline-configs. */
const MAX_TRACKED_FILES = 10_000;
const LS_FILES_LIMIT = 16 * 1024 * 1024;
const MANIFEST_LIMIT = 16 * 1024 * 1024;

const posix = (p: string) => p.split(sep).join('/');

/**
 * The files git would commit (tracked, or untracked and not ignored: `git ls-files --cached --others --exclude-standard`),
 * so an ignored `.env` with secrets never lands in a committed snapshot; every file when the workspace is no git checkout.
 */
async function candidateFiles(config: Config, env: NodeJS.ProcessEnv): Promise<string[] | undefined> {
  const r = await spawnRunner('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { cwd: config.workspace, env, timeoutMs: 60_000, maxOutput: LS_FILES_LIMIT });
  if (r.spawnError || r.code !== 0) return undefined;
  if (r.stdout.length >= LS_FILES_LIMIT) throw tooMany('more than fit in a listing');
  // --cached lists a file deleted from the work tree but not from the index: only what is there is the state.
  return r.stdout.split('\0').filter((f) => f && existsSync(join(config.workspace, f)));
}

const tooMany = (count: string) =>
  new UserError(`baseline-configs match ${count}, more than the ${MAX_TRACKED_FILES} files a baseline tracks`, { hint: 'narrow baseline-configs to the config directories (e.g. deploy/**, .github/**)', code: 'too_many_files' });

/** The workspace files the baseline-configs globs match, `/`-separated and sorted; never .git, node_modules, out-dir or the snapshot. */
export async function trackedFiles(config: Config, env: NodeJS.ProcessEnv): Promise<string[]> {
  const ws = config.workspace;
  for (const p of config.baseline.configs) {
    const body = p.replace(/^!/, '');
    if (isAbsolute(body) || body.split(/[\\/]+/).includes('..')) {
      throw new UserError(`baseline-configs: ${JSON.stringify(p)} must be a glob relative to the workspace, without ..`, { hint: 'e.g. **/* or deploy/**', code: 'bad_glob' });
    }
  }
  const ignore = ['**/.git/**', '**/node_modules/**', ...ownOutputGlobs(config)];
  const listed = await candidateFiles(config, env);
  const files = listed
    ? listed.filter((f) => matches(f, config.baseline.configs) && !ignore.some((i) => minimatch(f, i, { dot: true })))
    : globSync(config.baseline.configs, { cwd: ws, dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, ignore });
  if (files.length > MAX_TRACKED_FILES) throw tooMany(`${files.length} files`);
  return files.sort();
}

/** Whether a path matches the globs as tinyglobby matches them: any positive one, and no negated (`!`) one. */
function matches(file: string, globs: readonly string[]): boolean {
  const positive = globs.filter((g) => !g.startsWith('!'));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  return positive.some((g) => minimatch(file, g, { dot: true })) && !negative.some((g) => minimatch(file, g, { dot: true }));
}

/** A file inside the workspace, or undefined (with a warning) for a symlink that leads out of it. */
function insideOrSkip(config: Config, host: Host, file: string): string | undefined {
  try {
    return resolveInside(config.workspace, file, { label: 'tracked file' });
  } catch (e) {
    if (!isUserError(e)) throw e;
    host.warning(`baseline: ${logSafe(file)} is left out: it leads outside the workspace`, { file });
    return undefined;
  }
}

async function readConfigs(config: Config, host: Host, files: readonly string[]): Promise<{ configs: TrackedConfig[]; refusals: Finding[] }> {
  const configs: TrackedConfig[] = [];
  const refusals: Finding[] = [];
  await loadParsersFor(files);
  for (const file of files) {
    const abs = insideOrSkip(config, host, file);
    if (!abs) continue;
    const input = readInputFile(abs, { display: file });
    const sha256 = await hashRegularFile(abs, { label: 'tracked config file', where: { file } });
    if (input.status === 'parsed') configs.push({ path: file, format: input.parser, sha256, content: toJson(input.parsed.value) });
    else {
      configs.push({ path: file, format: parserFor(file)!.name, sha256, content: null });
      refusals.push(input.finding);
    }
  }
  return { configs, refusals };
}

/** A finding as the snapshot keeps it; a path of this machine in its message is made workspace-relative, so every checkout writes the same snapshot. */
const verdictOf = (workspace: string) => (f: Finding): Verdict => ({
  rule: f.rule ?? f.capability,
  level: f.severity === 'error' ? 'failure' : 'warning',
  message: f.message.split(`${workspace}${sep}`).join(''),
  file: f.file ?? null,
  line: f.line ?? null,
});

/**
 * Every namespace of the policies under the workspace's policy/ directory, over the tracked configs. Without policies the
 * verdicts are only the files that could not be read (a malformed config is a failure either way).
 */
/** The verdicts of the policy step's own settings (inputs, conftest.toml, the built-in pack) over the tracked configs and locks. */
async function verdictsOf(config: Config, files: readonly string[], refusals: readonly Finding[]): Promise<{ verdicts: Verdict[]; policies: boolean }> {
  if (!hasPolicies(config) || !files.length) return { verdicts: refusals.map(verdictOf(config.workspace)), policies: false };
  const result = await actionPolicyResult(config, files);
  const verdicts = result.findings.filter((f) => f.severity !== 'notice');
  return { verdicts: verdicts.map(verdictOf(config.workspace)), policies: true };
}

function readLocks(config: Config, host: Host, files: readonly string[]): { file: string; doc: LockDocument }[] {
  const docs: { file: string; doc: LockDocument }[] = [];
  for (const file of files) {
    if (!insideOrSkip(config, host, file)) continue;
    const r = readLock(config.workspace, file);
    if (!r.ok) {
      const e = r.error;
      throw new UserError(e.message, { where: { file: e.file, line: e.line, col: e.column }, hint: 'fix the lock file, or regenerate it with its tool', code: `lock_${e.code}` });
    }
    docs.push({ file, doc: r.document });
  }
  return docs;
}

const dependencySet = (doc: LockDocument, file: string): DependencySet => ({
  file,
  format: doc.format,
  ecosystem: doc.ecosystem,
  packages: doc.packages.map((p) => ({ name: p.name, version: p.version, direct: p.direct, hashes: [...p.hashes], source: p.source, markers: p.markers })),
});

interface ManifestFacts {
  goVersion: string | null;
  binaries: Binary[];
}

/** The build manifest's go version and binaries; shape-checked, since anything may sit at that path. */
function readManifest(config: Config): ManifestFacts | undefined {
  const path = join(config.matrix.outDir, 'manifest.json');
  if (!existsSync(path)) return undefined;
  const shown = relative(config.workspace, path) || path;
  const bad = (what: string) => new UserError(`the build manifest ${shown} ${what}`, { where: { file: shown }, hint: 'build again (go-xenv build) or remove the out-dir', code: 'bad_manifest' });
  let doc: unknown;
  try {
    doc = JSON.parse(readBoundedText(path, { label: 'build manifest', maxBytes: MANIFEST_LIMIT, where: { file: shown } }));
  } catch (e) {
    if (isUserError(e)) throw e;
    throw bad('is not JSON');
  }
  const m = doc as { goVersion?: unknown; binaries?: unknown };
  if (!doc || typeof doc !== 'object' || !Array.isArray(m.binaries)) throw bad('has no binaries list');
  const binaries = m.binaries.map((b: unknown, i): Binary => {
    const x = (b ?? {}) as Record<string, unknown>;
    if (typeof x.target !== 'string' || typeof x.file !== 'string' || !Number.isSafeInteger(x.size) || (x.size as number) < 0 || typeof x.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(x.sha256)) {
      throw bad(`has a malformed binary at binaries[${i}] (target, file, size and sha256 are needed)`);
    }
    return { target: x.target, file: x.file, size: x.size as number, sha256: x.sha256 };
  });
  const goVersion = typeof m.goVersion === 'string' && m.goVersion ? m.goVersion.replace(/^go/, '') : null;
  return { goVersion, binaries };
}

/** The Go version the build used, else the one asked for (go-version), else the working directory's go.mod line. */
function toolchainOf(config: Config, manifest: ManifestFacts | undefined, locks: readonly LockDocument[]): Toolchain {
  if (manifest?.goVersion) return { version: manifest.goVersion, source: 'manifest' };
  const asked = config.toolchain.goVersions.at(-1);
  if (asked) return { version: asked, source: 'go-version' };
  const modFile = posix(relative(config.workspace, join(config.workingDirectory, 'go.mod')));
  const mod = locks.find((d) => d.format === 'go.mod' && d.file === modFile);
  if (mod && mod.format === 'go.mod') {
    const version = mod.toolchain?.name.replace(/^go/, '') ?? mod.go?.version;
    if (version) return { version, source: 'go.mod' };
  }
  return { version: null, source: 'none' };
}

export interface GatheredState {
  state: State;
  /** Whether policies were found and evaluated (the policy step's: an input, conftest.toml, or policy/). */
  policies: boolean;
}

export async function currentState(config: Config, host: Host): Promise<GatheredState> {
  const files = await trackedFiles(config, host.env);
  const lockFiles = files.filter((f) => lockFormatOf(f));
  const configFiles = files.filter((f) => !lockFormatOf(f) && parserFor(f));
  const { configs, refusals } = await readConfigs(config, host, configFiles);
  const locks = readLocks(config, host, lockFiles);
  const { verdicts, policies } = await verdictsOf(config, [...configs.map((c) => c.path), ...locks.map((l) => l.file)], refusals);
  const manifest = readManifest(config);
  return {
    state: {
      configs,
      verdicts,
      dependencies: locks.map((l) => dependencySet(l.doc, l.file)),
      toolchain: toolchainOf(config, manifest, locks.map((l) => l.doc)),
      binaries: manifest?.binaries ?? null,
    },
    policies,
  };
}
