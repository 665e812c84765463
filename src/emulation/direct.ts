// The direct route: the distribution's qemu-user-static (installed when missing and allowed) registered with the F
// flag by writing register strings to binfmt_misc ourselves.
import { UserError } from '../errors.ts';
import type { BinfmtWriter } from './binfmt-fs.ts';
import type { QemuPlatform } from './platforms.ts';
import { onPath, type CommandRunner } from '../process.ts';
import { qemuStaticName, qemuStaticPaths } from './qemu-static.ts';
import { entryName, registerString } from './register.ts';

export const QEMU_PACKAGE = 'qemu-user-static';

/** qemu-<arch>-static for each platform, installing the package once when some are missing and that is allowed. */
export async function findOrInstallQemu(platforms: QemuPlatform[], opts: { env: NodeJS.ProcessEnv; install: boolean; run: CommandRunner; sudo: boolean }): Promise<Map<string, string>> {
  const find = async () => {
    const paths = await qemuStaticPaths(opts.env, platforms);
    return new Map(platforms.filter((p) => paths[p.qemuArch]).map((p) => [p.name, paths[p.qemuArch]]));
  };
  let found = await find();
  const missing = () => platforms.filter((p) => !found.has(p.name)).map(qemuStaticName);
  if (missing().length && opts.install && await onPath('apt-get', opts.env)) {
    const env = { ...opts.env, DEBIAN_FRONTEND: 'noninteractive' };
    const admin = (args: string[]) => (opts.sudo ? opts.run('sudo', ['-n', ...args], { env, timeoutMs: 600_000 }) : opts.run(args[0], args.slice(1), { env, timeoutMs: 600_000 }));
    const install = ['apt-get', 'install', '-y', '--no-install-recommends', QEMU_PACKAGE];
    // A stale package index is the usual reason for a failed install: refresh it once and retry.
    if ((await admin(install)).code !== 0 && (await admin(['apt-get', 'update'])).code === 0) await admin(install);
    found = await find();
  }
  if (missing().length) {
    throw new UserError(`${missing().join(', ')} not found on PATH`, {
      hint: `install the Debian/Ubuntu package ${QEMU_PACKAGE}${opts.install ? '' : ' (qemu-install is false, so go-xenv did not)'}`,
    });
  }
  return found;
}

/** Registers each platform's interpreter with the F flag. */
export async function registerDirect(platforms: QemuPlatform[], interpreters: Map<string, string>, root: string, writer: BinfmtWriter): Promise<void> {
  await writer.mount(root);
  for (const p of platforms) await writer.register(root, entryName(p), registerString(p, interpreters.get(p.name)!));
}
