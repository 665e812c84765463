import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  builtins,
  parseDuration
} from "./chunk-YOTQM46P.js";
import "./chunk-BXMQLTV6.js";
import "./chunk-2VP65G5C.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";
export {
  builtins,
  parseDuration
};
