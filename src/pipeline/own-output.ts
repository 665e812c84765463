// What the action itself writes inside the workspace (out-dir with binaries, manifest.json and SARIF; the baseline
// snapshot), as globs relative to it: never an input of the repository's policies, nor a config the baseline tracks.
import { isAbsolute, relative, sep } from 'node:path';
import type { Config } from '../config/config.ts';

export function ownOutputGlobs(config: Config): string[] {
  const inside = (p: string) => {
    const rel = relative(config.workspace, p);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
  };
  const out = inside(config.matrix.outDir);
  const snapshot = inside(config.baseline.file);
  return [...(out ? [`${out}/**`] : []), ...(snapshot ? [snapshot] : [])];
}
