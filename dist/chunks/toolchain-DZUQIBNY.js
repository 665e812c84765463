import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  doctorCommand,
  saveCachePostTask,
  setupCommand,
  toolchainStep
} from "./chunk-GBDU55FA.js";
import "./chunk-OTPMISAR.js";
import "./chunk-6NESDUN7.js";
import "./chunk-IOMGH2NF.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-M4F5CEJX.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-BIFISILY.js";
import "./chunk-77ODOZJM.js";
import "./chunk-7LQLP6SQ.js";
export {
  doctorCommand,
  saveCachePostTask,
  setupCommand,
  toolchainStep
};
