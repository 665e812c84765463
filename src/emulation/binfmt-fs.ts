// The binfmt_misc file system at a root directory (/proc/sys/fs/binfmt_misc on a host; a fresh mount inside a user
// namespace in tests): read its state, mount it when needed, write a register string.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { parseEntry, parseStatus, type BinfmtEntry } from './binfmt-parse.ts';
import type { CommandRunner } from '../process.ts';

export const DEFAULT_BINFMT_ROOT = '/proc/sys/fs/binfmt_misc';

export interface BinfmtState {
  root: string;
  mounted: boolean;
  enabled: boolean;
  entries: BinfmtEntry[];
}

export async function readBinfmt(root: string = DEFAULT_BINFMT_ROOT): Promise<BinfmtState> {
  if (!existsSync(join(root, 'register'))) return { root, mounted: false, enabled: false, entries: [] };
  const enabled = parseStatus(await readFile(join(root, 'status'), 'utf8').catch(() => 'disabled'));
  const names = (await readdir(root)).filter((n) => n !== 'register' && n !== 'status').sort();
  const entries = await Promise.all(names.map(async (n) => parseEntry(n, await readFile(join(root, n), 'utf8'))));
  return { root, mounted: true, enabled, entries };
}

/** Mounts binfmt_misc at root when it is not mounted there yet. */
export async function ensureMounted(root: string, run: CommandRunner): Promise<void> {
  if (existsSync(join(root, 'register'))) return;
  const r = await run('mount', ['-t', 'binfmt_misc', 'binfmt_misc', root], { timeoutMs: 10_000 });
  if (r.code !== 0 || !existsSync(join(root, 'register'))) {
    throw new UserError(`cannot mount binfmt_misc at ${root}: ${(r.stderr || r.spawnError || '').trim() || `mount exited ${r.code}`}`, {
      hint: 'run as root on a kernel with CONFIG_BINFMT_MISC, or use qemu-method: docker',
    });
  }
}

/** Who changes the table: this process (root) or `sudo -n` (a non-root Actions runner with passwordless sudo). */
export interface BinfmtWriter {
  mount(root: string): Promise<void>;
  register(root: string, name: string, line: string): Promise<void>;
}

export const fsWriter = (run: CommandRunner): BinfmtWriter => ({
  mount: (root) => ensureMounted(root, run),
  async register(root, name, line) {
    if (existsSync(join(root, name))) await writeFile(join(root, name), '-1');
    try {
      await writeFile(join(root, 'register'), line);
    } catch (e) {
      throw refused(name, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
    }
  },
});

export const sudoWriter = (run: CommandRunner): BinfmtWriter => {
  const sudo: CommandRunner = (cmd, args, opts) => run('sudo', ['-n', cmd, ...args], opts);
  const write = (path: string, text: string) => sudo('sh', ['-c', 'printf %s "$1" > "$2"', 'sh', text, path], { timeoutMs: 10_000 });
  return {
    mount: (root) => ensureMounted(root, sudo),
    async register(root, name, line) {
      if (existsSync(join(root, name))) await write(join(root, name), '-1');
      const r = await write(join(root, 'register'), line);
      if (r.code !== 0) throw refused(name, (r.stderr || r.spawnError || `exit ${r.code}`).trim());
    },
  };
};

const refused = (name: string, why: string) => new UserError(`binfmt_misc refused the registration of ${name}: ${why}`, {
  hint: /EACCES|EPERM|denied|not permitted/i.test(why) ? 'registering needs root' : 'check that the interpreter exists and is executable',
});
