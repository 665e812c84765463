import { createRequire } from 'node:module';
import { basename } from 'node:path';

let __goxenvRequire$1; const __goxenvReq$1 = () => (__goxenvRequire$1 ??= createRequire(import.meta.url)); const require$2 = Object.assign((id) => __goxenvReq$1()(id), { resolve: (id, options) => __goxenvReq$1().resolve(id, options) });
var LOCK_FORMATS = ["go.mod", "go.sum", "go.work", "requirements.txt", "poetry.lock", "Pipfile.lock", "uv.lock", "pylock.toml"];
function lockFormatOf(file) {
  const name = basename(file);
  if (name === "go.mod" || name === "go.sum" || name === "go.work" || name === "poetry.lock" || name === "Pipfile.lock" || name === "uv.lock") return name;
  if (/^pylock(\.[^.]+)?\.toml$/.test(name)) return "pylock.toml";
  if (/^requirements.*\.txt$/.test(name)) return "requirements.txt";
  return null;
}

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/locks/names.ts
var nameMatches = (format) => (base) => lockFormatOf(base === "pipfile.lock" ? "Pipfile.lock" : base) === format;
var lockInputParsers = () => LOCK_FORMATS.map((format) => ({
  name: format.toLowerCase(),
  extensions: [],
  fileName: nameMatches(format),
  ownFormat: true,
  load: async () => (await import('./policy-inputs-DSVf2q2C.js')).lockInputParser(format)
}));

export { LOCK_FORMATS as L, lockInputParsers as a, lockFormatOf as l };
