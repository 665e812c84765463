// The input parsers load on demand: each path that parses loads what it reads with first. The test runner shares a
// process between test files, where one that loads every parser would hide a path that forgot to, so each case here
// runs in a fresh node process from the sources and checks its result there, and that a parser it did not need is
// still not loaded (using it is the internal error naming the format and what to await, never a wrong result).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const SRC = resolve('src');
const root = mkdtempSync(join(tmpdir(), 'go-xenv-parsers-on-demand-'));
test.after(() => rmSync(root, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  'policy/main.rego': 'package main\n\ndeny contains msg if {\n\tinput.server.tls == false\n\tmsg := sprintf("%s: no TLS", [data.names.service])\n}\n',
  'data/names.yaml': 'names:\n  service: api\n',
  'svc/server.toml': '[server]\ntls = false\n',
  'svc/settings.conf': '[server]\ntls = false\n',
  'go.mod': 'module example.com/m\n\ngo 1.26\n\nrequire example.com/dep v1.2.3\n',
  'builtins/main.rego':
    'package main\n\ndeny contains "xml says off" if {\n\tparse_config("xml", "<c><tls>off</tls></c>").c.tls == "off"\n}\n\ndeny contains msg if {\n\tf := parse_config_file("../svc/app.ini")\n\tmsg := sprintf("ini port %v", [f.server.port])\n}\n\ndeny contains msg if {\n\tdocs := parse_combined_config_files(["../svc/server.toml"])\n\tdocs[0].contents.server.tls == false\n\tmsg := "combined toml without tls"\n}\n',
  'svc/app.ini': '[server]\nport = 8080\n',
  'verify/main_test.rego': 'package main\n\ntest_names if {\n\tdata.names.service == "api"\n}\n',
};
for (const [name, text] of Object.entries(FILES)) {
  mkdirSync(dirname(join(root, name)), { recursive: true });
  writeFileSync(join(root, name), text);
}

/** Runs `body` (an ES module's statements) in a fresh node with tsx; `$` is the sources' URL prefix. Its JSON line back. */
function fresh(body: string): Record<string, unknown> {
  const prelude = `
    const $ = (p) => ${JSON.stringify(`file://${SRC}/`)} + p;
    const { runCli } = await import($('cli/run.ts'));
    const cli = async (...argv) => { let out = ''; const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (out += s), env: {}, cwd: ${JSON.stringify(root)} }); return { code, out }; };
    const { parserNamed } = await import($('policy/index.ts'));
    const unloaded = (name) => { try { parserNamed(name).parse('', 'x'); return false; } catch (e) { return /^internal error: the .* parser was used before it was loaded/.test(e.message); } };
  `;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `${prelude}\n${body}`], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `the child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

test('a parser used before it is loaded is an internal error naming the format and what to await', () => {
  const r = fresh(`
    const { parserFor, readInputFile, loadPolicies, loadParsersFor } = await import($('policy/index.ts'));
    const engine = await import($('rego/index.ts'));
    const message = (f) => { try { f(); return 'no error'; } catch (e) { return e.message; } };
    const direct = message(() => parserFor('a.toml').parse('a = 1', 'a.toml'));
    const read = message(() => readInputFile(${JSON.stringify(join(root, 'svc/server.toml'))}, { display: 'svc/server.toml' }));
    const builtins = message(() => loadPolicies({ engine, cwd: ${JSON.stringify(root)}, policyPaths: ['builtins'] }));
    await loadParsersFor(['svc/server.toml']);
    const after = readInputFile(${JSON.stringify(join(root, 'svc/server.toml'))}, { display: 'svc/server.toml' }).status;
    console.log(JSON.stringify({ direct, read, builtins, after }));
  `);
  assert.match(
    String(r.direct),
    /^internal error: the toml parser was used before it was loaded: await loadParsersFor\(<the files>, <the --parser name>\) or loadAllParsers\(\)/,
  );
  assert.match(String(r.read), /^internal error: the toml parser was used before it was loaded/);
  assert.match(
    String(r.builtins),
    /^internal error: the policies call conftest's parse_config builtins, but the .*xml.* parser\(s\) are not loaded: await loadParsersNamedIn/,
  );
  assert.equal(r.after, 'parsed');
});

test('policy test loads the parsers of its files, its data files and of the locks it reads, and no other', () => {
  const r = fresh(`
    const run = await cli('policy', 'test', '--no-color', '-p', 'policy', '-d', 'data', 'svc/server.toml', 'go.mod');
    console.log(JSON.stringify({ ...run, xml: unloaded('xml'), hcl2: unloaded('hcl2'), sum: unloaded('go.sum') }));
  `);
  assert.equal(r.code, 1, String(r.out));
  assert.match(String(r.out), /FAIL - svc\/server.toml - main - api: no TLS/);
  assert.match(String(r.out), /2 tests, 1 passed, 0 warnings, 1 failure, 0 exceptions/);
  assert.deepEqual([r.xml, r.hcl2, r.sum], [true, true, true]);
});

test('policy test --parser loads the parser it names', () => {
  const r = fresh(`
    const run = await cli('policy', 'test', '--no-color', '-p', 'policy', '-d', 'data', '--parser', 'toml', 'svc/settings.conf');
    console.log(JSON.stringify({ ...run, ini: unloaded('ini'), mod: unloaded('go.mod') }));
  `);
  assert.match(String(r.out), /FAIL - svc\/settings.conf - main - api: no TLS/);
  // nor a lock's (the locks capability loads with its first lock)
  assert.deepEqual([r.ini, r.mod], [true, true]);
});

test("policies that call conftest's parse_config builtins get every parser", () => {
  const r = fresh(`
    const run = await cli('policy', 'test', '--no-color', '-p', 'builtins', 'svc/server.toml');
    console.log(JSON.stringify(run));
  `);
  assert.match(String(r.out), /FAIL - svc\/server.toml - main - xml says off/);
  assert.match(String(r.out), /FAIL - svc\/server.toml - main - ini port 8080/);
  assert.match(String(r.out), /FAIL - svc\/server.toml - main - combined toml without tls/);
});

test('policy verify loads the parsers of its data files', () => {
  const r = fresh(`
    const run = await cli('policy', 'verify', '--no-color', '-p', 'verify', '-d', 'data');
    console.log(JSON.stringify({ ...run, toml: unloaded('toml') }));
  `);
  assert.equal(r.code, 0, String(r.out));
  assert.match(String(r.out), /1 test, 1 passed/);
  assert.equal(r.toml, true);
});

test('go-xenv parse loads the parser of each file (by its name, or --parser)', () => {
  const r = fresh(`
    const named = await cli('parse', 'svc/app.ini');
    const forced = await cli('parse', '--parser', 'toml', 'svc/settings.conf');
    console.log(JSON.stringify({ named: JSON.parse(named.out), forced: JSON.parse(forced.out), xml: unloaded('xml') }));
  `);
  assert.deepEqual(r.named, { server: { port: 8080 } });
  assert.deepEqual(r.forced, { server: { tls: false } });
  assert.equal(r.xml, true);
});

test("the action's policy step and the baseline read their configs with the parsers they need", () => {
  const r = fresh(`
    const { loadConfig } = await import($('config/load.ts'));
    const { terminalHost } = await import($('terminal-host.ts'));
    const { runPolicyAction } = await import($('pipeline/policy.ts'));
    const dir = ${JSON.stringify(root)};
    const config = loadConfig({ given: { 'out-dir': dir + '/.out', policy: 'policy', 'policy-data': 'data', 'policy-files': 'svc/*.toml' }, workspace: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push' } });
    const host = { ...terminalHost({ env: {}, write: () => undefined }), kind: 'actions', info: () => undefined, setOutput: () => undefined, group: async (_n, fn) => fn() };
    const [step] = await runPolicyAction({ config, host, args: [], flags: {} });
    const xml = unloaded('xml');
    const baseline = await cli('baseline', 'update');
    console.log(JSON.stringify({ title: step.title, xml, baseline }));
  `);
  assert.match(String(r.title), /^policy: 1 tests, 0 passed, 0 warnings, 1 failures/);
  assert.equal(r.xml, true);
  assert.equal((r.baseline as { code: number }).code, 0, JSON.stringify(r.baseline));
  const snapshot = JSON.parse(readFileSync(join(root, '.github/go-xenv-baseline.json'), 'utf8'));
  const configs = snapshot.configs as { path: string; format: string; content: unknown }[];
  assert.deepEqual(
    configs.find((c) => c.path === 'svc/app.ini'),
    { ...configs.find((c) => c.path === 'svc/app.ini')!, format: 'ini', content: { server: { port: 8080 } } },
  );
  assert.equal(configs.find((c) => c.path === 'svc/server.toml')?.format, 'toml');
});
