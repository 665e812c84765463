import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockErrorFinding } from './lock-error.ts';
import { lockFormatOf } from './lock-format.ts';
import { readLock } from './parse.ts';

test('lock formats by file name, as the tools name the files', () => {
  const names: [string, string | null][] = [
    ['a/go.mod', 'go.mod'],
    ['go.sum', 'go.sum'],
    ['go.work', 'go.work'],
    ['requirements.txt', 'requirements.txt'],
    ['requirements-dev.txt', 'requirements.txt'],
    ['requirements/prod.txt', null],
    ['poetry.lock', 'poetry.lock'],
    ['Pipfile.lock', 'Pipfile.lock'],
    ['uv.lock', 'uv.lock'],
    ['pylock.toml', 'pylock.toml'],
    ['pylock.dev.toml', 'pylock.toml'],
    ['pyproject.toml', null],
    ['package-lock.json', null],
  ];
  for (const [file, format] of names) assert.equal(lockFormatOf(file), format, file);
});

test('readLock: inside the workspace, bounded, a BOM skipped, every failure a LockError with file and line', () => {
  const ws = mkdtempSync(join(tmpdir(), 'go-xenv-locks-'));
  try {
    writeFileSync(join(ws, 'go.mod'), '\ufeffmodule m\n\ngo 1.22\n');
    writeFileSync(join(ws, 'requirements.txt'), `${'a==1\n'.repeat(100)}`);
    writeFileSync(join(ws, 'notes.txt'), 'x');
    const ok = readLock(ws, 'go.mod');
    assert.ok(ok.ok && ok.document.format === 'go.mod' && ok.document.file === 'go.mod' && ok.document.go?.line === 3);
    const errors = [
      readLock(ws, 'requirements.txt', { maxBytes: 64 }),
      readLock(ws, 'missing/go.sum'),
      readLock(ws, '../go.mod'),
      readLock(ws, 'notes.txt'),
    ].map((r) => (r.ok ? null : [r.error.code, r.error.file, r.error.line, r.error.message.replace(ws, 'WS').replace(join(ws, '..'), 'WS/..')]));
    assert.deepEqual(
      errors.map((e) => e && e.slice(0, 3)),
      [
        ['unreadable', 'requirements.txt', 1],
        ['unreadable', 'missing/go.sum', 1],
        ['unreadable', '../go.mod', 1],
        ['unreadable', 'notes.txt', 1],
      ],
    );
    assert.match(String(errors[0]?.[3]), /larger than 64 bytes/);
    assert.match(String(errors[1]?.[3]), /cannot be read/);
    assert.match(String(errors[2]?.[3]), /outside the workspace/);
    assert.match(String(errors[3]?.[3]), /not a lock file this reader knows/);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});

test('a LockError is a located finding of the locks capability', () => {
  assert.deepEqual(lockErrorFinding({ code: 'malformed', file: 'go.sum', line: 3, column: 7, message: 'bad hash' }), {
    capability: 'locks',
    rule: 'locks/malformed',
    severity: 'error',
    message: 'bad hash',
    file: 'go.sum',
    line: 3,
    column: 7,
    help: 'regenerate the lock with its tool, or fix the line by hand',
  });
});
