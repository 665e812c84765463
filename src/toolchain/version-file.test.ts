import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../errors.ts';
import { goModHasRequire, readVersionText } from './version-file.ts';

test('version files give the requested version', () => {
  const table: [name: string, text: string, spec: string, from: string][] = [
    ['go.mod', 'module x\n\ngo 1.25\n', '1.25', 'go'],
    ['go.mod', 'module x\n\ngo 1.25.0\n', '1.25.0', 'go'],
    ['go.mod', 'module x\ngo 1.25 // the minimum\ntoolchain go1.26.8\n', '1.26.8', 'toolchain'],
    ['go.mod', 'module x\ntoolchain go1.26.8\ngo 1.25\n', '1.26.8', 'toolchain'],
    ['go.mod', 'module x\ngo 1.27rc1\n', '1.27rc1', 'go'],
    ['go.mod', 'module x\ngo 1.25\ntoolchain default\n', '1.25', 'go'],
    ['go.work', 'go 1.26\ntoolchain go1.26.7\n\nuse (\n\t./a\n)\n', '1.26.7', 'toolchain'],
    ['.go-version', '# pinned\n\n1.26.8\n', '1.26.8', 'version'],
    ['.go-version', 'go1.26.8\n', 'go1.26.8', 'version'],
    ['.tool-versions', 'nodejs 24.1.0\ngolang 1.26.8\n', '1.26.8', 'golang'],
    ['.tool-versions', 'go 1.25.9 # comment\n', '1.25.9', 'go'],
    ['sub/dir/go.mod', 'go 1.26\n', '1.26', 'go'],
  ];
  for (const [name, text, spec, from] of table) {
    const got = readVersionText(name, text, name);
    assert.equal(got.spec, spec, `${name}: ${text}`);
    assert.equal(got.from, from, `${name}: ${text}`);
  }
});

const fails = (name: string, text: string, message: string) =>
  assert.throws(() => readVersionText(name, text, name), (e: unknown) => e instanceof UserError && e.format() === message);

test('malformed version files point at the line', () => {
  fails('go.mod', 'module x\n\ngo one.two\n', 'go.mod:3:4: invalid go version "one.two" in the go directive — write it as `go 1.26` or `go 1.26.8`');
  fails('go.mod', 'module x\ngo\n', 'go.mod:2:4: invalid go version "" in the go directive — write it as `go 1.26` or `go 1.26.8`');
  fails('go.mod', 'module x\ntoolchain 1.26.8\n', 'go.mod:2:11: invalid toolchain "1.26.8" — write it as `toolchain go1.26.8`');
  fails('go.mod', 'module x\n', 'go.mod: no go directive — add a line like `go 1.26`, or give go-version');
  fails('.go-version', '\n# nothing\n', '.go-version: the version file is empty — write a version like 1.26.8 on its first line');
  fails('.tool-versions', 'nodejs 24\n', '.tool-versions: no golang or go entry — add a line like `golang 1.26.8`');
});

test('a go.mod with no require has no dependencies', () => {
  assert.equal(goModHasRequire('module x\ngo 1.26\n'), false);
  assert.equal(goModHasRequire('module x\n// require y v1\ngo 1.26\n'), false);
  assert.equal(goModHasRequire('module x\nrequire (\n\ty v1.0.0\n)\n'), true);
});
