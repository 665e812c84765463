// Rego engine cost on a conftest-style policy set (deny/warn over Kubernetes-like and docker-compose-like documents,
// plus 60 generated deny rules keyed on `input.kind == "..."` as real policy libraries are): compile time, and
// evaluations per second over 10,000 generated inputs with the policy compiled once. Ratios are against alternatives
// measured in the same run: the same policy without rule indexing, recompiling per input (what a naive integration
// would do), and the same checks hand-written in JavaScript (a floor no interpreter reaches).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { compileCacheEntry } from '../scripts/compile-cache-entry.mjs';
import { compile, loadAllBuiltins } from '../src/rego/index.ts';
import { fromJSON, toJSON, type Value } from '../src/rego/value/value.ts';

await loadAllBuiltins();

const K8S = `package kubernetes
import rego.v1

deny contains msg if {
  input.kind == "Deployment"
  not input.spec.template.spec.securityContext.runAsNonRoot
  msg := sprintf("%s: containers must not run as root", [input.metadata.name])
}

deny contains msg if {
  some c in input.spec.template.spec.containers
  endswith(c.image, ":latest")
  msg := sprintf("%s: image %s uses the latest tag", [input.metadata.name, c.image])
}

deny contains msg if {
  some c in input.spec.template.spec.containers
  not c.resources.limits.memory
  msg := sprintf("%s: container %s has no memory limit", [input.metadata.name, c.name])
}

warn contains msg if {
  input.kind == "Deployment"
  input.spec.replicas < 2
  msg := sprintf("%s: fewer than 2 replicas", [input.metadata.name])
}

warn contains msg if {
  required := {"app", "team"}
  provided := {k | some k, _ in object.get(input.metadata, "labels", {})}
  missing := required - provided
  count(missing) > 0
  msg := sprintf("%s: missing labels %v", [input.metadata.name, sort(missing)])
}
`;

const COMPOSE = `package compose

deny[msg] {
  svc := input.services[name]
  svc.privileged == true
  msg := sprintf("service %s is privileged", [name])
}

deny[msg] {
  svc := input.services[name]
  port := svc.ports[_]
  startswith(port, "22:")
  msg := sprintf("service %s exposes ssh", [name])
}

warn[msg] {
  svc := input.services[name]
  not svc.healthcheck
  msg := sprintf("service %s has no healthcheck", [name])
}
`;

// Generated per-kind rules: the Rego body after `input.kind == K`, and the same check in JavaScript.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Check = { rego: string; js: (doc: any) => boolean; what: string };
const KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Service', 'Ingress', 'ConfigMap', 'Secret', 'Pod', 'Job', 'CronJob'];
const CHECKS: Check[] = [
  { what: 'has no owner label', rego: 'not input.metadata.labels.owner', js: (d) => !d.metadata.labels?.owner },
  { what: 'is in the default namespace', rego: 'input.metadata.namespace == "default"', js: (d) => d.metadata.namespace === 'default' },
  { what: 'has a name longer than 20', rego: 'count(input.metadata.name) > 20', js: (d) => [...d.metadata.name].length > 20 },
  { what: 'skips checks', rego: 'input.metadata.annotations["policy/skip"] == "true"', js: (d) => d.metadata.annotations?.['policy/skip'] === 'true' },
  { what: 'has a name without the team prefix', rego: 'not startswith(input.metadata.name, "team-")', js: (d) => !d.metadata.name.startsWith('team-') },
  { what: 'has an uppercase name', rego: 'input.metadata.name != lower(input.metadata.name)', js: (d) => d.metadata.name !== d.metadata.name.toLowerCase() },
];
const KINDS_MODULE = `package kubernetes
import rego.v1
${KINDS.flatMap((k) => CHECKS.map((c) => `
deny contains msg if {
  input.kind == "${k}"
  ${c.rego}
  msg := sprintf("%s %s ${c.what}", [input.kind, input.metadata.name])
}`)).join('\n')}
`;

function rng(seed: number) {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function inputs(n: number): unknown[] {
  const r = rng(42);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 4 === 2) {
      const kind = KINDS[1 + Math.floor(r() * (KINDS.length - 1))];
      out.push({
        kind, metadata: {
          name: `${r() < 0.5 ? 'team-' : ''}${kind.toLowerCase()}-${i}${r() < 0.1 ? '-with-a-long-suffix' : ''}`,
          namespace: r() < 0.3 ? 'default' : 'prod', labels: r() < 0.5 ? { owner: 'x' } : {},
          annotations: r() < 0.1 ? { 'policy/skip': 'true' } : {},
        },
      });
    } else if (i % 2 === 0) {
      const containers = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, j) => ({
        name: `c${j}`, image: r() < 0.3 ? `nginx:latest` : `nginx:1.${j}`,
        ...(r() < 0.7 ? { resources: { limits: { memory: '128Mi' } } } : {}),
      }));
      out.push({
        kind: 'Deployment', metadata: { name: `app-${i}`, namespace: 'prod', labels: r() < 0.5 ? { app: 'x', team: 'y' } : { app: 'x' } },
        spec: { replicas: Math.floor(r() * 4), template: { spec: { securityContext: r() < 0.5 ? { runAsNonRoot: true } : {}, containers } } },
      });
    } else {
      const services: Record<string, unknown> = {};
      for (let j = 0; j < 1 + Math.floor(r() * 4); j++) {
        services[`s${j}`] = { image: 'redis', privileged: r() < 0.2, ports: r() < 0.3 ? ['22:22', '80:80'] : ['80:80'], ...(r() < 0.5 ? { healthcheck: {} } : {}) };
      }
      out.push({ services });
    }
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function handWritten(doc: any): number {
  let n = 0;
  if (doc.kind !== undefined) {
    const msgs = new Set<string>();
    for (const c of CHECKS) if (c.js(doc)) msgs.add(`${doc.kind} ${doc.metadata.name} ${c.what}`);
    n += msgs.size;
  }
  if (doc.kind === 'Deployment') {
    const name = doc.metadata.name;
    const msgs: string[] = [];
    if (!doc.spec.template.spec.securityContext?.runAsNonRoot) msgs.push(`${name}: containers must not run as root`);
    for (const c of doc.spec.template.spec.containers) {
      if (c.image.endsWith(':latest')) msgs.push(`${name}: image ${c.image} uses the latest tag`);
      if (!c.resources?.limits?.memory) msgs.push(`${name}: container ${c.name} has no memory limit`);
    }
    if (doc.spec.replicas < 2) msgs.push(`${name}: fewer than 2 replicas`);
    n += msgs.length;
  }
  if (doc.metadata) {
    const missing = ['app', 'team'].filter((k) => !(k in (doc.metadata.labels ?? {})));
    if (missing.length) n++;
  }
  for (const [name, svc] of Object.entries(doc.services ?? {}) as [string, any][]) {
    if (svc.privileged === true) n++;
    if (svc.ports.some((p: string) => p.startsWith('22:'))) n++;
    if (!svc.healthcheck) n += name.length > 0 ? 1 : 0;
  }
  return n;
}

const modules = [{ file: 'k8s.rego', source: K8S }, { file: 'k8s-kinds.rego', source: KINDS_MODULE }, { file: 'compose.rego', source: COMPOSE }];
const RULES = 8 + KINDS.length * CHECKS.length;
const opts = { v0For: (f: string) => f === 'compose.rego' };
const N = 10_000;
const docs = inputs(N);
const values: Value[] = docs.map(fromJSON);

const t0 = process.hrtime.bigint();
const COMPILES = 200;
/** Fresh processes per side for the cold compile (BENCH_COLD_ROUNDS): best of them, and the median of the pairs. */
const COLD_ROUNDS = Number(process.env.BENCH_COLD_ROUNDS) || 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let i = 0; i < COMPILES; i++) compile(modules, {}, opts);
const compileMs = Number(process.hrtime.bigint() - t0) / 1e6 / COMPILES;

const policy = compile(modules, {}, opts);
const run = (p: typeof policy, input: Value) => {
  const ns = (input as { has?: (k: string) => boolean }).has?.('kind') ? 'kubernetes' : 'compose';
  const d = p.evaluate(`${ns}.deny`, { input }).value;
  const w = p.evaluate(`${ns}.warn`, { input }).value;
  return (d as { size: number }).size + (w as { size: number }).size;
};

/** Inputs per second over all inputs, and the number of findings. */
function measure(p: typeof policy): { perSec: number; findings: number } {
  let n = 0;
  const t = process.hrtime.bigint();
  for (const v of values) n += run(p, v);
  return { perSec: N / (Number(process.hrtime.bigint() - t) / 1e9), findings: n };
}

// Indexed and unindexed runs alternate (best of 3 each) so load on a shared machine hits both alike.
const unindexed = compile(modules, {}, { ...opts, ruleIndex: false });
let evalsPerSec = 0;
let unindexedPerSec = 0;
let findings = 0;
for (let round = 0; round < 3; round++) {
  const a = measure(policy);
  const b = measure(unindexed);
  if (a.findings !== b.findings) throw new Error(`rule index changed the results: ${a.findings} vs ${b.findings}`);
  findings = a.findings;
  evalsPerSec = Math.max(evalsPerSec, a.perSec);
  unindexedPerSec = Math.max(unindexedPerSec, b.perSec);
}

// The same work as one query for both engines: every input through deny + warn of its namespace via `with input`.
const LOOP = `package bench
import rego.v1
total := count(data.kubernetes.deny) + count(data.kubernetes.warn) if input.kind
total := count(data.compose.deny) + count(data.compose.warn) if not input.kind
findings := sum([n | some d in data.bench_inputs; n := total with input as d])
`;
const loopModules = [...modules, { file: 'bench.rego', source: LOOP }];
const loopPolicy = compile(loopModules, { bench_inputs: docs }, { v0For: opts.v0For });
let loopFindings = 0;
let loopPerSec = 0;
for (let i = 0; i < 3; i++) {
  const t4 = process.hrtime.bigint();
  loopFindings = Number(toJSON(loopPolicy.evaluate('bench.findings').value!));
  loopPerSec = Math.max(loopPerSec, N / (Number(process.hrtime.bigint() - t4) / 1e9));
}

/** `opa eval` on the same modules and inputs: query evaluation time from OPA's own metrics, best of 3. */
function opaBin(): string | undefined {
  return process.env.OPA_BIN ?? [join(homedir(), 'go', 'bin', 'opa')].find(existsSync)
    ?? (spawnSync('sh', ['-c', 'command -v opa'], { encoding: 'utf8' }).stdout.trim() || undefined);
}

function measureOpa(): { perSec: number; findings: number; version: string } | string {
  const bin = opaBin();
  if (!bin) return 'no OPA binary (set OPA_BIN or put opa on PATH)';
  const dir = mkdtempSync(join(tmpdir(), 'rego-bench-'));
  try {
    for (const m of loopModules) writeFileSync(join(dir, m.file), m.source);
    writeFileSync(join(dir, 'inputs.json'), JSON.stringify({ bench_inputs: docs }));
    let best = 0;
    let found = NaN;
    for (let i = 0; i < 3; i++) {
      // --v0-compatible for compose.rego; the other modules import rego.v1, which v0 mode accepts
      const r = spawnSync(bin, ['eval', '--v0-compatible', '-f', 'json', '--metrics', '--data', dir, 'data.bench.findings'],
        { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 300_000 });
      if (r.error || r.status !== 0) return `opa eval failed: ${r.error?.message ?? (r.stderr || r.stdout).split('\n')[0]}`;
      const out = JSON.parse(r.stdout);
      found = out.result[0].expressions[0].value;
      best = Math.max(best, N / (out.metrics.timer_rego_query_eval_ns / 1e9));
    }
    const version = spawnSync(bin, ['version'], { encoding: 'utf8' }).stdout.split('\n')[0];
    return { perSec: best, findings: found, version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const opaResult = measureOpa();

/** The Node binaries to measure the CLI on: this one, the project's own Node 24 (node_modules/.bin), and PATH's, once each. */
function nodeBinaries(): { bin: string; version: string }[] {
  const found = [process.execPath, join('node_modules', '.bin', 'node'), ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'node'))];
  const seen = new Map<string, string>();
  for (const bin of found.filter((b) => b && existsSync(b))) {
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (version && !seen.has(version)) seen.set(version, bin);
  }
  return [...seen].map(([version, bin]) => ({ bin, version })).sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true }));
}

interface Startup { node: string; ours: number; opa: number; bare: number; help: number }
interface CliCosts { startup: Startup[]; memory?: { ours: number; opa: number }; opaCompileMs?: number; coldCompileMs?: number; coldRatios?: number[] }

/**
 * What a process pays, measured on the bundled CLI (built here into a temporary dir) beside `opa eval` in the same run:
 * start-up as a shell loop pays it (wall time of one `rego eval` on one policy file and one input, median of 15 runs,
 * the two alternating), on every Node found; the peak RSS of both CLIs on the loop workload above (all inputs as data,
 * one query; from /usr/bin/time); OPA's parse + compile of the policy set (its --metrics) and our first compile in a
 * fresh process, bundled as the CLI is (what it pays: nothing compiled by the JIT yet).
 */
async function measureCli(): Promise<CliCosts | string> {
  const bin = opaBin();
  if (!bin) return 'no OPA binary (set OPA_BIN or put opa on PATH)';
  const dir = mkdtempSync(join(tmpdir(), 'rego-startup-'));
  try {
    const built = spawnSync(process.execPath, ['scripts/build.mjs', join(dir, 'dist')], { encoding: 'utf8' });
    if (built.status !== 0) return `build failed: ${built.stderr.split('\n')[0]}`;
    // beside a package.json saying "module", as dist/ is in the repository and in an install (without one, Node would
    // first try every chunk as CommonJS)
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    const cli = join(dir, 'dist', 'cli.js');
    writeFileSync(join(dir, 'policy.rego'), K8S);
    writeFileSync(join(dir, 'input.json'), JSON.stringify(docs[0]));
    const time = (cmd: string, argv: string[]) => {
      const t = process.hrtime.bigint();
      const r = spawnSync(cmd, argv, { cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout).split('\n')[0]}`);
      return { ms: Number(process.hrtime.bigint() - t) / 1e6, out: r.stdout, err: r.stderr };
    };
    const query = 'data.kubernetes.deny';
    const startup = nodeBinaries().map(({ bin: node, version }): Startup => {
      const ours: number[] = [];
      const opa: number[] = [];
      time(node, [cli, 'rego', 'eval', '--data', 'policy.rego', query]); // fills Node's compile cache for this build
      for (let i = 0; i < 15; i++) {
        ours.push(time(node, [cli, 'rego', 'eval', '--data', 'policy.rego', '--input', 'input.json', query]).ms);
        opa.push(time(bin, ['eval', '-f', 'json', '--data', 'policy.rego', '--input', 'input.json', query]).ms);
      }
      // where the time goes: Node's own start, and the CLI's start without the engine
      const bare = median(Array.from({ length: 15 }, () => time(node, ['-e', '0']).ms));
      const help = median(Array.from({ length: 15 }, () => time(node, [cli, '--help']).ms));
      return { node: version, ours: median(ours), opa: median(opa), bare, help };
    });
    const work = join(dir, 'loop');
    mkdirSync(work);
    for (const m of loopModules) writeFileSync(join(work, m.file), m.source);
    writeFileSync(join(work, 'inputs.json'), JSON.stringify({ bench_inputs: docs }));
    const costs: CliCosts = { startup };
    if (existsSync('/usr/bin/time')) {
      const peak = (cmd: string, argv: string[]) => Number(time('/usr/bin/time', ['-f', '%M', cmd, ...argv]).err.trim().split('\n').pop()) / 1024;
      const ours = peak(process.execPath, [cli, 'rego', 'eval', '--v0', '--data', 'loop', 'data.bench.findings']);
      const opa = peak(bin, ['eval', '--v0-compatible', '-f', 'json', '--data', 'loop', 'data.bench.findings']);
      costs.memory = { ours, opa };
    }
    // bundled and started as the CLI is (tsx's transform would add its own cost to every function the compile runs):
    // through the entry that turns on Node's compile cache, filled by one run first as every CLI run after the first
    // finds it (Node 20 has none: there the figure is the uncached first compile)
    const cold = join(dir, 'cold');
    await esbuild({ entryPoints: { 'cold-compile': 'compile-cache:bench/rego-cold-compile.ts' }, outdir: cold, bundle: true, splitting: true,
      platform: 'node', format: 'esm', logLevel: 'warning', plugins: [compileCacheEntry],
      banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" } });
    writeFileSync(join(cold, 'package.json'), '{ "type": "module" }\n');
    const coldJs = join(cold, 'cold-compile.js');
    const coldArgs = [coldJs, join(work, 'k8s.rego'), join(work, 'k8s-kinds.rego'), join(work, 'compose.rego')];
    spawnSync(process.execPath, coldArgs, { timeout: 60_000 });
    // both sides the same way: a fresh process each, alternating, best of COLD_ROUNDS and the median of each round's ratio
    let opaCompile = Infinity;
    let coldCompile = Infinity;
    const ratios: number[] = [];
    for (let i = 0; i < COLD_ROUNDS; i++) {
      const m = JSON.parse(time(bin, ['eval', '--v0-compatible', '-f', 'json', '--metrics', '--data', 'loop/k8s.rego', '--data', 'loop/k8s-kinds.rego',
        '--data', 'loop/compose.rego', 'data.kubernetes.deny']).out).metrics;
      const theirs = (m.timer_rego_module_parse_ns + m.timer_rego_module_compile_ns) / 1e6;
      opaCompile = Math.min(opaCompile, theirs);
      const run = spawnSync(process.execPath, coldArgs, { encoding: 'utf8', timeout: 60_000 });
      if (run.status !== 0) continue;
      const ours = Number(run.stdout.trim());
      coldCompile = Math.min(coldCompile, ours);
      ratios.push(ours / theirs);
    }
    costs.opaCompileMs = opaCompile;
    if (coldCompile !== Infinity) Object.assign(costs, { coldCompileMs: coldCompile, coldRatios: ratios });
    return costs;
  } catch (e) {
    return (e as Error).message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const cli = await measureCli();

const RECOMPILE = 1000;
const t2 = process.hrtime.bigint();
for (let i = 0; i < RECOMPILE; i++) run(compile(modules, {}, opts), values[i]);
const recompilePerSec = RECOMPILE / (Number(process.hrtime.bigint() - t2) / 1e9);

let handFindings = 0;
const t3 = process.hrtime.bigint();
for (let rep = 0; rep < 10; rep++) for (const d of docs) handFindings += handWritten(d);
const handPerSec = (10 * N) / (Number(process.hrtime.bigint() - t3) / 1e9);

console.log(`policy set: 3 modules (v1 kubernetes x2, v0 compose), ${RULES} rules; ${N} generated inputs, ${findings} findings (hand-written: ${handFindings / 10}; Rego sets collapse duplicate messages)`);
console.log(`compile: ${compileMs.toFixed(2)} ms per compile (mean of ${COMPILES})`);
console.log(`evaluate (compiled once, deny + warn per input, best of 3): ${evalsPerSec.toFixed(0)} inputs/s (${(1e6 / evalsPerSec).toFixed(1)} µs per input)`);
console.log(`without rule indexing: ${unindexedPerSec.toFixed(0)} inputs/s -> the index makes evaluation ${(evalsPerSec / unindexedPerSec).toFixed(1)}x faster`);
console.log(`recompile per input: ${recompilePerSec.toFixed(0)} inputs/s -> compiled-once is ${(evalsPerSec / recompilePerSec).toFixed(1)}x faster`);
console.log(`one query over all inputs (with input as d, best of 3): ${loopPerSec.toFixed(0)} inputs/s, ${loopFindings} findings`);
if (typeof opaResult === 'string') console.log(`opa eval: skipped, ${opaResult}`);
else {
  console.log(`opa eval (${opaResult.version}, same query, OPA's timer_rego_query_eval_ns, best of 3): ${opaResult.perSec.toFixed(0)} inputs/s, ${opaResult.findings} findings -> ours is ${(loopPerSec / opaResult.perSec).toFixed(2)}x OPA's speed`);
  if (opaResult.findings !== loopFindings) console.log(`  WARNING: findings differ (ours ${loopFindings}, opa ${opaResult.findings})`);
}
console.log(`hand-written JS checks: ${handPerSec.toFixed(0)} inputs/s -> the interpreter runs at ${((100 * evalsPerSec) / handPerSec).toFixed(2)}% of that speed`);
if (typeof cli === 'string') console.log(`process costs: skipped, ${cli}`);
else {
  for (const s of cli.startup) {
    console.log(`start-up on Node ${s.node}, one policy file and one input, median of 15 processes: go-xenv rego eval ${s.ours.toFixed(0)} ms, opa eval ${s.opa.toFixed(0)} ms -> ${(s.ours / s.opa).toFixed(2)}x (goal <= 3x); node -e 0 ${s.bare.toFixed(0)} ms, go-xenv --help ${s.help.toFixed(0)} ms`);
  }
  if (cli.opaCompileMs !== undefined) {
    console.log(`compile of the policy set: ours ${compileMs.toFixed(2)} ms warm (mean above)${cli.coldCompileMs === undefined ? '' : `, ${cli.coldCompileMs.toFixed(1)} ms cold (first compile in a fresh process, best of ${COLD_ROUNDS})`}; OPA parse + compile ${cli.opaCompileMs.toFixed(2)} ms (its --metrics, best of ${COLD_ROUNDS}) -> warm ${(compileMs / cli.opaCompileMs).toFixed(2)}x${cli.coldCompileMs === undefined ? '' : `, cold ${(cli.coldCompileMs / cli.opaCompileMs).toFixed(2)}x best to best, ${median(cli.coldRatios!).toFixed(2)}x median of ${cli.coldRatios!.length} pairs`} (goal <= 2x)`);
  }
  if (cli.memory) {
    console.log(`peak memory, the ${N}-input loop as one CLI process each: go-xenv rego eval ${cli.memory.ours.toFixed(0)} MiB, opa eval ${cli.memory.opa.toFixed(0)} MiB -> ${(cli.memory.ours / cli.memory.opa).toFixed(2)}x (goal <= 2x)`);
  } else console.log('peak memory: skipped, no /usr/bin/time');
}
