// Which parser reads a file (by its name, as the tools name them), and reading one from the workspace: bounded,
// inside the workspace, every failure returned as a LockError naming the file and line.
import { basename, relative } from 'node:path';
import { readBoundedText } from '../bounded-read.ts';
import { resolveInside } from '../workspace-path.ts';
import { withoutBom } from './bom.ts';
import type { LockFormat } from './document.ts';
import { parseGoMod, parseGoWork } from './go-mod.ts';
import { lockFormatOf } from './lock-format.ts';
import { parseGoSum } from './go-sum.ts';
import { isUserError } from '../errors.ts';
import { unreadable, type LockParseResult } from './lock-error.ts';
import { parsePipfileLock } from './pipfile-lock.ts';
import { parsePoetryLock } from './poetry-lock.ts';
import { parsePylock } from './pylock.ts';
import { parseRequirements, type RequirementsReadOptions } from './requirements.ts';
import { parseUvLock } from './uv-lock.ts';

export interface LockParseOptions extends RequirementsReadOptions {
  /** The format, when the file's name does not say it. */
  format?: LockFormat;
}

const PARSERS: Record<LockFormat, (text: string, file: string, opts: LockParseOptions) => LockParseResult> = {
  'go.mod': parseGoMod,
  'go.sum': parseGoSum,
  'go.work': parseGoWork,
  'requirements.txt': parseRequirements,
  'poetry.lock': parsePoetryLock,
  'Pipfile.lock': parsePipfileLock,
  'uv.lock': parseUvLock,
  'pylock.toml': parsePylock,
};

export function parseLockText(raw: string, file: string, opts: LockParseOptions = {}): LockParseResult {
  const text = withoutBom(raw);
  const format = opts.format ?? lockFormatOf(file);
  const parser = format && PARSERS[format];
  if (!parser) {
    return {
      ok: false,
      error: {
        code: 'unreadable',
        file,
        line: 1,
        message: `${basename(file)} is not a lock file this reader knows (go.mod, go.sum, go.work, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, pylock.toml)`,
      },
    };
  }
  return parser(text, file, opts);
}

/** Reads `file` (relative to the workspace) and parses it; the document names the file relative to the workspace. */
export function readLock(workspace: string, file: string, opts: LockParseOptions & { maxBytes?: number } = {}): LockParseResult {
  let text: string;
  let shown: string;
  try {
    const abs = resolveInside(workspace, file, { label: 'lock file' });
    shown = relative(resolveInside(workspace, '.', { label: 'workspace' }), abs) || file;
    text = readBoundedText(abs, { label: 'lock file', maxBytes: opts.maxBytes, where: { file: shown } });
  } catch (e) {
    if (isUserError(e)) return { ok: false, error: unreadable(e, file) };
    throw e;
  }
  return parseLockText(text, shown, { ...opts, workspace });
}
