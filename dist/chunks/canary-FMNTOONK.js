import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  canaryCommand,
  canaryStep,
  guardCanaryCredentials,
  runCanary,
  toStepResult
} from "./chunk-YX6OI5AZ.js";
import "./chunk-KJFS3KH4.js";
import "./chunk-CQDUFDI6.js";
import "./chunk-NNH6NQCZ.js";
import "./chunk-CXGD2TQX.js";
import "./chunk-QKH5TLKL.js";
import "./chunk-2VP65G5C.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-YFSPALLA.js";
import "./chunk-7LQLP6SQ.js";
export {
  canaryCommand,
  canaryStep,
  guardCanaryCredentials,
  runCanary,
  toStepResult
};
