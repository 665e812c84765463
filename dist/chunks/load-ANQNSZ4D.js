import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  inputsFromEnv,
  loadConfig,
  splitArgs
} from "./chunk-BBEU452R.js";
import "./chunk-RWDE6XTV.js";
import "./chunk-A2MLMSWU.js";
import "./chunk-45BHHECF.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";
export {
  inputsFromEnv,
  loadConfig,
  splitArgs
};
