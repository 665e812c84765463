// Which files a `policy test` reads: the paths given, directories walked as conftest walks them (recursively, each
// directory's entries in name order, hidden files included), keeping only files a parser understands unless a parser
// is forced. Paths stay as the user wrote them, joined with the walked names, so results name files that way.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { parserFor } from './parsers/registry.ts';

export function walkInputs(paths: readonly string[], cwd: string, forcedParser?: string): string[] {
  const out: string[] = [];
  const visit = (shown: string, top: boolean) => {
    const st = statSync(resolve(cwd, shown), { throwIfNoEntry: false });
    if (!st) throw new UserError(`no such file or directory: ${shown}`, { hint: 'name the config files or directories to test' });
    if (st.isDirectory()) {
      for (const name of readdirSync(resolve(cwd, shown)).sort()) visit(join(shown, name), false);
    } else if (top || forcedParser || parserFor(shown)) out.push(shown);
  };
  for (const p of paths) visit(p, true);
  return out;
}

/** Every file under the paths whose name ends in one of `exts`, in walk order (policies: .rego; data: .json/.yaml). */
export function filesWithExtension(paths: readonly string[], cwd: string, exts: readonly string[], label: string): string[] {
  const out: string[] = [];
  const visit = (shown: string) => {
    const st = statSync(resolve(cwd, shown), { throwIfNoEntry: false });
    if (!st) throw new UserError(`${label}: no such file or directory: ${shown}`, { hint: `check the ${label} paths` });
    if (st.isDirectory()) for (const name of readdirSync(resolve(cwd, shown)).sort()) visit(join(shown, name));
    else if (exts.some((e) => shown.toLowerCase().endsWith(e))) out.push(shown);
  };
  for (const p of paths) visit(p);
  return out;
}
