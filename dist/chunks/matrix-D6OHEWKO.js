import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  buildCommand,
  matrixStep,
  planCommand,
  planStep,
  renderBuild
} from "./chunk-CIP2AZDJ.js";
import "./chunk-J6OH5QJN.js";
import "./chunk-U54ZWQMV.js";
import "./chunk-77ODOZJM.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-43YIRDEG.js";
import "./chunk-CXGD2TQX.js";
import "./chunk-QKH5TLKL.js";
import "./chunk-2VP65G5C.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-YFSPALLA.js";
import "./chunk-YJJMQU7A.js";
import "./chunk-BIFISILY.js";
import "./chunk-7LQLP6SQ.js";
export {
  buildCommand,
  matrixStep,
  planCommand,
  planStep,
  renderBuild
};
