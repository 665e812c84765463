// A file that does not parse gives one DocumentSyntaxError naming the file, the line where the parser stopped and
// the parser's message; the real conftest refuses the same files (recorded by scripts/conftest-oracle.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentSyntaxError } from '../../core/document.ts';
import { loadAllParsers, parserFor } from './registry.ts';

// These tests parse directly: every parser loaded first, as a run first loads the ones it reads with.
await loadAllParsers();

const dir = new URL('../testdata/', import.meta.url).pathname;

/** file, parser, line where ours stops, words of our message. */
const CASES: [string, string, number, RegExp][] = [
  ['bad.yaml', 'yaml', 2, /Flow sequence/],
  ['compose.bad.yaml', 'docker-compose', 4, /same column/],
  ['bad.json', 'json', 4, /expected a value, found "}"/],
  ['bad.jsonc', 'jsonc', 4, /expected a key in double quotes, found "}"/],
  ['bad.toml', 'toml', 2, /invalid value/],
  ['bad.ini', 'ini', 3, /key-value delimiter not found: host/],
  ['bad.tf', 'hcl2', 3, /Invalid expression/],
  ['Dockerfile.bad', 'dockerfile', 2, /unknown flag: --help/],
  ['.env.bad', 'dotenv', 2, /doesn't match format/],
  ['bad.properties', 'properties', 2, /malformed expression/],
  ['bad.xml', 'xml', 3, /Unexpected close tag/],
];

for (const [name, parserName, line, message] of CASES) {
  test(`${name}: refused at ${name}:${line}`, () => {
    const parser = parserFor(name)!;
    assert.equal(parser.name, parserName);
    const text = readFileSync(join(dir, 'oracle-bad', name), 'utf8');
    assert.throws(
      () => parser.parse(text, name),
      (e: unknown) => {
        assert.ok(e instanceof DocumentSyntaxError, String(e));
        assert.equal(e.where.file, name);
        assert.equal(e.where.line, line);
        assert.match(e.message, message);
        assert.match(e.format(), new RegExp(`^${name.replaceAll('.', '\\.')}:${line}(:\\d+)?: invalid `));
        return true;
      },
    );
    const conftest = JSON.parse(readFileSync(join(dir, 'conftest-parse-bad', `${name}.json`), 'utf8'));
    // goxml2json stops quietly at the first error and yields what it read (here nothing): a kept difference.
    if (name === 'bad.xml') assert.equal(conftest.value, '');
    else assert.match(conftest.error, /parser unmarshal/);
  });
}

test('bad input of every format is covered', () => {
  const covered = new Set(CASES.map((c) => c[1]));
  for (const p of ['yaml', 'docker-compose', 'json', 'jsonc', 'toml', 'ini', 'hcl2', 'dockerfile', 'dotenv', 'properties', 'xml']) assert.ok(covered.has(p), p);
});

test('values JSON cannot carry are refused as conftest refuses them', () => {
  assert.throws(() => parserFor('a.yaml')!.parse('a: .inf\n', 'a.yaml'), /no JSON form/);
  assert.throws(() => parserFor('a.toml')!.parse('a = nan\n', 'a.toml'), /no JSON form/);
  assert.throws(() => parserFor('a.yaml')!.parse('? [1, 2]\n: x\n', 'a.yaml'), /mapping key of type list/);
});

test('aliases that expand too far or refer to themselves stop with a line', () => {
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++)
    laughs.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  assert.throws(() => parserFor('a.yaml')!.parse(laughs.join('\n') + '\n', 'a.yaml'), /expands too far/);
});

test('Dockerfile errors BuildKit reports are errors here too', () => {
  const df = (t: string) => () => parserFor('Dockerfile')!.parse(t, 'Dockerfile');
  assert.throws(df('FROM\n'), /FROM requires either one or three arguments/);
  assert.throws(df('FROM a\nFOO bar\n'), /unknown instruction: FOO/);
  assert.throws(df('FROM a\nCOPY onlyone\n'), /COPY requires at least two arguments/);
  assert.throws(df('FROM a\nRUN ["a", 1]\n'), /arrays must be comprised of strings only/);
  assert.throws(df('FROM a\nRUN <<EOF\necho\n'), /unterminated heredoc/);
  assert.throws(df('# only a comment\n'), /file with no instructions/);
});
