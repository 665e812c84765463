// Lock parse + diff cost against the real tool reading the same lock, side by side in one run: a uv.lock of a few
// hundred packages (`uv tree`, `uv export`, both --frozen --offline), a poetry.lock of as many (`poetry show`,
// `poetry check --lock`; poetry from $POETRY or PATH), the pylock.toml and requirements.txt of the same project
// (`uv pip install --dry-run --offline`), its Pipfile.lock (`pipenv requirements`, `pipenv verify`; pipenv from
// $PIPENV or PATH) and the go.mod/go.sum of a large module graph (`go list -m all`, `go mod graph`, offline), each at
// the two revisions committed in src/locks/testdata/large/.
// The goal (issue 12): parse + diff in under 10% of the tool's own reading. uv comes from $UV or PATH (the venv of
// scripts/make-lock-fixtures.sh has it). The requirements' dry run and the Go graph read uv's and Go's caches, timed
// offline (GOPROXY=off); each is filled first, untimed, from PyPI and the Go module proxy.
//
// What is compared with what. The tool reads a lock only as a whole process, so its figure is the process, start-up
// included (what a user pays to have it read the lock). Ours is what the action pays: it reads each lock once, so
// the goal's figure is `cold`, the first parse of base and head and their diff in a fresh Node process
// (bench/locks-cold.ts, bundled as the action is; Node's own start and the module load are left out, they are paid
// once for all of a run's work), run in turn with the tool (ABAB), each ratio the median of those pairs. `warm` is
// the same work in this process after a warm-up, its steady state (what a long-running caller would pay). Three
// ratios per tool, because the goal's literal one is not like for like: ours parses two revisions and diffs them,
// the tool reads one. `goal` is ours (base + head + diff) over the tool on head, as the issue states it; `same
// files` is ours over the tool run on base and on head (each side reads both revisions); `one file` is our warm
// parse of head alone over the tool on head. The tool's fixed cost is shown for `uv export` (a one-package
// project), the pylock.toml dry run (a one-package lock) and the go command (a module without dependencies): what
// reading the large lock adds to it is what our parse competes with. For uv.lock, pylock.toml and Go, the floor
// over each tool too (bench/locks-floor.ts: the least any reader in JavaScript could do, cold). For uv.lock, run in
// turn with each other, the warm parse of both locks by our TOML reader, by smol-toml, and by V8's JSON.parse of the
// same data as JSON (the fastest any reader in JavaScript could build those objects). Warm figures are timed after a
// garbage collection (the earlier sections' garbage is not collected inside our timing), over at least MIN_REPS runs
// and MIN_MS, as the median, the best run (on a shared machine other processes only ever add time) and CPU per run;
// CPU of a process is user + sys of all its threads (the tools' from wait4).
import { build as esbuild } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { measuredRun } from './wait4.ts';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { diffLocks, parseLockText, type LockDocument } from '../src/locks/index.ts';
import { TESTDATA, fixtureText } from '../src/locks/testdata.ts';
import { parseToml } from '../src/locks/toml-source.ts';
import { parse as parseSmol } from 'smol-toml';

const MIN_REPS = 25;
const MIN_MS = 500;
const WARMUP = 5;
const WARMUP_MS = 300;
// A collection before and after, so the heap figure is what the documents and diffs keep, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const TOOL_REPS = 7;
/** A slow tool (poetry starts a Python) is run fewer times: no more repetitions once this much time is spent. */
const TOOL_BUDGET_MS = 20_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function parse(rel: string, text: string): LockDocument {
  const r = parseLockText(text, rel);
  if (!r.ok) throw new Error(`${rel}: ${r.error.message}`);
  return r.document;
}

/** A figure of time, in ms: the wall-clock median and best run, and the CPU (user + sys) per run. */
interface Time {
  ms: number;
  minMs: number;
  cpuMs: number;
}

/**
 * `run` in-process, warmed up (long enough for the optimizing compiler's background work, which the CPU figure would
 * count, to be done) and after a collection: median and best wall time, mean CPU time per run.
 */
function timed(run: () => unknown): Time {
  const warm = performance.now();
  for (let i = 0; i < WARMUP || performance.now() - warm < WARMUP_MS; i++) run();
  gc();
  const times: number[] = [];
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  while (times.length < MIN_REPS || performance.now() - start < MIN_MS) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  return { ms: median(times), minMs: Math.min(...times), cpuMs: (cpu.user + cpu.system) / 1000 / times.length };
}

/** Several ways to do one thing, warmed up, then run in turn (ABCABC...) so that the machine's load falls on each alike. */
function interleaved(runs: (() => unknown)[]): Time[] {
  for (const run of runs) timed(run);
  gc();
  const times = runs.map((): number[] => []);
  const cpus = runs.map(() => 0);
  const start = performance.now();
  while (times[0].length < MIN_REPS || performance.now() - start < MIN_MS * runs.length) {
    runs.forEach((run, i) => {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      run();
      times[i].push(performance.now() - t0);
      const cpu = process.cpuUsage(cpu0);
      cpus[i] += cpu.user + cpu.system;
    });
  }
  return times.map((t, i) => ({ ms: median(t), minMs: Math.min(...t), cpuMs: cpus[i] / 1000 / t.length }));
}

interface Ours {
  /** Parse both revisions and diff them. */
  both: Time;
  /** Parse the head revision alone. */
  head: Time;
  heapMiB: number;
  summary: string;
}

function ours(files: string[]): Ours {
  const texts = files.flatMap((f) => [
    [`large/base/${f}`, fixtureText(`large/base/${f}`)],
    [`large/head/${f}`, fixtureText(`large/head/${f}`)],
  ]);
  const run = () => {
    const docs = texts.map(([rel, t]) => parse(rel, t));
    return { docs, diffs: files.map((_, i) => diffLocks(docs[2 * i], docs[2 * i + 1])) };
  };
  const both = timed(run);
  const head = timed(() => texts.filter((_, i) => i % 2 === 1).map(([rel, t]) => parse(rel, t)));
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = run();
  gc();
  const heapMiB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const d = kept.diffs[kept.diffs.length - 1];
  const summary = `${kept.docs.map((x) => x.packages.length).join('/')} packages; last diff: +${d.added.length} -${d.removed.length} ^${d.upgraded.length} v${d.downgraded.length} ~${d.changed.length}`;
  return { both, head, heapMiB, summary };
}

interface Run {
  ms: number;
  cpuMs: number;
}

/** One run of the tool (bench/wait4.ts): wall and CPU time and peak RSS, or why it could not run. */
function toolOnce(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): (Run & { rssMiB: number | null }) | string {
  const r = measuredRun(cmd, args, { cwd, env, timeout: 120_000 });
  if (r.error) return `${cmd}: ${r.error.message}`;
  if (r.status !== 0) return `exited ${r.status}: ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
  return { ms: r.ms, cpuMs: r.cpuMs, rssMiB: Number.isNaN(r.rssMiB) ? null : r.rssMiB };
}

/** A bundled helper (`js`) in a fresh process on both revisions of `files`: its own timing of parse and diff. */
function freshOnce(js: string, files: string[]): Run {
  const paths = files.flatMap((f) => [join(TESTDATA, 'large/base', f), join(TESTDATA, 'large/head', f)]);
  const r = spawnSync(process.execPath, ['--expose-gc', js, ...paths], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${js}: ${r.stderr.trim()}`);
  const [ms, cpuMs] = r.stdout.trim().split(' ').map(Number);
  return { ms, cpuMs };
}

/** Ours in a fresh process (bench/locks-cold.ts): the first parse of both revisions of `files` and their diffs. */
const coldOnce = (files: string[]) => freshOnce(coldJs, files);

/** The formats bench/locks-floor.ts reads: the locks whose goal is in doubt. */
const FLOOR_FORMATS = ['go.mod', 'go.sum', 'uv.lock', 'pylock.toml'];
const FLOOR_REPS = 15;

const stats = (runs: Run[]): Time => ({ ms: median(runs.map((r) => r.ms)), minMs: Math.min(...runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)) });

/**
 * A tool's cache filled from its registry for both revisions, untimed, so that its timed runs, offline, find what
 * they need on any machine; where the registry is unreachable, the cache of an earlier fill serves.
 */
function fillCache(cmd: string, args: string[], dirs: { base: string; head: string }, env: NodeJS.ProcessEnv): void {
  for (const cwd of [dirs.base, dirs.head]) {
    const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) console.log(`\n${cmd} ${args.join(' ')} in ${cwd}: ${r.error?.message ?? r.stderr.trim()} (its cache not filled)`);
  }
}

interface Measured {
  tool: Time & { rssMiB: number | null };
  /** Ours cold, run in turn with the tool, and the medians of the pairs' ratios. */
  cold: Time;
  pairWall: number;
  pairCpu: number;
}

/**
 * The tool on `cwd`, a first run (warming the file cache) left out, in turn with ours cold when `files` is given;
 * fewer rounds for a slow tool (poetry starts a Python): none after TOOL_BUDGET_MS.
 */
function measure(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, files: string[]): Measured | string {
  const tools: Run[] = [];
  const colds: Run[] = [];
  let rss: number | null = null;
  const start = Date.now();
  for (let i = 0; i <= TOOL_REPS && (i < 3 || Date.now() - start < TOOL_BUDGET_MS); i++) {
    const c = files.length ? coldOnce(files) : { ms: NaN, cpuMs: NaN };
    const t = toolOnce(cmd, args, cwd, env);
    if (typeof t === 'string') return t;
    if (t.rssMiB !== null) rss = Math.max(rss ?? 0, t.rssMiB);
    if (i === 0) continue;
    tools.push(t);
    colds.push(c);
  }
  const ratios = (k: keyof Run) => median(colds.map((c, i) => c[k] / tools[i][k]));
  return { tool: { ...stats(tools), rssMiB: rss }, cold: stats(colds), pairWall: ratios('ms'), pairCpu: ratios('cpuMs') };
}

function row(label: string, t: Time, mem: string, note = '') {
  const cpu = Number.isNaN(t.cpuMs) ? 'n/a' : t.cpuMs.toFixed(2);
  console.log(`${label.padEnd(50)} ${t.ms.toFixed(2).padStart(9)} ms (best ${t.minMs.toFixed(2).padStart(8)}) ${cpu.padStart(9)} ms cpu  ${mem.padStart(13)}  ${note}`);
}

const pct = (a: number, b: number) => (Number.isNaN(b) ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const verdict = (a: number, b: number) => `${pct(a, b)}${(100 * a) / b < 10 ? '' : ' MISSED'}`;
const rssText = (t: { rssMiB: number | null }) => (t.rssMiB === null ? 'rss n/a' : `${t.rssMiB.toFixed(1)} MiB rss`);

interface Dirs {
  base: string;
  head: string;
}

const pctOf = (r: number) => (Number.isNaN(r) ? 'n/a' : `${(100 * r).toFixed(1)}%${r < 0.1 ? '' : ' MISSED'}`);

function compare(title: string, files: string[], tools: [string, string[]][], dirs: Dirs, env: NodeJS.ProcessEnv) {
  console.log(`\n${title}`);
  const o = ours(files);
  row(`ours warm: parse base+head ${files.join(' + ')}, diff`, o.both, `${o.heapMiB.toFixed(1)} MiB kept`, o.summary);
  row(`ours warm: parse head ${files.join(' + ')}`, o.head, '');
  const floor = files.every((f) => FLOOR_FORMATS.includes(f)) ? stats(Array.from({ length: FLOOR_REPS }, () => freshOnce(floorJs, files))) : null;
  if (floor) row('  floor: a reader that checks nothing, cold', floor, '', 'bench/locks-floor.ts: names, versions and hashes cut out, compared as text');
  for (const [cmd, args] of tools) {
    const label = `${cmd.split('/').pop()} ${args.join(' ')}`;
    const m = measure(cmd, args, dirs.head, env, files);
    if (typeof m === 'string') {
      console.log(`${label.padEnd(50)} not measured: ${m}`);
      continue;
    }
    row(`${label} (head)`, m.tool, rssText(m.tool));
    row(`  ours cold, in turn with it: base+head, diff`, m.cold, '', `goal (< 10%), median of pairs: wall ${pctOf(m.pairWall)}, cpu ${pctOf(m.pairCpu)}; best ${verdict(m.cold.minMs, m.tool.minMs)}`);
    console.log(`${''.padEnd(8)}ours warm over it: wall ${verdict(o.both.ms, m.tool.ms)}, best ${verdict(o.both.minMs, m.tool.minMs)}, cpu ${verdict(o.both.cpuMs, m.tool.cpuMs)}`);
    if (floor) console.log(`${''.padEnd(8)}the floor over it: wall ${verdict(floor.ms, m.tool.ms)}, best ${verdict(floor.minMs, m.tool.minMs)}, cpu ${verdict(floor.cpuMs, m.tool.cpuMs)}`);
    const base = measure(cmd, args, dirs.base, env, []);
    const same =
      typeof base === 'string'
        ? `same files: not measured (on base: ${base})`
        : `same files (tool on base + head), ours cold: wall ${pct(m.cold.ms, base.tool.ms + m.tool.ms)}, cpu ${pct(m.cold.cpuMs, base.tool.cpuMs + m.tool.cpuMs)}`;
    console.log(`${''.padEnd(8)}${same}; one file (head only), ours warm: wall ${pct(o.head.ms, m.tool.ms)}, cpu ${pct(o.head.cpuMs, m.tool.cpuMs)}`);
  }
}

/** A copy of one revision of the large fixtures, with the project uv reads beside its lock. */
function revision(work: string, rev: 'base' | 'head', deps: string[]): string {
  const dir = join(work, rev);
  cpSync(join(TESTDATA, `large/${rev}`), dir, { recursive: true });
  writeFileSync(join(dir, 'pyproject.toml'), project('lockdemo', deps));
  return dir;
}

/** A directory of the run holding `files`: a small project a tool's fixed cost is measured on. */
function smallProject(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/**
 * What a tool takes with (almost) nothing to read: its start-up and fixed work. What reading the large lock adds to
 * it is what our parse competes with. `refused` says why the project could not be made.
 */
function fixedCost(label: string, cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, refused: string | null = null) {
  const m = refused ?? measure(cmd, args, cwd, env, []);
  if (typeof m === 'string') console.log(`${label}: not measured: ${m}`);
  else row(`${label} (fixed cost)`, m.tool, rssText(m.tool));
}

const PYLOCK_HEADER = '\n[[packages]]\n';

const project = (name: string, deps: string[]) =>
  `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ${JSON.stringify(deps)}\n\n[dependency-groups]\ndev = ["pytest==8.2.0"]\n`;

const work = mkdtempSync(join(tmpdir(), 'go-xenv-locks-bench-'));
const coldJs = join(work, 'locks-cold.mjs');
const floorJs = join(work, 'locks-floor.mjs');
try {
  for (const [entry, outfile] of [
    ['bench/locks-cold.ts', coldJs],
    ['bench/locks-floor.ts', floorJs],
  ])
    await esbuild({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      // As scripts/build.mjs bundles the action.
      target: 'node20',
      format: 'esm',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
    });
  console.log(`load average ${loadavg()[0].toFixed(1)} (figures on a shared machine: compare within one run)`);
  // The project the large uv.lock was made for (scripts/make-lock-fixtures.sh): uv reads it beside the lock.
  const deps = ['jupyterlab', 'pandas', 'scikit-learn', 'matplotlib', 'boto3', 'fastapi[all]', 'django', 'celery[redis]', 'sqlalchemy', 'apache-airflow-core'];
  // The base poetry.lock was made for a project with pandas pinned older and django dropped (uv reads its lock
  // --frozen, without checking it against the project).
  const baseDeps = deps.filter((d) => d !== 'django').map((d) => (d === 'pandas' ? 'pandas==2.2.0' : d));
  const dirs = { base: revision(work, 'base', baseDeps), head: revision(work, 'head', deps) };
  const uv = process.env.UV ?? 'uv';
  compare(
    'uv.lock, a few hundred packages',
    ['uv.lock'],
    [
      [uv, ['tree', '--frozen', '--offline']],
      [uv, ['export', '--frozen', '--offline', '--quiet']],
    ],
    dirs,
    process.env,
  );
  // uv's fixed cost: the same export of a project with no dependencies (its lock made offline, one package).
  const tiny = smallProject('tiny', { 'pyproject.toml': project('tiny', []).replace(/\n\[dependency-groups\][^]*$/, '\n') });
  const locked = spawnSync(uv, ['lock', '--offline', '--quiet'], { cwd: tiny, encoding: 'utf8', timeout: 60_000 });
  fixedCost('uv export of a one-package project', uv, ['export', '--frozen', '--offline', '--quiet'], tiny, process.env, locked.status === 0 ? null : `uv lock: ${locked.error?.message ?? locked.stderr.trim()}`);
  // The floor of any reader in JavaScript: V8's own JSON.parse of the same data, already as JSON (base + head).
  const uvTexts = ['base', 'head'].map((rev) => fixtureText(`large/${rev}/uv.lock`));
  const asJson = uvTexts.map((t) => JSON.stringify(parseToml(t, 'uv.lock')));
  const [json, reader, smol] = interleaved([
    () => asJson.map((j) => JSON.parse(j) as unknown),
    () => uvTexts.map((t) => parseToml(t, 'uv.lock')),
    () => uvTexts.map((t) => parseSmol(t)),
  ]);
  row('JSON.parse of both uv.locks as JSON (JS floor)', json, '');
  row('TOML reader: parse of both uv.locks, warm', reader, '');
  row('smol-toml parse of both uv.locks, warm', smol, '', `the reader takes ${pct(reader.ms, smol.ms)} of smol-toml's time (median), ${pct(reader.cpuMs, smol.cpuMs)} of its CPU`);
  const poetry = process.env.POETRY ?? 'poetry';
  const poetryEnv = { ...process.env, POETRY_VIRTUALENVS_CREATE: 'false' };
  compare(
    'poetry.lock, a few hundred packages',
    ['poetry.lock'],
    [
      [poetry, ['show', '--no-ansi']],
      [poetry, ['check', '--lock']],
    ],
    dirs,
    poetryEnv,
  );
  // The same projects' pylock.toml and requirements.txt, read by uv without a resolution: a pylock.toml names every
  // file, so uv needs nothing else; the requirements' pins are looked up in uv's cache (`--no-deps`: the file lists
  // every package), filled first by the same dry run online (PyPI) on each revision, untimed; with neither a network
  // nor an earlier fill, that row is not measured.
  // uv compares with an environment: an empty one, made here.
  const env = join(work, 'env');
  const made = spawnSync(uv, ['venv', '--offline', '--quiet', env], { encoding: 'utf8', timeout: 60_000 });
  const python = join(env, 'bin', 'python');
  const dryRun = ['pip', 'install', '--dry-run', '--offline', '--quiet', '--python', python];
  if (made.status !== 0) console.log(`\nuv venv: ${made.error?.message ?? made.stderr.trim()} (pylock.toml and requirements.txt not compared with uv)`);
  const uvDryRun = (...args: string[]): [string, string[]][] => (made.status === 0 ? [[uv, [...dryRun, ...args]]] : []);
  compare('pylock.toml (uv export of the uv.lock)', ['pylock.toml'], uvDryRun('-r', 'pylock.toml'), dirs, process.env);
  // Its fixed cost: the head's lock cut to its first package (pure Python, one wheel).
  const [top, first] = fixtureText('large/head/pylock.toml').split(PYLOCK_HEADER);
  const onePylock = smallProject('one-pylock', { 'pylock.toml': `${top}${PYLOCK_HEADER}${first.trimEnd()}\n` });
  for (const [cmd, args] of uvDryRun('-r', 'pylock.toml')) fixedCost('uv pip install --dry-run of a one-package pylock.toml', cmd, args, onePylock, process.env);
  const requirements = ['--no-deps', '-r', 'requirements.txt'];
  if (made.status === 0) fillCache(uv, [...dryRun.filter((a) => a !== '--offline'), ...requirements], dirs, process.env);
  compare('requirements.txt (uv pip compile --generate-hashes)', ['requirements.txt'], uvDryRun(...requirements), dirs, process.env);
  // pipenv reads its lock beside the Pipfile: `requirements` prints the lock's pins, `verify` checks it against the Pipfile.
  const pipenv = process.env.PIPENV ?? 'pipenv';
  const pipenvEnv = { ...process.env, PIPENV_VERBOSITY: '-1', PIPENV_IGNORE_VIRTUALENVS: '1' };
  compare(
    'Pipfile.lock, a few hundred packages',
    ['Pipfile.lock'],
    [
      [pipenv, ['requirements']],
      [pipenv, ['verify']],
    ],
    dirs,
    pipenvEnv,
  );
  const goOnline = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' };
  const goEnv = { ...goOnline, GOPROXY: 'off' };
  fillCache('go', ['list', '-m', 'all'], dirs, goOnline);
  compare(
    'go.mod + go.sum of a large module graph',
    ['go.mod', 'go.sum'],
    [
      ['go', ['list', '-m', 'all']],
      ['go', ['mod', 'graph']],
    ],
    dirs,
    goEnv,
  );
  // The go command's fixed cost: a module without dependencies.
  const bare = smallProject('bare-module', { 'go.mod': 'module example.com/bare\n\ngo 1.22\n' });
  fixedCost('go list -m all of a module without dependencies', 'go', ['list', '-m', 'all'], bare, goEnv);
  fixedCost('go mod graph of a module without dependencies', 'go', ['mod', 'graph'], bare, goEnv);
} finally {
  rmSync(work, { recursive: true, force: true });
}
