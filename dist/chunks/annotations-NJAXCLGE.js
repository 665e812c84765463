import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  ANNOTATIONS_PER_KIND,
  allFindings,
  annotationProperties,
  annotationsOf,
  findingText,
  omittedNote,
  terminalLine
} from "./chunk-N47EUD2A.js";
import "./chunk-3M7CTMJA.js";
import "./chunk-S42OCB4Q.js";
export {
  ANNOTATIONS_PER_KIND,
  allFindings,
  annotationProperties,
  annotationsOf,
  findingText,
  omittedNote,
  terminalLine
};
