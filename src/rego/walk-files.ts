// The files a --data or --schema path names: the file itself, or every file below a directory, in name order.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.ts';

/**
 * Files under `path` as the user wrote them (so messages name them that way), read relative to `cwd`; `label` names the
 * flag in messages. A symbolic link back into a directory being walked is one clear error, not a stack overflow.
 */
export function walkFiles(path: string, cwd: string, label: string, ancestors: string[] = []): string[] {
  const abs = resolve(cwd, path);
  let st;
  try {
    st = statSync(abs, { throwIfNoEntry: false });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UserError(`${label} ${path}: a symbolic link loop`, { hint: 'remove the looping link or name another path' });
    throw new UserError(`${label} ${path} cannot be read (${code ?? (e as Error).message})`);
  }
  if (!st) throw new UserError(`no such file or directory: ${path}`, { hint: `check the ${label} paths` });
  if (!st.isDirectory()) return [path];
  const real = realpathSync(abs);
  if (ancestors.includes(real)) {
    throw new UserError(`${label} ${path}: a symbolic link loop (it is the directory ${real} again)`, { hint: 'remove the looping link or name another path' });
  }
  return readdirSync(abs).sort().flatMap((n) => walkFiles(join(path, n), cwd, label, [...ancestors, real]));
}
