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
  fails('go.mod', 'module x\ngo\n', 'go.mod:2:4: the go directive is missing its argument — write it as `go 1.26`');
  fails('go.mod', 'module x\ntoolchain 1.26.8\n', 'go.mod:2:11: invalid toolchain "1.26.8" — write it as `toolchain go1.26.8`');
  fails('go.mod', 'module x\n', 'go.mod: no go directive — add a line like `go 1.26`, or give go-version');
  fails('.go-version', '\n# nothing\n', '.go-version: the version file is empty — write a version like 1.26.8 on its first line');
  fails('.tool-versions', 'nodejs 24\n', '.tool-versions: no golang or go entry — add a line like `golang 1.26.8`');
});

test('go.mod and go.work syntax errors are reported at their line, not as a missing go directive', () => {
  const table: [name: string, text: string, message: string][] = [
    ['go.mod', 'module x\n\ngo 1.26 extra\n', 'go.mod:3:9: the go directive takes one argument, found 2: unexpected `extra` — write it as `go 1.26`'],
    ['go.mod', 'module x\n\ngo 1.26\nrequire (\n\tfoo v1.0.0\n', 'go.mod:4:1: the require block opened here is never closed — end the block with a line holding only ), as in `require (` ... `)`'],
    ['go.mod', 'module x\ngo 1.26\n)\n', 'go.mod:3:1: unexpected ) (no block is open) — fix the syntax (`go mod edit -fmt` shows the expected form)'],
    ['go.mod', 'module x\ngo 1.26\nrequire "foo v1\n', 'go.mod:3:9: unexpected newline in string (the quote at column 9 is not closed) — close the string on the same line'],
    ['go.mod', 'module x\ngo 1.26\nrequire foo\n', 'go.mod:3:13: the require directive takes 2 arguments, found 1 — write it as `require example.com/mod v1.2.3`'],
    ['go.mod', 'module x\ngo 1.26\ngo 1.25\n', 'go.mod:3:1: a second go directive (the first is at line 2) — keep one go line'],
    ['go.mod', 'module x\ngo 1.26\nreplace a =>\n', 'go.mod:3:1: replace needs `path [version] => path [version]`, got `replace a =>` — write it as `replace example.com/a v1.2.3 => example.com/b v1.4.0` or `=> ../local/dir`'],
    ['go.mod', 'module x\ngo 1.26\nrequire (\n\ta v1 )\n)\n', 'go.mod:4:7: the require directive takes 2 arguments, found 3: unexpected `)` — write it as `require example.com/mod v1.2.3`'],
    ['go.mod', 'module x\ngo 1.26 /* c */\n', 'go.mod:2:9: go.mod files use // comments, not /* */ — write the comment with //'],
    ['go.mod', 'module x\nrequire (\n\trequire (\n)\n', 'go.mod:3:10: a block cannot start inside the require block opened at line 2 — close the require block with ) first'],
    ['go.work', 'go 1.26 x\nuse (\n ./a\n', 'go.work:2:1: the use block opened here is never closed — end the block with a line holding only ), as in `use (` ... `)`'],
    ['go.work', 'go 1.26\nrequire a v1\n', 'go.work:2:1: require does not belong in go.work — go.work holds go, toolchain, godebug, use and replace'],
    ['go.work', 'go 1.26 x\n', 'go.work:1:9: the go directive takes one argument, found 2: unexpected `x` — write it as `go 1.26`'],
    ['.go-version', '\n1.26 1.25\n', '.go-version:2:6: the version file holds more than one word: unexpected "1.25" — write one version, like 1.26.8, on the line'],
    ['.tool-versions', 'nodejs 24\ngolang\n', '.tool-versions:2:7: the golang entry has no version — write it as `golang 1.26.8`'],
  ];
  for (const [name, text, message] of table) fails(name, text, message);
});

test('a well-formed go.mod with every directive, and one a newer Go may write, still gives its version', () => {
  const text = 'module x // c\ngo 1.26\ngodebug default=go1.21\nrequire (\n\ta v1.0.0 // indirect\n\t"b" v1.2.0\n)\nreplace a v1.0.0 => ../a\nretract [v1.0.0, v1.1.0]\ntool example.com/t\nfuturedirective x y z\n';
  assert.deepEqual(readVersionText('go.mod', text, 'go.mod'), { spec: '1.26', line: 2, from: 'go' });
});

test('a go.mod with no require has no dependencies', () => {
  assert.equal(goModHasRequire('module x\ngo 1.26\n'), false);
  assert.equal(goModHasRequire('module x\n// require y v1\ngo 1.26\n'), false);
  assert.equal(goModHasRequire('module x\nrequire (\n\ty v1.0.0\n)\n'), true);
});
