import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  baselineCommand,
  baselineStep,
  baselineUpdateCommand,
  dependencyChanges,
  diffAgainstBaseline,
  workspaceSnapshot
} from "./chunk-Y2CIGJR4.js";
import "./chunk-KDWCMRVE.js";
import "./chunk-6K6MNMSC.js";
import "./chunk-U367BA7T.js";
import "./chunk-UYW4PZCJ.js";
import "./chunk-6F4ZSZWY.js";
import "./chunk-BCJI6DNV.js";
import "./chunk-4I4TCGCF.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-4ETSPWEU.js";
import "./chunk-NNH6NQCZ.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-7YD3D4TT.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-YJJMQU7A.js";
import "./chunk-BIFISILY.js";
import "./chunk-7LQLP6SQ.js";
export {
  baselineCommand,
  baselineStep,
  baselineUpdateCommand,
  dependencyChanges,
  diffAgainstBaseline,
  workspaceSnapshot
};
