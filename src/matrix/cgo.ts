// The cross C compiler for a cgo target: which gcc, which Debian/Ubuntu package provides it, and the sysroot QEMU
// needs to run the result.

export interface CrossCompiler {
  cc: string;
  package: string;
  /** Where the target's libc lives (QEMU's -L), for linux targets. */
  sysroot?: string;
}

const TABLE: Record<string, CrossCompiler> = {
  'linux/amd64': { cc: 'x86_64-linux-gnu-gcc', package: 'gcc-x86-64-linux-gnu', sysroot: '/usr/x86_64-linux-gnu' },
  'linux/386': { cc: 'i686-linux-gnu-gcc', package: 'gcc-i686-linux-gnu', sysroot: '/usr/i686-linux-gnu' },
  'linux/arm64': { cc: 'aarch64-linux-gnu-gcc', package: 'gcc-aarch64-linux-gnu', sysroot: '/usr/aarch64-linux-gnu' },
  'linux/arm': { cc: 'arm-linux-gnueabihf-gcc', package: 'gcc-arm-linux-gnueabihf', sysroot: '/usr/arm-linux-gnueabihf' },
  'linux/riscv64': { cc: 'riscv64-linux-gnu-gcc', package: 'gcc-riscv64-linux-gnu', sysroot: '/usr/riscv64-linux-gnu' },
  'linux/ppc64le': { cc: 'powerpc64le-linux-gnu-gcc', package: 'gcc-powerpc64le-linux-gnu', sysroot: '/usr/powerpc64le-linux-gnu' },
  'linux/s390x': { cc: 's390x-linux-gnu-gcc', package: 'gcc-s390x-linux-gnu', sysroot: '/usr/s390x-linux-gnu' },
  'linux/mips64le': { cc: 'mips64el-linux-gnuabi64-gcc', package: 'gcc-mips64el-linux-gnuabi64', sysroot: '/usr/mips64el-linux-gnuabi64' },
  'linux/loong64': { cc: 'loongarch64-linux-gnu-gcc', package: 'gcc-loongarch64-linux-gnu', sysroot: '/usr/loongarch64-linux-gnu' },
  'windows/amd64': { cc: 'x86_64-w64-mingw32-gcc', package: 'gcc-mingw-w64-x86-64' },
  'windows/386': { cc: 'i686-w64-mingw32-gcc', package: 'gcc-mingw-w64-i686' },
};

const HOST_GOARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

export const hostGoarch = (arch: string = process.arch) => HOST_GOARCH[arch] ?? arch;

/** The compiler for a target; the host's own gcc for a native linux target. Undefined when we know none. */
export function crossCompiler(goos: string, goarch: string, hostArch: string = process.arch, hostOs: string = process.platform): CrossCompiler | undefined {
  if (goos === 'linux' && hostOs === 'linux' && goarch === hostGoarch(hostArch)) return { cc: 'gcc', package: 'gcc' };
  return TABLE[`${goos}/${goarch}`];
}
