import { createRequire } from 'node:module';
import { e as existsSync, r as realpathSync, U as UserError } from './chunk-gJGdoriE.js';
import { resolve, dirname, join, basename, relative, sep, isAbsolute } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
function realpathAllowMissing(p) {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  if (parent === abs) return abs;
  return join(realpathAllowMissing(parent), basename(abs));
}
var isWithin = (root, p) => {
  const rel = relative(root, p);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
};
function resolveInside(workspace, p, opts) {
  const abs = resolve(opts.base ?? workspace, p);
  const real = realpathAllowMissing(abs);
  const roots = [workspace, ...opts.alsoAllowed ?? []].map(realpathAllowMissing);
  if (roots.some((r) => isWithin(r, real))) return real;
  throw new UserError(`${opts.label} "${p}" resolves to ${real}, outside the workspace ${roots[0]}`, {
    where: opts.where,
    hint: "give a path inside the workspace (symlinks are followed)",
    code: "path_outside_workspace"
  });
}

export { realpathAllowMissing as a, resolveInside as r };
