// The fake itself: what GitHub's OpenAPI description forbids is answered 400 and kept, and close() then rejects;
// Link headers and pages as GitHub sends them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGitHubFake } from '../kit/github-fake.ts';

const call = async (url: string, token: string, method = 'GET', body?: unknown) => {
  const res = await fetch(url, { method, headers: { authorization: `token ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, link: res.headers.get('link'), body: await res.json().catch(() => undefined) };
};

test('requests GitHub would refuse are caught: 51 annotations, an unknown query parameter, a body off its schema, an unknown route', { timeout: 30_000 }, async () => {
  const fake = await startGitHubFake();
  const base = `${fake.url}/repos/o/r`;
  const annotation = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' };
  assert.equal((await call(`${base}/check-runs`, fake.token, 'POST', { name: 'x', head_sha: 'a'.repeat(40), output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } })).status, 400);
  assert.equal((await call(`${base}/issues/1/comments?per_pag=10`, fake.token)).status, 400);
  assert.equal((await call(`${base}/issues/1/comments`, fake.token, 'POST', { text: 'no body field' })).status, 400);
  assert.equal((await call(`${base}/issues/1/comments?per_page=abc`, fake.token)).status, 400);
  assert.equal((await call(`${base}/no-such-thing`, fake.token)).status, 404);
  await assert.rejects(fake.close(), (e: Error) => {
    for (const what of ['more than 50 items', 'per_pag is not one of', "must have required property 'body'", 'query per_page', 'no operation']) assert.ok(e.message.includes(what), `${what} in ${e.message}`);
    return true;
  });
});

test('pages and Link headers: per_page, page, next/last/prev/first; a wrong token is 401', { timeout: 30_000 }, async () => {
  const fake = await startGitHubFake();
  for (let i = 0; i < 5; i++) fake.addComment(3, `c${i}`);
  const first = await call(`${fake.url}/repos/o/r/issues/3/comments?per_page=2`, fake.token);
  assert.deepEqual((first.body as { body: string }[]).map((c) => c.body), ['c0', 'c1']);
  assert.equal(first.link, `<${fake.url}/repos/o/r/issues/3/comments?per_page=2&page=2>; rel="next", <${fake.url}/repos/o/r/issues/3/comments?per_page=2&page=3>; rel="last"`);
  const last = await call(`${fake.url}/repos/o/r/issues/3/comments?per_page=2&page=3`, fake.token);
  assert.deepEqual((last.body as { body: string }[]).map((c) => c.body), ['c4']);
  assert.match(last.link!, /rel="prev", .*rel="first"$/);
  assert.equal((await call(`${fake.url}/repos/o/r/issues/3/comments`, 'wrong')).status, 401);
  await fake.close();
});
