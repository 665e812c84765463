import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  saveCachePostTask
} from "./chunk-BGQSQOHF.js";
import "./chunk-IIPNIYEC.js";
import "./chunk-U54ZWQMV.js";
import "./chunk-77ODOZJM.js";
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

// src/pipeline/post.ts
var POST_TASKS = [saveCachePostTask];
async function runPost(config, host) {
  for (const task of POST_TASKS) await task(config, host);
}
export {
  POST_TASKS,
  runPost
};
