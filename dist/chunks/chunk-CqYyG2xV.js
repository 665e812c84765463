import { createRequire } from 'node:module';
import { a as readYaml, l as lineNear } from './chunk-Dn6_G6dh.js';
import { r as readBoundedText } from './chunk-CE2JlTQc.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/config/canary-file.ts
function readCanaryFile(path, display) {
  const doc = readYaml(readBoundedText(path, { label: "canary config file", where: { file: display } }), { file: display });
  return { document: doc?.value ?? null, locate: (p) => ({ file: display, line: doc && lineNear(doc, p) }) };
}

export { readCanaryFile as r };
