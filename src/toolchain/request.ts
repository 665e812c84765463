// What the config asks for: go-version (one or several), else go-version-file, else the working directory's go.mod.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ToolchainConfig } from '../config/config.ts';
import { UserError } from '../errors.ts';
import { readVersionText } from './version-file.ts';
import { parseVersionSpec } from './version-spec.ts';
import type { VersionSpec } from './types.ts';

export interface Request {
  specs: VersionSpec[];
  /** Where the request came from, for messages: "input go-version", "examples/go.mod:3". */
  source: string;
  /** A note for the user (e.g. both go-version and go-version-file given). */
  warning?: string;
}

export function requestedVersions(tc: ToolchainConfig, workspace: string, workingDirectory: string): Request | undefined {
  if (tc.goVersions.length) {
    const specs = tc.goVersions.map((v) => parseVersionSpec(v, { file: 'input go-version' }));
    const warning = tc.goVersionFile ? `both go-version and go-version-file are given; using go-version (${tc.goVersions.join(', ')})` : undefined;
    return { specs, source: 'input go-version', warning };
  }
  if (tc.goVersionFile) {
    const path = [resolve(workspace, tc.goVersionFile), resolve(workingDirectory, tc.goVersionFile)].find((p) => existsSync(p));
    if (!path) {
      throw new UserError(`go-version-file "${tc.goVersionFile}" does not exist`, {
        where: { file: 'input go-version-file' }, code: 'missing_version_file',
        hint: 'give a path relative to the workspace (go.mod, go.work, .go-version or .tool-versions)',
      });
    }
    return fromFile(path, workspace);
  }
  const goMod = join(workingDirectory, 'go.mod');
  return existsSync(goMod) ? fromFile(goMod, workspace) : undefined;
}

function fromFile(path: string, workspace: string): Request {
  const display = relative(workspace, path) || path;
  const v = readVersionText(path, readFileSync(path, 'utf8'), display);
  return { specs: [parseVersionSpec(v.spec, { file: display, line: v.line })], source: `${display}:${v.line}` };
}
