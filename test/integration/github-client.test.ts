// The real client (octokit + retry + throttling) against the OpenAPI-checked fake: pagination, GitHub Enterprise
// Server's /api/v3 prefix, the secondary rate limit with retry-after, a 502 then success, a 404, timeouts, and that no
// error carries the token.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, test } from 'node:test';
import { createClient, isGitHubApiError, isReadOnly } from '../../src/github/client.ts';
import { listPullFiles, pullRequestFiles } from '../../src/github/pull-files.ts';
import { pullRequestEvent, pushEvent, runtimeOf } from '../kit/github-fake-events.ts';
import { startGitHubFake, type GitHubFake } from '../kit/github-fake.ts';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
let fake: GitHubFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
const client = (f: GitHubFake, over: { timeoutMs?: number; token?: string } = {}) =>
  createClient({ token: over.token ?? f.token, apiUrl: f.url, secondMs: 20, timeoutMs: over.timeoutMs });

describe('github client against the fake', { timeout: 60_000 }, () => {
  test('pull request files: every page followed by its Link header, bounded by max', async () => {
    fake = await startGitHubFake();
    const names = Array.from({ length: 250 }, (_, i) => `dir/file-${i}.yml`);
    fake.pullFiles.set(7, names);
    const api = client(fake);
    assert.deepEqual(await listPullFiles(api, repo, 7), { files: names, truncated: false });
    assert.equal(fake.count('pulls/list-files'), 3);
    assert.deepEqual(fake.requests.map((r) => r.query.page ?? '1'), ['1', '2', '3']);
    assert.deepEqual(await listPullFiles(api, repo, 7, 120), { files: names.slice(0, 120), truncated: true });
    assert.equal(fake.count('pulls/list-files'), 5);
  });

  test('the run\'s pull request from Config.runtime (webhook example payload): its files; off a pull request none', async () => {
    fake = await startGitHubFake();
    const github = runtimeOf('pull_request', pullRequestEvent(), fake.url);
    fake.pullFiles.set(github.pullRequest!.number, ['go.mod', '.github/go-xenv.yml']);
    assert.deepEqual(await pullRequestFiles({ github, token: fake.token }), { files: ['go.mod', '.github/go-xenv.yml'], truncated: false });
    assert.match(fake.requests[0]!.userAgent, /^go-xenv-action \(\+https:\/\/github\.com\/go-xenv\/go-xenv-action\) octokit-rest\.js\//);
    assert.equal(await pullRequestFiles({ github: runtimeOf('push', pushEvent(), fake.url), token: fake.token }), undefined);
    assert.equal(await pullRequestFiles({ github, token: '' }), undefined);
    assert.equal(fake.requests.length, 1);
  });

  test('GitHub Enterprise Server: the /api/v3 prefix of apiUrl is kept on every request and page', async () => {
    fake = await startGitHubFake({ prefix: '/api/v3' });
    fake.pullFiles.set(3, Array.from({ length: 130 }, (_, i) => `f${i}`));
    const got = await listPullFiles(client(fake), repo, 3);
    assert.equal(got.files.length, 130);
    assert.ok(fake.requests.every((r) => r.path.startsWith('/repos/')));
    assert.equal(fake.count('pulls/list-files', 200), 2);
  });

  test('403 secondary rate limit: waits retry-after, then succeeds', async () => {
    fake = await startGitHubFake();
    fake.pullFiles.set(1, ['a']);
    fake.inject('pulls/list-files', 'secondary-rate-limit', { retryAfter: 2 });
    const started = Date.now();
    assert.deepEqual((await listPullFiles(client(fake), repo, 1)).files, ['a']);
    assert.ok(Date.now() - started >= 2 * 20, 'waited retry-after (2 "seconds" of 20 ms)');
    assert.deepEqual(fake.requests.map((r) => r.status), [403, 200]);
  });

  test('secondary rate limit that lasts: bounded retries, then one clear error', async () => {
    fake = await startGitHubFake();
    fake.pullFiles.set(1, ['a']);
    fake.inject('pulls/list-files', 'secondary-rate-limit', { retryAfter: 1, times: 10 });
    await assert.rejects(listPullFiles(client(fake), repo, 1), (e) => isGitHubApiError(e) && e.status === 403 && /secondary rate limit/.test(e.message));
    assert.equal(fake.count('pulls/list-files'), 4, 'the first try and 3 retries');
  });

  test('502 then success: retried', async () => {
    fake = await startGitHubFake();
    fake.pullFiles.set(1, ['a', 'b']);
    fake.inject('pulls/list-files', 'bad-gateway');
    assert.deepEqual((await listPullFiles(client(fake), repo, 1)).files, ['a', 'b']);
    assert.deepEqual(fake.requests.map((r) => r.status), [502, 200]);
  });

  test('404: not retried, a GitHubApiError with the status and the route', async () => {
    fake = await startGitHubFake();
    await assert.rejects(listPullFiles(client(fake), repo, 99), (e) => isGitHubApiError(e) && e.status === 404 && /^GET http:\/\/127\.0\.0\.1:\d+\/repos\/Codertocat\/Hello-World\/pulls\/99\/files: 404 Not Found/.test(e.message));
    assert.equal(fake.count('pulls/list-files'), 1);
  });

  test('the read-only 403 is recognised, not retried', async () => {
    fake = await startGitHubFake();
    fake.pullFiles.set(1, ['a']);
    fake.inject('pulls/list-files', 'read-only');
    await assert.rejects(listPullFiles(client(fake), repo, 1), (e) => isReadOnly(e));
    assert.equal(fake.count('pulls/list-files'), 1);
  });

  test('a bad token: 401 without the token in the error', async () => {
    fake = await startGitHubFake();
    const token = 'ghp_wrong_secret_token_zz';
    await assert.rejects(listPullFiles(client(fake, { token }), repo, 1), (e) => {
      assert.ok(isGitHubApiError(e) && e.status === 401);
      assert.ok(!JSON.stringify({ m: e.message, s: e.stack, c: (e as Error).cause }).includes(token));
      return true;
    });
  });

  test('a server echoing the token in its message: the error shows *** instead', async () => {
    const token = 'ghs_echoed_secret_value_123';
    const server = createServer((req, res) => {
      res.writeHead(422, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `bad ${req.headers.authorization}` }));
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const api = createClient({ token, apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, secondMs: 20 });
      await assert.rejects(listPullFiles(api, repo, 1), (e) => isGitHubApiError(e) && !e.message.includes(token) && e.message.includes('***'));
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('an API that never answers: each attempt times out, bounded retries, then an error', async () => {
    const server = createServer(() => {}).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const api = createClient({ token: 'ghs_unanswered_token', apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, secondMs: 1, timeoutMs: 100, retries: 1 });
      await assert.rejects(listPullFiles(api, repo, 1), (e) => isGitHubApiError(e) && e.message.endsWith('no answer within 0.1 s'));
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
