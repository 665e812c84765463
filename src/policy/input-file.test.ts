// Reading an input file for the policies: every outcome is a value. A binary, non-UTF-8, oversized, unreadable or
// unparsable file is refused with one finding at the file (and line), in bounded memory; the others parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAllParsers, MAX_INPUT_BYTES, readInputFile } from './index.ts';

// These tests parse directly: every parser loaded first, as a run first loads the ones it reads with.
await loadAllParsers();

const dir = mkdtempSync(join(tmpdir(), 'policy-input-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

test('a good file parses, with its parser and documents', () => {
  const r = readInputFile(file('ok.yaml', 'a: yes\n---\nb: 2\n'), { display: 'ok.yaml' });
  assert.equal(r.status, 'parsed');
  if (r.status !== 'parsed') return;
  assert.equal(r.parser, 'yaml');
  assert.deepEqual(r.parsed.documents, [{ a: true }, { b: 2 }]);
});

test('--parser reads any file with the named parser', () => {
  const r = readInputFile(file('settings.conf', 'a = 1\n'), { parser: 'toml' });
  assert.equal(r.status === 'parsed' && r.parsed.value && (r.parsed.value as { a: number }).a, 1);
  assert.throws(() => readInputFile(join(dir, 'settings.conf'), { parser: 'nope' }), /unknown parser "nope"/);
});

test('a syntax error is a finding at the file and line', () => {
  const r = readInputFile(file('bad.toml', 'a = 1\nb = = 2\n'), { display: 'conf/bad.toml' });
  assert.equal(r.status, 'refused');
  if (r.status !== 'refused') return;
  assert.equal(r.reason, 'syntax');
  assert.deepEqual(
    { capability: r.finding.capability, severity: r.finding.severity, file: r.finding.file, line: r.finding.line, rule: r.finding.rule },
    { capability: 'policy', severity: 'error', file: 'conf/bad.toml', line: 2, rule: 'input/syntax' },
  );
  assert.match(r.finding.message, /invalid TOML/);
});

test('a binary file is refused, not parsed', () => {
  const r = readInputFile(file('image.json', Buffer.from([0x7b, 0x00, 0x01, 0x7d])));
  assert.equal(r.status === 'refused' && r.reason, 'binary');
  const latin1 = readInputFile(file('latin1.properties', Buffer.from('name=caf\xe9\n', 'latin1')));
  assert.equal(latin1.status === 'refused' && latin1.reason, 'binary');
  assert.match(latin1.status === 'refused' ? latin1.finding.message : '', /not UTF-8/);
});

test('a file over the bound is refused without reading it whole', () => {
  const r = readInputFile(file('big.json', `[${'1,'.repeat(600)}1]`), { maxBytes: 1000 });
  assert.equal(r.status === 'refused' && r.reason, 'too-large');
  assert.match(r.status === 'refused' ? r.finding.message : '', /larger than 1000 bytes/);
  const huge = file('huge.yaml', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
  const h = readInputFile(huge);
  assert.equal(h.status === 'refused' && h.reason, 'too-large');
});

test('a directory, a FIFO or a missing file is refused as unreadable', () => {
  mkdirSync(join(dir, 'conf.d.json'));
  const directory = readInputFile(join(dir, 'conf.d.json'));
  assert.equal(directory.status === 'refused' && directory.reason, 'unreadable');
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  const fifo = readInputFile(join(dir, 'pipe.yaml'));
  assert.equal(fifo.status === 'refused' && fifo.reason, 'unreadable');
  const missing = readInputFile(join(dir, 'missing.yaml'));
  assert.equal(missing.status === 'refused' && missing.reason, 'unreadable');
});

test('a file no parser understands is refused as such', () => {
  const r = readInputFile(file('notes.md', '# hi\n'));
  assert.equal(r.status === 'refused' && r.reason, 'no-parser');
});
