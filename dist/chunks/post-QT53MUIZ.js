import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  saveCachePostTask
} from "./chunk-2MMTBS6I.js";
import "./chunk-T5YARHQL.js";
import "./chunk-N6MXI4NG.js";
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

// src/pipeline/post.ts
var POST_TASKS = [saveCachePostTask];
async function runPost(config, host) {
  for (const task of POST_TASKS) await task(config, host);
}
export {
  POST_TASKS,
  runPost
};
