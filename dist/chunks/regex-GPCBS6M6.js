import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  builtins,
  goRegexSplit
} from "./chunk-WOPPF4ND.js";
import "./chunk-5WZPAWOO.js";
import "./chunk-ANPNAPVC.js";
import "./chunk-BXMQLTV6.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";
export {
  builtins,
  goRegexSplit
};
