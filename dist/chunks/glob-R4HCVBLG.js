import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  builtins
} from "./chunk-OMRPFYLF.js";
import "./chunk-G2RUZJ3W.js";
import "./chunk-5WZPAWOO.js";
import "./chunk-BXMQLTV6.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";
export {
  builtins
};
