// The matrix build, end to end: cross compilers checked, targets built in parallel with one GOCACHE, every output
// inspected against its target and checksummed, linux outputs smoke-run, optionally built again to prove
// reproducibility; SHA256SUMS and manifest.json written to the out dir.
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UserError } from '../errors.ts';
import type { GoTool } from '../go-tool.ts';
import { onPath, type CommandRunner } from '../process.ts';
import { buildTarget, checkBuildPackage } from './build.ts';
import { crossCompiler } from './cgo.ts';
import { checkBinary } from './check-binary.ts';
import { sha256File, sha256sums } from './checksums.ts';
import { inspectBinary, type BinaryInfo } from './inspect/index.ts';
import { asksWindowsGui, renderLdflags } from './ldflags.ts';
import { buildManifest } from './manifest.ts';
import { binaryFileName, checkBinaryName, nameFromModule } from './naming.ts';
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
  /** Where --reproducible's second build goes: the runner's temp dir (RUNNER_TEMP), emptied after the job. */
  tempDir: string;
  go: GoTool;
  run: CommandRunner;
  /** How to run foreign binaries for the smoke runs (from the emulation capability, via the pipeline). */
  execPlanner: ExecPlanner;
  /** One line per thing done (built, inspected, smoke-run); lines carry foreign text (names, compiler output). */
  log?: (line: string) => void;
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

const IGNORE_ALL = "# Written by go-xenv: build outputs never change the module's git state (vcs.modified, --reproducible).\n*\n";

/**
 * Keeps the out dir out of git: inside an un-ignored work tree the first binaries would make the tree dirty, so later
 * builds would stamp vcs.modified=true and two builds would differ. A `*` .gitignore also ignores itself. Skipped when
 * the out dir holds the module itself (it would hide the sources) or already has a .gitignore of its own.
 */
async function ignoreOutputs(outDir: string, moduleDir: string): Promise<void> {
  const rel = relative(outDir, moduleDir);
  const holdsModule = rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
  if (holdsModule || existsSync(join(outDir, '.gitignore'))) return;
  await writeFile(join(outDir, '.gitignore'), IGNORE_ALL);
}

export async function runMatrix(o: MatrixOptions): Promise<MatrixResult> {
  const timings: MatrixTimings = { setupMs: 0, buildMs: 0, inspectMs: 0, checksumMs: 0, smokeMs: 0, reproducibleMs: 0, writeMs: 0 };
  let t0 = performance.now();
  const log = o.log ?? (() => undefined);
  checkBuildPackage(o.pkg);
  if (o.name) checkBinaryName(o.name);
  const compilers = await checkCrossCompilers(o.targets, o.go.env);
  const [src, goVersion] = await Promise.all([
    sourceInfo(o.moduleDir, o.run, o.go.env),
    o.run(o.go.go, ['env', 'GOVERSION'], { env: o.go.env, timeoutMs: 30_000 }).then((r) => r.stdout.trim()),
  ]);
  const ldflags = renderLdflags(o.ldflagsTemplate, src);
  const name = o.name || checkBinaryName(nameFromModule(src.module), { file: 'go.mod' });
  const concurrency = o.concurrency ?? availableParallelism();
  await mkdir(o.outDir, { recursive: true });
  await ignoreOutputs(o.outDir, o.moduleDir);
  timings.setupMs = since(t0);

  const failures: TargetFailure[] = [];
  const buildAll = (outDir: string, gocache?: string) => mapLimit(o.targets, concurrency, async (target) => {
    const file = join(outDir, binaryFileName(name, target));
    if (dirname(file) !== outDir) throw new Error(`${file} is not directly inside ${outDir}`);
    const cc = compilers.get(`${target.goos}/${target.goarch}`)?.cc;
    const r = await buildTarget({ target, outFile: file, moduleDir: o.moduleDir, pkg: o.pkg, ldflags, cc, gocache, mtime: src.commitTime }, o.go, o.run);
    return { target, file, r };
  });

  t0 = performance.now();
  const built = await buildAll(o.outDir, o.gocache);
  timings.buildMs = since(t0);
  for (const { target, file, r } of built) log(r.ok ? `built ${target.id}: ${basename(file)} in ${Math.round(r.durationMs)} ms` : `build of ${target.id} failed: ${r.message}`);

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
      log(`inspected ${binaryFileName(name, target)}: ${(e as Error).message}`);
      continue;
    }
    const problems = checkBinary(info, target, { windowsGui: asksWindowsGui(ldflags) });
    timings.inspectMs += since(t1);
    t1 = performance.now();
    const sha256 = await sha256File(file);
    timings.checksumMs += since(t1);
    const fileName = binaryFileName(name, target);
    if (problems.length) failures.push({ target, stage: 'inspect', message: `${fileName} does not match ${target.id}: ${problems.join('; ')}` });
    log(`inspected ${fileName}: ${describeHeader(info)}, ${problems.length ? `does not match ${target.id}: ${problems.join('; ')}` : `matches ${target.id}`}, sha256 ${sha256}`);
    binaries.push({ target, file, name: fileName, size: bytes.length, sha256, info, problems, buildMs: Math.round(r.durationMs) });
  }

  t0 = performance.now();
  if (o.smokeArgs.length) {
    const linux = binaries.filter((b) => b.target.goos === 'linux' && b.problems.length === 0);
    await mapLimit(linux, concurrency, async (b) => {
      const sysroot = b.target.cgo ? compilers.get(`${b.target.goos}/${b.target.goarch}`)?.sysroot : undefined;
      b.smoke = await smokeRun({ file: b.file, goarch: b.target.goarch, args: o.smokeArgs, timeoutMs: o.smokeTimeoutMs, sysroot }, o.execPlanner, o.run, o.go.env);
      const firstLine = b.smoke.output.trim().split('\n')[0];
      if (!b.smoke.ok && b.smoke.via !== 'none') {
        failures.push({ target: b.target, stage: 'smoke', message: `${b.name} ${o.smokeArgs.join(' ')}: ${b.smoke.reason}${firstLine ? `: ${firstLine}` : ''}` });
      }
      log(`smoke run ${b.name} ${o.smokeArgs.join(' ')}: ${b.smoke.ok ? `ok (${b.smoke.via}, ${b.smoke.durationMs} ms)` : b.smoke.via === 'none' ? `not run: ${b.smoke.reason}` : `FAILED (${b.smoke.via}): ${b.smoke.reason}`}${firstLine ? `: ${firstLine}` : ''}`);
    });
  }
  timings.smokeMs = since(t0);

  let reproducible: { checked: boolean; differing: string[] } | undefined;
  if (o.reproducible) {
    t0 = performance.now();
    const again = await mkdtemp(join(o.tempDir, 'go-xenv-repro-'));
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
      log(`reproducible: ${differing.length ? `${differing.join(', ')} differ between two builds` : `${second.length} binaries identical in a second build`}`);
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

function describeHeader(info: BinaryInfo): string {
  if (info.format === 'elf') return `ELF${info.bits} ${info.machineName} ${info.dynamic ? `dynamic${info.interpreter ? ` (${info.interpreter})` : ''}` : 'static'}`;
  if (info.format === 'macho') return `Mach-O ${info.slices.map((x) => x.arch).join('+')}`;
  if (info.format === 'pe') return `PE ${info.machineName} ${info.subsystemName}`;
  return info.format;
}
