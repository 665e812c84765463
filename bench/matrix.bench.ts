// The matrix for 9 targets (first-class + linux/riscv64) on examples/, cold (fresh GOCACHE) and warm, against a plain
// shell loop of `go build` for the same targets in the same run; plus the action's own overhead beyond go build
// (planning, inspection, checksums, manifest), measured separately. Smoke runs are off so both sides do the same work.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostExecPlanner } from '../src/emulation/emulator.ts';
import { spawnRunner } from '../src/process.ts';
import { distList } from '../src/matrix/plan-config.ts';
import { planTargets } from '../src/matrix/plan.ts';
import { runMatrix } from '../src/matrix/run-matrix.ts';
import type { Target } from '../src/matrix/types.ts';

const MODULE = resolve(import.meta.dirname, '..', 'examples');
const TARGETS = ['first-class', 'linux/riscv64'];
const LDFLAGS = '-s -w';
const scratch = mkdtempSync(join(tmpdir(), 'matrix-bench-'));
const go = { go: 'go', env: process.env };

function shellLoop(targets: Target[], gocache: string): number {
  const out = mkdtempSync(join(scratch, 'loop-'));
  const lines = targets.map((t) => `GOOS=${t.goos} GOARCH=${t.goarch} CGO_ENABLED=0 go build -trimpath -ldflags '${LDFLAGS}' -o ${out}/hello_${t.goos}_${t.goarch} . || exit 1`);
  const t0 = performance.now();
  const r = spawnSync('sh', ['-c', lines.join('\n')], { cwd: MODULE, env: { ...process.env, GOCACHE: gocache }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('shell loop failed');
  return performance.now() - t0;
}

async function action(gocache: string) {
  const t0 = performance.now();
  const targets = planTargets(await distList(go, spawnRunner), { targets: TARGETS, exclude: [], variants: [], cgo: [] });
  const planMs = performance.now() - t0;
  const r = await runMatrix({
    targets, moduleDir: MODULE, pkg: '.', ldflagsTemplate: LDFLAGS, outDir: mkdtempSync(join(scratch, 'action-')), smokeArgs: [], smokeTimeoutMs: 30_000,
    reproducible: false, tempDir: scratch, gocache, go, run: spawnRunner, execPlanner: await hostExecPlanner(process.env),
  });
  if (r.failures.length) throw new Error(`matrix failed: ${JSON.stringify(r.failures)}`);
  const totalMs = performance.now() - t0;
  const overheadMs = planMs + r.timings.setupMs + r.timings.inspectMs + r.timings.checksumMs + r.timings.writeMs;
  return { targets, totalMs, planMs, ...r.timings, overheadMs };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const targets = planTargets(await distList(go, spawnRunner), { targets: TARGETS, exclude: [], variants: [], cgo: [] });
console.log(`${targets.length} targets: ${targets.map((t) => t.id).join(', ')}; ${availableParallelism()} cores; ldflags ${LDFLAGS}`);

const loopCache = mkdtempSync(join(scratch, 'gocache-loop-'));
const actionCache = mkdtempSync(join(scratch, 'gocache-action-'));
const rows: [string, number, number][] = [];
for (const phase of ['cold', 'warm']) {
  const loopMs = shellLoop(targets, loopCache);
  const a = await action(actionCache);
  rows.push([phase, loopMs, a.totalMs]);
  console.log(`${phase.padEnd(5)} shell loop of go build ${s(loopMs).padStart(9)} | go-xenv matrix ${s(a.totalMs).padStart(9)} | ratio matrix/loop ${(a.totalMs / loopMs).toFixed(2)}`);
  console.log(`      matrix breakdown: plan ${a.planMs.toFixed(0)} ms, setup (git, go env) ${a.setupMs.toFixed(0)} ms, parallel go build ${a.buildMs.toFixed(0)} ms, `
    + `inspect ${a.inspectMs.toFixed(1)} ms, sha256 ${a.checksumMs.toFixed(1)} ms, manifest+sums ${a.writeMs.toFixed(1)} ms`);
  console.log(`      own overhead beyond go build: ${a.overheadMs.toFixed(0)} ms (${((a.overheadMs / a.totalMs) * 100).toFixed(1)}% of the matrix)`);
}
rmSync(scratch, { recursive: true, force: true });
