import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  Policy,
  RegoError,
  compile,
  evalTermText,
  parseModules,
  queryVars
} from "./chunk-ZECBQQUX.js";
import "./chunk-SY6LEZYK.js";
import {
  fromJSON,
  toJSON,
  toJSONText
} from "./chunk-RCB37ZK3.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";
export {
  Policy,
  RegoError,
  compile,
  evalTermText,
  fromJSON,
  parseModules,
  queryVars,
  toJSON,
  toJSONText
};
