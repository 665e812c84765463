import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  lineNear
} from "./chunk-CUPEGQLV.js";

// src/policy/parsers/parser.ts
function fromDocument(doc) {
  if (Array.isArray(doc.value)) {
    return { value: doc.value, documents: doc.value, lineOf: (i, path) => doc.lineOf([i, ...path]) };
  }
  return { value: doc.value, documents: [doc.value], lineOf: (_i, path) => doc.lineOf(path) };
}
var lineFor = (parsed, docIndex, path) => lineNear({ value: parsed.documents[docIndex], lineOf: (p) => parsed.lineOf(docIndex, p) }, path);

export {
  fromDocument,
  lineFor
};
