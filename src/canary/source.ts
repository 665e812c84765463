// Where the canary YAML came from, and a locator of its values' lines for error messages: the --config file, the
// file named by the canary input, the `canary:` key of the repository config file, or the input text (no lines).
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Config } from '../config/config.ts';
import { UserError } from '../errors.ts';
import type { Locate, YamlPath } from './config.ts';

export interface CanarySource {
  document: unknown;
  /** For messages: a path relative to the workspace, or "input canary". */
  source: string;
  locate: Locate;
}

/** The canary document for this run, or undefined when none is configured. */
export function canarySource(config: Config, flagFile: string | undefined): CanarySource | undefined {
  if (flagFile !== undefined) {
    const path = resolve(config.workspace, flagFile);
    if (!existsSync(path)) throw new UserError(`canary config file "${flagFile}" does not exist`, { hint: 'give a path relative to the current directory (or --cwd)' });
    const { doc, locate } = readYaml(path, flagFile, []);
    return { document: doc.toJS(), source: flagFile, locate };
  }
  const { document, source } = config.canary;
  if (document === undefined) return undefined;
  if (source === 'canary (config file)' && config.configFile) {
    const display = relative(config.workspace, config.configFile) || config.configFile;
    return { document, source: display, locate: readYaml(config.configFile, display, ['canary']).locate };
  }
  const path = resolve(config.workspace, source);
  if (source !== 'input canary' && existsSync(path)) return { document, source, locate: readYaml(path, source, []).locate };
  return { document, source, locate: () => ({ file: source }) };
}

function readYaml(path: string, display: string, prefix: YamlPath): { doc: Document; locate: Locate } {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const pos = lines.linePos(doc.errors[0].pos[0]);
    throw new UserError(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { where: { file: display, line: pos.line, col: pos.col }, hint: 'fix the YAML syntax' });
  }
  const locate: Locate = (p) => {
    // The value at the path, or its nearest parent that exists (a missing key is reported at its mapping).
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn([...prefix, ...p.slice(0, n)], true) as Node | undefined;
      if (node && typeof node === 'object' && node.range) return { file: display, line: lines.linePos(node.range[0]).line };
    }
    return { file: display };
  };
  return { doc, locate };
}
