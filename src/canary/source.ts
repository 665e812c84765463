// Where the canary YAML came from, and a locator of its values' lines for error messages: the --config file, the
// file named by the canary input, the `canary:` key of the repository config file, or the input text (no lines).
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { readBoundedText } from '../bounded-read.ts';
import type { Config } from '../config/config.ts';
import { UserError } from '../errors.ts';
import { resolveInside } from '../workspace-path.ts';
import type { Locate, YamlPath } from './config.ts';

export interface CanarySource {
  document: unknown;
  /** For messages: a path relative to the workspace, or "input canary". */
  source: string;
  locate: Locate;
  /** YAML written in the step's canary input (the workflow's), not read from a file a pull request can change. */
  trusted: boolean;
}

/** The canary document for this run, or undefined when none is configured. */
export function canarySource(config: Config, flagFile: string | undefined): CanarySource | undefined {
  if (flagFile !== undefined) {
    const path = resolveInside(config.workspace, flagFile, { label: 'canary config file' });
    if (!existsSync(path)) throw new UserError(`canary config file "${flagFile}" does not exist`, { hint: 'give a path relative to the current directory (or --cwd)' });
    const { doc, locate } = readYaml(path, flagFile, []);
    return { document: doc.toJS(), source: flagFile, locate, trusted: false };
  }
  const { document, source } = config.canary;
  if (document === undefined) return undefined;
  if (source === 'canary (config file)' && config.configFile) {
    const display = relative(config.workspace, config.configFile) || config.configFile;
    return { document, source: display, locate: readYaml(config.configFile, display, ['canary']).locate, trusted: false };
  }
  if (source === 'input canary') return { document, source, locate: () => ({ file: source }), trusted: true };
  const path = resolveInside(config.workspace, source, { label: 'canary config file' });
  return { document, source, locate: existsSync(path) ? readYaml(path, source, []).locate : () => ({ file: source }), trusted: false };
}

function readYaml(path: string, display: string, prefix: YamlPath): { doc: Document; locate: Locate } {
  const lines = new LineCounter();
  const text = readBoundedText(path, { label: 'canary config file', where: { file: display } });
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
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
