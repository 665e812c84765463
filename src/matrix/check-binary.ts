// A binary's header against its target: format, machine, class, byte order, OS ABI, static or dynamic, interpreter,
// ARM float ABI, Mach-O CPU, PE machine and subsystem. Returns the problems in words; empty means it matches.
import type { BinaryInfo } from './inspect/index.ts';
import type { Target } from './types.ts';

interface ElfExpect { machine: string; bits: 32 | 64; endian: 'little' | 'big' }

const ELF_ARCH: Record<string, ElfExpect> = {
  '386': { machine: 'i386', bits: 32, endian: 'little' },
  amd64: { machine: 'x86-64', bits: 64, endian: 'little' },
  arm: { machine: 'arm', bits: 32, endian: 'little' },
  arm64: { machine: 'aarch64', bits: 64, endian: 'little' },
  riscv64: { machine: 'riscv', bits: 64, endian: 'little' },
  ppc64: { machine: 'ppc64', bits: 64, endian: 'big' },
  ppc64le: { machine: 'ppc64', bits: 64, endian: 'little' },
  s390x: { machine: 's390', bits: 64, endian: 'big' },
  mips: { machine: 'mips', bits: 32, endian: 'big' },
  mipsle: { machine: 'mips', bits: 32, endian: 'little' },
  mips64: { machine: 'mips', bits: 64, endian: 'big' },
  mips64le: { machine: 'mips', bits: 64, endian: 'little' },
  loong64: { machine: 'loongarch', bits: 64, endian: 'little' },
  sparc64: { machine: 'sparcv9', bits: 64, endian: 'big' },
};

/** glibc's dynamic loader per linux GOARCH (what a cgo binary linked by the cross compiler asks for). */
export const LINUX_INTERPRETERS: Record<string, string> = {
  '386': '/lib/ld-linux.so.2',
  amd64: '/lib64/ld-linux-x86-64.so.2',
  arm: '/lib/ld-linux-armhf.so.3',
  arm64: '/lib/ld-linux-aarch64.so.1',
  riscv64: '/lib/ld-linux-riscv64-lp64d.so.1',
  ppc64le: '/lib64/ld64.so.2',
  s390x: '/lib/ld64.so.1',
};

const MACHO_ARCH: Record<string, string> = { amd64: 'x86_64', arm64: 'arm64' };
const PE_ARCH: Record<string, { machine: string; bits: 32 | 64 }> = {
  '386': { machine: 'i386', bits: 32 }, amd64: { machine: 'amd64', bits: 64 }, arm64: { machine: 'arm64', bits: 64 }, arm: { machine: 'arm', bits: 32 },
};

export function expectedFormat(goos: string): BinaryInfo['format'] {
  if (goos === 'darwin' || goos === 'ios') return 'macho';
  if (goos === 'windows') return 'pe';
  if (goos === 'js' || goos === 'wasip1') return 'wasm';
  if (goos === 'aix') return 'xcoff';
  if (goos === 'plan9') return 'plan9';
  return 'elf';
}

export interface CheckOptions {
  /** The ldflags asked for a GUI executable (-H windowsgui). */
  windowsGui?: boolean;
}

export function checkBinary(info: BinaryInfo, t: Target, opts: CheckOptions = {}): string[] {
  const want = expectedFormat(t.goos);
  if (info.format !== want) return [`is ${info.format === 'unknown' ? 'not a known executable format' : `a ${info.format} file`}, ${t.id} needs ${want}`];
  const problems: string[] = [];
  const differ = (what: string, got: unknown, expected: unknown) => {
    if (got !== expected) problems.push(`${what} is ${String(got)}, ${t.id} needs ${String(expected)}`);
  };
  if (info.format === 'elf') {
    const e = ELF_ARCH[t.goarch];
    if (e) {
      differ('machine', info.machineName, e.machine);
      differ('class', `ELF${info.bits}`, `ELF${e.bits}`);
      differ('byte order', info.endian, e.endian);
    }
    if ((t.goos === 'linux' || t.goos === 'android') && info.osAbi !== 0 && info.osAbi !== 3) problems.push(`OS ABI is ${info.osAbi}, ${t.id} needs SYSV (0) or GNU/Linux (3)`);
    if (t.goos === 'freebsd') differ('OS ABI', info.osAbi, 9);
    if (t.goos === 'linux') {
      if (!t.cgo && info.dynamic) problems.push(`is dynamically linked${info.interpreter ? ` (interpreter ${info.interpreter})` : ''}, a CGO_ENABLED=0 build of ${t.id} must be static`);
      if (t.cgo) {
        const interp = LINUX_INTERPRETERS[t.goarch];
        if (!info.interpreter) problems.push(`has no interpreter, a cgo build of ${t.id} is dynamically linked against glibc`);
        else if (interp && info.interpreter !== interp) differ('interpreter', info.interpreter, interp);
        if (t.goarch === 'arm' && info.armFloatAbi === 'soft') problems.push(`uses the soft-float ABI, ${t.id} with cgo (arm-linux-gnueabihf) needs hard-float`);
      }
    }
  } else if (info.format === 'macho') {
    const arch = MACHO_ARCH[t.goarch];
    if (arch && !info.slices.some((s) => s.arch === arch)) problems.push(`CPU type is ${info.slices.map((s) => s.arch).join('+')}, ${t.id} needs ${arch}`);
    const bad = info.slices.filter((s) => s.fileType !== undefined && s.fileType !== 2);
    if (bad.length) problems.push(`Mach-O file type is ${bad[0].fileType}, an executable (2) was expected`);
  } else if (info.format === 'pe') {
    const p = PE_ARCH[t.goarch];
    if (p) {
      differ('machine', info.machineName, p.machine);
      differ('class', `PE${info.bits === 64 ? '32+' : '32'}`, `PE${p.bits === 64 ? '32+' : '32'}`);
    }
    differ('subsystem', info.subsystemName, opts.windowsGui ? 'gui' : 'console');
  } else if (info.format === 'plan9' && info.arch && info.arch !== t.goarch) {
    differ('architecture', info.arch, t.goarch);
  }
  return problems;
}
