import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  require_node_fs
} from "./chunk-2VP65G5C.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import {
  __toESM
} from "./chunk-7LQLP6SQ.js";

// src/workspace-path.ts
var import_node_fs = __toESM(require_node_fs(), 1);
import { dirname, isAbsolute, join, relative, resolve, sep, basename } from "node:path";
function realpathAllowMissing(p) {
  const abs = resolve(p);
  if ((0, import_node_fs.existsSync)(abs)) return (0, import_node_fs.realpathSync)(abs);
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
