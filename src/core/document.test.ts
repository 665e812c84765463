// The positioned-document reader: values as the `yaml` package's core schema (or a resolver) gives them, the line of
// every key path, every document of a stream, aliases and merge keys bounded, and JSON read strictly with its lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSyntaxError, jsonSyntaxError, lineNear, readJson, readYaml, readYamlDocuments } from './document.ts';

test('YAML keys and items have their lines; the core schema by default', () => {
  const doc = readYaml('# head\nservices:\n  web:\n    privileged: true\n    ports:\n      - 80\n      - "443"\n', { file: 'c.yml' })!;
  assert.deepEqual(doc.value, { services: { web: { privileged: true, ports: [80, '443'] } } });
  assert.equal(doc.lineOf([]), 2);
  assert.equal(doc.lineOf(['services', 'web', 'privileged']), 4);
  assert.equal(doc.lineOf(['services', 'web', 'ports', 1]), 7);
  assert.equal(doc.lineOf(['services', 'db']), undefined);
  assert.equal(lineNear(doc, ['services', 'web', 'ports', 5, 'x']), 5);
  assert.equal(lineNear(doc, ['elsewhere']), 2);
});

test('every document of a stream, each with its own lines', () => {
  const docs = readYamlDocuments('a: 1\n---\nb:\n  c: 2\n---\n', { file: 's.yml' });
  assert.deepEqual(
    docs.map((d) => d.value),
    [{ a: 1 }, { b: { c: 2 } }, null],
  );
  assert.equal(docs[1].lineOf(['b', 'c']), 4);
  assert.deepEqual(readYamlDocuments('', { file: 'e.yml' }), []);
});

test('aliases are expanded and merge keys applied when asked, explicit keys winning', () => {
  const doc = readYaml('base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\ncopy: *b\n', { file: 'm.yml', merge: true })!;
  assert.deepEqual(doc.value, { base: { x: 1, y: 2 }, use: { x: 1, y: 3 }, copy: { x: 1, y: 2 } });
  assert.equal(doc.lineOf(['use', 'y']), 4);
  assert.equal(doc.lineOf(['copy', 'x']), 1);
  const plain = readYaml('use:\n  <<: {x: 1}\n', { file: 'm.yml' })!;
  assert.deepEqual(plain.value, { use: { '<<': { x: 1 } } });
});

test('a resolver and a key converter change what scalars and keys become', () => {
  const doc = readYaml('on: yes\n', {
    file: 'w.yml',
    schema: 'failsafe',
    scalar: (n) => (n.value === 'yes' || n.value === 'on' ? true : n.value),
    key: String,
  })!;
  assert.deepEqual(doc.value, { true: true });
});

test('a key given twice is an error unless the last one is to win', () => {
  assert.throws(
    () => readYaml('a: 1\na: 2\n', { file: 'd.yml' }),
    (e: unknown) => e instanceof DocumentSyntaxError && e.where.line === 2,
  );
  assert.deepEqual(readYaml('a: 1\na: 2\n', { file: 'd.yml', duplicateKeys: 'last' })!.value, { a: 2 });
});

test('a YAML syntax error names the file, line and column', () => {
  assert.throws(
    () => readYaml('a: 1\nb: [1, 2\nc: 3\n', { file: 'bad.yml' }),
    (e: unknown) => e instanceof DocumentSyntaxError && e.where.file === 'bad.yml' && e.where.line === 3 && /^invalid YAML: /.test(e.message),
  );
});

test('an alias expansion past the bound stops with one error', () => {
  const lines = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1]'];
  for (let i = 1; i < 8; i++)
    lines.push(
      `l${i}: &l${i} [${Array(8)
        .fill(i === 1 ? '*a' : `*l${i - 1}`)
        .join(', ')}]`,
    );
  assert.throws(() => readYaml(lines.join('\n'), { file: 'bomb.yml', maxNodes: 10_000 }), /expands too far/);
});

test('JSON: values as JSON.parse gives them, lines from the text', () => {
  const doc = readJson('{\n  "a": [1, {"b": null}],\n  "c": "d",\n  "c": "e"\n}\n', 'x.json');
  assert.deepEqual(doc.value, { a: [1, { b: null }], c: 'e' });
  assert.equal(doc.lineOf(['a', 1, 'b']), 2);
  assert.equal(doc.lineOf(['c']), 4);
  assert.equal(doc.lineOf([]), 1);
});

test('JSON errors give the line and column where the text stops being JSON', () => {
  const cases: [string, number, number, RegExp][] = [
    ['{\n  "a": 1,\n}\n', 3, 1, /key in double quotes/],
    ['[1,\n 2\n', 3, 1, /"," or "]", found the end/],
    ['{"a": tru}', 1, 7, /expected a value/],
    ['{} {}', 1, 4, /end of the input/],
    ["{'a': 1}", 1, 2, /key in double quotes/],
  ];
  for (const [text, line, col, message] of cases) {
    assert.throws(
      () => readJson(text, 'x.json'),
      (e: unknown) => e instanceof DocumentSyntaxError && e.where.line === line && e.where.col === col && message.test(e.message),
      text,
    );
  }
  assert.equal(jsonSyntaxError('{"a": [1, -2.5e3, true, false, null, "\\u00e9"]}'), undefined);
});
