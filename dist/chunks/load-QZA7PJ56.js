import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  inputsFromEnv,
  loadConfig,
  splitArgs
} from "./chunk-ZSNI7WWA.js";
import "./chunk-LOTIOZZO.js";
import "./chunk-3ZP3AFFP.js";
import "./chunk-NNH6NQCZ.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-7YD3D4TT.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-7LQLP6SQ.js";
export {
  inputsFromEnv,
  loadConfig,
  splitArgs
};
