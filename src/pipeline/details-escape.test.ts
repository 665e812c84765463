// Foreign text in the matrix and emulation details: a compiler error, a binary name, an ELF interpreter, a binfmt
// interpreter and an emulator's output, each hostile, render inert in Markdown and plain in a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Config } from '../config/config.ts';
import type { EmulationReport } from '../emulation/types.ts';
import type { Host } from '../host.ts';
import type { MatrixResult } from '../matrix/run-matrix.ts';
import type { BuiltBinary, Target } from '../matrix/types.ts';
import { renderMarkdown } from '../report/render.ts';
import { renderEmulation } from './emulation.ts';
import { renderBuild } from './matrix.ts';
import type { CommandContext } from './types.ts';

const EVIL = '<img src=x onerror=alert(1)> @octocat | `x` [l](https://e.example) <details>';

function ctx(kind: Host['kind'], annotations: string[] = []): CommandContext {
  const host = { kind, env: {}, info() {}, debug() {}, warning() {}, error: (m: string) => { annotations.push(m); } } as unknown as Host;
  return { config: { workspace: '/ws', workingDirectory: '/ws' } as Config, host, args: [], flags: {} };
}

const target = (goarch: string): Target => ({ goos: 'linux', goarch, cgo: goarch === 'arm64', firstClass: true, id: `linux/${goarch}` });

function matrixResult(): MatrixResult {
  const bin: BuiltBinary = {
    target: target('arm64'), file: `/ws/out/${EVIL}_linux_arm64`, name: `${EVIL}_linux_arm64`, size: 1, sha256: 'a'.repeat(64), buildMs: 1,
    info: { format: 'elf', bits: 64, endian: 'little', osAbi: 0, type: 2, machine: 183, machineName: 'aarch64', flags: 0, dynamic: true, interpreter: EVIL },
    problems: [`interpreter is ${EVIL}, linux/arm64 needs /lib/ld-linux-aarch64.so.1`],
  };
  return {
    outDir: '/ws/out', manifestPath: '/ws/out/manifest.json', sumsPath: '/ws/out/SHA256SUMS', binaries: [bin],
    failures: [{ target: target('amd64'), stage: 'build', message: `main.go:3:9: undefined: ${EVIL}\nsecond line`, where: { file: 'main.go', line: 3, col: 9 } }],
    manifest: { schema: 1, module: 'm', goVersion: 'go1', version: 'dev', commit: '', commitDate: '', ldflags: '', binaries: [], failures: [] },
    timings: { setupMs: 0, buildMs: 0, inspectMs: 0, checksumMs: 0, smokeMs: 0, reproducibleMs: 0, writeMs: 0 },
  };
}

const report: EmulationReport = {
  method: 'docker',
  binfmt: { root: '/proc/sys/fs/binfmt_misc', mounted: true, enabled: true, entries: [] },
  platforms: [{ platform: 'riscv64', goarch: 'riscv64', native: false, registeredBy: 'docker', entry: 'qemu-riscv64', interpreter: EVIL, fixBinary: true, verified: false, detail: `the riscv64 probe did not run: exit 1: ${EVIL}` }],
  docker: { argv: ['docker', 'run', '--rm', '--privileged', `img@sha256:${'0'.repeat(64)}`, '--install', 'riscv64'], exitCode: 0, stderr: EVIL },
};

const MATRIX_MD = `| target | file | header check | smoke run | sha256 |
|---|---|---|---|---|
| linux/arm64 \\(cgo\\) | &lt;img src\\=x onerror\\=alert\\(1\\)&gt; @\u200doctocat \\| \\\`x\\\` \\[l\\]\\(https\u200b://e.example\\) &lt;details&gt;\\_linux\\_arm64 | FAILED: interpreter is &lt;img src\\=x onerror\\=alert\\(1\\)&gt; @\u200doctocat \\| \\\`x\\\` \\[l\\]\\(https\u200b://e.example\\) &lt;details&gt;, linux/arm64 needs /lib/ld-linux-aarch64.so.1 | — | \`aaaaaaaaaaaa\` |

- linux/amd64 \\(build\\): main.go:3:9: undefined: &lt;img src\\=x onerror\\=alert\\(1\\)&gt; @\u200doctocat \\| \\\`x\\\` \\[l\\]\\(https\u200b://e.example\\) &lt;details&gt; second line`;

test('matrix details: compiler output, binary names and header facts escaped (snapshot); annotations inert', () => {
  const annotations: string[] = [];
  const r = renderBuild(ctx('actions', annotations), matrixResult());
  assert.equal(r.details, MATRIX_MD);
  assert.deepEqual(annotations, ['linux/amd64: undefined: <img src=x onerror=alert(1)> @octocat | `x` [l](https://e.example) <details>\\nsecond line']);
  const md = renderMarkdown('build', [r]);
  for (const raw of ['<img', '<details', '](https', '@octocat']) assert.ok(!md.includes(raw), `${raw} in\n${md}`);
});

test('emulation details: interpreter, probe output and the docker command escaped', () => {
  const r = renderEmulation(ctx('actions'), report, 'register');
  const md = renderMarkdown('emulation', [r]);
  for (const raw of ['<img', '<details', '](https', '@octocat', ' `x`']) assert.ok(!md.includes(raw), `${raw} in\n${md}`);
  assert.match(r.details!, /^\| riscv64 \| docker \| &lt;img src\\=x onerror\\=alert\\\(1\\\)&gt; @\u200doctocat/m);
  assert.match(r.details!, /registered with `docker run --rm --privileged img@sha256:0{64} --install riscv64` \(exit 0; success decided by verification\)$/);
});

test('in a terminal the same details stay plain text, one line per row', () => {
  const r = renderBuild(ctx('terminal'), matrixResult());
  assert.ok(r.details!.includes(`| ${EVIL}_linux_arm64 |`));
  assert.ok(r.details!.endsWith(`- linux/amd64 (build): main.go:3:9: undefined: ${EVIL} second line`));
});
