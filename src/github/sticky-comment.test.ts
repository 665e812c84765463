// The pure parts of the sticky comment: its body (marker, line endings, GitHub's size limit) and whose comment is ours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BODY_LIMIT } from './size-limit.ts';
import { ACTIONS_LOGIN, commentBody, commentMarker, isOurs } from './sticky-comment.ts';

test('the body: the marker line first, CRLF made LF, one closing newline', () => {
  assert.equal(commentBody('go-xenv', 'a\r\nb\r\n\n'), '<!-- go-xenv:go-xenv -->\na\nb\n');
});

test('a body over the limit is cut to it, saying so, with the job summary link when there is one', () => {
  const cut = commentBody('id', 'y'.repeat(BODY_LIMIT), 'https://github.com/o/r/actions/runs/1');
  assert.equal(cut.length, BODY_LIMIT);
  assert.ok(cut.endsWith("cut at GitHub's 65536-character limit: the whole report is in the [job summary](https://github.com/o/r/actions/runs/1).\n"));
  assert.ok(commentBody('id', 'y'.repeat(BODY_LIMIT)).endsWith('limit.\n'));
  assert.equal(commentBody('id', 'short'), `${commentMarker('id')}\nshort\n`);
});

const BOT = { login: ACTIONS_LOGIN, userType: 'Bot' };
test('ours: our marker on the first line, by github-actions[bot] or a login we learned', () => {
  const body = `${commentMarker('x')}\nreport`;
  assert.equal(isOurs({ ...BOT, body }, 'x', new Set()), true);
  assert.equal(isOurs({ ...BOT, body }, 'y', new Set()), false, 'another id');
  assert.equal(isOurs({ ...BOT, body: `${commentMarker('x')}-more\n` }, 'x', new Set()), false, 'a longer id');
  assert.equal(isOurs({ ...BOT, body: `> ${body}` }, 'x', new Set()), false, 'quoted');
  assert.equal(isOurs({ login: ACTIONS_LOGIN, userType: 'User', body }, 'x', new Set()), false, 'a user named like the bot');
  assert.equal(isOurs({ login: 'mallory', userType: 'User', body }, 'x', new Set()), false);
  assert.equal(isOurs({ login: 'app[bot]', userType: 'Bot', body }, 'x', new Set(['app[bot]'])), true);
});
