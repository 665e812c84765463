// The canary against a pull request's files: a config from the repository may not send a credential to a URL of its
// choosing, may not read files outside the workspace, and nothing it reads is echoed; credentials are masked and kept
// from child processes. A local server on 127.0.0.1 records every request it gets.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.ts';
import { canaryCommand, canaryStep } from '../../src/pipeline/canary.ts';
import { check } from '../../src/pipeline/check.ts';
import { spawnRunner } from '../../src/process.ts';
import { terminalHost } from '../../src/terminal-host.ts';
import type { Host } from '../../src/host.ts';
import { canaryCli } from './canary-kit.ts';

let server: Server;
let base: string;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];

before(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values: [[1_700_000_000, '0.001']] }] } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

const metrics = 'metrics:\n  - name: errors\n    query: e{track="{{track}}"}\n    judge: threshold\n    max: 0.01\n';
const prom = (url: string, auth = '  bearer-token-env: PROM_TOKEN\n') => `provider:\n  type: prometheus\n  url: ${url}\n${auth}${metrics}`;

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-canary-untrusted-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const cli = canaryCli;

test('a repository file cannot send a credential to a URL it chose', async () => {
  const env = { PROM_TOKEN: 'tok-123' };
  seen.length = 0;
  const dir = workspace({ 'canary.yml': prom(`${base}/evil`), '.github/go-xenv.yml': `canary:\n${prom(`${base}/evil`).replace(/^/gm, '  ')}` });
  const need = 'needs the Prometheus URL pinned by the workflow — set GO_XENV_CANARY_URL in the step env to the Prometheus URL, or give the provider in the canary input\n';
  const viaFlag = await cli(dir, env, 'canary', '--config', 'canary.yml');
  assert.deepEqual([viaFlag.code, viaFlag.stderr], [3, `go-xenv: canary.yml:4: canary: provider.bearer-token-env in a repository file (which a pull request can change) ${need}`]);
  const viaKey = await cli(dir, env, 'canary');
  assert.deepEqual([viaKey.code, viaKey.stderr], [3, `go-xenv: .github/go-xenv.yml:5: canary: provider.bearer-token-env in a repository file (which a pull request can change) ${need}`]);
  // YAML text under the file's canary key is the repository's too, not the step input's.
  writeFileSync(join(dir, '.github/go-xenv.yml'), `canary: |\n${prom(`${base}/evil`, '  basic-auth:\n    username-env: U\n    password-env: PROM_TOKEN\n').replace(/^/gm, '  ')}`);
  assert.equal((await cli(dir, { ...env, U: 'u' }, 'canary')).code, 3);
  // A file the canary input names is a repository file as well.
  const rec = recordingHost(env);
  // An empty repository config file: only the canary input names the canary file.
  writeFileSync(join(dir, 'empty.yml'), '');
  const ctx = { config: loadConfig({ given: { canary: 'canary.yml', 'config-file': 'empty.yml' }, workspace: dir, env: {} }), host: rec.host, args: [], flags: {} };
  await assert.rejects(canaryStep.run(ctx, []), /provider\.bearer-token-env in a repository file/);
  assert.deepEqual(rec.outputs, { 'canary-decision': 'hold' }, 'a canary that could not be judged still writes its decision');
  assert.deepEqual(seen, []);
});

test('with the URL pinned by the workflow, credentials go there and only there', async () => {
  const dir = workspace({ 'canary.yml': prom(base), 'other.yml': prom(`${base}/evil`), 'nourl.yml': `provider:\n  type: prometheus\n  bearer-token-env: PROM_TOKEN\n${metrics}`, 'runner.yml': prom(base, '  bearer-token-env: GITHUB_TOKEN\n') });
  const env = { PROM_TOKEN: 'tok-123', GO_XENV_CANARY_URL: `${base}/`, GITHUB_TOKEN: 'ghs_x' };
  seen.length = 0;
  const good = await cli(dir, env, 'canary', '--config', 'canary.yml', '--json');
  assert.equal(good.code, 0, good.stderr);
  assert.equal(JSON.parse(good.stdout).steps[0].outputs['canary-decision'], 'promote');
  const pinnedOnly = await cli(dir, env, 'canary', '--config', 'nourl.yml', '--json');
  assert.equal(pinnedOnly.code, 0, pinnedOnly.stderr);
  assert.deepEqual(seen.map((s) => [s.url, s.headers.authorization]), Array(4).fill(['/api/v1/query_range', 'Bearer tok-123']));
  seen.length = 0;
  const other = await cli(dir, env, 'canary', '--config', 'other.yml');
  assert.deepEqual([other.code, other.stderr], [3, `go-xenv: other.yml:3: canary: provider.url "${base}/evil" is not the Prometheus the workflow pins in GO_XENV_CANARY_URL (${base}/) — leave provider.url out, or make it ${base}/\n`]);
  const runner = await cli(dir, env, 'canary', '--config', 'runner.yml');
  assert.deepEqual([runner.code, runner.stderr], [3, 'go-xenv: runner.yml:4: canary: provider.bearer-token-env names GITHUB_TOKEN, a runner or action credential, not a Prometheus secret — name the variable that holds the Prometheus secret\n']);
  assert.deepEqual(seen, []);
});

/** An actions-like host that records log lines, groups and masked values. */
function recordingHost(env: NodeJS.ProcessEnv) {
  const lines: string[] = [];
  const secrets: string[] = [];
  const outputs: Record<string, string> = {};
  const host: Host = {
    ...terminalHost({ env, write: (l) => lines.push(l) }),
    kind: 'actions',
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    setOutput: (n, v) => { outputs[n] = v; },
    setSecret: (v) => { secrets.push(v); },
    group: async (name, fn) => {
      lines.push(`::group::${name}`);
      try { return await fn(); } finally { lines.push('::endgroup::'); }
    },
  };
  return { host, lines, secrets, outputs };
}

test('the step input may name credentials; they are masked and no child process sees them', async () => {
  const dir = workspace();
  const env = { KEEP_ME: 'kept', U: 'user', P: 'pass', PATH: process.env.PATH };
  const rec = recordingHost(env);
  const inline = prom(base, '  basic-auth:\n    username-env: U\n    password-env: P\n');
  const ctx = { config: loadConfig({ given: { canary: inline }, workspace: dir, env: {} }), host: rec.host, args: [], flags: {} };
  seen.length = 0;
  const [r] = await canaryCommand.run(ctx);
  assert.equal(r.outputs!['canary-decision'], 'promote');
  assert.equal(seen[0].headers.authorization, `Basic ${Buffer.from('user:pass').toString('base64')}`);
  assert.deepEqual(rec.secrets, ['user', 'pass', Buffer.from('user:pass').toString('base64')]);
  const child = await spawnRunner('env', [], { env });
  assert.equal(child.code, 0);
  assert.doesNotMatch(child.stdout, /^(U|P)=/m);
  assert.match(child.stdout, /^KEEP_ME=kept$/m, 'a variable the canary does not use is left alone');
});

test('the step logs what it did inside its group: per metric what was judged and the verdict', async () => {
  const dir = workspace({ 'series.json': JSON.stringify({ metrics: { errors: { canary: [0.001, 0.002], stable: [0.001] }, lat: { canary: [0.5, 0.03], stable: [0.001] } } }) });
  const rec = recordingHost({});
  const yaml = 'provider:\n  type: file\n  path: series.json\nmetrics:\n  - name: errors\n    judge: threshold\n    max: 0.01\n  - name: lat\n    judge: threshold\n    max: 0.01\n';
  const ctx = { config: loadConfig({ given: { canary: yaml }, workspace: dir, env: { GITHUB_ACTIONS: 'true' } }), host: rec.host, args: [], flags: {} };
  const [result] = await canaryCommand.run(ctx);
  assert.deepEqual(rec.lines.map((l) => l.replace(/window \S+ – \S+,/, 'window W,')), [
    '::group::canary',
    'canary config from the canary input: 2 metric(s), window W, step 60s',
    'metrics from the series file "series.json"',
    'metric "errors" (threshold): judged 2 canary and 1 stable samples: Pass — all 2 samples within max 0.01',
    'metric "lat" (threshold): judged 2 canary and 1 stable samples: High — 2 of 2 samples above max 0.01 (worst 0.5), more than failure-limit 0',
    'decision: rollback (score 0.5): 1 of 2 judged metrics passed (score 50%), below marginal-score 75%',
    '::endgroup::',
  ]);
  // The failing metric is a finding, annotated by the action's edge after the run.
  assert.deepEqual(result.findings.map((f) => f.message), ['canary metric "lat": High: 2 of 2 samples above max 0.01 (worst 0.5), more than failure-limit 0']);
});

test('the file provider and the canary config stay inside the workspace; nothing read is echoed', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'go-xenv-canary-outside-'));
  writeFileSync(join(outside, 'series.json'), '{"metrics":{}}');
  const dir = workspace({ 'bad.json': 'SECRET=hunter2\nMORE=1\n', 'deep.json': '{\n  "metrics": {\n    "a": [1, 2,, 3]\n  }\n}\n' });
  symlinkSync('/proc/self/environ', join(dir, 'environ.json'));
  symlinkSync(outside, join(dir, 'out'));
  execFileSync('mkfifo', [join(dir, 'fifo.json')]);
  const file = (p: string) => `provider:\n  type: file\n  path: ${p}\nmetrics:\n  - name: a\n    judge: threshold\n    max: 1\n`;
  const cases: [string, string][] = [
    ['/proc/self/environ', 'canary.yml:3: canary provider.path "/proc/self/environ" resolves to /proc/'],
    ['environ.json', 'canary.yml:3: canary provider.path "environ.json" resolves to /proc/'],
    ['../x/series.json', 'canary.yml:3: canary provider.path "../x/series.json" resolves to'],
    ['out/series.json', `canary.yml:3: canary provider.path "out/series.json" resolves to ${outside}/series.json, outside the workspace ${dir}`],
    ['fifo.json', `series.json: canary series file "${dir}/fifo.json" is not a regular file`.replace('series.json: ', 'fifo.json: ')],
    ['bad.json', 'bad.json: canary: the series file is not valid JSON (line 1, column 1)'],
    ['deep.json', 'deep.json: canary: the series file is not valid JSON (line 3, column 16)'],
  ];
  for (const [path, message] of cases) {
    writeFileSync(join(dir, 'canary.yml'), file(path));
    const r = await cli(dir, {}, 'canary', '--config', 'canary.yml');
    assert.equal(r.code, 3, path);
    assert.ok(r.stderr.startsWith(`go-xenv: ${message}`), `${path}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /hunter2|SECRET|PATH=|HOME=/, path);
  }
  for (const config of ['/dev/zero', '/proc/self/environ', 'out/series.json']) {
    const r = await cli(dir, {}, 'canary', '--config', config);
    assert.equal(r.code, 3, config);
    assert.match(r.stderr, /^go-xenv: canary config file ".*" resolves to .*, outside the workspace/, config);
  }
  const ctx = (canary: string) => ({ config: loadConfig({ given: { canary }, workspace: dir, env: {} }), host: terminalHost({ env: {}, write: () => {} }), args: [], flags: {} });
  assert.throws(() => ctx('/dev/zero'), /canary config file "\/dev\/zero" resolves to \/dev\/zero, outside the workspace/);
  writeFileSync(join(dir, 'huge.yml'), 'x'.repeat(5 * 1024 * 1024));
  assert.throws(() => ctx('huge.yml'), /canary config file ".*huge\.yml" is larger than 4194304 bytes/);
});

test('check keeps the canary credential variables from every child from its start, before any build runs', async () => {
  const dir = workspace({ '.github/go-xenv.yml': `canary:\n${prom(`${base}/evil`, '  bearer-token-env: CHECK_TOKEN\n').replace(/^/gm, '  ')}` });
  const env = { CHECK_TOKEN: 'tok-check', PATH: process.env.PATH };
  const rec = recordingHost(env);
  const ctx = { config: loadConfig({ given: {}, workspace: dir, env: {} }), host: rec.host, args: [], flags: {} };
  // The canary step refuses this config, yet the variable was guarded before the steps ran.
  await assert.rejects(check.run(ctx), /provider\.bearer-token-env in a repository file/);
  assert.deepEqual(rec.secrets, ['tok-check']);
  const child = await spawnRunner('env', [], { env });
  assert.doesNotMatch(child.stdout, /CHECK_TOKEN/);
});
