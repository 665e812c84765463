// What every command shows, pinned: terminal text, job-summary Markdown, the `--json` document, the outputs and the
// annotations, for fixed and realistic results built by the real pipeline and capability code (no Go, no network).
// Taken before results became data (issue 10): the move must leave every snapshot as it is.
import { test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertSnapshot } from '../../test/kit/snapshot.ts';
import { annotationProps } from '../actions-host.ts';
import { toJson } from '../cli/run.ts';
import { skippedStep, type StepName } from '../core/result.ts';
import { allFindings, annotationsOf, type Annotation } from '../report/annotations.ts';
import { loadConfig } from '../config/load.ts';
import type { Where } from '../errors.ts';
import type { Host } from '../host.ts';
import { hostFindings, type HostFacts, type EmulationReport } from '../emulation/index.ts';
import { type BinaryInfo, buildManifest, type MatrixResult, type BuiltBinary, type Target } from '../matrix/index.ts';
import { renderJobSummary } from '../report/document.ts';
import { renderText } from '../report/render.ts';
import { actionOutputs } from '../run.ts';
import { diagnose, fromCapabilityFinding, type DoctorFacts, type ToolchainData } from '../toolchain/index.ts';
import { canaryCommand } from './canary.ts';
import { renderEmulation } from './emulation.ts';
import type { HostCheck } from './host-check.ts';
import { planStep, renderBuild } from './matrix.ts';
import { doctorResult, setupResult } from './toolchain.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'snapshots');

/** The properties of an annotation as its workflow command carries them. */
const at = (p?: { file?: string; startLine?: number; startColumn?: number }) =>
  p ? ` file=${p.file}${p.startLine ? `,line=${p.startLine}` : ''}${p.startColumn ? `,col=${p.startColumn}` : ''}` : '';
const workflowCommand = (a: Annotation) => `::${a.level}${at(a.properties)}::${a.message}`;

/** A host of either kind that records the annotations it is sent directly (besides the findings the edge annotates). */
function recordingHost(kind: Host['kind']): Host & { annotations: string[] } {
  const annotations: string[] = [];
  return {
    kind,
    env: {},
    annotations,
    info: () => {},
    debug: () => {},
    warning: (m, w?: Where) => annotations.push(`::warning${at(annotationProps(w))}::${m}`),
    error: (m, w?: Where) => annotations.push(`::error${at(annotationProps(w))}::${m}`),
    setOutput: () => {},
    exportVariable: () => {},
    addPath: () => {},
    saveState: () => {},
    getState: () => '',
    setSecret: () => {},
    group: (_n, fn) => fn(),
  };
}

const ctxFor = (kind: Host['kind']) =>
  ({ config: {} as never, host: recordingHost(kind), args: [], flags: {} }) as CommandContext & { host: { annotations: string[] } };

/** The snapshot of one command: `make` builds its results for a host of the given kind (annotations go to that host). */
async function snapshot(name: string, command: string, make: (ctx: CommandContext) => StepResult[] | Promise<StepResult[]>, cmd?: Pick<Command, 'json'>) {
  const terminal = ctxFor('terminal');
  const actions = ctxFor('actions');
  const text = await make(terminal);
  const md = await make(actions);
  assertSnapshot(DIR, name, {
    text: renderText(text),
    markdown: renderJobSummary(md, { command, runUrl: 'https://github.com/o/app/actions/runs/42' }),
    json: JSON.stringify(cmd?.json ? cmd.json(text) : toJson(command, text), null, 2),
    outputs: JSON.stringify(actionOutputs(md), null, 2),
    annotations: [...actions.host.annotations, ...annotationsOf(allFindings(md)).annotations.map(workflowCommand)].join('\n'),
  });
}

const GO = (version: string): ToolchainData['all'][number] => ({
  version,
  goroot: `/opt/hostedtoolcache/go/${version}/x64`,
  goBin: `/opt/hostedtoolcache/go/${version}/x64/bin/go`,
  env: { PATH: `/opt/hostedtoolcache/go/${version}/x64/bin`, GOTOOLCHAIN: 'local' },
  source: 'download',
});

const TOOLCHAIN: ToolchainData = { ...GO('1.26.8'), all: [GO('1.25.4'), GO('1.26.8')], cacheHit: false };

const DOCTOR_FACTS: DoctorFacts = {
  workingDirectory: 'examples',
  workingDirectoryAbs: '/home/runner/work/app/app/examples',
  workspaceAbs: '/home/runner/work/app/app',
  installed: { version: '1.26.8', goroot: TOOLCHAIN.goroot, goBin: TOOLCHAIN.goBin },
  pathGo: { path: '/usr/local/bin/go', realpath: '/usr/local/go/bin/go', version: '1.22.1', goroot: '/usr/local/go' },
  installedRealpath: TOOLCHAIN.goBin,
  env: { GOFLAGS: '-mod=readonly' },
  gotoolchain: 'auto',
  locations: { GOPATH: '/home/runner/go', GOCACHE: '/home/runner/work/app/app/.cache/go-build', GOMODCACHE: '/home/runner/go/pkg/mod' },
  hasGoMod: true,
  hasGoWork: false,
  hasVendor: false,
  goRun: { command: 'go list runtime' },
};

test('setup / the toolchain step: notes, the doctor table, outputs and the doctor warnings as annotations', async () => {
  await snapshot('setup', 'setup', () => {
    const findings = diagnose(DOCTOR_FACTS);
    const notes = [
      `1.25: go1.25.4 downloaded, SHA-256 verified, in ${GO('1.25.4').goroot}`,
      `1.26.x: go1.26.8 found in the tool cache, in ${TOOLCHAIN.goroot}`,
      'module/build cache: no entry for key go-xenv-linux-x64-go1.26.8-3f2a (restore keys tried: 1)',
    ];
    const outputs = { 'go-version': '1.26.8', 'go-path': TOOLCHAIN.goBin, 'go-root': TOOLCHAIN.goroot, 'cache-hit': 'false', 'go-versions': '1.25.4,1.26.8' };
    return [setupResult({ data: TOOLCHAIN, notes, outputs, findings: [] }, DOCTOR_FACTS, findings)];
  });
});

const HOST_FACTS: HostFacts = {
  root: '/',
  osrelease: '5.15.167.4-microsoft-standard-WSL2',
  procVersion: 'Linux version 5.15.167.4-microsoft-standard-WSL2',
  os: 'Ubuntu 24.04.1 LTS',
  wslDistro: 'Ubuntu',
  binfmt: { root: '/proc/sys/fs/binfmt_misc', mounted: true, enabled: true, entries: [] },
  binfmtSupported: true,
  dirs: [
    { role: 'out-dir', label: 'out-dir', path: '/home/me/app/dist', mount: { point: '/', fstype: 'ext4', options: ['rw', 'relatime'] } },
    { role: 'temp', label: 'TMPDIR', path: '/tmp/<b>x|y</b>', mount: { point: '/tmp', fstype: 'tmpfs', options: ['rw', 'nosuid', 'noexec'] } },
  ],
  compilers: [{ target: 'linux/arm64', cc: 'aarch64-linux-gnu-gcc', package: 'gcc-aarch64-linux-gnu' }],
};

const MACHINE: HostCheck = { facts: HOST_FACTS, findings: hostFindings(HOST_FACTS, { emulation: true }) };

test('doctor: the Go environment and the host checks in one table; errors fail it', async () => {
  const bare: DoctorFacts = {
    ...DOCTOR_FACTS,
    installed: undefined,
    installedRealpath: undefined,
    requested: { spec: '1.26.x', source: 'go.mod', satisfiedByPath: false },
  };
  await snapshot('doctor', 'doctor', () => [doctorResult(bare, MACHINE, [...diagnose(bare), ...MACHINE.findings.map(fromCapabilityFinding)])]);
});

const REPORT: EmulationReport = {
  method: 'docker',
  binfmt: {
    root: '/proc/sys/fs/binfmt_misc',
    mounted: true,
    enabled: true,
    entries: [
      {
        name: 'qemu-aarch64',
        enabled: true,
        interpreter: '/usr/bin/qemu-aarch64-static',
        flags: 'POCF',
        offset: 0,
        magic: '7f454c46020101',
        mask: 'ffffffffffffff',
      },
    ],
  },
  platforms: [
    { platform: 'amd64', goarch: 'amd64', native: true, registeredBy: 'none', fixBinary: false },
    {
      platform: 'arm64',
      goarch: 'arm64',
      native: false,
      registeredBy: 'docker',
      entry: 'qemu-aarch64',
      interpreter: '/usr/bin/qemu-aarch64-static',
      fixBinary: true,
      verified: true,
      detail: 'ran: aarch64',
    },
    {
      platform: 'riscv64',
      goarch: 'riscv64',
      native: false,
      registeredBy: 'none',
      fixBinary: false,
      qemuStatic: '/usr/bin/qemu-riscv64-static',
      verified: false,
      detail: 'exec format error: <script>|x',
    },
  ],
  docker: { argv: ['docker', 'run', '--rm', '--privileged', 'tonistiigi/binfmt:qemu-v9.2.2', '--install', 'arm64,riscv64'], exitCode: 0, stderr: '' },
};

test('emulation register (the check step in Actions): verified and unverified platforms, the docker command', async () => {
  await snapshot('emulation-register', 'emulation', () => [renderEmulation(REPORT, 'register')]);
});

test('emulation status: the table as it is, with the host findings (warnings become annotations)', async () => {
  const status: EmulationReport = {
    ...REPORT,
    method: 'none',
    docker: undefined,
    platforms: REPORT.platforms.map((p) => ({ ...p, verified: undefined, detail: undefined })),
  };
  await snapshot('emulation-status', 'emulation', () => [renderEmulation(status, 'status', MACHINE)]);
});

const target = (goos: string, goarch: string, extra: Partial<Target> = {}): Target => ({
  goos,
  goarch,
  cgo: false,
  firstClass: true,
  id: `${goos}/${goarch}`,
  ...extra,
});
const TARGETS = [
  target('linux', 'amd64'),
  target('linux', 'arm64', { cgo: true }),
  target('linux', 'arm', { variant: { env: 'GOARM', value: '7' }, id: 'linux/arm GOARM=7', firstClass: false }),
  target('darwin', 'arm64'),
  target('windows', 'amd64'),
];

test('plan: the strategy matrix (`--json` prints the matrix document itself)', async () => {
  await snapshot('plan', 'plan', () => [planStep(TARGETS, 'hello')], { json: (results) => results.find((r) => r.step === 'matrix')?.data });
});

const binary = (t: Target, smoke?: BuiltBinary['smoke'], problems: string[] = []): BuiltBinary => {
  const name = `hello_${t.goos}_${t.goarch}${t.variant ? `v${t.variant.value}` : ''}${t.goos === 'windows' ? '.exe' : ''}`;
  const info = { format: t.goos === 'darwin' ? 'macho' : t.goos === 'windows' ? 'pe' : 'elf', goos: t.goos, goarch: t.goarch } as unknown as BinaryInfo;
  return { target: t, file: `/w/dist/${name}`, name, size: 1_843_200, sha256: `${t.goarch}`.padEnd(64, 'a1'), info, problems, buildMs: 812, smoke };
};

function buildResult(): MatrixResult {
  const binaries = [
    binary(TARGETS[0], {
      via: 'native',
      command: ['./hello_linux_amd64', '--version'],
      exitCode: 0,
      timedOut: false,
      output: 'hello 1.0',
      durationMs: 14,
      ok: true,
    }),
    binary(TARGETS[2], {
      via: 'qemu',
      command: ['qemu-arm-static', './hello_linux_armv7'],
      exitCode: 2,
      timedOut: false,
      output: 'panic: <b>boom</b>',
      durationMs: 230,
      ok: false,
      reason: 'exit code 2: panic: <b>boom</b> | @octocat',
    }),
    binary(TARGETS[3], { via: 'none', command: [], exitCode: null, timedOut: false, output: '', durationMs: 0, ok: false, reason: 'not a linux binary' }),
    binary(TARGETS[4], undefined, ['PE machine is 0x14c, expected amd64 (0x8664)']),
  ];
  const failures = [
    { target: TARGETS[1], stage: 'build' as const, message: 'main.go:6:14: undefined: nope', where: { file: 'main.go', line: 6, col: 14 } },
    { target: TARGETS[2], stage: 'smoke' as const, message: 'exit code 2: panic: <b>boom</b> | @octocat' },
  ];
  return {
    outDir: '/w/dist',
    manifestPath: '/w/dist/manifest.json',
    sumsPath: '/w/dist/SHA256SUMS',
    binaries,
    failures,
    timings: { setupMs: 1, buildMs: 2, inspectMs: 3, checksumMs: 4, smokeMs: 5, reproducibleMs: 0, writeMs: 6 },
    manifest: buildManifest({
      module: 'example.com/hello',
      goVersion: 'go1.26.8',
      version: 'v1.0.0',
      commit: '0123456789abcdef',
      commitDate: '2026-11-30T12:00:00Z',
      ldflags: '-s -w',
      binaries,
      failures,
      reproducible: { checked: false, differing: [] },
    }),
  };
}

const BUILD_CONFIG = { workspace: '/w', workingDirectory: '/w/examples' } as never;

test('build: binaries, header checks, smoke runs, a compiler error at its file:line (an annotation)', async () => {
  await snapshot('build', 'build', (ctx) => {
    const built = renderBuild({ ...ctx, config: BUILD_CONFIG }, buildResult());
    const planned = planStep(TARGETS, 'hello');
    return [{ ...built, outputs: { ...planned.outputs, ...built.outputs } }];
  });
});

const CANARY_YAML = `provider:
  type: file
  path: series.json
window:
  start: 2026-11-30T10:00:00Z
  end: 2026-11-30T10:30:00Z
  step: 1m
metrics:
  - name: error-rate
    judge: threshold
    max: 0.01
    critical: true
  - name: latency-p95
    judge: compare
    worse: higher
  - name: "<img src=x> | @octocat"
    judge: threshold
    max: 5
  - name: saturation
    judge: threshold
    max: 0.9
    required: false
`;

const SERIES = {
  metrics: {
    'error-rate': { canary: [0.001, 0.002, 0.0015, 0.03, 0.002], stable: [0.001, 0.001, 0.002] },
    'latency-p95': {
      canary: [0.31, 0.33, 0.35, 0.32, 0.36, 0.34, 0.37, 0.33, 0.35, 0.36, 0.34, 0.38],
      stable: [0.21, 0.22, 0.2, 0.23, 0.22, 0.21, 0.24, 0.22, 0.2, 0.23, 0.21, 0.22],
    },
    '<img src=x> | @octocat': { canary: [1, 2, 3], stable: [1, 2, 2] },
    saturation: { canary: [], stable: [] },
  },
};

test('canary: the decision, per metric the judge, figures, p-value, effect and why; High metrics are annotated', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-snap-canary-'));
  writeFileSync(join(dir, 'series.json'), JSON.stringify(SERIES));
  const config = loadConfig({ given: { canary: CANARY_YAML }, workspace: dir, env: {} });
  await snapshot('canary', 'canary', (ctx) => canaryCommand.run({ ...ctx, config }));
});

test('check: every step in one table, the skipped ones with their reason', async () => {
  await snapshot('check', 'check', (ctx) => {
    const findings = diagnose(DOCTOR_FACTS);
    const outputs = { 'go-version': '1.26.8', 'go-path': TOOLCHAIN.goBin, 'go-root': TOOLCHAIN.goroot, 'cache-hit': 'true', 'go-versions': '1.26.8' };
    const one = { ...TOOLCHAIN, all: [GO('1.26.8')], cacheHit: true };
    return [
      setupResult({ data: one, notes: ['1.26.x: go1.26.8 found in the tool cache'], outputs, findings: [] }, DOCTOR_FACTS, findings),
      renderEmulation(REPORT, 'register'),
      renderBuild({ ...ctx, config: BUILD_CONFIG }, buildResult()),
      skippedStep('canary', 'no canary config (the canary input or key is empty)'),
      ...(['policy', 'baseline', 'report'] as StepName[]).map((step) => skippedStep(step, 'not available in this version of go-xenv')),
    ];
  });
});
