// `go-xenv locks diff <base-rev> <head-rev>` end to end on a repository made here with the real git: two commits of
// the real lock fixtures (src/locks/testdata, made by go, pip-compile, uv, poetry) that upgrade, downgrade, remove,
// add and move packages between direct and indirect; the Markdown and the JSON; revisions that could be flags, that
// git does not know, and a lock that does not parse at one revision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.ts';
import { isUserError } from '../../src/errors.ts';
import { diffRevisions } from '../../src/locks/index.ts';
import { spawnRunner, type CommandRunner } from '../../src/process.ts';

const FIXTURES = new URL('../../src/locks/testdata/', import.meta.url).pathname;
const BASE_BRANCH = 'base_<b>#1';

async function cli(dir: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { ...process.env }, cwd: dir });
  return { code, stdout, stderr };
}

function put(dir: string, files: Record<string, string>) {
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    copyFileSync(join(FIXTURES, from), join(dir, to));
  }
}

/** base: go/base, pip/base; head: go/head, pip/head, go.work added, pylock.toml removed; rollback/ goes head → base. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-locks-diff-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 }).toString();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  put(dir, {
    'svc/go.mod': 'go/base/go.mod',
    'svc/go.sum': 'go/base/go.sum',
    'py/requirements.txt': 'pip/base/requirements.txt',
    'py/uv.lock': 'pip/base/uv.lock',
    'py/pylock.toml': 'pip/base/pylock.toml',
    'py/Pipfile.lock': 'pip/base/Pipfile.lock',
    'rollback/uv.lock': 'pip/head/uv.lock',
  });
  writeFileSync(join(dir, 'README.md'), 'not a lock\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('branch', BASE_BRANCH);
  put(dir, {
    'svc/go.mod': 'go/head/go.mod',
    'svc/go.sum': 'go/head/go.sum',
    'svc/go.work': 'go/work/go.work',
    'py/requirements.txt': 'pip/head/requirements.txt',
    'py/uv.lock': 'pip/head/uv.lock',
    'rollback/uv.lock': 'pip/base/uv.lock',
  });
  git('rm', '-q', 'py/pylock.toml');
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  return dir;
}

const dir = repository();
test.after(() => rmSync(dir, { recursive: true, force: true }));

const MARKDOWN_FILES = `7 lock file(s) changed, 1 unchanged.

### py/pylock.toml (removed, pip)
`;

const REQUIREMENTS = `### py/requirements.txt (changed, pip)

| change | package | base | head |
|---|---|---|---|
| added | packaging |  | 24.1 |
| removed | six | 1.16.0 |  |
| upgraded | requests | 2.31.0 | 2.32.3 |
| downgraded | click | 8.1.7 | 8.1.3 |
`;

const UV = `### py/uv.lock (changed, pip)

| change | package | base | head |
|---|---|---|---|
| added | tomli |  | 2.0.1 |
| removed | six | 1.16.0 |  |
| upgraded | requests | 2.31.0 | 2.32.3 |
| downgraded | click | 8.1.7 | 8.1.3 |
| downgraded | packaging | 25.0 | 24.1 |
| made direct | packaging | indirect | direct |
`;

const ROLLBACK = `### rollback/uv.lock (changed, pip)

| change | package | base | head |
|---|---|---|---|
| added | six |  | 1.16.0 |
| removed | tomli | 2.0.1 |  |
| upgraded | click | 8.1.3 | 8.1.7 |
| upgraded | packaging | 24.1 | 25.0 |
| downgraded | requests | 2.32.3 | 2.31.0 |
| made indirect | packaging | direct | indirect |
`;

const GO_MOD = `### svc/go.mod (changed, go)

| change | package | base | head |
|---|---|---|---|
| added | github.com/golang-jwt/jwt |  | v3.2.2\\+incompatible |
| removed | gopkg.in/yaml.v3 | v3.0.1 |  |
| upgraded | golang.org/x/exp | v0.0.0-20240506185415-9bf2ced13842 | v0.0.0-20241009180824-f66d83c29e7c |
| upgraded | golang.org/x/text | v0.14.0 | v0.21.0 |
| downgraded | github.com/google/uuid | v1.6.0 | v1.5.0 |
`;

const GO_WORK = `### svc/go.work (added, go)

The file changed, its packages did not.
`;

test('Markdown: one table per changed lock, upgrades, downgrades, additions, removals, direct and indirect moves', async () => {
  const r = await cli(dir, 'locks', 'diff', BASE_BRANCH, 'HEAD');
  assert.equal(r.code, 0, r.stderr);
  const md = r.stdout;
  assert.match(md, /^## Lock changes: base\\_&lt;b&gt;\\#1 \([0-9a-f]{12}\) → HEAD \([0-9a-f]{12}\)\n\n/, 'the revision as given is escaped');
  assert.ok(md.includes(MARKDOWN_FILES), md);
  for (const section of [REQUIREMENTS, UV, ROLLBACK, GO_MOD, GO_WORK]) assert.ok(md.includes(section), `${section}\n--- not in ---\n${md}`);
  assert.match(md, /\| removed \| rich \| 13\.7\.1 \| {2}\|/, 'every package of a removed lock is removed');
  assert.doesNotMatch(md, /Pipfile\.lock|README/, 'an unchanged lock and a file that is no lock have no section');
  const order = ['py/pylock.toml', 'py/requirements.txt', 'py/uv.lock', 'rollback/uv.lock', 'svc/go.mod', 'svc/go.sum', 'svc/go.work'].map((f) => md.indexOf(`### ${f}`));
  assert.deepEqual([...order].sort((a, b) => a - b), order, 'files in path order');
});

test('--json: the diff itself, with revisions resolved to commits and each side of a change', async () => {
  const r = await cli(dir, 'locks', 'diff', BASE_BRANCH, 'HEAD', '--json');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).toString().trim();
  assert.deepEqual(out.head, { rev: 'HEAD', commit: head });
  assert.equal(out.base.rev, BASE_BRANCH);
  assert.deepEqual(out.unchanged, ['py/Pipfile.lock']);
  assert.deepEqual(
    out.files.map((f: { file: string; status: string }) => [f.file, f.status]),
    [
      ['py/pylock.toml', 'removed'],
      ['py/requirements.txt', 'changed'],
      ['py/uv.lock', 'changed'],
      ['rollback/uv.lock', 'changed'],
      ['svc/go.mod', 'changed'],
      ['svc/go.sum', 'changed'],
      ['svc/go.work', 'added'],
    ],
  );
  const goMod = out.files.find((f: { file: string }) => f.file === 'svc/go.mod').diff;
  assert.deepEqual(
    goMod.upgraded.map((c: { name: string; from: string; to: string }) => [c.name, c.from, c.to]),
    [
      ['golang.org/x/exp', 'v0.0.0-20240506185415-9bf2ced13842', 'v0.0.0-20241009180824-f66d83c29e7c'],
      ['golang.org/x/text', 'v0.14.0', 'v0.21.0'],
    ],
  );
  assert.deepEqual(goMod.removed[0].base, { name: 'gopkg.in/yaml.v3', versions: ['v3.0.1'], direct: true, line: 14, file: 'svc/go.mod' });
  assert.deepEqual(goMod.added[0].head, { name: 'github.com/golang-jwt/jwt', versions: ['v3.2.2+incompatible'], direct: true, line: 11, file: 'svc/go.mod' });
  const rollback = out.files.find((f: { file: string }) => f.file === 'rollback/uv.lock').diff;
  assert.deepEqual(
    rollback.madeIndirect.map((c: { name: string; base: { direct: boolean }; head: { direct: boolean } }) => [c.name, c.base.direct, c.head.direct]),
    [['packaging', true, false]],
  );
  const pylock = out.files.find((f: { file: string }) => f.file === 'py/pylock.toml').diff;
  assert.ok(pylock.removed.length > 10 && pylock.added.length === 0);
});

test('revisions that could be flags, unknown revisions and wrong arguments: one message, exit 3', async () => {
  for (const [args, message] of [
    [['--output=/tmp/x', 'HEAD'], /unknown flag --output/],
    [['HEAD', '-', 'x'], /usage: go-xenv locks diff/],
    [['nosuch-branch', 'HEAD'], /base revision "nosuch-branch" is not a commit here: fatal: Needed a single revision/],
    [['HEAD', 'HEAD:svc/go.mod'], /head revision "HEAD:svc\/go.mod" is not a commit here/],
    [['HEAD'], /usage: go-xenv locks diff <base-rev> <head-rev>/],
  ] as const) {
    const r = await cli(dir, 'locks', 'diff', ...args);
    assert.equal(r.code, 3, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
  // The CLI reads a word starting with "-" as a flag; called directly, the capability refuses it before git sees it.
  const seen: string[][] = [];
  const run: CommandRunner = (cmd, args, opts) => (seen.push(args), spawnRunner(cmd, args, opts));
  for (const [base, head] of [['--output=/tmp/x', 'HEAD'], ['HEAD', '-p'], ['', 'HEAD'], ['HEAD', 'a\nb']]) {
    await assert.rejects(diffRevisions(base, head, { run, cwd: dir, env: process.env }), (e: unknown) => isUserError(e) && e.code === 'bad_revision' && /is not a revision/.test(e.message));
  }
  assert.deepEqual(seen.filter((a) => a.some((x) => x.startsWith('-') && !/^--(verify|end-of-options)$/.test(x))), []);
});

test('a lock over the bound is refused, not diffed in part', async () => {
  await assert.rejects(
    diffRevisions(BASE_BRANCH, 'HEAD', { run: spawnRunner, cwd: dir, env: process.env, maxBytes: 4096 }),
    (e: unknown) => isUserError(e) && e.code === 'file_too_large' && /^py\/pylock\.toml at base_<b>#1 is \d+ bytes, more than the 4096 read of a lock$/.test(e.message),
  );
});

test('a lock larger than the output the command runner keeps is refused, not diffed in part', async () => {
  const big = mkdtempSync(join(tmpdir(), 'go-xenv-locks-big-'));
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: big, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    writeFileSync(join(big, 'requirements.txt'), 'six==1.16.0\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'small');
    writeFileSync(join(big, 'requirements.txt'), Array.from({ length: 100_000 }, (_, i) => `package-${i}==1.0.${i}\n`).join(''));
    git('commit', '-q', '-am', 'big');
    const r = await cli(big, 'locks', 'diff', 'HEAD~1', 'HEAD');
    assert.equal(r.code, 3, r.stdout);
    assert.match(r.stderr, /^go-xenv: requirements\.txt: requirements\.txt at HEAD was not read whole: \d+ of its \d+ bytes came through/);
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
});

test('a lock that does not parse at one revision: its file:line and the revision, exit 3', async () => {
  const bad = mkdtempSync(join(tmpdir(), 'go-xenv-locks-bad-'));
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: bad, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    put(bad, { 'go.mod': 'go/base/go.mod' });
    git('add', '-A');
    git('commit', '-q', '-m', 'good');
    writeFileSync(join(bad, 'go.mod'), 'module example.com/x\n\nrequire (\n\tgolang.org/x/text\n)\n');
    git('commit', '-q', '-am', 'bad');
    const r = await cli(bad, 'locks', 'diff', 'HEAD~1', 'HEAD');
    assert.equal(r.code, 3, r.stdout);
    assert.match(r.stderr, /^go-xenv: go\.mod:4: .*\(at HEAD\)/);
  } finally {
    rmSync(bad, { recursive: true, force: true });
  }
});
