// Lock parse + diff cost against the real tool reading the same lock, side by side in one run: a uv.lock of a few
// hundred packages (`uv tree`, `uv export`, both --frozen --offline), a poetry.lock of as many (`poetry show`,
// `poetry check --lock`; poetry from $POETRY or PATH) and the go.mod/go.sum of a large module graph
// (`go list -m all`, `go mod graph`, offline), each at the two revisions committed in src/locks/testdata/large/.
// The goal (issue 12): parse + diff in under 10% of the tool's own reading. uv comes from $UV or PATH (the venv of
// scripts/make-lock-fixtures.sh has it); the Go graph needs the module cache that made the fixtures (GOPROXY=off).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { diffLocks, parseLockText, type LockDocument } from '../src/locks/index.ts';
import { TESTDATA, fixtureText } from '../src/locks/testdata.ts';

const REPS = 20;
// A collection before and after, so the heap figure is what the documents and diffs keep, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const TOOL_REPS = 5;
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

/** Median ms of parsing both revisions and diffing them, and the heap the documents and diffs keep. */
function ours(files: string[]): { ms: number; heapMiB: number; summary: string } {
  const texts = files.flatMap((f) => [
    [`large/base/${f}`, fixtureText(`large/base/${f}`)],
    [`large/head/${f}`, fixtureText(`large/head/${f}`)],
  ]);
  const run = () => {
    const docs = texts.map(([rel, t]) => parse(rel, t));
    return { docs, diffs: files.map((_, i) => diffLocks(docs[2 * i], docs[2 * i + 1])) };
  };
  run();
  const times: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = run();
  gc();
  const heapMiB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const d = kept.diffs[kept.diffs.length - 1];
  const summary = `${kept.docs.map((x) => x.packages.length).join('/')} packages; last diff: +${d.added.length} -${d.removed.length} ^${d.upgraded.length} v${d.downgraded.length} ~${d.changed.length}`;
  return { ms: median(times), heapMiB, summary };
}

/** Median ms and peak RSS (MiB, from /usr/bin/time when there) of the tool, or why it could not run. */
function tool(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { ms: number; rssMiB: number | null } | string {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const times: number[] = [];
  let rss: number | null = null;
  const start = Date.now();
  for (let i = 0; i <= TOOL_REPS && (i < 2 || Date.now() - start < TOOL_BUDGET_MS); i++) {
    const t0 = process.hrtime.bigint();
    const r = timeBin
      ? spawnSync(timeBin, ['-f', 'maxrss=%M', cmd, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 })
      : spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.error) return `${cmd}: ${r.error.message}`;
    if (r.status !== 0) return `${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-1)[0]}`;
    const m = /maxrss=(\d+)/.exec(r.stderr);
    if (m) rss = Math.max(rss ?? 0, Number(m[1]) / 1024);
    if (i > 0) times.push(ms); // the first run warms the file cache
  }
  return { ms: median(times), rssMiB: rss };
}

function row(label: string, ms: number, mem: string, note = '') {
  console.log(`${label.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms  ${mem.padStart(12)}  ${note}`);
}

function compare(title: string, files: string[], tools: [string, string[]][], cwd: string, env: NodeJS.ProcessEnv) {
  console.log(`\n${title}`);
  const o = ours(files);
  row(`parse base+head ${files.join(' + ')} and diff`, o.ms, `${o.heapMiB.toFixed(1)} MiB kept`, o.summary);
  for (const [cmd, args] of tools) {
    const t = tool(cmd, args, cwd, env);
    if (typeof t === 'string') {
      console.log(`${`${cmd} ${args.join(' ')}`.padEnd(46)} not measured: ${t}`);
      continue;
    }
    const ratio = (100 * o.ms) / t.ms;
    row(
      `${cmd.split('/').pop()} ${args.join(' ')} (head)`,
      t.ms,
      t.rssMiB === null ? 'rss n/a' : `${t.rssMiB.toFixed(1)} MiB rss`,
      `ours = ${ratio.toFixed(1)}% of it (goal < 10%)${ratio < 10 ? '' : '  MISSED'}`,
    );
  }
}

const work = mkdtempSync(join(tmpdir(), 'go-xenv-locks-bench-'));
try {
  const py = join(work, 'py');
  cpSync(join(TESTDATA, 'large/head'), py, { recursive: true });
  // The project the large uv.lock was made for (scripts/make-lock-fixtures.sh): uv reads it beside the lock.
  const deps = ['jupyterlab', 'pandas', 'scikit-learn', 'matplotlib', 'boto3', 'fastapi[all]', 'django', 'celery[redis]', 'sqlalchemy', 'apache-airflow-core'];
  writeFileSync(
    join(py, 'pyproject.toml'),
    `[project]\nname = "lockdemo"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ${JSON.stringify(deps)}\n\n[dependency-groups]\ndev = ["pytest==8.2.0"]\n`,
  );
  const uv = process.env.UV ?? 'uv';
  compare(
    'uv.lock, a few hundred packages',
    ['uv.lock'],
    [
      [uv, ['tree', '--frozen', '--offline']],
      [uv, ['export', '--frozen', '--offline', '--quiet']],
    ],
    py,
    process.env,
  );
  const poetry = process.env.POETRY ?? 'poetry';
  const poetryEnv = { ...process.env, POETRY_VIRTUALENVS_CREATE: 'false' };
  compare(
    'poetry.lock, a few hundred packages',
    ['poetry.lock'],
    [
      [poetry, ['show', '--no-ansi']],
      [poetry, ['check', '--lock']],
    ],
    py,
    poetryEnv,
  );
  const goEnv = { ...process.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' };
  compare(
    'go.mod + go.sum of a large module graph',
    ['go.mod', 'go.sum'],
    [
      ['go', ['list', '-m', 'all']],
      ['go', ['mod', 'graph']],
    ],
    py,
    goEnv,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
