// The runner a fan-out job should use for a target: native where GitHub-hosted runners exist, ubuntu-latest with
// QEMU for the other linux targets, and ubuntu-latest for pure cross builds.

export interface RunnerSuggestion {
  runner: string;
  /** The runner executes the target's binaries without emulation. */
  native: boolean;
}

const NATIVE: Record<string, string> = {
  'linux/amd64': 'ubuntu-latest',
  'linux/386': 'ubuntu-latest',
  'linux/arm64': 'ubuntu-24.04-arm',
  'windows/amd64': 'windows-latest',
  'windows/386': 'windows-latest',
  'windows/arm64': 'windows-11-arm',
  'darwin/arm64': 'macos-latest',
  'darwin/amd64': 'macos-15-intel',
};

export function suggestRunner(goos: string, goarch: string): RunnerSuggestion {
  const native = NATIVE[`${goos}/${goarch}`];
  return native ? { runner: native, native: true } : { runner: 'ubuntu-latest', native: false };
}
