// The one reader of host facts that doctor and `emulation status` judge: the kernel (/proc), binfmt_misc, SELinux
// (/sys/fs/selinux), os-release, the mount holding each directory that must execute binaries, and the C compilers a
// cgo target needs. Every file is read under a root directory (default /), so tests point it at a tree of fake files.
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { realpathAllowMissing } from '../workspace-path.ts';
import { onPath } from '../process.ts';
import { readBinfmt, type BinfmtState } from './binfmt-fs.ts';

export interface MountFacts {
  point: string;
  fstype: string;
  /** Per-mount options (mountinfo field 6), e.g. rw, nosuid, noexec. */
  options: string[];
}

/** A directory binaries are executed from: out-dir (smoke runs) or the temp directory (the probe, go run/test). */
export interface DirFacts {
  role: 'out-dir' | 'temp';
  /** How the user set it: `out-dir`, `TMPDIR`, `RUNNER_TEMP`, or the system default. */
  label: string;
  path: string;
  mount?: MountFacts;
}

/** The C compiler a cgo target needs, from the matrix's table; `path` when it is on PATH. */
export interface CompilerFacts {
  target: string;
  cc?: string;
  package?: string;
  path?: string;
}

export interface HostFacts {
  root: string;
  /** /proc/sys/kernel/osrelease and /proc/version, trimmed (absent when unreadable). */
  osrelease?: string;
  procVersion?: string;
  /** PRETTY_NAME of /etc/os-release (else /usr/lib/os-release). */
  os?: string;
  /** WSL_DISTRO_NAME: the name `wsl --set-version` takes. */
  wslDistro?: string;
  binfmt: BinfmtState;
  /** Whether /proc/filesystems lists binfmt_misc (undefined when unreadable). */
  binfmtSupported?: boolean;
  /** Absent when selinuxfs is not mounted (no SELinux). Booleans by name: their current value. */
  selinux?: { enforcing: boolean; booleans: Record<string, boolean> };
  dirs: DirFacts[];
  compilers: CompilerFacts[];
}

export interface HostQuery {
  dirs: Omit<DirFacts, 'mount'>[];
  compilers: Omit<CompilerFacts, 'path'>[];
  env: NodeJS.ProcessEnv;
}

export interface HostFactsReader {
  root: string;
  read(query: HostQuery): Promise<HostFacts>;
}

export const DEFAULT_HOST_ROOT = '/';

const text = (path: string) => readFile(path, 'utf8').then((t) => t.trim(), () => undefined);

/** The reader at a root directory; `binfmtRoot` overrides where binfmt_misc is (emulation's --binfmt-root). */
export function hostFactsReader(root: string = DEFAULT_HOST_ROOT, binfmtRoot?: string): HostFactsReader {
  const at = (p: string) => join(root, p);
  return {
    root,
    async read(q) {
      const [osrelease, procVersion, osRelease, filesystems, binfmt, selinux, mounts] = await Promise.all([
        text(at('proc/sys/kernel/osrelease')), text(at('proc/version')),
        text(at('etc/os-release')).then((t) => t ?? text(at('usr/lib/os-release'))),
        text(at('proc/filesystems')),
        readBinfmt(binfmtRoot ?? at('proc/sys/fs/binfmt_misc')),
        readSelinux(at('sys/fs/selinux')),
        readMounts(at('proc/self/mountinfo'), at('proc/mounts')),
      ]);
      return {
        root,
        osrelease, procVersion,
        os: osRelease && /^PRETTY_NAME=("?)(.*)\1$/m.exec(osRelease)?.[2],
        wslDistro: q.env.WSL_DISTRO_NAME || undefined,
        binfmt,
        binfmtSupported: filesystems === undefined ? undefined : /\sbinfmt_misc$/m.test(filesystems),
        selinux,
        dirs: q.dirs.map((d) => ({ ...d, mount: mountOf(mounts, realpathAllowMissing(d.path)) })),
        compilers: await Promise.all(q.compilers.map(async (c) => ({ ...c, path: c.cc ? await onPath(c.cc, q.env) : undefined }))),
      };
    },
  };
}

async function readSelinux(dir: string): Promise<HostFacts['selinux']> {
  const enforce = await text(join(dir, 'enforce'));
  if (enforce === undefined) return undefined;
  const names = await readdir(join(dir, 'booleans')).catch(() => [] as string[]);
  // Each boolean file says "<current> <pending>".
  const values = await Promise.all(names.map(async (n) => [n, (await text(join(dir, 'booleans', n)))?.split(/\s+/)[0] === '1'] as const));
  return { enforcing: enforce === '1', booleans: Object.fromEntries(values) };
}

/** Octal escapes the kernel writes for space, tab, newline and backslash in mount points. */
const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));

/** mountinfo when there is one (per-mount options), else /proc/mounts; in table order (a later mount shadows). */
async function readMounts(mountinfo: string, procMounts: string): Promise<MountFacts[]> {
  const info = await text(mountinfo);
  if (info !== undefined) {
    return info.split('\n').map((l) => l.split(' ')).filter((f) => f.length >= 10).map((f) => {
      const sep = f.indexOf('-', 6);
      return { point: unescape(f[4]), options: f[5].split(','), fstype: f[sep + 1] ?? '' };
    });
  }
  return ((await text(procMounts)) ?? '').split('\n').map((l) => l.split(' ')).filter((f) => f.length >= 4)
    .map((f) => ({ point: unescape(f[1]), fstype: f[2], options: f[3].split(',') }));
}

/** The mount a path lives on: the longest mount point above it, the last one listed when several share it. */
export function mountOf(mounts: MountFacts[], path: string): MountFacts | undefined {
  let best: MountFacts | undefined;
  for (const m of mounts) {
    const r = relative(m.point, path);
    const under = r === '' || (!r.startsWith('..') && !isAbsolute(r));
    if (under && (!best || m.point.length >= best.point.length)) best = m;
  }
  return best;
}
