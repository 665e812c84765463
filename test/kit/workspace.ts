// A temporary workspace holding the given files (names may contain directories), for tests of anything that reads
// a repository.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ToolchainConfig } from '../../src/config/config.ts';

export function workspaceWith(files: Record<string, string>, prefix = 'go-xenv-ws-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A toolchain config with every field at its default, as the config loader produces it, changed by `over`. */
export const toolchainConfig = (over: Partial<ToolchainConfig> = {}): ToolchainConfig => ({
  goVersions: [],
  goVersionFile: '',
  checkLatest: false,
  downloadBaseUrl: '',
  token: '',
  cache: 'true',
  cacheDependencyPath: [],
  cacheSaveBranches: [],
  ...over,
});

const EXAMPLES = new URL('../../examples', import.meta.url).pathname;

/**
 * examples/ copied to `dest` as the repository has it: without the `.go-xenv` outputs a local `npm start` leaves
 * there (ignored by git), which would otherwise stand in the copy as stale binaries.
 */
export function copyExamples(dest: string): void {
  cpSync(EXAMPLES, dest, { recursive: true, filter: (src) => basename(src) !== '.go-xenv' });
}
