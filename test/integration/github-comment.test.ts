// The sticky comment's lifecycle through publishReport, with the real client against the OpenAPI-checked fake and the
// event payloads of GitHub's webhook examples: create, update, unchanged, green, two jobs racing, several ids, foreign
// markers, other token identities, forks and read-only tokens, faults, pagination, GitHub's size limit.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, test } from 'node:test';
import type { RuntimeFacts } from '../../src/config/config.ts';
import { createClient } from '../../src/github/client.ts';
import { publishReport, type PublishOptions } from '../../src/github/publish.ts';
import { BODY_LIMIT } from '../../src/github/size-limit.ts';
import { commentMarker } from '../../src/github/sticky-comment.ts';
import { pullRequestEvent, pushEvent, runtimeOf, scheduleEvent } from '../kit/github-fake-events.ts';
import { startGitHubFake, type GitHubFake, type GitHubFakeOptions } from '../kit/github-fake.ts';

let fake: GitHubFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(opts: GitHubFakeOptions & { fork?: boolean } = {}) {
  fake = await startGitHubFake(opts);
  const github = runtimeOf('pull_request', pullRequestEvent({ fork: opts.fork }), fake.url);
  const pr = github.pullRequest!.number;
  const f = fake;
  const publish = (body: string, over: Partial<PublishOptions> = {}) =>
    publishReport({
      github,
      token: f.token,
      body,
      mode: 'auto',
      id: 'go-xenv',
      reportFile: join(mkdtempSync(join(tmpdir(), 'go-xenv-report-')), 'go-xenv-report.md'),
      api: createClient({ token: f.token, apiUrl: f.url, secondMs: 5 }),
      ...over,
    });
  return { fake: f, github, pr, publish };
}

const RED = '## go-xenv: 2 failures\n\n| rule | file |\n| --- | --- |\n| no-latest | deploy.yml |\n';
const GREEN = '## go-xenv: all checks pass\n';

describe('sticky comment lifecycle', { timeout: 60_000 }, () => {
  test('create, update, unchanged, green: one comment all along, the report file written every time', async () => {
    const { fake, pr, publish } = await setup();
    const first = await publish(RED);
    assert.equal(first.outcome.kind, 'created');
    assert.deepEqual(first.notices, []);
    assert.equal(fake.commentsOn(pr).length, 1);
    assert.equal(fake.commentsOn(pr)[0]!.body, `${commentMarker('go-xenv')}\n${RED}`);

    const changed = await publish(RED.replace('2 failures', '1 failure'));
    assert.equal(changed.outcome.kind, 'updated');
    const same = await publish(RED.replace('2 failures', '1 failure'));
    assert.equal(same.outcome.kind, 'unchanged');
    assert.equal(fake.count('issues/update-comment'), 1, 'unchanged sends no update');

    const reportFile = join(mkdtempSync(join(tmpdir(), 'go-xenv-report-')), 'out', 'report.md');
    const green = await publish(GREEN, { reportFile });
    assert.equal(green.outcome.kind, 'updated');
    assert.deepEqual(fake.commentsOn(pr).map((c) => c.body), [`${commentMarker('go-xenv')}\n${GREEN}`]);
    assert.equal(readFileSync(reportFile, 'utf8'), GREEN);
    assert.equal(fake.count('issues/create-comment'), 1);
  });

  test('two jobs racing: both create, both re-list, the oldest stays and the later one is removed', async () => {
    const { fake, pr, publish } = await setup();
    fake.hold('issues/list-comments', 2);
    const [a, b] = await Promise.all([publish(RED), publish(RED)]);
    assert.equal(fake.count('issues/create-comment', 201), 2, 'both jobs created a comment');
    const left = fake.commentsOn(pr);
    assert.equal(left.length, 1);
    const kept = left[0]!.id;
    for (const r of [a, b]) {
      assert.ok(r.outcome.kind === 'created' || r.outcome.kind === 'deduplicated', r.outcome.kind);
      assert.equal('commentId' in r.outcome && r.outcome.commentId, kept);
    }
    assert.ok([a, b].some((r) => r.outcome.kind === 'deduplicated'));
  });

  test('duplicates an earlier race left behind are removed on the next run, the oldest keeps the report', async () => {
    const { fake, pr, publish } = await setup();
    const oldest = fake.addComment(pr, `${commentMarker('go-xenv')}\nold`);
    fake.addComment(pr, `${commentMarker('go-xenv')}\nold too`);
    const r = await publish(GREEN);
    assert.deepEqual(r.outcome, { kind: 'deduplicated', commentId: oldest.id, url: `https://github.com/Codertocat/Hello-World/pull/${pr}#issuecomment-${oldest.id}`, removed: [oldest.id + 1] });
    assert.deepEqual(fake.commentsOn(pr).map((c) => [c.id, c.body]), [[oldest.id, `${commentMarker('go-xenv')}\n${GREEN}`]]);
  });

  test('several comment ids coexist: each job keeps its own', async () => {
    const { fake, pr, publish } = await setup();
    await publish('linux report', { id: 'linux' });
    await publish('windows report', { id: 'windows' });
    const r = await publish('linux report, second run', { id: 'linux' });
    assert.equal(r.outcome.kind, 'updated');
    assert.deepEqual(fake.commentsOn(pr).map((c) => c.body), [`${commentMarker('linux')}\nlinux report, second run\n`, `${commentMarker('windows')}\nwindows report\n`]);
  });

  test('our marker in somebody else\'s comment, or quoted, is not ours', async () => {
    const { fake, pr, publish } = await setup();
    const mallory = { login: 'mallory', id: 66, type: 'User' as const };
    fake.addComment(pr, `${commentMarker('go-xenv')}\nI am the report now`, mallory);
    fake.addComment(pr, `${commentMarker('go-xenv')}\nfrom another bot`, { login: 'other-app[bot]', id: 67, type: 'Bot' });
    fake.addComment(pr, `> ${commentMarker('go-xenv')}\n> quoted`);
    const r = await publish(RED);
    assert.equal(r.outcome.kind, 'created');
    assert.equal(fake.commentsOn(pr).length, 4);
    assert.equal(fake.count('issues/update-comment') + fake.count('issues/delete-comment'), 0);
  });

  test('a token of another identity (a GitHub App): learns its login from its create, and keeps the older comment', async () => {
    const app = { login: 'go-xenv-app[bot]', id: 90, type: 'Bot' as const };
    const { fake, pr, publish } = await setup({ identity: app });
    const first = await publish(RED);
    assert.equal(first.outcome.kind, 'created');
    const second = await publish(GREEN);
    assert.equal(second.outcome.kind, 'deduplicated');
    assert.deepEqual(fake.commentsOn(pr).map((c) => [c.user.login, c.body]), [[app.login, `${commentMarker('go-xenv')}\n${GREEN}`]]);
  });

  test('paginated: our comment behind 250 others is found and updated', async () => {
    const { fake, pr, publish } = await setup();
    for (let i = 0; i < 230; i++) fake.addComment(pr, `chatter ${i}`, { login: `user${i % 7}`, id: 500 + (i % 7), type: 'User' });
    const ours = fake.addComment(pr, `${commentMarker('go-xenv')}\nold`);
    for (let i = 0; i < 20; i++) fake.addComment(pr, `more ${i}`, { login: 'user1', id: 501, type: 'User' });
    const r = await publish(RED);
    assert.equal(r.outcome.kind, 'updated');
    assert.equal('commentId' in r.outcome && r.outcome.commentId, ours.id);
    assert.equal(fake.count('issues/list-comments'), 3, '251 comments, 100 a page');
  });

  test('GitHub\'s 65,536-character limit: a longer report is cut with a link to the job summary, never refused', async () => {
    const { fake, pr, publish, github } = await setup();
    const r = await publish('x'.repeat(70_000));
    assert.equal(r.outcome.kind, 'created');
    const body = fake.commentsOn(pr)[0]!.body;
    assert.ok(body.length <= BODY_LIMIT);
    assert.ok(body.endsWith(`[job summary](${github.runUrl}).\n`));
  });

  test('502 then success: the comment is created once', async () => {
    const { fake, pr, publish } = await setup();
    fake.inject('issues/create-comment', 'bad-gateway');
    assert.equal((await publish(RED)).outcome.kind, 'created');
    assert.equal(fake.commentsOn(pr).length, 1);
  });

  test('403 secondary rate limit with retry-after on the update, then success', async () => {
    const { fake, publish } = await setup();
    await publish(RED);
    fake.inject('issues/update-comment', 'secondary-rate-limit', { retryAfter: 3 });
    assert.equal((await publish(GREEN)).outcome.kind, 'updated');
    assert.deepEqual(fake.requests.filter((q) => q.op === 'issues/update-comment').map((q) => q.status), [403, 200]);
  });

  test('a pull request that is gone (404): no failure, a warning, the report still written', async () => {
    const { fake, publish } = await setup();
    fake.inject('issues/list-comments', 'not-found');
    const r = await publish(RED);
    assert.equal(r.outcome.kind, 'failed');
    assert.match(r.notices[0]!.message, /could not be written: GET .*\/comments: 404 Not Found.*artifact go-xenv-report \(go-xenv-report\.md\)/);
    assert.equal(r.notices[0]!.level, 'warning');
  });

  test('GitHub Enterprise Server: the comment goes to the apiUrl\'s /api/v3', async () => {
    const { fake, pr, publish } = await setup({ prefix: '/api/v3' });
    assert.equal((await publish(RED)).outcome.kind, 'created');
    assert.equal(fake.commentsOn(pr).length, 1);
  });
});

describe('no comment, and why', { timeout: 60_000 }, () => {
  test('a fork\'s pull request on pull_request (auto): no API call, a notice naming the artifact, the file written', async () => {
    const { fake, publish } = await setup({ fork: true });
    const reportFile = join(mkdtempSync(join(tmpdir(), 'go-xenv-report-')), 'go-xenv-report.md');
    const r = await publish(RED, { reportFile });
    assert.equal(r.outcome.kind, 'skipped');
    assert.equal(r.outcome.kind === 'skipped' && r.outcome.reason, 'fork-read-only');
    assert.match(r.notices[0]!.message, /^No pull request comment: pull request #\d+ comes from a fork, .*read-only token\. The report is in the job summary and in the artifact go-xenv-report \(go-xenv-report\.md\)\.$/);
    assert.equal(fake.requests.length, 0);
    assert.equal(readFileSync(reportFile, 'utf8'), RED);
  });

  test('a fork with comment: always: tries, and the read-only 403 is a notice, not a failure', async () => {
    const { fake, publish } = await setup({ fork: true });
    fake.inject('issues/create-comment', 'read-only');
    const r = await publish(RED, { mode: 'always' });
    assert.equal(r.outcome.kind === 'skipped' && r.outcome.reason, 'read-only-token');
    assert.match(r.notices[0]!.message, /comes from a fork and its token is read-only \(POST .*: 403 Resource not accessible by integration\b.*\)/);
    assert.equal(fake.count('issues/create-comment'), 1, 'a 403 is not retried');
  });

  test('a workflow without pull-requests: write: the notice says which permission to give', async () => {
    const { fake, publish } = await setup();
    fake.inject('issues/list-comments', 'read-only');
    const r = await publish(RED);
    assert.equal(r.outcome.kind === 'skipped' && r.outcome.reason, 'read-only-token');
    assert.match(r.notices[0]!.message, /permissions: pull-requests: write/);
  });

  test('push and schedule runs, and comment: never: skipped without a notice', async () => {
    fake = await startGitHubFake();
    const dir = mkdtempSync(join(tmpdir(), 'go-xenv-report-'));
    const run = (github: RuntimeFacts, mode: PublishOptions['mode']) =>
      publishReport({ github, token: fake!.token, body: RED, mode, id: 'go-xenv', reportFile: join(dir, 'r.md') });
    const push = await run(runtimeOf('push', pushEvent(), fake.url), 'always');
    assert.deepEqual([push.outcome.kind === 'skipped' && push.outcome.reason, push.notices], ['no-pull-request', []]);
    const schedule = await run(runtimeOf('schedule', scheduleEvent(), fake.url), 'auto');
    assert.equal(schedule.outcome.kind === 'skipped' && schedule.outcome.reason, 'no-pull-request');
    const never = await run(runtimeOf('pull_request', pullRequestEvent(), fake.url), 'never');
    assert.equal(never.outcome.kind === 'skipped' && never.outcome.reason, 'disabled');
    assert.equal(fake.requests.length, 0);
  });

  test('a report file that cannot be written: a warning, and the comment is still kept', async () => {
    const { fake, pr, publish } = await setup();
    const blocker = join(mkdtempSync(join(tmpdir(), 'go-xenv-report-')), 'a-file');
    writeFileSync(blocker, '');
    const r = await publish(RED, { reportFile: join(blocker, 'report.md') });
    assert.equal(r.outcome.kind, 'created');
    assert.match(r.notices[0]!.message, /^The report file .*a-file\/report\.md could not be written: /);
    assert.equal(fake.commentsOn(pr).length, 1);
  });

  test('no token on a pull request: a notice, no request', async () => {
    const { fake, publish } = await setup();
    const r = await publish(RED, { token: '' });
    assert.equal(r.outcome.kind === 'skipped' && r.outcome.reason, 'no-token');
    assert.equal(r.notices.length, 1);
    assert.equal(fake.requests.length, 0);
  });
});
