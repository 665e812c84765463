// The header readers on binaries the current go builds now: each one matches its own target, and its first page
// reads the same as the whole file, which is what keeps src/matrix/inspect/fixtures/ (first pages only) faithful.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkBinary } from '../../src/matrix/check-binary.ts';
import { inspectBinary } from '../../src/matrix/inspect/index.ts';

const run = promisify(execFile);
const BUILDS: { name: string; goos: string; goarch: string; ldflags: string; cgo?: boolean }[] = [
  { name: 'linux-amd64', goos: 'linux', goarch: 'amd64', ldflags: '-s -w' },
  { name: 'linux-arm', goos: 'linux', goarch: 'arm', ldflags: '-s -w' },
  { name: 'linux-arm64', goos: 'linux', goarch: 'arm64', ldflags: '-s -w' },
  { name: 'linux-s390x', goos: 'linux', goarch: 's390x', ldflags: '-s -w' },
  { name: 'darwin-arm64', goos: 'darwin', goarch: 'arm64', ldflags: '-s -w' },
  { name: 'windows-amd64', goos: 'windows', goarch: 'amd64', ldflags: '-s -w' },
  { name: 'windows-386-gui', goos: 'windows', goarch: '386', ldflags: '-s -w -H=windowsgui' },
  { name: 'linux-arm64-cgo', goos: 'linux', goarch: 'arm64', ldflags: '-s -w', cgo: true },
];
const PAGE = 4096;

test('fresh go builds match their targets and read the same from their first page', { timeout: 600_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'inspect-go-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'go.mod'), 'module inspect\n\ngo 1.21\n');
  await writeFile(join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
  await mkdir(join(dir, 'cgo'));
  await writeFile(join(dir, 'cgo', 'go.mod'), 'module inspectcgo\n\ngo 1.21\n');
  await writeFile(join(dir, 'cgo', 'main.go'), 'package main\n\n// int answer(void) { return 42; }\nimport "C"\n\nfunc main() { println(C.answer()) }\n');
  for (const b of BUILDS) {
    const env = { ...process.env, GOOS: b.goos, GOARCH: b.goarch, CGO_ENABLED: b.cgo ? '1' : '0', ...(b.cgo ? { CC: 'aarch64-linux-gnu-gcc' } : {}) };
    await run('go', ['build', '-trimpath', '-ldflags', b.ldflags, '-o', join(dir, b.name), '.'], {
      cwd: b.cgo ? join(dir, 'cgo') : dir,
      env,
      timeout: 300_000,
    });
    const whole = await readFile(join(dir, b.name));
    const info = inspectBinary(whole);
    const target = { goos: b.goos, goarch: b.goarch, cgo: !!b.cgo, firstClass: true, id: `${b.goos}/${b.goarch}` };
    assert.deepEqual(checkBinary(info, target, { windowsGui: b.name.endsWith('gui') }), [], b.name);
    assert.deepEqual(inspectBinary(whole.subarray(0, PAGE)), info, `${b.name}: the first ${PAGE} bytes read differently`);
  }
});
