// The token never leaves in a message; the read-only 403 is told from other 403s.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GitHubApiError, isReadOnly, redact } from './client.ts';

test('redact: every occurrence of the token becomes ***; values too short to be a token are left alone', () => {
  assert.equal(redact('a ghs_abcdefgh b ghs_abcdefgh', 'ghs_abcdefgh'), 'a *** b ***');
  assert.equal(redact('token t here', 't'), 'token t here');
  assert.equal(redact('nothing', ''), 'nothing');
});

test('isReadOnly: the 403 of an integration or a fine-grained token, not a rate limit nor another status', () => {
  assert.equal(isReadOnly(new GitHubApiError('POST x: 403 Resource not accessible by integration', 403)), true);
  assert.equal(isReadOnly(new GitHubApiError('POST x: 403 Resource not accessible by personal access token', 403)), true);
  assert.equal(isReadOnly(new GitHubApiError('POST x: 403 You have exceeded a secondary rate limit', 403)), false);
  assert.equal(isReadOnly(new GitHubApiError('Resource not accessible by integration', 404)), false);
  assert.equal(isReadOnly(new Error('Resource not accessible by integration')), false);
});
