import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GoModDocument, GoSumDocument, GoWorkDocument } from './document.ts';
import { parseGoMod, parseGoWork } from './go-mod.ts';
import { parseGoSum } from './go-sum.ts';
import { fixture } from './testdata.ts';

test('go.mod made by go mod tidy: module, go, toolchain, godebug, requires with lines, local replace, exclude, retract', () => {
  const d = fixture<GoModDocument>('go/base/go.mod');
  assert.deepEqual(d.module, { path: 'example.com/lockdemo', deprecated: null, line: 1 });
  assert.deepEqual(d.go, { version: '1.23', line: 3 });
  assert.deepEqual(d.toolchain, { name: 'go1.26.8', line: 5 });
  assert.deepEqual(d.godebug, [{ key: 'panicnil', value: '1', line: 7 }]);
  assert.equal(d.packages.length, 5);
  assert.deepEqual(d.packages[2], {
    name: 'golang.org/x/exp',
    version: 'v0.0.0-20240506185415-9bf2ced13842',
    direct: true,
    indirect: false,
    pseudo: true,
    hashes: [],
    source: null,
    markers: null,
    line: 12,
  });
  assert.equal(d.packages[0].source, './localdep', 'a replaced requirement names its replacement');
  assert.deepEqual(d.replace, [{ old: { path: 'example.com/localdep' }, new: { path: './localdep' }, local: true, line: 17 }]);
  assert.deepEqual(d.exclude, [{ path: 'golang.org/x/text', version: 'v0.3.7', line: 19 }]);
  assert.deepEqual(
    d.retract.map(({ low, high, line }) => [low, high, line]),
    [
      ['v0.2.0', 'v0.2.5', 22],
      ['v0.1.0', 'v0.1.0', 23],
    ],
  );
});

test('go.mod of a large graph: // indirect marks the indirect requires, +incompatible versions kept', () => {
  const d = fixture<GoModDocument>('large/base/go.mod');
  assert.equal(d.packages.length, 113);
  assert.equal(d.packages.filter((p) => p.indirect).length, 105);
  assert.deepEqual(
    d.packages.find((p) => p.name === 'cel.dev/expr'),
    {
      name: 'cel.dev/expr',
      version: 'v0.25.2',
      direct: false,
      indirect: true,
      pseudo: false,
      hashes: [],
      source: null,
      markers: null,
      line: 17,
    },
  );
  assert.equal(d.packages.find((p) => p.name === 'github.com/docker/docker')?.version, 'v25.0.5+incompatible');
});

test('go.sum: one package per module and version, the zip hash and the go.mod hash together, go.mod-only entries', () => {
  const d = fixture<GoSumDocument>('go/base/go.sum');
  assert.equal(d.packages.length, 5);
  assert.deepEqual(d.packages[4], {
    name: 'gopkg.in/yaml.v3',
    version: 'v3.0.1',
    direct: null,
    hashes: ['h1:fxVm/GzAzEWqLHuvctI91KS9hhNmmWOoWu0XTYJS7CA='],
    source: null,
    markers: null,
    line: 9,
    goModHash: 'h1:K4uyk7z7BCEPqu6E+C64Yfv1cQ7kz7rIZviUmN+EgEM=',
    goModOnly: false,
  });
  const large = fixture<GoSumDocument>('large/base/go.sum');
  assert.equal(large.packages.length, 206);
  assert.equal(large.packages.filter((p) => p.goModOnly).length, 206 - 143);
  assert.equal(large.packages.find((p) => p.name === 'github.com/gin-gonic/gin')?.line, 81);
});

test('go.work: go line and the use block', () => {
  const d = fixture<GoWorkDocument>('go/work/go.work');
  assert.deepEqual(d.go, { version: '1.26.8', line: 1 });
  assert.deepEqual(d.use, [
    { path: '.', line: 4 },
    { path: './localdep', line: 5 },
  ]);
  assert.deepEqual(d.packages, []);
});

test('go.mod: single-line forms, quoted paths, comments, deprecation, indirect with a note, module replace, tool', () => {
  const r = parseGoMod(
    [
      '// Deprecated: use example.com/new instead.',
      'module "example.com/old"',
      'go 1.22.3',
      'require example.com/a v1.0.0 // indirect; kept for tests',
      'require `example.com/b` v0.0.0-20240101000000-abcdef123456',
      'replace example.com/a v1.0.0 => example.com/fork v1.0.1',
      'exclude example.com/b v0.1.0',
      '// Published by mistake.',
      'retract v1.9.0',
      'tool example.com/b/cmd/gen',
      '',
    ].join('\n'),
    'go.mod',
  );
  assert.ok(r.ok);
  const d = r.document;
  assert.deepEqual(d.module, { path: 'example.com/old', deprecated: 'use example.com/new instead.', line: 2 });
  assert.deepEqual(
    d.packages.map((p) => [p.name, p.indirect, p.pseudo, p.source, p.line]),
    [
      ['example.com/a', true, false, 'example.com/fork@v1.0.1', 4],
      ['example.com/b', false, true, null, 5],
    ],
  );
  assert.equal(d.replace[0].local, false);
  assert.deepEqual(d.retract, [{ low: 'v1.9.0', high: 'v1.9.0', rationale: 'Published by mistake.', line: 9 }]);
  assert.deepEqual(d.tool, [{ path: 'example.com/b/cmd/gen', line: 10 }]);
});

test('malformed go.mod, go.work and go.sum: one error naming the file and the line', () => {
  const cases: [string, (t: string, f: string) => ReturnType<typeof parseGoMod | typeof parseGoSum | typeof parseGoWork>, string, number, RegExp][] = [
    ['go.mod', parseGoMod, 'module m\nrequire example.com/a latest\n', 2, /invalid version "latest"/],
    ['go.mod', parseGoMod, 'module m\nrequire (\n\texample.com/a v1.0.0\n', 2, /never closed/],
    ['go.mod', parseGoMod, 'module m\n)\n', 2, /outside a block/],
    ['go.mod', parseGoMod, 'module m\nfrobnicate x\n', 2, /unknown directive: frobnicate/],
    ['go.mod', parseGoMod, 'module m\ngo 1.x\n', 2, /invalid go version/],
    ['go.mod', parseGoMod, 'module m\nmodule n\n', 2, /repeated module/],
    ['go.mod', parseGoMod, 'module m\n\n\nreplace a => ../b v1.0.0\n', 4, /takes no version/],
    ['go.mod', parseGoMod, 'module m\nreplace a => b\n', 2, /needs a version/],
    ['go.mod', parseGoMod, 'module "m\n', 1, /unterminated quoted string/],
    // Spaces the go command does not take as blanks: an error, not a parser that stops advancing.
    ['go.mod', parseGoMod, 'module m\nrequire example.com/a\fv1.0.0\n', 2, /unexpected input character "\\f"/],
    ['go.work', parseGoWork, 'go 1.22\nuse\u00a0./a\n', 2, /unexpected input character "\u00a0"/],
    ['go.mod', parseGoMod, 'module m\nretract [v1.0.0 v1.1.0]\n', 2, /usage: retract/],
    ['go.mod', parseGoMod, 'module m\ntoolchain 1.22\n', 2, /invalid toolchain/],
    ['go.mod', parseGoMod, 'module m\ngodebug nokey\n', 2, /must be key=value/],
    ['go.mod', parseGoMod, 'go 1.22\n', 1, /no module directive/],
    ['go.work', parseGoWork, 'go 1.22\nuse\n', 2, /usage: use/],
    ['go.work', parseGoWork, 'go 1.22\nrequire a v1.0.0\n', 2, /unknown directive: require/],
    ['go.sum', parseGoSum, 'example.com/a v1.0.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=\nexample.com/a v1.0.0\n', 2, /2 fields/],
    ['go.sum', parseGoSum, '\nexample.com/a v1.0.0 h1:short=\n', 2, /malformed hash/],
    ['go.sum', parseGoSum, 'example.com/a 1.0.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=\n', 1, /invalid version/],
  ];
  for (const [file, parse, text, line, message] of cases) {
    const r = parse(text, `dir/${file}`);
    assert.equal(r.ok, false, text);
    if (r.ok) continue;
    assert.equal(r.error.file, `dir/${file}`, text);
    assert.equal(r.error.line, line, text);
    assert.equal(r.error.code, 'malformed');
    assert.match(r.error.message, message);
  }
});
