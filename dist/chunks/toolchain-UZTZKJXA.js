import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  doctorCommand,
  doctorResult,
  saveCachePostTask,
  setupCommand,
  setupResult,
  toolchainStep
} from "./chunk-VZBSLCHC.js";
import "./chunk-43YIRDEG.js";
import "./chunk-NGDC5IEX.js";
import "./chunk-J772CW2D.js";
import "./chunk-77ODOZJM.js";
import "./chunk-2WR53RW4.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-M4F5CEJX.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-YJJMQU7A.js";
import "./chunk-BIFISILY.js";
import "./chunk-UYW4PZCJ.js";
import "./chunk-7LQLP6SQ.js";
export {
  doctorCommand,
  doctorResult,
  saveCachePostTask,
  setupCommand,
  setupResult,
  toolchainStep
};
