// Runs the test files with node's test runner (TypeScript through tsx) and ends with one plain line,
// `N passed, N failed, N skipped`, read from the runner's TAP summary.
// Unit tests live beside the sources (src/**/*.test.ts, and test/*.test.ts). They share one process per core (a
// process per file spent most of the run starting node and loading the same modules again), so a unit test leaves
// no global state behind; and they run with every Go toolchain's bin directory taken off PATH, so one that needs go
// fails here instead of slowing every run. Integration suites that start real parts live in test/integration/ and
// run after them, a process per file, with the full PATH.
// Usage: node scripts/test.mjs [--unit | --integration] [--isolate] [files or name filters...]
// --isolate: a process per unit test file too, to tell a test that fails only beside others (it leaks state).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit');
const integrationOnly = args.includes('--integration');
const isolate = args.includes('--isolate');
const filters = args.filter((a) => !a.startsWith('--'));

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const isTest = (p) => p.endsWith('.test.ts');
const pick = (files) => files.filter((f) => !filters.length || filters.some((x) => f.includes(x))).sort();
const unit = integrationOnly ? [] : pick([...walk('src').filter(isTest), ...walk('test').filter((p) => isTest(p) && !p.includes('integration'))]);
const integration = unitOnly ? [] : pick(walk('test/integration').filter(isTest));
if (!unit.length && !integration.length) {
  console.error(`scripts/test.mjs: no test file matches ${filters.join(' ')}`);
  process.exit(1);
}

/** PATH without the bin directories of Go installations (a GOROOT: VERSION and src/runtime beside bin/go). */
function pathWithoutGo(path) {
  return path
    .split(delimiter)
    .filter((d) => {
      const root = dirname(d);
      return !(existsSync(join(d, 'go')) && existsSync(join(root, 'VERSION')) && existsSync(join(root, 'src', 'runtime')));
    })
    .join(delimiter);
}

/** Entry files that each import a share of `files`; a file that fails to load is a failing test, not a lost shard. */
function shards(files, dir) {
  const n = Math.max(1, Math.min(availableParallelism(), files.length));
  return Array.from({ length: n }, (_, i) => {
    const urls = files.filter((_, j) => j % n === i).map((f) => pathToFileURL(resolve(f)).href);
    const entry = join(dir, `unit-${i}.mjs`);
    writeFileSync(
      entry,
      `import { test } from 'node:test';\nfor (const url of ${JSON.stringify(urls)}) {\n  try { await import(url); } catch (e) { test(\`loads \${url}\`, () => { throw e; }); }\n}\n`,
    );
    return entry;
  });
}

/** One runner process over `files`; its TAP goes through to stdout and its closing summary is parsed. */
function runFiles(files, env) {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', '--test-concurrency=2', ...files], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const counts = { pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0, skippedSuites: 0 };
    let summary = false;
    let pendingSkip = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      process.stdout.write(line + '\n');
      // The closing summary follows the top-level plan line; `# name N` lines before it may be tests' own output.
      if (/^1\.\.\d+$/.test(line)) summary = true;
      const m = summary && /^# (pass|fail|cancelled|skipped|todo) (\d+)$/.exec(line);
      if (m) counts[m[1]] = Number(m[2]);
      // A skipped describe() is not in the runner's `skipped` count (its tests never register): counted here.
      if (/^\s*ok \d+ - .* # SKIP\b/.test(line)) pendingSkip = true;
      else if (pendingSkip && /^\s*type: 'suite'$/.test(line)) {
        counts.skippedSuites++;
        pendingSkip = false;
      } else if (/^\s*\.\.\.$/.test(line)) pendingSkip = false;
    });
    child.on('close', (code) => done({ code, counts }));
  });
}

const runs = [];
if (unit.length) {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-unit-'));
  runs.push(await runFiles(isolate ? unit : shards(unit, dir), { ...process.env, PATH: pathWithoutGo(process.env.PATH ?? '') }));
  rmSync(dir, { recursive: true, force: true });
}
if (integration.length) runs.push(await runFiles(integration, process.env));
const sum = (k) => runs.reduce((n, r) => n + r.counts[k], 0);
// Cancelled tests (a timeout, a failed hook) did not pass: they count as failed.
const failed = sum('fail') + sum('cancelled');
for (const r of runs)
  if (r.code !== 0 && !r.counts.fail && !r.counts.cancelled)
    console.error(`scripts/test.mjs: the runner exited with ${r.code} although no test failed (a test set process.exitCode, or the process died)`);
console.log(`${sum('pass')} passed, ${failed} failed, ${sum('skipped') + sum('skippedSuites')} skipped`);
process.exit(failed || runs.some((r) => r.code !== 0) ? 1 : 0);
