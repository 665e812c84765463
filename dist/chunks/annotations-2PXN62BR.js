import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_KIND,
  allFindings,
  annotationProperties,
  annotationsOf,
  findingText,
  omittedNote,
  terminalLine
} from "./chunk-MCN7LZVV.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-7LQLP6SQ.js";
export {
  ANNOTATIONS_PER_KIND,
  allFindings,
  annotationProperties,
  annotationsOf,
  findingText,
  omittedNote,
  terminalLine
};
