import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLockText } from './parse.ts';
import { fixtureText } from './testdata.ts';

const FIXTURES = [
  'go/base/go.mod',
  'go/base/go.sum',
  'go/work/go.work',
  'pip/base/requirements.txt',
  'pip/base/poetry.lock',
  'pip/base/Pipfile.lock',
  'pip/base/uv.lock',
  'pip/base/pylock.toml',
];

test('damaged locks (cut short, bytes replaced, lines dropped) give a document or one located error, never a throw', () => {
  let seed = 12345;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const junk = ['"', '[', ']', '{', '}', '\\', '\n', '=', ',', '#', '(', ')', '`', '\u0000', '=>', '"""', '-r '];
  for (const rel of FIXTURES) {
    const text = fixtureText(rel);
    const lines = text.split('\n').length;
    for (let i = 0; i < 60; i++) {
      const at = rand(text.length);
      const damaged =
        i % 3 === 0
          ? text.slice(0, at)
          : i % 3 === 1
            ? text.slice(0, at) + junk[rand(junk.length)] + text.slice(at + 1)
            : text
                .split('\n')
                .filter((_, n) => n !== rand(lines))
                .join('\n');
      const r = parseLockText(damaged, rel, { format: undefined });
      if (!r.ok) {
        assert.equal(r.error.file, rel);
        assert.ok(Number.isInteger(r.error.line) && r.error.line >= 1 && r.error.line <= damaged.split('\n').length + 1, `${rel}: line ${r.error.line}`);
        assert.ok(r.error.message.length > 0);
      }
    }
  }
});
