import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRuntimeFacts } from './runtime.ts';

const sha = (c: string) => c.repeat(40);

function eventFile(payload: unknown): string {
  const p = join(mkdtempSync(join(tmpdir(), 'go-xenv-event-')), 'event.json');
  writeFileSync(p, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return p;
}

const prEnv = (payload: unknown) => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventFile(payload),
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_SHA: sha('a'),
  GITHUB_RUN_ID: '42',
  GITHUB_SERVER_URL: 'https://github.example/',
  GITHUB_API_URL: 'https://github.example/api/v3',
});

const pr = (headRepo: unknown) => ({
  repository: { default_branch: 'main' },
  pull_request: { number: 7, base: { ref: 'main', sha: sha('b') }, head: { ref: 'feature', sha: sha('c'), repo: headRepo } },
});

test('a pull request from the same repository: number, refs, shas, links; not a fork', () => {
  const f = readRuntimeFacts(prEnv(pr({ full_name: 'ACME/app' })));
  assert.deepEqual(f.pullRequest, { number: 7, baseRef: 'main', baseSha: sha('b'), headRef: 'feature', headSha: sha('c'), fromFork: false });
  assert.equal(f.defaultBranch, 'main');
  assert.equal(f.branch, undefined);
  assert.equal(f.apiUrl, 'https://github.example/api/v3');
  assert.equal(f.runUrl, 'https://github.example/acme/app/actions/runs/42');
  assert.equal(f.onActions, true);
});

test('a fork, or a head repository that was deleted, is foreign', () => {
  assert.equal(readRuntimeFacts(prEnv(pr({ full_name: 'mallory/app' }))).pullRequest?.fromFork, true);
  assert.equal(readRuntimeFacts(prEnv(pr(null))).pullRequest?.fromFork, true);
});

test('hostile or broken payloads give no facts rather than wrong ones', () => {
  const bad = pr({ full_name: 'acme/app' }) as { pull_request: Record<string, unknown> };
  bad.pull_request.number = '7; rm -rf /';
  assert.equal(readRuntimeFacts(prEnv(bad)).pullRequest, undefined);
  const badSha = pr({ full_name: 'acme/app' });
  badSha.pull_request.head.sha = '--upload-pack=evil';
  assert.equal(readRuntimeFacts(prEnv(badSha)).pullRequest?.headSha, '');
  assert.equal(readRuntimeFacts(prEnv('{not json')).pullRequest, undefined);
  const f = readRuntimeFacts({ ...prEnv({}), GITHUB_REPOSITORY: 'a/b/../c', GITHUB_API_URL: 'file:///etc/passwd', GITHUB_RUN_ID: '1 2' });
  assert.equal(f.repository, '');
  assert.equal(f.apiUrl, 'https://api.github.com');
  assert.equal(f.runUrl, '');
});

test('off Actions: the terminal defaults, and a push run knows its branch', () => {
  const f = readRuntimeFacts({});
  assert.equal(f.onActions, false);
  assert.equal(f.eventName, '');
  assert.ok(f.runner.toolCache.endsWith('go-xenv-tool-cache'));
  assert.equal(readRuntimeFacts({ GITHUB_REF: 'refs/heads/release/1.x' }).branch, 'release/1.x');
});

test('a branch only from refs/heads; pull requests and tags have none', () => {
  for (const ref of ['refs/pull/3/merge', 'refs/tags/v1', '']) assert.equal(readRuntimeFacts({ GITHUB_REF: ref }).branch, undefined, ref);
});

test('the cache directory: XDG_CACHE_HOME, else ~/.cache; the CLI is never the action, even on a runner', () => {
  assert.equal(readRuntimeFacts({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' }).cacheDir, '/x/cache');
  assert.equal(readRuntimeFacts({ HOME: '/home/u' }).cacheDir, '/home/u/.cache');
  assert.equal(readRuntimeFacts({ GITHUB_ACTIONS: 'true' }).onActions, true);
  assert.equal(readRuntimeFacts({ GITHUB_ACTIONS: 'true' }, { cli: true }).onActions, false);
});
