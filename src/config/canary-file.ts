// A canary YAML file read once, with the lines of its key paths: for the canary input naming a file, and the canary
// command's --config.
import { readBoundedText } from '../bounded-read.ts';
import { lineNear, readYaml } from '../core/document.ts';
import type { Where } from '../errors.ts';

export interface CanaryFile {
  /** The parsed YAML (null for an empty file). */
  document: unknown;
  locate: (path: readonly (string | number)[]) => Where;
}

export function readCanaryFile(path: string, display: string): CanaryFile {
  const doc = readYaml(readBoundedText(path, { label: 'canary config file', where: { file: display } }), { file: display });
  return { document: doc?.value ?? null, locate: (p) => ({ file: display, line: doc && lineNear(doc, p) }) };
}
