// What the config asks for: go-version (one or several), else go-version-file, else the working directory's go.mod.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readBoundedText } from '../bounded-read.ts';
import type { ToolchainConfig } from '../config/config.ts';
import { UserError } from '../errors.ts';
import type { CommandRunner } from '../process.ts';
import { goSyntaxError, whichGo } from './go-env.ts';
import { readVersionText, type FileVersion } from './version-file.ts';
import { parseVersionSpec } from './version-spec.ts';
import type { VersionSpec } from './types.ts';

export interface Request {
  specs: VersionSpec[];
  /** Where the request came from, for messages: "input go-version", "examples/go.mod:3". */
  source: string;
  /** A note for the user (e.g. both go-version and go-version-file given). */
  warning?: string;
}

/** Where the go command's own parser runs (`env`'s PATH finds the go): it explains a go.mod or go.work ours refuses. */
interface GoParser {
  env: NodeJS.ProcessEnv;
  run?: CommandRunner;
}

/**
 * `env`, when given, is where a `go` binary is looked up on PATH: a go.mod or go.work our parser refuses is then
 * reported with the go command's own message at its line.
 */
export async function requestedVersions(
  tc: ToolchainConfig,
  workspace: string,
  workingDirectory: string,
  env?: NodeJS.ProcessEnv,
  run?: CommandRunner,
): Promise<Request | undefined> {
  const goParser = env && { env, run };
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
    return fromFile(path, workspace, 'go-version-file', goParser);
  }
  const goMod = join(workingDirectory, 'go.mod');
  return existsSync(goMod) ? fromFile(goMod, workspace, 'go.mod', goParser) : undefined;
}

async function fromFile(path: string, workspace: string, label: string, goParser: GoParser | undefined): Promise<Request> {
  const rel = relative(workspace, path);
  const display = rel && !rel.startsWith('..') ? rel : path;
  // Bounded and regular files only: `go-version-file: /dev/zero` must not read forever.
  const text = readBoundedText(path, { label, where: { file: display } });
  const v = await versionOf(path, text, display, goParser);
  return { specs: [parseVersionSpec(v.spec, { file: display, line: v.line })], source: `${display}:${v.line}` };
}

async function versionOf(path: string, text: string, display: string, goParser: GoParser | undefined): Promise<FileVersion> {
  try {
    return readVersionText(path, text, display);
  } catch (e) {
    const goBin = e instanceof UserError && /\.(mod|work)$/.test(path) && goParser ? await whichGo(goParser.env) : undefined;
    const go = goBin ? await goSyntaxError(goBin, path, goParser!.env, goParser!.run) : undefined;
    if (!go) throw e;
    throw new UserError(go.message.replaceAll(path, display), { where: { file: display, line: go.line, col: go.col }, code: 'bad_version_file', hint: `as \`go ${path.endsWith('.work') ? 'work' : 'mod'} edit -json\` reads it; fix that line` });
  }
}
