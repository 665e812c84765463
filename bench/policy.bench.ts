// `go-xenv policy test` against the real conftest on the same files and policies, in one run: 1,000 mixed config files
// (YAML, JSON, TOML, HCL2, Dockerfile, INI) generated into a temp dir, and a 24-rule policy set; end-to-end wall time
// and CPU time (median of interleaved runs; also with both pinned to one core, as conftest uses every core) and max RSS
// of each process, our parse vs evaluate split (in-process, from source), and
// the one-file case. The goal (issue 11): faster than conftest on 1,000 files, within 2x of it on one file.
// Ours runs as users run it: node on a bundle built from this tree into the temp dir (dist/ is left alone).
// conftest comes from $CONFTEST or PATH; without it only our figures are printed.
import { spawnSync } from 'node:child_process';
import { measuredRun } from './wait4.ts';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as engine from '../src/rego/index.ts';
import { evaluatePolicies, loadAllParsers, loadPolicies, readInputFile, walkInputs } from '../src/policy/index.ts';

// Every builtin family and input parser, loaded before the in-process split compiles and parses (as `policy test`
// loads what it needs first).
await Promise.all([engine.loadAllBuiltins(), loadAllParsers()]);

const FILES = 1000;
const RUNS = 5;
/** The one-file case takes ~50 ms a run: more rounds, for a ratio that holds on a shared machine. */
const ONE_FILE_RUNS = 31;

const POLICY = `package main

import rego.v1

# Kubernetes-like YAML
deny contains msg if {
	input.kind == "Deployment"
	not input.spec.template.spec.securityContext.runAsNonRoot
	msg := sprintf("deployment %s runs as root", [input.metadata.name])
}

deny contains msg if {
	some c in input.spec.template.spec.containers
	endswith(c.image, ":latest")
	msg := sprintf("container %s uses a latest tag", [c.name])
}

deny contains msg if {
	some c in input.spec.template.spec.containers
	c.securityContext.privileged
	msg := sprintf("container %s is privileged", [c.name])
}

warn contains msg if {
	input.kind == "Deployment"
	input.spec.replicas < 2
	msg := sprintf("deployment %s has one replica", [input.metadata.name])
}

deny_labels contains msg if {
	input.kind
	not input.metadata.labels.owner
	msg := sprintf("%s %s has no owner label", [input.kind, input.metadata.name])
}

violation contains {"msg": msg, "path": ["spec", "ports"]} if {
	input.kind == "Service"
	some p in input.spec.ports
	p.port == 22
	msg := "service exposes ssh"
}

# JSON app configs
deny contains msg if {
	input.app.debug == true
	msg := sprintf("app %s has debug on", [input.app.name])
}

deny contains msg if {
	count(input.app.admins) > 3
	msg := "too many admins"
}

warn contains msg if {
	input.app.timeout_ms > 30000
	msg := sprintf("timeout %d ms is long", [input.app.timeout_ms])
}

deny_secrets contains msg if {
	some k, v in input.app.env
	regex.match("(?i)(password|secret|token)", k)
	v != ""
	msg := sprintf("secret %s in plain text", [k])
}

# TOML
deny contains msg if {
	input.server.tls == false
	msg := "server without TLS"
}

warn contains msg if {
	input.server.port < 1024
	msg := sprintf("privileged port %d", [input.server.port])
}

deny contains msg if {
	some name, db in input.database
	not db.ssl
	msg := sprintf("database %s without ssl", [name])
}

# HCL2 (Terraform)
deny contains msg if {
	some name, b in input.resource.aws_s3_bucket
	b[_].acl == "public-read"
	msg := sprintf("bucket %s is public", [name])
}

deny contains msg if {
	some name, groups in input.resource.aws_security_group
	some sg in groups
	some rule in sg.ingress
	rule.cidr_blocks[_] == "0.0.0.0/0"
	rule.from_port == 22
	msg := sprintf("security group %s opens ssh to the world", [name])
}

warn contains msg if {
	some name, instances in input.resource.aws_instance
	some i in instances
	not i.tags.Owner
	msg := sprintf("instance %s has no Owner tag", [name])
}

# Dockerfile
deny contains msg if {
	some cmd in input[_]
	cmd.Cmd == "from"
	some v in cmd.Value
	endswith(v, ":latest")
	msg := sprintf("base image %s uses latest", [v])
}

deny contains msg if {
	some cmd in input[_]
	cmd.Cmd == "user"
	cmd.Value[0] == "root"
	msg := "runs as root"
}

warn contains msg if {
	some cmd in input[_]
	cmd.Cmd == "run"
	contains(concat(" ", cmd.Value), "curl")
	contains(concat(" ", cmd.Value), "| sh")
	msg := "pipes curl into a shell"
}

deny_add contains msg if {
	some cmd in input[_]
	cmd.Cmd == "add"
	startswith(cmd.Value[0], "http")
	msg := "ADD from a URL"
}

# INI
deny contains msg if {
	input.security.allow_root == "true"
	msg := "ini allows root"
}

warn contains msg if {
	input.logging.level == "debug"
	msg := "debug logging"
}

deny contains msg if {
	to_number(input.limits.max_connections) > 10000
	msg := "max_connections too high"
}

exception contains rules if {
	input.metadata.annotations.exempt == "true"
	rules := ["labels"]
}
`;

/** The i-th generated file: a rotation of formats, each with some violations. */
function file(i: number): [string, string] {
  const bad = i % 3 === 0;
  switch (i % 6) {
    case 0:
      return [
        `k8s/deploy-${i}.yaml`,
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${i}\n  labels:\n    app: web\n${bad ? '' : '    owner: team\n'}spec:\n  replicas: ${i % 4}\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: ${!bad}\n      containers:\n        - name: app\n          image: registry/app:${bad ? 'latest' : '1.2.3'}\n          securityContext:\n            privileged: ${bad}\n        - name: sidecar\n          image: registry/side:2\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\n  labels:\n    owner: team\nspec:\n  ports:\n    - port: ${bad ? 22 : 80}\n    - port: 443\n`,
      ];
    case 1:
      return [
        `apps/app-${i}.json`,
        JSON.stringify({ app: { name: `app-${i}`, debug: bad, admins: bad ? ['a', 'b', 'c', 'd'] : ['a'], timeout_ms: bad ? 60000 : 1000, env: { DB_PASSWORD: bad ? 'hunter2' : '', REGION: 'eu' } } }, null, 2),
      ];
    case 2:
      return [
        `svc/server-${i}.toml`,
        `[server]\nport = ${bad ? 80 : 8443}\ntls = ${!bad}\n\n[database.main]\nhost = "db"\nssl = ${!bad}\n\n[database.replica]\nhost = "db2"\nssl = true\n`,
      ];
    case 3:
      return [
        `tf/main-${i}.tf`,
        `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n  acl    = "${bad ? 'public-read' : 'private'}"\n}\n\nresource "aws_security_group" "sg${i}" {\n  name = "sg"\n  ingress {\n    from_port   = ${bad ? 22 : 443}\n    to_port     = ${bad ? 22 : 443}\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n\nresource "aws_instance" "i${i}" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n  tags = {\n    ${bad ? 'Name' : 'Owner'} = "x"\n  }\n}\n`,
      ];
    case 4:
      return [
        `docker/svc-${i}/Dockerfile`,
        `FROM golang:${bad ? 'latest' : '1.26'} AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n${bad ? 'RUN curl -fsSL https://example.invalid/i.sh | sh\nADD https://example.invalid/x.tgz /x\n' : ''}FROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\nUSER ${bad ? 'root' : 'nonroot'}\nENTRYPOINT ["/app"]\n`,
      ];
    default:
      return [
        `ini/app-${i}.ini`,
        `[security]\nallow_root = ${bad}\n\n[logging]\nlevel = ${bad ? 'debug' : 'info'}\n\n[limits]\nmax_connections = ${bad ? 20000 : 500}\n`,
      ];
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Timed {
  ms: number;
  /** user + system CPU time: on a shared machine steadier than wall time. */
  cpuMs: number;
  rssMiB: number;
  summary: string;
}

/** One run of a command: wall and CPU ms, max RSS, and its summary line (the last of its stdout). */
function once(cmd: string, args: string[], cwd: string): Timed {
  const r = measuredRun(cmd, args, { cwd, timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
  return { ms: r.ms, cpuMs: r.cpuMs, rssMiB: r.rssMiB, summary: r.stdout.trim().split('\n').at(-1) ?? '' };
}

/**
 * Both commands in turn (A B A B ...) after a warm-up of each, so drift of the shared machine hits both alike; with the
 * medians, the median of the pairs' ratios (wall and CPU), which holds better when the machine's speed changes.
 */
function sideBySide(a: [string, string[]], b: [string, string[]] | undefined, cwd: string, runs: number): [Timed, Timed | undefined, { wall: number; cpu: number } | undefined] {
  const timed: Timed[][] = [[], []];
  once(a[0], a[1], cwd);
  if (b) once(b[0], b[1], cwd);
  for (let i = 0; i < runs; i++) {
    timed[0].push(once(a[0], a[1], cwd));
    if (b) timed[1].push(once(b[0], b[1], cwd));
  }
  const fold = (rs: Timed[]): Timed => ({ ms: median(rs.map((r) => r.ms)),
    cpuMs: median(rs.map((r) => r.cpuMs)), rssMiB: Math.max(...rs.map((r) => r.rssMiB)), summary: rs[0].summary });
  const pairs = b ? { wall: median(timed[0].map((r, i) => r.ms / timed[1][i].ms)), cpu: median(timed[0].map((r, i) => r.cpuMs / timed[1][i].cpuMs)) } : undefined;
  return [fold(timed[0]), b ? fold(timed[1]) : undefined, pairs];
}

function conftestPath(): string | undefined {
  const c = process.env.CONFTEST ?? 'conftest';
  const r = spawnSync(c, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? c : undefined;
}

/**
 * parse vs evaluate, in-process from source, median of 3 (after a warm-up): loading the policies, reading + parsing
 * every file, and the whole evaluation minus that parsing (evaluatePolicies parses as it goes).
 */
function split(dir: string, inputs: string[]) {
  const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
  const once = () => {
    const t0 = process.hrtime.bigint();
    const loaded = loadPolicies({ engine, cwd: dir, policyPaths: ['policy'] });
    const t1 = process.hrtime.bigint();
    const files = walkInputs(inputs, dir);
    for (const f of files) readInputFile(resolve(dir, f), { display: f });
    const t2 = process.hrtime.bigint();
    evaluatePolicies(loaded, { cwd: dir, files });
    const t3 = process.hrtime.bigint();
    return { load: ms(t0, t1), parse: ms(t1, t2), evaluate: ms(t2, t3) - ms(t1, t2) };
  };
  once();
  const runs = [once(), once(), once()];
  const pick = (k: 'load' | 'parse' | 'evaluate') => median(runs.map((r) => r[k]));
  return { load: pick('load'), parse: pick('parse'), evaluate: pick('evaluate') };
}

// KEEP_BENCH_DIR=1 leaves the generated files (and the bundle) for profiling.
const keep = process.env.KEEP_BENCH_DIR === '1';
const root = mkdtempSync(join(tmpdir(), 'go-xenv-policy-bench-'));
try {
  const dir = join(root, 'ws');
  for (let i = 0; i < FILES; i++) {
    const [rel, text] = file(i);
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  mkdirSync(join(dir, 'policy'));
  writeFileSync(join(dir, 'policy', 'rules.rego'), POLICY);
  const rules = POLICY.split('\n').filter((l) => /^(deny|warn|violation|exception)\S* contains/.test(l)).length;

  const dist = join(root, 'dist');
  const b = spawnSync(process.execPath, ['scripts/build.mjs', dist], { stdio: 'inherit' });
  if (b.status !== 0) throw new Error('build failed');
  // beside a package.json saying "module", as dist/ is in the repository and in an install (without one, Node would
  // first try every chunk as CommonJS)
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  const cli = join(dist, 'cli.js');
  const conftest = conftestPath();
  const dirs = ['k8s', 'apps', 'svc', 'tf', 'docker', 'ini'];
  console.log(`${FILES} files (${dirs.join(', ')}), ${rules} rules; ${RUNS} interleaved runs (one file: ${ONE_FILE_RUNS}) after a warm-up: median wall and CPU (user+sys, from wait4) time, max RSS`);
  if (!conftest) console.log('conftest not found ($CONFTEST or PATH): our figures only');

  // conftest spreads its work over every core; on one core each (taskset), the comparison is of the work itself.
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const cases: [string, string[], boolean][] = [
    [`${FILES} files`, dirs, false],
    ...(pinned ? [[`${FILES} files, both on one core (taskset -c 0)`, dirs, true] as [string, string[], boolean]] : []),
    ['one file', ['k8s/deploy-0.yaml'], false],
  ];
  for (const [name, inputs, pin] of cases) {
    const args = ['policy', 'test', '--no-color', '-p', 'policy', ...inputs];
    const cmd = (c: string, a: string[]): [string, string[]] => (pin ? ['taskset', ['-c', '0', c, ...a]] : [c, a]);
    const [ours, theirs, pairs] = sideBySide(cmd(process.execPath, [cli, ...args]), conftest ? cmd(conftest, args.slice(1)) : undefined, dir, inputs.length === 1 ? ONE_FILE_RUNS : RUNS);
    const s = pin ? undefined : split(dir, inputs);
    console.log(`\n${name}:`);
    const row = (who: string, t: Timed) =>
      console.log(`  ${who.padEnd(8)} ${t.ms.toFixed(0).padStart(6)} ms wall ${t.cpuMs.toFixed(0).padStart(6)} ms cpu ${t.rssMiB.toFixed(0).padStart(4)} MiB  ${t.summary}`);
    row('go-xenv', ours);
    if (theirs) {
      row('conftest', theirs);
      console.log(`  go-xenv / conftest: ${(ours.ms / theirs.ms).toFixed(2)}x wall, ${(ours.cpuMs / theirs.cpuMs).toFixed(2)}x cpu, ${(ours.rssMiB / theirs.rssMiB).toFixed(2)}x RSS${ours.summary === theirs.summary ? '' : '  (the summaries differ!)'}`);
      if (pairs) console.log(`  median of the ${inputs.length === 1 ? ONE_FILE_RUNS : RUNS} pairs' ratios: ${pairs.wall.toFixed(2)}x wall, ${pairs.cpu.toFixed(2)}x cpu`);
    }
    if (s) console.log(`  in-process: load policies ${s.load.toFixed(0)} ms, parse ${s.parse.toFixed(0)} ms, evaluate ${s.evaluate.toFixed(0)} ms`);
  }
} finally {
  if (!keep && existsSync(root)) rmSync(root, { recursive: true, force: true });
}
