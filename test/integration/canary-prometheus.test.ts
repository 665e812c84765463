// The canary command against a real Prometheus (Debian package `prometheus`), started on 127.0.0.1 with a temporary
// storage dir that `promtool tsdb create-blocks-from openmetrics` backfills with series generated here: request
// counters by code and track (canary/stable) and a latency histogram, one `scenario` label per case.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canaryCli } from './canary-kit.ts';

const hasPrometheus = spawnSync('promtool', ['--version']).status === 0 && spawnSync('prometheus', ['--version']).status === 0;

// The window ends 3 h ago (well inside retention, older than anything the fresh head holds); data starts 10 min
// before it so that rate(...[5m]) has history at the first step.
const END = Math.floor(Date.now() / 1000 / 60) * 60 - 3 * 3600;
const START = END - 30 * 60;
const SCRAPE = 15;
const BUCKETS = [0.05, 0.1, 0.2, 0.4, 0.8, 1.6];

interface Track { errorRatio: number; latencyMedian: number; from?: number }
interface Scenario { canary: Track; stable: Track }
const SCENARIOS: Record<string, Scenario> = {
  healthy: { canary: { errorRatio: 0.002, latencyMedian: 0.1 }, stable: { errorRatio: 0.002, latencyMedian: 0.1 } },
  errors: { canary: { errorRatio: 0.03, latencyMedian: 0.1 }, stable: { errorRatio: 0.002, latencyMedian: 0.1 } },
  slow: { canary: { errorRatio: 0.002, latencyMedian: 0.3 }, stable: { errorRatio: 0.002, latencyMedian: 0.1 } },
  // The canary started 3 minutes before the end of the window: only a few points.
  sparse: { canary: { errorRatio: 0.002, latencyMedian: 0.1, from: END - 180 }, stable: { errorRatio: 0.002, latencyMedian: 0.1, from: END - 180 } },
};

/** A small deterministic PRNG (mulberry32), so every run backfills the same numbers. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function openMetrics(): string {
  const counters: string[] = [];
  const histogram: string[] = [];
  let seed = 1;
  for (const [scenario, tracks] of Object.entries(SCENARIOS)) {
    for (const track of ['canary', 'stable'] as const) {
      const t = tracks[track];
      const rand = rng(seed++);
      const labels = `scenario="${scenario}",track="${track}"`;
      const rows = { ok: [] as string[], err: [] as string[], buckets: BUCKETS.map(() => [] as string[]), inf: [] as string[] };
      let ok = 0, err = 0;
      const counts = BUCKETS.map(() => 0);
      let total = 0;
      for (let ts = t.from ?? START - 600; ts <= END; ts += SCRAPE) {
        const n = 40 + Math.floor(rand() * 20);
        err += n * t.errorRatio;
        ok += n * (1 - t.errorRatio);
        for (let i = 0; i < n; i++) {
          // Log-normal latency around the median: exp(N(0, 0.5)) by Box-Muller.
          const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
          const latency = t.latencyMedian * Math.exp(0.5 * z);
          BUCKETS.forEach((le, b) => { if (latency <= le) counts[b]++; });
        }
        total += n;
        rows.ok.push(`http_requests_total{${labels},code="200"} ${ok} ${ts}`);
        rows.err.push(`http_requests_total{${labels},code="500"} ${err} ${ts}`);
        BUCKETS.forEach((_, b) => rows.buckets[b].push(`http_request_duration_seconds_bucket{${labels},le="${BUCKETS[b]}"} ${counts[b]} ${ts}`));
        rows.inf.push(`http_request_duration_seconds_bucket{${labels},le="+Inf"} ${total} ${ts}`);
      }
      counters.push(...rows.ok, ...rows.err);
      histogram.push(...rows.buckets.flat(), ...rows.inf);
    }
  }
  return ['# TYPE http_requests counter', ...counters, '# TYPE http_request_duration_seconds_bucket unknown', ...histogram, '# EOF', ''].join('\n');
}

const freePort = () => new Promise<number>((res, rej) => {
  const s = createServer();
  s.once('error', rej);
  s.listen(0, '127.0.0.1', () => {
    const port = (s.address() as { port: number }).port;
    s.close(() => res(port));
  });
});

function canaryYaml(url: string, scenario: string, o: { minSamples?: number; errorQuery?: string } = {}): string {
  const min = o.minSamples ? `\n    min-samples: ${o.minSamples}` : '';
  const errorQuery = o.errorQuery ?? `sum(rate(http_requests_total{scenario="${scenario}",track="{{track}}",code=~"5.."}[5m])) / sum(rate(http_requests_total{scenario="${scenario}",track="{{track}}"}[5m]))`;
  return `provider:
  type: prometheus
  url: ${url}
  timeout: 5
window:
  start: ${START}
  end: ${END}
  step: 30s
metrics:
  - name: error-ratio
    query: '${errorQuery}'
    judge: threshold
    max: 0.01
    critical: true${min}
  - name: latency-p95
    query: 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{scenario="${scenario}",track="{{track}}"}[5m])))'
    judge: compare
    worse: higher
    tolerance: 0.1${min}
`;
}

interface Outcome { code: number; stdout: string; stderr: string; decision?: string; score?: string; reasons: string[]; metrics: { name: string; verdict: string; reason: string; canary: { samples: number } }[] }

async function runCanary(dir: string, yaml: string, extra: string[] = []): Promise<Outcome> {
  writeFileSync(join(dir, 'canary.yml'), yaml);
  const { code, stdout, stderr } = await canaryCli(dir, {}, 'canary', '--config', 'canary.yml', '--json', ...extra);
  if (code === 3) return { code, stdout, stderr, reasons: [], metrics: [] };
  const step = JSON.parse(stdout).steps[0];
  return { code, stdout, stderr, decision: step.outputs['canary-decision'], score: step.outputs['canary-score'], reasons: step.data.reasons, metrics: step.data.metrics };
}

// A skipped describe() is left out of the runner's skipped count (its tests never register); a skipped test is counted.
if (!hasPrometheus) test('canary against a real Prometheus', { skip: 'prometheus/promtool not installed (apt-get install prometheus)' }, () => {});
else describe('canary against a real Prometheus', { timeout: 120_000 }, () => {
  let dir: string;
  let server: ChildProcess | undefined;
  let url: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'go-xenv-canary-prom-'));
    const data = join(dir, 'data');
    writeFileSync(join(dir, 'series.om'), openMetrics());
    const backfill = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '-q', join(dir, 'series.om'), data], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(backfill.status, 0, `promtool failed: ${backfill.stderr}`);
    writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1m\nscrape_configs: []\n');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn('prometheus', [
      `--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${data}`, `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=30d', '--log.level=warn',
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    server.stderr!.on('data', (d) => { log += d; });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready = await fetch(`${url}/-/ready`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`Prometheus did not become ready:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  after(() => {
    server?.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('a healthy canary is promoted', async () => {
    const r = await runCanary(dir, canaryYaml(url, 'healthy'));
    assert.equal(r.decision, 'promote', r.reasons.join('\n'));
    assert.equal(r.code, 0);
    assert.equal(r.score, '1');
    assert.deepEqual(r.metrics.map((m) => m.verdict), ['Pass', 'Pass']);
    assert.match(r.metrics[0].reason, /^all 61 samples within max 0\.01$/);
  });

  test('a canary with a 3% error ratio is rolled back on the critical 5xx rule', async () => {
    const r = await runCanary(dir, canaryYaml(url, 'errors'));
    assert.equal(r.decision, 'rollback');
    assert.equal(r.code, 1);
    assert.equal(r.score, '0');
    assert.match(r.reasons[0], /^critical metric error-ratio failed, so the score is 0$/);
    assert.match(r.metrics[0].reason, /^61 of 61 samples above max 0\.01 \(worst 0\.03\), more than failure-limit 0$/);
    assert.equal(r.metrics[1].verdict, 'Pass');
  });

  test('a slower canary is rolled back on the latency comparison', async () => {
    const r = await runCanary(dir, canaryYaml(url, 'slow'));
    assert.equal(r.decision, 'rollback', r.reasons.join('\n'));
    assert.equal(r.score, '0.5');
    assert.equal(r.metrics[1].verdict, 'High');
    assert.match(r.metrics[1].reason, /^significantly higher than stable: shift \+\d+(\.\d+)?%, p=/);
    assert.match(r.reasons[0], /^1 of 2 judged metrics passed \(score 50%\), below marginal-score 75%$/);
  });

  test('no data (an unknown scenario) holds, never promotes', async () => {
    const r = await runCanary(dir, canaryYaml(url, 'nonexistent'));
    assert.equal(r.decision, 'hold');
    assert.equal(r.code, 0);
    assert.match(r.reasons[0], /^no data on 2 of 2 metrics \(half or more\)$/);
    for (const m of r.metrics) assert.match(m.reason, /^the canary query returned no numbers for the window$/);
    assert.equal((await runCanary(dir, canaryYaml(url, 'nonexistent'), ['--fail-on-hold'])).code, 2);
  });

  test('too few samples (a canary that just started) holds', async () => {
    const r = await runCanary(dir, canaryYaml(url, 'sparse', { minSamples: 20 }));
    assert.equal(r.decision, 'hold');
    for (const m of r.metrics) assert.match(m.reason, /^too few canary samples: \d+ < min-samples 20$/);
    assert.ok(r.metrics[0].canary.samples > 0);
  });

  test('Prometheus down holds with the reason', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const r = await runCanary(dir, canaryYaml(closed, 'healthy'));
    assert.equal(r.decision, 'hold');
    assert.match(r.metrics[0].reason, new RegExp(`^no canary data: Prometheus at ${closed.replace(/\./g, '\\.')} is unreachable: ECONNREFUSED$`));
  });

  test('a malformed query is a configuration error at its line (exit 3)', async () => {
    const r = await runCanary(dir, canaryYaml(url, 'healthy', { errorQuery: 'sum(rate(http_requests_total{track="{{track}}"}[5m])' }));
    assert.equal(r.code, 3);
    assert.match(r.stderr, /^go-xenv: canary\.yml:11: canary: metric "error-ratio": Prometheus rejected the query \(bad_data\): .*parse error.* — fix the canary query\n$/);
  });
});
