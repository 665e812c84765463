// Which files a run reads, walked as conftest walks them: the paths given, directories recursively with each
// directory's entries in name order (hidden files included). Paths stay as the user wrote them, joined with the walked
// names, so results name files that way.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { parserFor } from './parsers/registry.ts';

function walk(paths: readonly string[], cwd: string, keep: (file: string, named: boolean) => boolean, label?: string): string[] {
  const out: string[] = [];
  const visit = (shown: string, named: boolean) => {
    const st = statSync(resolve(cwd, shown), { throwIfNoEntry: false });
    if (!st) {
      throw new UserError(`${label ? `${label}: ` : ''}no such file or directory: ${shown}`, {
        hint: label ? `check the ${label} paths` : 'name the config files or directories to test',
      });
    }
    if (st.isDirectory()) for (const name of readdirSync(resolve(cwd, shown)).sort()) visit(join(shown, name), false);
    else if (keep(shown, named)) out.push(shown);
  };
  for (const p of paths) visit(p, true);
  return out;
}

/**
 * The input files: every file named, and the files in named directories that conftest reads (all of them with
 * --parser). Our own formats (sshd_config, logrotate, locks) are read when named, not found by walking.
 */
export const walkInputs = (paths: readonly string[], cwd: string, forcedParser?: string): string[] =>
  walk(paths, cwd, (file, named) => {
    if (named || forcedParser) return true;
    const p = parserFor(file);
    return !!p && !p.ownFormat;
  });

/** Every file under the paths whose name ends in one of `exts` (policies: .rego; data: .json/.yaml/.yml). */
export const filesWithExtension = (paths: readonly string[], cwd: string, exts: readonly string[], label: string): string[] =>
  walk(paths, cwd, (file) => exts.some((e) => file.toLowerCase().endsWith(e)), label);
