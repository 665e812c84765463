import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  builtins,
  goRegexSplit
} from "./chunk-FQQ4XD45.js";
import "./chunk-SAORNRC7.js";
import "./chunk-5WZPAWOO.js";
import "./chunk-BXMQLTV6.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";
export {
  builtins,
  goRegexSplit
};
