// The bundled action on a pull request, as the runner starts it (node24: INPUT_*, GITHUB_* files, the event payload of
// GitHub's webhook example), against the OpenAPI-checked GitHub fake: the policy step fails, the sticky comment is
// created with the report and a check run carries the finding; the fix turns the same comment green; a fork's run
// writes no comment and says why. The checkout has no history, so the changed files come from the pull request API.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildBundle, runnerFiles, startAction } from '../kit/bundle-runner.ts';
import { pullRequestEvent } from '../kit/github-fake-events.ts';
import { startGitHubFake, type GitHubFake } from '../kit/github-fake.ts';

let dist = '';
let fake: GitHubFake;

before(async () => {
  dist = buildBundle('go-xenv-bundle-gh-');
  fake = await startGitHubFake();
});
after(() => fake.close());

const POLICY = 'package main\n\ndeny contains msg if {\n  input.image == "latest"\n  msg := "image must not be latest"\n}\n';

function runner(opts: { fork?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-runner-gh-'));
  const ws = join(dir, 'ws');
  mkdirSync(join(ws, 'policy'), { recursive: true });
  writeFileSync(join(ws, 'policy', 'p.rego'), POLICY);
  const event = pullRequestEvent(opts);
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
  const files = runnerFiles(dir);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: event.repository.full_name,
    GITHUB_SHA: event.pull_request.head.sha,
    GITHUB_REF: `refs/pull/${event.number}/merge`,
    GITHUB_RUN_ID: '77',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    RUNNER_TEMP: join(dir, 'tmp'),
    INPUT_COMMAND: 'policy',
    INPUT_TOKEN: fake.token,
    ...files,
  };
  fake.pullFiles.set(event.number, ['app.json']);
  const start = () => startAction(dist, env);
  return { ws, env, files, start, pr: event.number as number };
}

test('a failing policy: one sticky comment with the report, a check run with the finding; the fix turns it green', { timeout: 180_000 }, async () => {
  const r = runner();
  writeFileSync(join(r.ws, 'app.json'), '{"image": "latest"}\n');
  const red = await r.start();
  assert.equal(red.status, 1, red.stdout);
  assert.match(red.stdout, /::error file=app\.json,line=1::.*image must not be latest/);
  const [comment] = fake.commentsOn(r.pr);
  assert.ok(comment, 'a comment was created');
  assert.match(comment.body, /^<!-- go-xenv:go-xenv -->\n/);
  assert.match(comment.body, /❌ \*\*1 step failed: policy\*\*/);
  assert.match(comment.body, /image must not be latest/);
  const check = fake.checkRuns.at(-1)!;
  assert.equal(check.name, 'go-xenv');
  assert.equal(check.conclusion, 'failure');
  assert.equal(check.annotations.length, 1);
  assert.ok(readFileSync(r.files.GITHUB_STEP_SUMMARY, 'utf8').includes('image must not be latest'));

  writeFileSync(join(r.ws, 'app.json'), '{"image": "nginx:1.27"}\n');
  const green = await r.start();
  assert.equal(green.status, 0, green.stdout);
  const comments = fake.commentsOn(r.pr);
  assert.equal(comments.length, 1, 'still one comment');
  assert.equal(comments[0].id, comment.id);
  assert.match(comments[0].body, /✅ \*\*All checks passed\*\*/);

  const again = await r.start();
  assert.equal(again.status, 0);
  assert.match(again.stdout, /pull request comment: unchanged/);
});

test('a fork: no comment, a notice that says why, the report still in the job summary and the artifact file', { timeout: 120_000 }, async () => {
  const r = runner({ fork: true });
  writeFileSync(join(r.ws, 'app.json'), '{"image": "latest"}\n');
  const before = fake.requests.filter((q) => q.op === 'issues/create-comment').length;
  const out = await r.start();
  assert.equal(out.status, 1, out.stdout);
  assert.match(out.stdout, /::notice::No pull request comment: .*fork/);
  assert.equal(fake.requests.filter((q) => q.op === 'issues/create-comment').length, before);
  assert.ok(readFileSync(r.files.GITHUB_STEP_SUMMARY, 'utf8').includes('image must not be latest'));
  assert.ok(readFileSync(join(String(r.env.RUNNER_TEMP), 'go-xenv-report', 'go-xenv.md'), 'utf8').includes('image must not be latest'));
});
