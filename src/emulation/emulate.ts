// Status and registration, end to end: read the table, register (docker or direct), re-read, verify by execution.
// Success is only what we saw: a platform is verified when its probe binary printed its own GOARCH.
import { UserError } from '../errors.ts';
import { fsWriter, readBinfmt, sudoWriter, type BinfmtState } from './binfmt-fs.ts';
import { entryServes } from './binfmt-parse.ts';
import { dockerAnswers, dockerRegister, dockerRegisterArgs } from './docker.ts';
import { findOrInstallQemu, registerDirect } from './direct.ts';
import type { GoTool } from '../go-tool.ts';
import { nativePlatforms, QEMU_PLATFORMS, type QemuPlatform } from './platforms.ts';
import type { CommandRunner } from '../process.ts';
import { qemuStaticPaths } from './qemu-static.ts';
import type { EmulationReport, PlatformReport, RegisteredBy } from './types.ts';
import { buildProbes, removeProbes, verifyProbe } from './verify.ts';

export interface EmulationEnv {
  run: CommandRunner;
  env: NodeJS.ProcessEnv;
  /** The Go that builds the probes, installed on first use (status without verification needs none). */
  go: () => Promise<GoTool>;
  /** The binfmt_misc mount point. */
  root: string;
  hostArch?: string;
  /** Whether this process may change the table itself (uid 0), else through `sudo -n` when allowed. */
  isRoot: boolean;
  allowSudo: boolean;
  /** Where the probes are built: the runner's temp dir (RUNNER_TEMP), which the runner empties after the job. */
  tempDir: string;
}

export interface RegisterOptions {
  platforms: QemuPlatform[];
  method: 'auto' | 'docker' | 'direct';
  image: string;
  install: boolean;
}

const servedBy = (state: BinfmtState, p: QemuPlatform) => state.entries.filter((e) => e.enabled && entryServes(e, p));

function describe(state: BinfmtState, p: QemuPlatform, registeredBy: RegisteredBy, hostArch: string | undefined, qemu: Record<string, string>): PlatformReport {
  // After a re-registration with F an older entry without it may still be listed; the newest is the one the kernel uses.
  const served = servedBy(state, p);
  const e = served.find((x) => x.flags.includes('F')) ?? served[0];
  return {
    platform: p.name,
    goarch: p.goarch,
    native: nativePlatforms(hostArch).includes(p.name),
    registeredBy: e ? registeredBy : 'none',
    entry: e?.name,
    interpreter: e?.interpreter,
    fixBinary: e?.flags.includes('F') ?? false,
    qemuStatic: qemu[p.qemuArch],
  };
}

async function verifyAll(reports: PlatformReport[], platforms: QemuPlatform[], ctx: EmulationEnv): Promise<void> {
  const foreign = platforms.filter((p) => !nativePlatforms(ctx.hostArch).includes(p.name));
  if (!foreign.length) return;
  const probes = await buildProbes(foreign, await ctx.go(), ctx.run, ctx.tempDir);
  try {
    for (const p of foreign) {
      const v = await verifyProbe(p, probes.get(p.name)!, ctx.run, ctx.env);
      const r = reports.find((x) => x.platform === p.name)!;
      r.verified = v.verified;
      r.detail = v.detail;
    }
  } finally {
    await removeProbes(probes);
  }
}

/** The table as it is, per platform (all known platforms, or the given ones); `verify` executes a probe for each. */
export async function emulationStatus(ctx: EmulationEnv, platforms: readonly QemuPlatform[] = QEMU_PLATFORMS, verify = false): Promise<EmulationReport> {
  const state = await readBinfmt(ctx.root);
  const qemu = await qemuStaticPaths(ctx.env, platforms);
  const reports = platforms.map((p) => describe(state, p, 'already', ctx.hostArch, qemu));
  if (verify) await verifyAll(reports, platforms.filter((p) => reports.find((r) => r.platform === p.name)?.registeredBy !== 'none'), ctx);
  return { method: 'none', binfmt: { root: state.root, mounted: state.mounted, enabled: state.enabled, entries: state.entries }, platforms: reports };
}

/** Registers the platforms not served yet, then verifies every requested platform by execution. */
export async function registerEmulation(ctx: EmulationEnv, opts: RegisterOptions): Promise<EmulationReport> {
  const before = await readBinfmt(ctx.root);
  // An entry without F breaks inside containers and chroots: registering ours (F) over it is the fix doctor names.
  const todo = opts.platforms.filter((p) => !servedBy(before, p).some((e) => e.flags.includes('F')));
  let method: EmulationReport['method'] = 'none';
  let docker: EmulationReport['docker'];
  if (todo.length) {
    method = opts.method === 'auto' ? ((await dockerAnswers(ctx.run, ctx.env)) ? 'docker' : 'direct') : opts.method;
    if (method === 'docker') {
      const names = todo.map((p) => p.name);
      const r = await dockerRegister(ctx.run, ctx.env, opts.image, names);
      docker = { argv: ['docker', ...dockerRegisterArgs(opts.image, names)], exitCode: r.code, stderr: r.stderr.slice(-2000) };
    } else {
      if (!ctx.isRoot && !ctx.allowSudo) {
        throw new UserError('registering emulators changes the kernel\'s binfmt_misc table and needs root', {
          hint: 'run `sudo go-xenv emulation register`, or use qemu-<arch>-static directly (smoke runs do that when nothing is registered)',
        });
      }
      const sudo = !ctx.isRoot;
      const interpreters = await findOrInstallQemu(todo, { env: ctx.env, install: opts.install, run: ctx.run, sudo });
      await registerDirect(todo, interpreters, ctx.root, sudo ? sudoWriter(ctx.run) : fsWriter(ctx.run));
    }
  }
  const after = await readBinfmt(ctx.root);
  const qemu = await qemuStaticPaths(ctx.env, opts.platforms);
  const reports = opts.platforms.map((p) => describe(after, p, todo.includes(p) ? (method as RegisteredBy) : 'already', ctx.hostArch, qemu));
  await verifyAll(reports, opts.platforms, ctx);
  return { method, binfmt: { root: after.root, mounted: after.mounted, enabled: after.enabled, entries: after.entries }, platforms: reports, docker };
}
