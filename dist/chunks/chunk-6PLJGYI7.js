import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  lockFormatOf
} from "./chunk-ZYJSUGIU.js";

// src/locks/names.ts
var FORMATS = ["go.mod", "go.sum", "go.work", "requirements.txt", "poetry.lock", "Pipfile.lock", "uv.lock", "pylock.toml"];
var nameMatches = (format) => (base) => lockFormatOf(base === "pipfile.lock" ? "Pipfile.lock" : base) === format;
var lockInputParsers = () => FORMATS.map((format) => ({
  name: format.toLowerCase(),
  extensions: [],
  fileName: nameMatches(format),
  ownFormat: true,
  load: async () => (await import("./policy-inputs-OJ4VNZU6.js")).lockInputParser(format)
}));

export {
  lockInputParsers
};
