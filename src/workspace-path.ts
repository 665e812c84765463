// Paths named by the repository (inputs, the config file, a canary file provider) resolve inside the workspace or
// one of our own dirs: symlinks are followed with realpath so `link -> /etc` cannot step outside.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep, basename } from 'node:path';
import { UserError, type Where } from './errors.ts';

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files yet to be written). */
export function realpathAllowMissing(p: string): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  if (parent === abs) return abs;
  return join(realpathAllowMissing(parent), basename(abs));
}

const isWithin = (root: string, p: string) => {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

export interface InsideOptions {
  /** What named the path, for the message: `input "out-dir"`, `canary provider path`. */
  label: string;
  where?: Where;
  /** Other roots the path may also lie in (our own cache or temp dirs). */
  alsoAllowed?: string[];
}

/**
 * `p` (relative to `base`, which defaults to the workspace) as an absolute real path inside the workspace, or a
 * UserError naming the input and the workspace.
 */
export function resolveInside(workspace: string, p: string, opts: InsideOptions & { base?: string }): string {
  const abs = resolve(opts.base ?? workspace, p);
  const real = realpathAllowMissing(abs);
  const roots = [workspace, ...(opts.alsoAllowed ?? [])].map(realpathAllowMissing);
  if (roots.some((r) => isWithin(r, real))) return real;
  throw new UserError(`${opts.label} "${p}" resolves to ${real}, outside the workspace ${roots[0]}`, {
    where: opts.where,
    hint: 'give a path inside the workspace (symlinks are followed)',
    code: 'path_outside_workspace',
  });
}
