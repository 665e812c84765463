// Runs the real actionlint (with shellcheck for `run:` scripts) over every workflow file and records its verdict in
// test/fixtures/actionlint.json with each file's sha256; the default test run checks that the record is current
// and clean, so it needs no Go. Usage: node scripts/actionlint.mjs   (builds actionlint v1.7.12 when it is missing)
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const VERSION = 'v1.7.12';
const bin = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'go-xenv-oracles', `actionlint-${VERSION}`);
if (!existsSync(join(bin, 'actionlint'))) {
  mkdirSync(bin, { recursive: true });
  execFileSync('go', ['install', `github.com/rhysd/actionlint/cmd/actionlint@${VERSION}`], { env: { ...process.env, GOBIN: bin }, stdio: 'inherit' });
}
const shellcheck = spawnSync('shellcheck', ['--version']).status === 0;
if (!shellcheck) throw new Error('shellcheck is missing: apt-get install shellcheck (actionlint checks run: scripts with it)');

const files = ['.github/workflows', 'workflows'].flatMap((d) => readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(d, f))).sort();
const record = { actionlint: VERSION, shellcheck: execFileSync('shellcheck', ['--version'], { encoding: 'utf8' }).match(/version: (\S+)/)?.[1], files: {} };
for (const file of files) {
  const r = spawnSync(join(bin, 'actionlint'), ['-format', '{{json .}}', file], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`actionlint failed on ${file}: ${r.stderr}`);
  const findings = JSON.parse(r.stdout || '[]').map((e) => `${e.line}:${e.column} ${e.kind}: ${e.message}`);
  record.files[file] = { sha256: createHash('sha256').update(readFileSync(file)).digest('hex'), findings };
  console.log(`${findings.length ? 'FAIL' : 'ok  '} ${file}${findings.map((f) => `\n     ${f}`).join('')}`);
}
mkdirSync('test/fixtures', { recursive: true });
writeFileSync('test/fixtures/actionlint.json', `${JSON.stringify(record, null, 2)}\n`);
