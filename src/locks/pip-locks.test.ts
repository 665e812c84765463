import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PipfileLockDocument, PoetryLockDocument, PylockDocument, RequirementsDocument, UvLockDocument } from './document.ts';
import { parsePipfileLock } from './pipfile-lock.ts';
import { parsePoetryLock } from './poetry-lock.ts';
import { parsePylock } from './pylock.ts';
import { parseUvLock } from './uv-lock.ts';
import { fixture } from './testdata.ts';

const REQUESTS_HASHES = [
  'sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f',
  'sha256:942c5a758f98d790eaed1a29cb6eefc7ffb0d1cf7af05c3d2791656dbd6ad1e1',
];
const byName = <P extends { name: string }>(ps: P[], n: string) => ps.find((p) => p.name === n)!;

test('poetry.lock made by poetry lock: metadata, packages with hashes, groups, lines, per-group markers', () => {
  const d = fixture<PoetryLockDocument>('pip/base/poetry.lock');
  assert.deepEqual([d.generatedBy, d.lockVersion, d.pythonVersions, d.packages.length], ['Poetry 2.5.1', '2.1', '>=3.11', 36]);
  assert.equal(d.contentHash, 'e679bde7f8bbf026f16be1becbb82d18d05ada23f2aa02cc4101b3a5686be03a');
  const r = byName(d.packages, 'requests');
  assert.deepEqual(
    [r.version, r.line, r.groups, r.dependencies, r.direct, [...r.hashes].sort()],
    ['2.31.0', 624, ['main'], ['certifi', 'charset-normalizer', 'idna', 'urllib3'], null, REQUESTS_HASHES],
  );
  assert.deepEqual(byName(d.packages, 'pytest').groups, ['dev']);
  assert.equal(byName(d.packages, 'colorama').markers, '(platform_system == "Windows" or sys_platform == "win32") or (sys_platform == "win32")');
  assert.equal(byName(d.packages, 'colorama').line, 227);
  assert.deepEqual(
    ['base', 'head'].map((r) => fixture<PoetryLockDocument>(`large/${r}/poetry.lock`).packages.length),
    [256, 260],
  );
});

test('Pipfile.lock made by pipenv lock: sources, default and develop, pins without ==, markers, key lines', () => {
  const d = fixture<PipfileLockDocument>('pip/base/Pipfile.lock');
  assert.deepEqual(
    [d.pipfileSpec, d.requires, d.sources, d.packages.length],
    [6, { python_version: '3.11' }, [{ name: 'pypi', url: 'https://pypi.org/simple', verifySsl: true }], 35],
  );
  const r = byName(d.packages, 'requests');
  assert.deepEqual(
    [r.version, r.line, r.section, r.source, r.markers, r.hashes],
    ['2.31.0', 382, 'default', 'https://pypi.org/simple', "python_version >= '3.7'", REQUESTS_HASHES],
  );
  assert.deepEqual([byName(d.packages, 'pytest').section, byName(d.packages, 'pytest').line], ['develop', 511]);
});

test('uv.lock made by uv lock: the project is a member, its dependencies (groups too) are the direct packages', () => {
  const d = fixture<UvLockDocument>('pip/base/uv.lock');
  assert.deepEqual([d.version, d.revision, d.requiresPython, d.members], [1, 5, '>=3.11', [{ name: 'lockdemo', version: '0.1.0', line: 214 }]]);
  assert.equal(d.packages.length, 36);
  assert.deepEqual(
    d.packages.filter((p) => p.direct).map((p) => p.name),
    ['click', 'pytest', 'requests', 'rich', 'six'],
  );
  const r = byName(d.packages, 'requests');
  assert.deepEqual([r.version, r.line, r.source, [...r.hashes].sort()], ['2.31.0', 367, 'https://pypi.org/simple', REQUESTS_HASHES]);
  assert.equal(fixture<UvLockDocument>('large/base/uv.lock').packages.length, 231);
});

test('pylock.toml made by uv export and by pip lock: packages, index, markers, hashes of sdists and wheels', () => {
  const uv = fixture<PylockDocument>('pip/base/pylock.toml');
  assert.deepEqual([uv.lockVersion, uv.createdBy, uv.requiresPython, uv.packages.length], ['1.0', 'uv', '>=3.11', 36]);
  const r = byName(uv.packages, 'requests');
  assert.deepEqual([r.version, r.line, r.source, [...r.hashes].sort()], ['2.31.0', 240, 'https://pypi.org/simple', REQUESTS_HASHES]);
  assert.equal(uv.packages.find((p) => p.line === 76)?.markers, "sys_platform == 'win32'");
  const pip = fixture<PylockDocument>('pip/base/pylock.pip.toml');
  assert.deepEqual([pip.createdBy, pip.packages.length], ['pip', 31]);
  assert.deepEqual([byName(pip.packages, 'requests').line, byName(pip.packages, 'requests').hashes], [246, [REQUESTS_HASHES[0]]]);
});

test('the large locks of one project in three more formats: what each tool wrote agrees with the uv.lock it came from', () => {
  for (const [rev, counts] of [
    ['base', [231, 225, 232]],
    ['head', [235, 228, 235]],
  ] as const) {
    const uv = fixture<UvLockDocument>(`large/${rev}/uv.lock`);
    const pylock = fixture<PylockDocument>(`large/${rev}/pylock.toml`);
    const reqs = fixture<RequirementsDocument>(`large/${rev}/requirements.txt`);
    const pipfile = fixture<PipfileLockDocument>(`large/${rev}/Pipfile.lock`);
    assert.deepEqual([pylock.packages.length, reqs.packages.length, pipfile.packages.length], counts, rev);
    // uv's export lists the lock's packages at the lock's versions.
    const pins = (ps: { name: string; version: string | null }[]) => ps.map((p) => `${p.name}==${p.version}`).sort();
    assert.deepEqual(pins(pylock.packages), pins(uv.packages), rev);
    // The same day's resolution for one platform: a subset of the universal lock, every pin hashed.
    const inLock = new Set(pins(uv.packages));
    assert.ok(
      reqs.packages.every((p) => inLock.has(`${p.name}==${p.version}`) && p.hashes.length > 0),
      rev,
    );
    assert.deepEqual(
      reqs.packages.filter((p) => p.direct).map((p) => p.name),
      ['apache-airflow-core', 'boto3', 'celery', 'django', 'fastapi', 'jupyterlab', 'matplotlib', 'pandas', 'scikit-learn', 'sqlalchemy'],
    );
  }
});

test('malformed TOML and JSON locks: one error naming the file and the line', () => {
  const cases: [(t: string, f: string) => { ok: boolean }, string, string, number, RegExp][] = [
    [parsePoetryLock, 'poetry.lock', '[[package]]\nname = "a"\nversion = "1"\n\n[[package]]\nname = "b"\nversion = \n', 7, /invalid TOML/],
    [
      parsePoetryLock,
      'poetry.lock',
      '[[package]]\nname = "a"\nversion = "1"\n\n[[package]]\nname = "b"\nversion = 2\n',
      5,
      /"version" must be a string, not a number/,
    ],
    [parsePoetryLock, 'poetry.lock', '[[package]]\nname = "a"\nversion = "1"\nfiles = ["x"]\n', 1, /"files" must be an array of tables/],
    [parseUvLock, 'uv.lock', 'version = 1\n\n[[package]]\nversion = "1.0"\n', 3, /package: "name" is missing \(a string\)/],
    [parseUvLock, 'uv.lock', 'requires-python = ">=3.11"\n', 1, /no "version"/],
    [parseUvLock, 'uv.lock', 'version = 1\n[[package]]\nname = "a"\nname = "b"\n', 4, /invalid TOML/],
    [parseUvLock, 'uv.lock', `version = 1\n[[package]]\nname = "a"\nwheels = ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 4, /invalid TOML: .*nested/],
    [parsePylock, 'pylock.toml', 'created-by = "x"\n', 1, /lock-version/],
    [parsePylock, 'pylock.toml', 'lock-version = "2.0"\n', 1, /not one this reader knows/],
    [parsePylock, 'pylock.toml', 'lock-version = "1.0"\n[[packages]]\nname = "a"\nwheels = [{ hashes = { sha256 = 5 } }]\n', 2, /"sha256" must be a string/],
    [parsePipfileLock, 'Pipfile.lock', '{\n  "_meta": {},\n  "default": {\n    "a": {"version": "==1",}\n  }\n}\n', 4, /invalid JSON/],
    [parsePipfileLock, 'Pipfile.lock', '{\n  "_meta": {},\n  "default": {\n    "a": {"version": tru}\n  }\n}\n', 4, /invalid JSON: unexpected "t"/],
    [parsePipfileLock, 'Pipfile.lock', '{\n  "_meta": {},\n  "default": {\n    "a": {"hashes": "sha256:x"}\n  }\n}\n', 4, /hashes must be a list/],
    [parsePipfileLock, 'Pipfile.lock', '{\n  "_meta": {},\n  "develop": {\n\n    "b": {"version": 1}\n  }\n}\n', 5, /develop\.b\.version must be a string/],
    [parsePipfileLock, 'Pipfile.lock', '{\n  "_meta": {}\n', 3, /unexpected end|expected "}"/],
    [parsePipfileLock, 'Pipfile.lock', '[]', 1, /must be an object with "_meta"/],
  ];
  for (const [parse, file, text, line, message] of cases) {
    const r = parse(text, `app/${file}`) as { ok: false; error: { file: string; line: number; message: string; code: string } };
    assert.equal(r.ok, false, text);
    assert.deepEqual([r.error.file, r.error.line, r.error.code], [`app/${file}`, line, 'malformed'], text);
    assert.match(r.error.message, message, text);
  }
});

test('TOML entry lines: a [[package]] inside a multi-line string is text, CRLF line ends count as lines', () => {
  const text =
    '[[package]]\r\nname = "a"\r\nversion = "1"\r\ndescription = """\r\n[[package]]\r\n"""\r\n\r\n  [[ package ]]  # b\r\nname = "b"\r\nversion = "2"\r\n';
  const r = parsePoetryLock(text, 'poetry.lock');
  assert.ok(r.ok);
  assert.deepEqual(
    r.document.packages.map((p) => [p.name, p.line]),
    [
      ['a', 1],
      ['b', 8],
    ],
  );
});
