// The matrix build, end to end: cross compilers checked, targets built in parallel with one GOCACHE, every output
// inspected against its target and checksummed, linux outputs smoke-run, optionally built again to prove
// reproducibility; SHA256SUMS and manifest.json written to the out dir.
import { availableParallelism, tmpdir } from 'node:os';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import type { GoTool } from '../go-tool.ts';
import { onPath, type CommandRunner } from '../process.ts';
import { buildTarget } from './build.ts';
import { crossCompiler } from './cgo.ts';
import { checkBinary } from './check-binary.ts';
import { sha256File, sha256sums } from './checksums.ts';
import { inspectBinary } from './inspect/index.ts';
import { asksWindowsGui, renderLdflags } from './ldflags.ts';
import { buildManifest } from './manifest.ts';
import { binaryFileName, nameFromModule } from './naming.ts';
import { mapLimit } from './pool.ts';
import { smokeRun } from './smoke.ts';
import { sourceInfo } from './source-info.ts';
import type { BuiltBinary, ExecPlanner, Manifest, Target, TargetFailure } from './types.ts';

export interface MatrixOptions {
  targets: Target[];
  moduleDir: string;
  pkg: string;
  /** Base name of the binaries; default: the module path's last element. */
  name?: string;
  ldflagsTemplate: string;
  outDir: string;
  /** Empty: no smoke runs. */
  smokeArgs: string[];
  smokeTimeoutMs: number;
  reproducible: boolean;
  concurrency?: number;
  /** The one build cache every target shares; default: go's own. */
  gocache?: string;
  go: GoTool;
  run: CommandRunner;
  /** How to run foreign binaries for the smoke runs (from the emulation capability, via the pipeline). */
  execPlanner: ExecPlanner;
}

export interface MatrixTimings {
  setupMs: number;
  buildMs: number;
  inspectMs: number;
  checksumMs: number;
  smokeMs: number;
  reproducibleMs: number;
  writeMs: number;
}

export interface MatrixResult {
  outDir: string;
  manifestPath: string;
  sumsPath: string;
  manifest: Manifest;
  binaries: BuiltBinary[];
  failures: TargetFailure[];
  timings: MatrixTimings;
}

/** Fails before any build when a cgo target's cross compiler is unknown or missing. */
export async function checkCrossCompilers(targets: Target[], env: NodeJS.ProcessEnv): Promise<Map<string, { cc: string; sysroot?: string }>> {
  const out = new Map<string, { cc: string; sysroot?: string }>();
  for (const t of targets.filter((x) => x.cgo)) {
    const cc = crossCompiler(t.goos, t.goarch);
    if (!cc) {
      throw new UserError(`no C cross compiler is known for ${t.goos}/${t.goarch}`, {
        where: { file: 'input cgo' }, hint: t.goos === 'darwin' || t.goos === 'ios' ? 'cgo for Apple targets needs the macOS SDK: build them on a macOS runner' : `build ${t.goos}/${t.goarch} with CGO_ENABLED=0 (remove it from cgo)`,
      });
    }
    if (!(await onPath(cc.cc, env))) {
      throw new UserError(`cgo build of ${t.goos}/${t.goarch} needs the C cross compiler ${cc.cc}, which is not on PATH`, {
        where: { file: 'input cgo' }, hint: `install the Debian/Ubuntu package ${cc.package}`,
      });
    }
    out.set(`${t.goos}/${t.goarch}`, cc);
  }
  return out;
}

const since = (t0: number) => performance.now() - t0;

export async function runMatrix(o: MatrixOptions): Promise<MatrixResult> {
  const timings: MatrixTimings = { setupMs: 0, buildMs: 0, inspectMs: 0, checksumMs: 0, smokeMs: 0, reproducibleMs: 0, writeMs: 0 };
  let t0 = performance.now();
  const compilers = await checkCrossCompilers(o.targets, o.go.env);
  const [src, goVersion] = await Promise.all([
    sourceInfo(o.moduleDir, o.run, o.go.env),
    o.run(o.go.go, ['env', 'GOVERSION'], { env: o.go.env, timeoutMs: 30_000 }).then((r) => r.stdout.trim()),
  ]);
  const ldflags = renderLdflags(o.ldflagsTemplate, src);
  const name = o.name || nameFromModule(src.module);
  const concurrency = o.concurrency ?? availableParallelism();
  await mkdir(o.outDir, { recursive: true });
  timings.setupMs = since(t0);

  const failures: TargetFailure[] = [];
  const buildAll = (outDir: string, gocache?: string) => mapLimit(o.targets, concurrency, async (target) => {
    const file = join(outDir, binaryFileName(name, target));
    const cc = compilers.get(`${target.goos}/${target.goarch}`)?.cc;
    const r = await buildTarget({ target, outFile: file, moduleDir: o.moduleDir, pkg: o.pkg, ldflags, cc, gocache, mtime: src.commitTime }, o.go, o.run);
    return { target, file, r };
  });

  t0 = performance.now();
  const built = await buildAll(o.outDir, o.gocache);
  timings.buildMs = since(t0);

  const binaries: BuiltBinary[] = [];
  for (const { target, file, r } of built) {
    if (!r.ok) {
      failures.push({ target, stage: 'build', message: r.message, where: r.where });
      continue;
    }
    let t1 = performance.now();
    const bytes = await readFile(file);
    let info;
    try {
      info = inspectBinary(bytes);
    } catch (e) {
      failures.push({ target, stage: 'inspect', message: `${binaryFileName(name, target)}: ${(e as Error).message}` });
      continue;
    }
    const problems = checkBinary(info, target, { windowsGui: asksWindowsGui(ldflags) });
    timings.inspectMs += since(t1);
    t1 = performance.now();
    const sha256 = await sha256File(file);
    timings.checksumMs += since(t1);
    const fileName = binaryFileName(name, target);
    if (problems.length) failures.push({ target, stage: 'inspect', message: `${fileName} does not match ${target.id}: ${problems.join('; ')}` });
    binaries.push({ target, file, name: fileName, size: bytes.length, sha256, info, problems, buildMs: Math.round(r.durationMs) });
  }

  t0 = performance.now();
  if (o.smokeArgs.length) {
    const linux = binaries.filter((b) => b.target.goos === 'linux' && b.problems.length === 0);
    await mapLimit(linux, concurrency, async (b) => {
      const sysroot = b.target.cgo ? compilers.get(`${b.target.goos}/${b.target.goarch}`)?.sysroot : undefined;
      b.smoke = await smokeRun({ file: b.file, goarch: b.target.goarch, args: o.smokeArgs, timeoutMs: o.smokeTimeoutMs, sysroot }, o.execPlanner, o.run, o.go.env);
      if (!b.smoke.ok && b.smoke.via !== 'none') {
        failures.push({ target: b.target, stage: 'smoke', message: `${b.name} ${o.smokeArgs.join(' ')}: ${b.smoke.reason}${b.smoke.output ? `: ${b.smoke.output.trim().split('\n')[0]}` : ''}` });
      }
    });
  }
  timings.smokeMs = since(t0);

  let reproducible: { checked: boolean; differing: string[] } | undefined;
  if (o.reproducible) {
    t0 = performance.now();
    const again = await mkdtemp(join(tmpdir(), 'go-xenv-repro-'));
    try {
      const second = await buildAll(join(again, 'out'), join(again, 'gocache'));
      const differing: string[] = [];
      for (const s of second) {
        const first = binaries.find((b) => b.target === s.target);
        if (!first) continue;
        const hash = s.r.ok ? await sha256File(s.file) : `build failed: ${s.r.message}`;
        if (hash !== first.sha256) {
          differing.push(first.name);
          failures.push({ target: s.target, stage: 'reproducible', message: `${first.name} differs between two builds: ${first.sha256} then ${hash}` });
        }
      }
      reproducible = { checked: true, differing };
    } finally {
      await rm(again, { recursive: true, force: true, maxRetries: 3 });
    }
    timings.reproducibleMs = since(t0);
  }

  t0 = performance.now();
  const manifest = buildManifest({ module: src.module, goVersion, version: src.Version, commit: src.Commit, commitDate: src.CommitDate, ldflags, binaries, failures, reproducible });
  const manifestPath = join(o.outDir, 'manifest.json');
  const sumsPath = join(o.outDir, 'SHA256SUMS');
  await writeFile(sumsPath, sha256sums(binaries));
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  timings.writeMs = since(t0);
  return { outDir: o.outDir, manifestPath, sumsPath, manifest, binaries, failures, timings };
}
