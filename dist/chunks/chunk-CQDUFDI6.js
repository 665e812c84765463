import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  lineNear,
  readYaml
} from "./chunk-NNH6NQCZ.js";
import {
  readBoundedText
} from "./chunk-QKH5TLKL.js";

// src/config/canary-file.ts
function readCanaryFile(path, display) {
  const doc = readYaml(readBoundedText(path, { label: "canary config file", where: { file: display } }), { file: display });
  return { document: doc?.value ?? null, locate: (p) => ({ file: display, line: doc && lineNear(doc, p) }) };
}

export {
  readCanaryFile
};
