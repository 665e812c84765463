import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  builtins
} from "./chunk-K3JHJPVJ.js";
import "./chunk-RNWAKCHI.js";
import "./chunk-I3YZRJJW.js";
import "./chunk-ANPNAPVC.js";
import "./chunk-BXMQLTV6.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";
export {
  builtins
};
