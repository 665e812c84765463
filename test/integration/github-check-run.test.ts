// The check run against the OpenAPI-checked fake (which refuses more than 50 annotations a request): 120 findings in
// 3 requests, a run completed with the conclusion of the severities, forks and read-only tokens skipped with why.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type { Finding } from '../../src/core/finding.ts';
import { createClient } from '../../src/github/client.ts';
import { publishCheckRun } from '../../src/github/publish-extras.ts';
import { pullRequestEvent, pushEvent, runtimeOf } from '../kit/github-fake-events.ts';
import { startGitHubFake, type GitHubFake } from '../kit/github-fake.ts';

let fake: GitHubFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const findings = (n: number, severity: Finding['severity'] = 'warning'): Finding[] =>
  Array.from({ length: n }, (_, i) => ({ capability: 'policy', rule: 'k8s/no-latest', severity: i === 7 ? 'error' : severity, message: `finding ${i}`, file: `deploy/${i}.yml`, line: i + 1, column: 3, help: 'pin the image' }));

async function setup(opts: { fork?: boolean; event?: 'push' } = {}) {
  fake = await startGitHubFake();
  const github = opts.event === 'push' ? runtimeOf('push', pushEvent(), fake.url) : runtimeOf('pull_request', pullRequestEvent({ fork: opts.fork }), fake.url);
  const api = createClient({ token: fake.token, apiUrl: fake.url, secondMs: 5 });
  return { fake, github, run: (list: Finding[]) => publishCheckRun({ github, token: fake!.token, api, findings: list, summary: '## go-xenv report' }) };
}

describe('check run', { timeout: 60_000 }, () => {
  test('120 findings: created with 50, updated with 50 and with the last 20 and the conclusion: 3 requests', async () => {
    const { fake, github, run } = await setup();
    const r = await run(findings(120));
    assert.equal(r.outcome.kind, 'written');
    assert.deepEqual(r.outcome.kind === 'written' && [r.outcome.annotations, r.outcome.requests, r.outcome.conclusion], [120, 3, 'failure']);
    assert.equal(fake.count('checks/create', 201) + fake.count('checks/update', 200), 3);
    const sizes = fake.requests.map((q) => ((q.body as { output: { annotations: unknown[] } }).output.annotations.length));
    assert.deepEqual(sizes, [50, 50, 20]);
    const [created, , final] = fake.requests.map((q) => q.body as Record<string, unknown>);
    assert.deepEqual([created!.status, created!.conclusion, final!.status, final!.conclusion], ['in_progress', undefined, 'completed', 'failure']);
    const cr = fake.checkRuns[0]!;
    assert.deepEqual([cr.name, cr.head_sha, cr.annotations.length, cr.status], ['go-xenv', github.pullRequest!.headSha, 120, 'completed']);
    assert.deepEqual(cr.annotations[0], { path: 'deploy/0.yml', start_line: 1, end_line: 1, start_column: 3, end_column: 3, annotation_level: 'warning', message: 'finding 0', title: 'policy: k8s/no-latest', raw_details: 'pin the image' });
  });

  test('up to 50 findings: one request, completed; warnings alone are neutral, none is success', async () => {
    const { fake, run } = await setup({ event: 'push' });
    const warn = findings(7, 'warning');
    const r = await run(warn);
    assert.deepEqual(r.outcome.kind === 'written' && [r.outcome.requests, r.outcome.conclusion], [1, 'neutral']);
    const clean = await run([]);
    assert.deepEqual(clean.outcome.kind === 'written' && [clean.outcome.requests, clean.outcome.conclusion], [1, 'success']);
    assert.equal(fake.count('checks/update'), 0);
    const none = fake.checkRuns[1]!;
    assert.deepEqual([none.conclusion, none.summary], ['success', '## go-xenv report']);
  });

  test('a finding without a file is annotated on the repository root, line 1', async () => {
    const { fake, run } = await setup();
    await run([{ capability: 'toolchain', severity: 'notice', message: 'go 1.26.8 installed from the cache' }]);
    assert.deepEqual(fake.checkRuns[0]!.annotations, [{ path: '.', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'go 1.26.8 installed from the cache', title: 'toolchain' }]);
  });

  test('a fork\'s pull request: skipped up front; a workflow without checks: write: skipped with the permission to give', async () => {
    const fork = await setup({ fork: true });
    const r = await fork.run(findings(3));
    assert.equal(r.outcome.kind === 'skipped' && r.outcome.reason, 'fork-read-only');
    assert.equal(fork.fake.requests.length, 0);
    await fork.fake.close();
    const { fake: f, run } = await setup();
    f.inject('checks/create', 'read-only');
    const ro = await run(findings(3));
    assert.equal(ro.outcome.kind === 'skipped' && ro.outcome.reason, 'read-only-token');
    assert.match(ro.notices[0]!.message, /^No check run: .*permissions: checks: write/);
  });

  test('502 on an update: retried; a lasting failure completes the run anyway and is a warning', async () => {
    const { fake, run } = await setup();
    fake.inject('checks/update', 'bad-gateway');
    assert.equal((await run(findings(60))).outcome.kind, 'written');
    assert.equal(fake.checkRuns[0]!.annotations.length, 60);
    fake.inject('checks/update', 'bad-gateway', { times: 4 });
    const r = await run(findings(60));
    assert.equal(r.outcome.kind, 'failed');
    assert.equal(r.notices[0]!.level, 'warning');
    assert.deepEqual([fake.checkRuns[1]!.status, fake.checkRuns[1]!.conclusion], ['completed', 'failure']);
  });
});
