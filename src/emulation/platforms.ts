// The platforms QEMU user mode can run, named as docker/setup-qemu-action names them (arm64, arm, riscv64, ...), with
// the ELF magic/mask the kernel matches. Magic and mask are the ones the distribution's qemu-user-static registers.
import { UserError } from '../errors.ts';

export interface QemuPlatform {
  /** The name used by the qemu-platforms input and tonistiigi/binfmt (arm64, arm, riscv64, ppc64le, s390x, ...). */
  name: string;
  /** GOARCH of linux binaries for this platform. */
  goarch: string;
  /** QEMU's name: qemu-<qemuArch>-static. */
  qemuArch: string;
  /** Hex bytes of the ELF header prefix the kernel matches, and the mask applied before comparing. */
  magic: string;
  mask: string;
}

const ELF64_MASK = 'ffffffffffffff00fffffffffffffffffeffffff';

export const QEMU_PLATFORMS: readonly QemuPlatform[] = [
  { name: 'arm64', goarch: 'arm64', qemuArch: 'aarch64', magic: '7f454c460201010000000000000000000200b700', mask: ELF64_MASK },
  { name: 'arm', goarch: 'arm', qemuArch: 'arm', magic: '7f454c4601010100000000000000000002002800', mask: ELF64_MASK },
  { name: 'riscv64', goarch: 'riscv64', qemuArch: 'riscv64', magic: '7f454c460201010000000000000000000200f300', mask: ELF64_MASK },
  { name: 'ppc64le', goarch: 'ppc64le', qemuArch: 'ppc64le', magic: '7f454c4602010100000000000000000002001500', mask: 'fffffffffffffffcfffffffffffffffffeffff00' },
  { name: 's390x', goarch: 's390x', qemuArch: 's390x', magic: '7f454c4602020100000000000000000000020016', mask: 'fffffffffffffffcfffffffffffffffffffeffff' },
  { name: 'ppc64', goarch: 'ppc64', qemuArch: 'ppc64', magic: '7f454c4602020100000000000000000000020015', mask: 'fffffffffffffffcfffffffffffffffffffeffff' },
  { name: 'mips64le', goarch: 'mips64le', qemuArch: 'mips64el', magic: '7f454c4602010100000000000000000002000800', mask: 'ffffffffffffff00fefffffffffffffffeffffff' },
  { name: 'mips64', goarch: 'mips64', qemuArch: 'mips64', magic: '7f454c4602020100000000000000000000020008', mask: 'ffffffffffffff00fefffffffffffffffffeffff' },
  { name: 'loong64', goarch: 'loong64', qemuArch: 'loongarch64', magic: '7f454c4602010100000000000000000002000201', mask: 'fffffffffffffffc00fffffffffffffffeffffff' },
  { name: '386', goarch: '386', qemuArch: 'i386', magic: '7f454c4601010100000000000000000002000300', mask: ELF64_MASK },
  { name: 'amd64', goarch: 'amd64', qemuArch: 'x86_64', magic: '7f454c4602010100000000000000000002003e00', mask: ELF64_MASK },
];

const ALIASES: Record<string, string> = { aarch64: 'arm64', armhf: 'arm', 'arm/v7': 'arm', 'arm/v6': 'arm', x86_64: 'amd64', i386: '386', mips64el: 'mips64le', loongarch64: 'loong64' };

/** Platforms a host runs natively (no emulator needed), by Node's process.arch. */
const NATIVE: Record<string, string[]> = { x64: ['amd64', '386'], arm64: ['arm64'], ia32: ['386'], ppc64: ['ppc64le'], s390x: ['s390x'], riscv64: ['riscv64'], loong64: ['loong64'] };

export const nativePlatforms = (arch: string = process.arch): string[] => NATIVE[arch] ?? [];

/** One platform by its name, alias or `linux/<arch>` form. */
export function findPlatform(name: string): QemuPlatform | undefined {
  const n = name.trim().toLowerCase().replace(/^linux\//, '');
  const canonical = ALIASES[n] ?? n.replace(/\/.*$/, '');
  return QEMU_PLATFORMS.find((p) => p.name === canonical);
}

/** The qemu-platforms input resolved: names (or `all`) to platforms, native ones dropped; unknown names are errors. */
export function resolvePlatforms(names: string[], arch: string = process.arch): QemuPlatform[] {
  const native = new Set(nativePlatforms(arch));
  const wanted = names.some((n) => n.trim() === 'all') ? QEMU_PLATFORMS.map((p) => p.name) : names;
  const out: QemuPlatform[] = [];
  for (const n of wanted) {
    const p = findPlatform(n);
    if (!p) {
      throw new UserError(`unknown platform "${n}"`, {
        where: { file: 'input qemu-platforms' },
        hint: `use one of: ${QEMU_PLATFORMS.map((x) => x.name).join(', ')}, or all`,
      });
    }
    if (!native.has(p.name) && !out.includes(p)) out.push(p);
  }
  return out;
}
