import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  parseLockText
} from "./chunk-3HWBFXYF.js";
import "./chunk-ZYJSUGIU.js";
import "./chunk-HQQHABIC.js";
import {
  DocumentSyntaxError
} from "./chunk-CUPEGQLV.js";
import "./chunk-R5QX52YN.js";
import "./chunk-VR37WL5S.js";
import "./chunk-JCTGLZSJ.js";
import "./chunk-S7VI56VC.js";
import "./chunk-PH75XFP6.js";
import "./chunk-S42OCB4Q.js";

// src/locks/policy-inputs.ts
import { basename } from "node:path";
function lineOf(doc, path) {
  let node = doc;
  let line;
  for (const key of path) {
    if (typeof node !== "object" || node === null) break;
    node = node[key];
    const l = node?.line;
    if (typeof l === "number") line = l;
  }
  return line;
}
var lockInputParser = (format) => ({
  parse(text, file) {
    const r = parseLockText(text, file, { format });
    if (!r.ok) throw new DocumentSyntaxError(r.error.file, r.error.message, r.error.line, r.error.column, basename(format));
    const doc = r.document;
    return { value: doc, documents: [doc], lineOf: (_i, path) => lineOf(doc, path) };
  }
});
export {
  lockInputParser
};
