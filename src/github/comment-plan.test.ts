// Where the sticky comment goes, as a table: mode x event x fork x token.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommentMode, PullRequestFacts, RuntimeFacts } from '../config/config.ts';
import { commentTarget } from './comment-plan.ts';

const pr = (fromFork: boolean): PullRequestFacts => ({ number: 7, baseRef: 'main', baseSha: '', headRef: 'x', headSha: '', fromFork });
const facts = (eventName: string, pullRequest?: PullRequestFacts, repository = 'o/r'): RuntimeFacts => ({
  onActions: true, runner: { os: 'Linux', arch: 'X64', toolCache: '/t', temp: '/tmp' }, cacheDir: '/c', tempDirs: [], eventName, repository, ref: '', sha: '',
  pullRequest, serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', runId: '1', runUrl: '',
});
const target = { repo: { owner: 'o', repo: 'r' }, issueNumber: 7 };

const CASES: [string, RuntimeFacts, CommentMode, string, unknown][] = [
  ['pull request, auto', facts('pull_request', pr(false)), 'auto', 't', target],
  ['pull request, always', facts('pull_request', pr(false)), 'always', 't', target],
  ['pull request, never', facts('pull_request', pr(false)), 'never', 't', 'disabled'],
  ['fork on pull_request, auto: read-only token, not tried', facts('pull_request', pr(true)), 'auto', 't', 'fork-read-only'],
  ['fork on pull_request, always: tried', facts('pull_request', pr(true)), 'always', 't', target],
  ['fork on pull_request_target (a write token), auto', facts('pull_request_target', pr(true)), 'auto', 't', target],
  ['push', facts('push'), 'always', 't', 'no-pull-request'],
  ['schedule', facts('schedule'), 'auto', 't', 'no-pull-request'],
  ['no token', facts('pull_request', pr(false)), 'auto', '', 'no-token'],
  ['no repository', facts('pull_request', pr(false), ''), 'auto', 't', 'no-repository'],
];

for (const [name, f, mode, token, want] of CASES) {
  test(`comment target: ${name}`, () => {
    const got = commentTarget(f, mode, token);
    if (typeof want === 'string') assert.equal('kind' in got && got.reason, want);
    else assert.deepEqual(got, want);
  });
}
