import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { RequirementsDocument } from './document.ts';
import { readLock } from './parse.ts';
import { parseRequirements } from './requirements.ts';
import { fixture } from './testdata.ts';
import { workspaceWith } from '../../test/kit/workspace.ts';

const workspace = (files: Record<string, string>) => workspaceWith(files, 'go-xenv-locks-');

function parsed(text: string): RequirementsDocument {
  const r = parseRequirements(text, 'requirements.txt');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.document;
}

test('requirements.txt made by pip-compile --generate-hashes: pins, hashes, markers, extras, lines, direct from # via', () => {
  const d = fixture<RequirementsDocument>('pip/base/requirements.txt');
  assert.equal(d.packages.length, 31);
  assert.deepEqual(
    d.packages.filter((p) => p.direct).map((p) => p.name),
    ['click', 'requests', 'rich', 'six'],
  );
  assert.ok(d.packages.every((p) => p.version && p.hashes.length && p.hashes.every((h) => /^sha256:[0-9a-f]{64}$/.test(h))));
  const requests = d.packages.find((p) => p.name === 'requests')!;
  assert.deepEqual(
    [requests.version, requests.line, requests.via, requests.hashes],
    [
      '2.31.0',
      286,
      ['-r base.in'],
      ['sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f', 'sha256:942c5a758f98d790eaed1a29cb6eefc7ffb0d1cf7af05c3d2791656dbd6ad1e1'],
    ],
  );
  const rich = d.packages.find((p) => p.name === 'rich')!;
  assert.deepEqual([rich.extras, rich.markers, rich.specifier, rich.line], [['jupyter'], 'python_version >= "3.8"', '==13.7.1', 290]);
  const psutil = d.packages.find((p) => p.name === 'psutil')!;
  assert.deepEqual([psutil.direct, psutil.via, psutil.hashes.length], [false, ['ipython'], 21]);
});

test('requirements: editable, VCS, URL and path requirements, index options, continuations and comments', () => {
  const d = parsed(
    [
      '# a comment line',
      '--index-url https://pypi.example/simple',
      '--extra-index-url=http://mirror.example/simple',
      '--trusted-host mirror.example',
      '--no-index',
      '-e git+https://github.com/example/proj.git@0123456789abcdef0123456789abcdef01234567#egg=proj',
      '-e ./local/pkg',
      'pkg @ https://files.example/pkg-1.0-py3-none-any.whl ; python_version >= "3.9"',
      'https://files.example/other-2.1.tar.gz',
      'flask[async, dotenv] >= 2.0, < 3 ; python_version < "4" # trailing comment',
      'django==4.2.* \\',
      '    --hash=sha256:0000000000000000000000000000000000000000000000000000000000000000 \\',
      '    # a comment ends the continuation',
      'numpy (==1.26.4)',
      'Black===24.1.0',
      'dist/wheels/local-3.0-py3-none-any.whl',
      'sdist-1.2.tar.gz ; os_name == "posix"',
      'app==1.0',
      '    # via',
      '    #   -r requirements.in',
      'lib==2.0',
      '    # via lockdemo (pyproject.toml)',
      'dep==3.0',
      '    # via',
      '    #   app',
      '    #   lib',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    d.options.map((o) => [o.name, o.value, o.line]),
    [
      ['index-url', 'https://pypi.example/simple', 2],
      ['extra-index-url', 'http://mirror.example/simple', 3],
      ['trusted-host', 'mirror.example', 4],
      ['no-index', null, 5],
    ],
  );
  const row = (name: string) => {
    const p = d.packages.find((x) => x.name === name)!;
    return [p.version, p.editable, p.url, p.markers, p.extras, p.specifier, p.hashes.length, p.line];
  };
  assert.deepEqual(row('proj'), [null, true, 'git+https://github.com/example/proj.git@0123456789abcdef0123456789abcdef01234567#egg=proj', null, [], '', 0, 6]);
  assert.deepEqual(row('./local/pkg'), [null, true, './local/pkg', null, [], '', 0, 7]);
  // pip takes a leading `.` for a path: `-e .` is the project itself.
  assert.deepEqual(
    parsed('-e .\n').packages.map((p) => [p.name, p.url, p.editable]),
    [['.', '.', true]],
  );
  assert.deepEqual(row('pkg'), [null, false, 'https://files.example/pkg-1.0-py3-none-any.whl', 'python_version >= "3.9"', [], '', 0, 8]);
  assert.deepEqual(row('other'), ['2.1', false, 'https://files.example/other-2.1.tar.gz', null, [], '', 0, 9]);
  assert.deepEqual(row('flask'), [null, false, null, 'python_version < "4"', ['async', 'dotenv'], '>= 2.0,< 3', 0, 10]);
  assert.deepEqual(row('django'), [null, false, null, null, [], '==4.2.*', 1, 11], 'a wildcard is not a pin');
  assert.deepEqual(row('numpy'), ['1.26.4', false, null, null, [], '==1.26.4', 0, 14]);
  assert.deepEqual(row('Black'), ['24.1.0', false, null, null, [], '===24.1.0', 0, 15]);
  assert.deepEqual(row('local'), ['3.0', false, 'dist/wheels/local-3.0-py3-none-any.whl', null, [], '', 0, 16]);
  assert.deepEqual(row('sdist'), ['1.2', false, 'sdist-1.2.tar.gz', 'os_name == "posix"', [], '', 0, 17]);
  assert.deepEqual(
    ['app', 'lib', 'dep'].map((n) => d.packages.find((p) => p.name === n)).map((p) => [p?.via, p?.direct]),
    [
      [['-r requirements.in'], true],
      [['lockdemo (pyproject.toml)'], true],
      [['app', 'lib'], false],
    ],
  );
  assert.ok(
    d.packages.filter((p) => !p.via.length).every((p) => p.direct),
    'without pip-compile annotations every listed requirement is direct',
  );
});

test('requirements: -r and -c includes are read relative to the including file, inside the workspace', () => {
  const ws = workspace({
    'requirements.txt': '-r reqs/base.txt\n--constraint reqs/constraints.txt\nflask==3.0.0\n',
    'reqs/base.txt': 'requests==2.31.0\n-rnested/more.txt\n',
    'reqs/nested/more.txt': 'idna==3.7\n-r https://example.com/remote.txt\n',
    'reqs/constraints.txt': 'urllib3<3\n',
  });
  try {
    const r = readLock(ws, 'requirements.txt');
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    const d = r.document as RequirementsDocument;
    assert.deepEqual(
      d.packages.map((p) => [p.name, p.file ?? d.file, p.line]),
      [
        ['requests', 'reqs/base.txt', 1],
        ['idna', 'reqs/nested/more.txt', 1],
        ['flask', 'requirements.txt', 3],
      ],
    );
    assert.deepEqual(
      d.constraints.map((p) => [p.name, p.specifier, p.file]),
      [['urllib3', '<3', 'reqs/constraints.txt']],
    );
    assert.deepEqual(
      d.includes.map((i) => [i.kind, i.ref, i.resolved, i.file, i.line]),
      [
        ['requirement', 'reqs/base.txt', 'reqs/base.txt', 'requirements.txt', 1],
        ['requirement', 'nested/more.txt', 'reqs/nested/more.txt', 'reqs/base.txt', 2],
        ['requirement', 'https://example.com/remote.txt', null, 'reqs/nested/more.txt', 2],
        ['constraint', 'reqs/constraints.txt', 'reqs/constraints.txt', 'requirements.txt', 2],
      ],
    );
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});

test('requirements: a cycle, a missing include, an include outside the workspace and too deep a chain are errors at the -r line', () => {
  const ws = workspace({
    'cycle.txt': 'a==1\n-r cycle2.txt\n',
    'cycle2.txt': '\n-r ./cycle.txt\n',
    'self.txt': '-r self.txt\n',
    'missing.txt': 'a==1\n\n-c nope.txt\n',
    'outside.txt': '-r ../../etc/passwd\n',
    'link.txt': '-r escape/x.txt\n',
    ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`deep${i}.txt`, `-r deep${i + 1}.txt\n`])),
    'deep20.txt': 'a==1\n',
  });
  symlinkSync('/etc', join(ws, 'escape'));
  try {
    const err = (file: string) => {
      const r = readLock(ws, file, { format: 'requirements.txt' });
      assert.equal(r.ok, false, file);
      return !r.ok && r.error;
    };
    assert.deepEqual(err('cycle.txt') && [err('cycle.txt').code, err('cycle.txt').file, err('cycle.txt').line], ['include_cycle', 'cycle2.txt', 2]);
    assert.match(err('cycle.txt').message, /cycle/);
    assert.deepEqual([err('self.txt').code, err('self.txt').file, err('self.txt').line], ['include_cycle', 'self.txt', 1]);
    assert.deepEqual([err('missing.txt').code, err('missing.txt').file, err('missing.txt').line], ['unreadable', 'missing.txt', 3]);
    assert.match(err('missing.txt').message, /nope\.txt.*cannot be read/);
    for (const f of ['outside.txt', 'link.txt']) {
      assert.deepEqual([err(f).code, err(f).file, err(f).line], ['unreadable', f, 1]);
      assert.match(err(f).message, /outside the workspace/);
    }
    assert.deepEqual([err('deep0.txt').code, err('deep0.txt').file], ['include_limit', 'deep15.txt']);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});

test('malformed requirements: one error naming the file and the first line of the logical line', () => {
  const cases: [string, number, RegExp][] = [
    ['requests==2.31.0\nrequests=2.0\n', 2, /invalid version specifier "=2.0"/],
    ['a==1\n--frobnicate\n', 2, /unknown option --frobnicate/],
    ['-r\n', 1, /needs a value/],
    ['x==1 \\\n  --hash=sha256:abc\n', 1, /--hash=sha256:abc/],
    ['--hash=sha256:0000000000000000000000000000000000000000000000000000000000000000\n', 1, /go on a requirement line/],
    ['requests==2.31.0 --index-url https://x\n', 1, /line of its own/],
    ['rich[jupyter==1\n', 1, /unclosed "\["/],
    ['# c\n\n!!!\n', 3, /a project name comes first/],
    ['pkg ;\n', 1, /no markers/],
    ['pkg @\n', 1, /must be followed by a URL/],
    ['pkg>=1.*\n', 1, /wildcard/],
    ['--pre=yes\n', 1, /takes no value/],
  ];
  for (const [text, line, message] of cases) {
    const r = parseRequirements(text, 'sub/requirements-dev.txt');
    assert.equal(r.ok, false, text);
    if (r.ok) continue;
    assert.deepEqual([r.error.file, r.error.line, r.error.code], ['sub/requirements-dev.txt', line, 'malformed'], text);
    assert.match(r.error.message, message, text);
  }
});
