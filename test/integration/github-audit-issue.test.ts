// The nightly audit's issue against the OpenAPI-checked fake: opened with its label (created when missing), updated,
// left alone when unchanged, closed with a comment when clean, never a second one (two audits racing, or a duplicate
// left behind), and a read-only token as a notice.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { AUDIT_LABEL } from '../../src/github/audit-issue.ts';
import { createClient } from '../../src/github/client.ts';
import { publishAuditIssue } from '../../src/github/publish-extras.ts';
import { runtimeOf, scheduleEvent } from '../kit/github-fake-events.ts';
import { startGitHubFake, type GitHubFake } from '../kit/github-fake.ts';

let fake: GitHubFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup() {
  fake = await startGitHubFake();
  const f = fake;
  const github = runtimeOf('schedule', scheduleEvent(), f.url);
  const api = createClient({ token: f.token, apiUrl: f.url, secondMs: 5 });
  return { fake: f, github, audit: (dirty: boolean, report: string) => publishAuditIssue({ github, token: f.token, api, dirty, report }) };
}

const openIssues = (f: GitHubFake) => f.issues.filter((i) => i.state === 'open');

describe('audit issue', { timeout: 60_000 }, () => {
  test('open (label created), update, unchanged, close when clean, and clean with nothing open', async () => {
    const { fake, github, audit } = await setup();
    assert.equal(github.eventName, 'schedule');
    const opened = await audit(true, '## drift: 2 files');
    assert.equal(opened.outcome.kind, 'opened');
    assert.deepEqual(fake.labels.map((l) => l.name), [AUDIT_LABEL]);
    assert.deepEqual(openIssues(fake).map((i) => [i.labels, i.body]), [[[AUDIT_LABEL], '## drift: 2 files\n']]);
    assert.equal((await audit(true, '## drift: 3 files')).outcome.kind, 'updated');
    assert.equal((await audit(true, '## drift: 3 files')).outcome.kind, 'unchanged');
    assert.equal(fake.count('issues/update'), 1);
    const closed = await audit(false, '## clean');
    assert.deepEqual(closed.outcome, { kind: 'closed', issueNumbers: [1] });
    assert.equal(openIssues(fake).length, 0);
    assert.match(fake.commentsOn(1)[0]!.body, /^The nightly audit is clean again \(\[run\]\(https:\/\/github\.com\/.*\/actions\/runs\/4242\)\)/);
    assert.deepEqual((await audit(false, '## clean')).outcome, { kind: 'clean' });
    assert.equal(fake.count('issues/create'), 1);
    assert.equal(fake.count('issues/create-label'), 1);
  });

  test('a label that exists is not created again; the next dirty night opens a new issue after a closed one', async () => {
    const { fake, audit } = await setup();
    await audit(true, 'a');
    await audit(false, 'clean');
    const again = await audit(true, 'b');
    assert.equal(again.outcome.kind, 'opened');
    assert.equal(fake.count('issues/create-label'), 1);
    assert.equal(openIssues(fake).length, 1);
  });

  test('two audits racing: both open one, the later is closed as a duplicate of the oldest', async () => {
    const { fake, audit } = await setup();
    fake.hold('issues/list-for-repo', 2);
    const [a, b] = await Promise.all([audit(true, 'report'), audit(true, 'report')]);
    assert.equal(fake.count('issues/create', 201), 2);
    assert.deepEqual(openIssues(fake).map((i) => i.number), [1]);
    assert.deepEqual(fake.issues.find((i) => i.number === 2)!.state, 'closed');
    assert.match(fake.commentsOn(2)[0]!.body, /^Duplicate of #1/);
    assert.deepEqual([a.outcome, b.outcome].map((o) => 'issueNumber' in o && o.issueNumber), [1, 1]);
  });

  test('a duplicate left open by an earlier race is closed on the next night, never a second issue', async () => {
    const { fake, audit } = await setup();
    fake.addIssue('old', 'old', [AUDIT_LABEL]);
    fake.addIssue('old too', 'old', [AUDIT_LABEL]);
    fake.addIssue('unrelated', 'x', ['bug']);
    const r = await audit(true, 'new');
    assert.deepEqual(r.outcome.kind === 'updated' && [r.outcome.issueNumber, r.outcome.closedDuplicates], [1, [2]]);
    assert.deepEqual(openIssues(fake).map((i) => i.number), [1, 3]);
    assert.equal(fake.count('issues/create'), 0);
  });

  test('paginated: 105 open audit issues are all found (and 104 closed)', async () => {
    const { fake, audit } = await setup();
    for (let i = 0; i < 105; i++) fake.addIssue(`t${i}`, 'b\n', [AUDIT_LABEL]);
    const r = await audit(true, 'b');
    assert.equal(r.outcome.kind === 'unchanged' && r.outcome.closedDuplicates.length, 104);
    assert.equal(fake.count('issues/list-for-repo'), 2);
    assert.equal(openIssues(fake).length, 1);
  });

  test('secondary rate limit on create, then success; a read-only token is a notice', async () => {
    const { fake, audit } = await setup();
    fake.inject('issues/create', 'secondary-rate-limit', { retryAfter: 2 });
    assert.equal((await audit(true, 'r')).outcome.kind, 'opened');
    fake.inject('issues/list-for-repo', 'read-only');
    const ro = await audit(true, 'r2');
    assert.equal(ro.outcome.kind === 'skipped' && ro.outcome.reason, 'read-only-token');
    assert.match(ro.notices[0]!.message, /permissions: issues: write/);
  });
});
