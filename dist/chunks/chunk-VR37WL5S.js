import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  existsSync,
  realpathSync
} from "./chunk-S7VI56VC.js";
import {
  UserError
} from "./chunk-PH75XFP6.js";

// src/workspace-path.ts
import { dirname, isAbsolute, join, relative, resolve, sep, basename } from "node:path";
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

export {
  realpathAllowMissing,
  resolveInside
};
