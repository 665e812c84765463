// The `comment` and `comment-id` inputs: defaults, both sources, and the bad values (comment-id goes into an HTML
// comment, so anything beyond a short identifier is refused with one message naming where it came from).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { loadConfig } from './load.ts';
import { configFileSchema } from './schema.ts';
import { userErrorOf, workspace } from './testkit.ts';

test('comment and comment-id: defaults, the step, the config file', () => {
  assert.deepEqual(loadConfig({ given: {}, workspace: workspace(), env: {} }).report, { comment: 'auto', commentId: 'go-xenv' });
  assert.deepEqual(loadConfig({ given: { comment: 'never', 'comment-id': 'go-xenv.linux_arm64' }, workspace: workspace(), env: {} }).report, { comment: 'never', commentId: 'go-xenv.linux_arm64' });
  assert.deepEqual(loadConfig({ given: {}, workspace: workspace('comment: always\ncomment-id: nightly-2\n'), env: {} }).report, { comment: 'always', commentId: 'nightly-2' });
});

test('bad comment-id and comment values: one clear error each, with where and what to write', () => {
  for (const bad of ['x -->', 'a b', '-leading', 'x'.repeat(65), 'ok<!--', 'é']) {
    userErrorOf(() => loadConfig({ given: { 'comment-id': bad }, workspace: workspace(), env: {} }), /^input "comment-id": ".*" is not allowed — letters, digits, \., _ and -/);
  }
  const line = userErrorOf(() => loadConfig({ given: {}, workspace: workspace('comment-id: "two words"\n'), env: {} }), /is not allowed/);
  assert.match(line, /^\.github\/go-xenv\.yml:1: "comment-id": "two words" is not allowed/);
  userErrorOf(() => loadConfig({ given: { comment: 'sometimes' }, workspace: workspace(), env: {} }), /^input "comment": "sometimes" is not allowed — use one of: auto, always, never$/);
});

test('the config file schema carries the comment-id pattern', () => {
  const validate = new Ajv({ strict: false }).compile(configFileSchema());
  assert.equal(validate({ 'comment-id': 'go-xenv-linux' }), true);
  assert.equal(validate({ 'comment-id': 'no -->' }), false);
  assert.equal(validate({ comment: 'always' }), true);
});
