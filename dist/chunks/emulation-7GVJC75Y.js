import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  emulationCommand,
  emulationStep,
  logHostNotices,
  renderEmulation
} from "./chunk-TREZRVFJ.js";
import "./chunk-T5YARHQL.js";
import "./chunk-GJ4ZENYE.js";
import "./chunk-N6MXI4NG.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-43YIRDEG.js";
import "./chunk-4ETSPWEU.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-7YD3D4TT.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-YJJMQU7A.js";
import "./chunk-77ODOZJM.js";
import "./chunk-BIFISILY.js";
import "./chunk-7LQLP6SQ.js";
export {
  emulationCommand,
  emulationStep,
  logHostNotices,
  renderEmulation
};
