import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  builtins,
  goRegexSplit
} from "./chunk-6VTEJIWO.js";
import "./chunk-BR65TIGE.js";
import "./chunk-5WZPAWOO.js";
import "./chunk-6J5T62Y5.js";
import "./chunk-RCB37ZK3.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";
export {
  builtins,
  goRegexSplit
};
