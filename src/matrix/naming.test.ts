import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../errors.ts';
import { sha256sums } from './checksums.ts';
import { asksWindowsGui, renderLdflags } from './ldflags.ts';
import { binaryFileName, nameFromModule } from './naming.ts';
import { suggestRunner } from './runner-label.ts';
import { modulePathOf } from './source-info.ts';
import type { Target } from './types.ts';

const t = (goos: string, goarch: string, variant?: Target['variant']): Target => ({ goos, goarch, variant, cgo: false, firstClass: true, id: '' });

test('binary names: <name>_<os>_<arch>[variant][.exe]', () => {
  assert.equal(binaryFileName('hello', t('linux', 'amd64')), 'hello_linux_amd64');
  assert.equal(binaryFileName('hello', t('windows', 'arm64')), 'hello_windows_arm64.exe');
  assert.equal(binaryFileName('hello', t('linux', 'arm', { env: 'GOARM', value: '7' })), 'hello_linux_armv7');
  assert.equal(binaryFileName('hello', t('linux', 'amd64', { env: 'GOAMD64', value: 'v3' })), 'hello_linux_amd64v3');
  assert.equal(binaryFileName('hello', t('linux', 'arm64', { env: 'GOARM64', value: 'v8.2' })), 'hello_linux_arm64v8.2');
  assert.equal(binaryFileName('hello', t('js', 'wasm')), 'hello_js_wasm.wasm');
});

test('name from the module path', () => {
  assert.equal(nameFromModule('example.com/hello'), 'hello');
  assert.equal(nameFromModule('github.com/acme/tool/v2'), 'tool');
  assert.equal(modulePathOf('// c\nmodule "example.com/q"\n\ngo 1.26\n'), 'example.com/q');
  assert.equal(modulePathOf('module example.com/hello\n'), 'example.com/hello');
});

test('ldflags template', () => {
  const info = { Version: '1.2.3', Commit: 'abc', CommitDate: '2026-01-02T03:04:05Z' };
  assert.equal(renderLdflags('-s -w -X main.version={{.Version}} -X main.commit={{ .Commit }} -X main.date={{.CommitDate}}', info),
    '-s -w -X main.version=1.2.3 -X main.commit=abc -X main.date=2026-01-02T03:04:05Z');
  assert.throws(() => renderLdflags('-X main.v={{.Tag}}', info), (e: unknown) => e instanceof UserError
    && e.format() === 'input ldflags: unknown template field "{{.Tag}}" — use {{.Version}}, {{.Commit}} or {{.CommitDate}}');
  assert.equal(asksWindowsGui('-H windowsgui -s'), true);
  assert.equal(asksWindowsGui('-s -w'), false);
});

test('SHA256SUMS is sorted, sha256sum format', () => {
  assert.equal(sha256sums([{ name: 'b', sha256: '22' }, { name: 'a', sha256: '11' }]), '11  a\n22  b\n');
});

test('runner labels: native runners where GitHub has them', () => {
  assert.deepEqual(suggestRunner('linux', 'arm64'), { runner: 'ubuntu-24.04-arm', native: true });
  assert.deepEqual(suggestRunner('linux', 'riscv64'), { runner: 'ubuntu-latest', native: false });
  assert.deepEqual(suggestRunner('darwin', 'arm64'), { runner: 'macos-latest', native: true });
  assert.deepEqual(suggestRunner('windows', 'arm64'), { runner: 'windows-11-arm', native: true });
  assert.deepEqual(suggestRunner('freebsd', 'amd64'), { runner: 'ubuntu-latest', native: false });
});
