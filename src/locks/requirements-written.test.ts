import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreeing, assertFastReads, variants } from './fast-path-check.ts';
import { parseRequirementsLines } from './requirements.ts';
import { readWrittenRequirements } from './requirements-written.ts';
import { fixtureText } from './testdata.ts';

const WRITTEN = ['pip/base/requirements.txt', 'pip/head/requirements.txt', 'large/base/requirements.txt', 'large/head/requirements.txt'];
const HEX = 'a'.repeat(64);

test('requirements.txt as pip-compile and uv pip compile write it is read by the fast reader, into the general document', () => {
  assertFastReads(WRITTEN, readWrittenRequirements, parseRequirementsLines);
});

test('a requirements.txt in any other layout is left to the general reader (or read alike by both)', () => {
  const edits = [
    (l: string) => `${l}\r`,
    (l: string) => `${l} `,
    (l: string) => ` ${l}`,
    (l: string) => l.replace(' ', '  '),
    (l: string) => l.replace(' ', '\t'),
    (l: string) => l.replace(/ \\$/, ''),
    (l: string) => l.replace(/([0-9a-f]{64})/, (h) => h.slice(1)),
    (l: string) => l.replace(/([0-9a-f]{64})/, (h) => `${h}0`),
    (l: string) => l.replace(/([0-9a-f]{64})/, (h) => `${h.slice(0, 10)}A${h.slice(11)}`),
    (l: string) => l.replace(/([0-9a-f]{64})/, (h) => `${h.slice(0, 10)}:${h.slice(11)}`),
    (l: string) => l.replace(/([0-9a-f]{64})/, (h) => `${h.slice(0, 10)}-${h.slice(11)}`),
    (l: string) => l.replace('--hash=', '--hash '),
    (l: string) => l.replace('sha256:', 'sha512:'),
    (l: string) => l.replace('# via', '#via'),
    (l: string) => l.replace('# via', '# via '),
    (l: string) => l.replace('# via', '# viaduct'),
    (l: string) => l.replace('# via ', '# via\n    #   '),
    (l: string) => l.replace('#   ', '#  '),
    (l: string) => l.replace('#   ', '#   via '),
    (l: string) => l.replace(/# {3}\S+/, '#   via'),
    (l: string) => l.replace(/, /, ','),
    (l: string) => l.replace('==', '==='),
    (l: string) => l.replace('==', ' == '),
    (l: string) => l.replace(/==([^ ]+)/, '==$1.zip'),
    (l: string) => l.replace(/==([^ ]+)/, '[extra]==$1 ; python_version < "3.12"'),
    (l: string) => l.replace(/^([a-z])/, '-e $1'),
    (l: string) => l.replace(/^([a-z])/, '--index-url https://example.org/simple\n$1'),
    (l: string) => `${l}\n`,
    (l: string) => `${l}\n# a note`,
    (l: string) => `${l}\n    # a note`,
    (l: string) => `${l}\n\n# The following packages are considered to be unsafe in a requirements file:\n# setuptools`,
    (l: string) => `${l}\n# via x`,
    (l: string) => `${l}\n#   x`,
    (l: string) => `${l}\n#\tvia x`,
    (l: string) => `${l}\n#via x`,
    (l: string) => `${l}\n\n    # via x`,
    (l: string) => `${l} # a note`,
  ];
  let fast = 0;
  const large = fixtureText('large/head/requirements.txt').split('\n').slice(0, 120).join('\n');
  for (const [rel, text] of [
    ['pip/base/requirements.txt', fixtureText('pip/base/requirements.txt')],
    ['large/head/requirements.txt', large],
  ] as const)
    fast += agreeing(rel, variants(text, edits), readWrittenRequirements, (t, f) => parseRequirementsLines(t, f));
  assert.ok(fast > 1000, `${fast} variants stay in the written layout`);
});

test('the written layout: hashes, a multi-line via, markers and extras, a requirement without hashes, and what it leaves', () => {
  const text = [
    '# header',
    '#',
    `a==1.0 \\\n    --hash=sha256:${HEX} \\\n    --hash=sha256:${'b'.repeat(64)}`,
    '    # via\n    #   -r req.in\n    #   b',
    'b[x,y]==2.0 ; python_version >= "3.8"',
    '    # via c, d',
    '',
    '# The following packages are considered to be unsafe in a requirements file:',
    'c==3.0',
    '# setuptools',
    '',
  ].join('\n');
  const doc = readWrittenRequirements(text, 'r.txt');
  assert.ok(doc);
  assert.deepEqual(doc, parseRequirementsLines(text, 'r.txt'));
  assert.deepEqual(
    doc.packages.map((p) => [p.name, p.version, p.line, p.hashes.length, p.via, p.direct, p.extras, p.markers]),
    [
      ['a', '1.0', 3, 2, ['-r req.in', 'b'], true, [], null],
      ['b', '2.0', 9, 0, ['c', 'd'], false, ['x', 'y'], 'python_version >= "3.8"'],
      ['c', '3.0', 13, 0, [], true, [], null],
    ],
  );
  assert.deepEqual(readWrittenRequirements(`${text}\n\n`, 'r.txt'), parseRequirementsLines(`${text}\n\n`, 'r.txt'));
  for (const other of [
    `${text}    # via x\n`,
    `-r other.txt\n${text}`,
    `a==1.0 \\\n    --hash=sha256:${HEX.toUpperCase()}\n`,
    'a==1.0\r\n',
    'git+https://x.org/a.git#egg=a\n',
  ])
    assert.equal(readWrittenRequirements(other, 'r.txt'), null, JSON.stringify(other));
});

test('a near miss of the written layout (thousands of hashes, then a line no reader takes) is handed on, and refused', () => {
  const text = `a==1.0${` \\\n    --hash=sha256:${HEX}`.repeat(20_000)}\n--bogus-option\n`;
  assert.equal(readWrittenRequirements(text, 'r.txt'), null);
  assert.throws(() => parseRequirementsLines(text, 'r.txt'), /unknown option --bogus-option/);
});
