import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  canaryCommand,
  canaryStep,
  guardCanaryCredentials,
  runCanary,
  toStepResult
} from "./chunk-LZ3OI3SJ.js";
import "./chunk-KJFS3KH4.js";
import "./chunk-2WR53RW4.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-M4F5CEJX.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-7LQLP6SQ.js";
export {
  canaryCommand,
  canaryStep,
  guardCanaryCredentials,
  runCanary,
  toStepResult
};
