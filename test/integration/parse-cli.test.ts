// `go-xenv parse <files...>` end to end through runCli: config files through the policy parsers (conftest's documents),
// lock files through the locks capability (the normalized lock document), one file printed as its document and
// several as an object keyed by file, as `conftest parse` prints them; every bad input one message at file:line, exit 3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.ts';

const LOCKS = new URL('../../src/locks/testdata/', import.meta.url).pathname;

async function cli(dir: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { ...process.env }, cwd: dir });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'go-xenv-parse-'));
const outside = mkdtempSync(join(tmpdir(), 'go-xenv-parse-outside-'));
test.after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});
const files: Record<string, string> = {
  'deploy/nginx.conf': 'http {\n  server_tokens off;\n  server { listen 443 ssl; }\n}\n',
  'deploy/sshd_config': 'PermitRootLogin no\nPasswordAuthentication no\n',
  'deploy/logrotate.d/app': '/var/log/app/*.log {\n  rotate 7\n  maxsize 10M\n}\n',
  'deploy/site.txt': 'events { worker_connections 10; }\n',
  README: 'not a config file\n',
  'compose.yaml': 'services:\n  web:\n    image: nginx\n',
  'bad/nginx.conf': 'http {\n  server_tokens off\n}\n',
  'bad/requirements.txt': 'requests==2.31.0\nrequests===\n',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
}
mkdirSync(join(dir, 'go'));
copyFileSync(join(LOCKS, 'go/base/go.mod'), join(dir, 'go/go.mod'));
copyFileSync(join(LOCKS, 'pip/base/requirements.txt'), join(dir, 'requirements.txt'));
copyFileSync(join(LOCKS, 'pip/base/pylock.toml'), join(dir, 'pylock.toml'));
copyFileSync(join(LOCKS, 'go/base/go.mod'), join(dir, 'go/module.txt'));
writeFileSync(join(outside, 'secret.yaml'), 'token: x\n');
symlinkSync(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));

test('one config file prints its document, as conftest parse does', async () => {
  const r = await cli(dir, 'parse', 'deploy/nginx.conf');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), {
    directives: [
      {
        name: 'http',
        block: { directives: [{ name: 'server_tokens', parameters: ['off'] }, { name: 'server', block: { directives: [{ name: 'listen', parameters: ['443', 'ssl'] }] } }] },
      },
    ],
  });
  const json = await cli(dir, 'parse', 'deploy/nginx.conf', '--json');
  assert.deepEqual(JSON.parse(json.stdout), JSON.parse(r.stdout), '--json prints the same document');
});

test('several files, config and lock, print an object keyed by file; lock files give the normalized lock document', async () => {
  const r = await cli(dir, 'parse', 'deploy/sshd_config', 'deploy/logrotate.d/app', 'compose.yaml', 'go/go.mod', 'requirements.txt', 'pylock.toml');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['deploy/sshd_config', 'deploy/logrotate.d/app', 'compose.yaml', 'go/go.mod', 'requirements.txt', 'pylock.toml']);
  assert.equal(out['deploy/sshd_config'].settings.permitrootlogin, 'no');
  assert.deepEqual(out['deploy/logrotate.d/app'].stanzas[0].settings, { rotate: '7', maxsize: '10M' });
  assert.deepEqual(out['compose.yaml'], { services: { web: { image: 'nginx' } } });
  const mod = out['go/go.mod'];
  assert.equal(mod.format, 'go.mod');
  assert.equal(mod.file, 'go/go.mod');
  assert.deepEqual(
    mod.packages.find((p: { name: string }) => p.name === 'golang.org/x/text'),
    { name: 'golang.org/x/text', version: 'v0.14.0', direct: true, hashes: [], source: null, markers: null, line: 13, indirect: false, pseudo: false },
  );
  assert.equal(out['requirements.txt'].format, 'requirements.txt');
  assert.ok(out['requirements.txt'].packages.every((p: { hashes: string[] }) => p.hashes.length > 0), 'pip-compile --generate-hashes pins carry their hashes');
  assert.equal(out['pylock.toml'].format, 'pylock.toml', 'a pylock.toml is a lock, not plain TOML');
});

test('--parser reads every file with the named parser: a config parser or a lock format', async () => {
  const nginx = await cli(dir, 'parse', '--parser', 'nginx', 'deploy/site.txt');
  assert.equal(nginx.code, 0, nginx.stderr);
  assert.deepEqual(JSON.parse(nginx.stdout), { directives: [{ name: 'events', block: { directives: [{ name: 'worker_connections', parameters: ['10'] }] } }] });
  const mod = await cli(dir, 'parse', '--parser', 'go.mod', 'go/module.txt');
  assert.equal(mod.code, 0, mod.stderr);
  assert.equal(JSON.parse(mod.stdout).module.path, 'example.com/lockdemo');
});

test('bad input: one message naming the file and line (or what is wrong), exit 3, nothing on stdout', async () => {
  for (const [args, message] of [
    [['bad/nginx.conf'], /^go-xenv: bad\/nginx\.conf:2: invalid nginx: directive "server_tokens" is not ended with ";"/],
    [['bad/requirements.txt'], /^go-xenv: bad\/requirements\.txt:2: /],
    [['compose.yaml', 'bad/nginx.conf'], /^go-xenv: bad\/nginx\.conf:2: /],
    [['link.yaml'], /^go-xenv: file to parse "link\.yaml" resolves to .*secret\.yaml, outside the workspace/],
    [['../x.yaml'], /outside the workspace/],
    [['missing.yaml'], /missing\.yaml/],
    [['README'], /^go-xenv: README: no parser understands README — name a parser with --parser/],
    [['--parser', 'nope', 'compose.yaml'], /unknown parser "nope" — use one of: .*nginx.*go\.mod/],
    [[], /usage: go-xenv parse <files\.\.\.>/],
  ] as const) {
    const r = await cli(dir, 'parse', ...args);
    assert.equal(r.code, 3, `${args.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '');
  }
});
