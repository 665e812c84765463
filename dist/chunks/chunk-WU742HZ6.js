import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  lineNear,
  readYaml
} from "./chunk-CUPEGQLV.js";
import {
  readBoundedText
} from "./chunk-JCTGLZSJ.js";

// src/config/canary-file.ts
function readCanaryFile(path, display) {
  const doc = readYaml(readBoundedText(path, { label: "canary config file", where: { file: display } }), { file: display });
  return { document: doc?.value ?? null, locate: (p) => ({ file: display, line: doc && lineNear(doc, p) }) };
}

export {
  readCanaryFile
};
