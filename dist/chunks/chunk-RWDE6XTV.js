import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-AD2JC2XU.js";

// src/log-text.ts
var CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
function logSafe(text) {
  const flat = String(text).replace(CONTROL, (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return flat.replace(/##\[/g, "#\u200B#[").replace(/^(\s*):/, "$1\u200B:");
}
var quoted = (text) => `"${logSafe(text).replace(/"/g, '\\"')}"`;

// src/workspace-path.ts
import { existsSync, realpathSync } from "node:fs";
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
  logSafe,
  quoted,
  realpathAllowMissing,
  resolveInside
};
