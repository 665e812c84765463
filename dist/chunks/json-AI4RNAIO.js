import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  fromDocument
} from "./chunk-X7X4UG2A.js";
import {
  readJson
} from "./chunk-CUPEGQLV.js";
import "./chunk-R5QX52YN.js";
import "./chunk-PH75XFP6.js";
import "./chunk-S42OCB4Q.js";

// src/policy/parsers/json.ts
var jsonParser = {
  parse: (text, file) => fromDocument(readJson(text.replace(/^\uFEFF/, ""), file))
};
export {
  jsonParser
};
