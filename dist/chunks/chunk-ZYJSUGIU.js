import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/locks/lock-format.ts
import { basename } from "node:path";
function lockFormatOf(file) {
  const name = basename(file);
  if (name === "go.mod" || name === "go.sum" || name === "go.work" || name === "poetry.lock" || name === "Pipfile.lock" || name === "uv.lock") return name;
  if (/^pylock(\.[^.]+)?\.toml$/.test(name)) return "pylock.toml";
  if (/^requirements.*\.txt$/.test(name)) return "requirements.txt";
  return null;
}

export {
  lockFormatOf
};
