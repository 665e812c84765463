// Foreign text in the matrix and emulation sections: a compiler error, a binary name, an ELF interpreter, a binfmt
// interpreter and an emulator's output, each hostile, render inert in Markdown and plain in a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Config } from '../../config/config.ts';
import type { EmulationReport } from '../../emulation/types.ts';
import type { Host } from '../../host.ts';
import { buildManifest } from '../../matrix/manifest.ts';
import type { MatrixResult } from '../../matrix/run-matrix.ts';
import type { BuiltBinary, Target } from '../../matrix/types.ts';
import { renderEmulation } from '../../pipeline/emulation.ts';
import { renderBuild } from '../../pipeline/matrix.ts';
import type { CommandContext } from '../../pipeline/types.ts';
import { annotationsOf } from '../annotations.ts';
import { renderReport } from '../document.ts';
import { stepSection } from './index.ts';
import { toolchainSection } from './toolchain.ts';

/** The report's own folds taken out: what is left of `<details` came from the content. */
const withoutOwnFolds = (md: string) => md.replaceAll('<details><summary>Details</summary>', '');

const EVIL = '<img src=x onerror=alert(1)> @octocat | `x` [l](https://e.example) <details>';

function ctx(kind: Host['kind']): CommandContext {
  const host = { kind, env: {}, info() {}, debug() {}, warning() {}, error() {} } as unknown as Host;
  return { config: { workspace: '/ws', workingDirectory: '/ws' } as Config, host, args: [], flags: {} };
}

const target = (goarch: string): Target => ({ goos: 'linux', goarch, cgo: goarch === 'arm64', firstClass: true, id: `linux/${goarch}` });

function matrixResult(): MatrixResult {
  const bin: BuiltBinary = {
    target: target('arm64'),
    file: `/ws/out/${EVIL}_linux_arm64`,
    name: `${EVIL}_linux_arm64`,
    size: 1,
    sha256: 'a'.repeat(64),
    buildMs: 1,
    info: { format: 'elf', bits: 64, endian: 'little', osAbi: 0, type: 2, machine: 183, machineName: 'aarch64', flags: 0, dynamic: true, interpreter: EVIL },
    problems: [`interpreter is ${EVIL}, linux/arm64 needs /lib/ld-linux-aarch64.so.1`],
  };
  const failures: MatrixResult['failures'] = [
    { target: target('amd64'), stage: 'build', message: `main.go:3:9: undefined: ${EVIL}\nsecond line`, where: { file: 'main.go', line: 3, col: 9 } },
  ];
  return {
    outDir: '/ws/out',
    manifestPath: '/ws/out/manifest.json',
    sumsPath: '/ws/out/SHA256SUMS',
    binaries: [bin],
    failures,
    manifest: buildManifest({ module: 'm', goVersion: 'go1', version: 'dev', commit: '', commitDate: '', ldflags: '', binaries: [bin], failures }),
    timings: { setupMs: 0, buildMs: 0, inspectMs: 0, checksumMs: 0, smokeMs: 0, reproducibleMs: 0, writeMs: 0 },
  };
}

const report: EmulationReport = {
  method: 'docker',
  binfmt: { root: '/proc/sys/fs/binfmt_misc', mounted: true, enabled: true, entries: [] },
  platforms: [
    {
      platform: 'riscv64',
      goarch: 'riscv64',
      native: false,
      registeredBy: 'docker',
      entry: 'qemu-riscv64',
      interpreter: EVIL,
      fixBinary: true,
      verified: false,
      detail: `the riscv64 probe did not run: exit 1: ${EVIL}`,
    },
  ],
  docker: { argv: ['docker', 'run', '--rm', '--privileged', `img@sha256:${'0'.repeat(64)}`, '--install', 'riscv64'], exitCode: 0, stderr: EVIL },
};

const MATRIX_MD = `| target | file | header check | smoke run | sha256 |
|---|---|---|---|---|
| linux/arm64 \\(cgo\\) | &lt;img src\\=x onerror\\=alert\\(1\\)&gt; @\u200doctocat \\| \\\`x\\\` \\[l\\]\\(https\u200b://e.example\\) &lt;details&gt;\\_linux\\_arm64 | FAILED: interpreter is &lt;img src\\=x onerror\\=alert\\(1\\)&gt; @\u200doctocat \\| \\\`x\\\` \\[l\\]\\(https\u200b://e.example\\) &lt;details&gt;, linux/arm64 needs /lib/ld-linux-aarch64.so.1 | — | \`aaaaaaaaaaaa\` |

- linux/amd64 \\(build\\): main.go:3:9: undefined: &lt;img src\\=x onerror\\=alert\\(1\\)&gt; @\u200doctocat \\| \\\`x\\\` \\[l\\]\\(https\u200b://e.example\\) &lt;details&gt; second line`;

test('matrix section: compiler output, binary names and header facts escaped (snapshot); annotations inert', () => {
  const r = renderBuild(ctx('actions'), matrixResult());
  assert.equal(stepSection(r, 'markdown'), MATRIX_MD);
  assert.deepEqual(
    annotationsOf(r.findings).annotations.map((a) => a.message),
    ['linux/amd64: undefined: <img src=x onerror=alert(1)> @octocat | `x` [l](https://e.example) <details>\\nsecond line'],
  );
  const md = renderReport([r], { command: 'build' });
  for (const raw of ['<img', '<details', '](https', '@octocat']) assert.ok(!withoutOwnFolds(md).includes(raw), `${raw} in\n${md}`);
});

test('emulation section: interpreter, probe output and the docker command escaped', () => {
  const r = renderEmulation(report, 'register');
  const md = renderReport([r], { command: 'emulation' });
  for (const raw of ['<img', '<details', '](https', '@octocat', ' `x`']) assert.ok(!withoutOwnFolds(md).includes(raw), `${raw} in\n${md}`);
  const section = stepSection(r, 'markdown')!;
  assert.match(section, /^\| riscv64 \| docker \| &lt;img src\\=x onerror\\=alert\\\(1\\\)&gt; @\u200doctocat/m);
  assert.match(section, /registered with `docker run --rm --privileged img@sha256:0{64} --install riscv64` \(exit 0; success decided by verification\)$/);
});

test('in a terminal the same sections stay plain text, one line per row', () => {
  const text = stepSection(renderBuild(ctx('terminal'), matrixResult()), 'text')!;
  assert.ok(text.includes(`| ${EVIL}_linux_arm64 |`));
  assert.ok(text.endsWith(`- linux/amd64 (build): main.go:3:9: undefined: ${EVIL} second line`));
});

test('toolchain notes (versions and paths from the config and the machine) are escaped in Markdown, folded in a terminal', () => {
  const facts = { workingDirectory: '.', workingDirectoryAbs: '/ws', workspaceAbs: '/ws', env: {}, hasGoMod: true, hasGoWork: false, hasVendor: false };
  const d = {
    version: '1',
    goroot: '/g',
    goBin: '/g/bin/go',
    env: {},
    source: 'path' as const,
    all: [],
    cacheHit: false,
    notes: [`${EVIL}\nnext`],
    doctor: { facts, findings: [] },
  };
  const md = toolchainSection(d, 'markdown');
  for (const raw of ['<img', '<details', '](https', '@octocat']) assert.ok(!md.includes(raw), `${raw} in\n${md}`);
  assert.ok(toolchainSection(d, 'text').startsWith(`- ${EVIL} next\n`));
});
