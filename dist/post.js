import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-4N3ACA5U.js";
import "./chunks/chunk-GPQJDDY4.js";
import "./chunks/chunk-5TSV5OG4.js";
import "./chunks/chunk-B3U5LVLN.js";
import "./chunks/chunk-6F4ZSZWY.js";
import "./chunks/chunk-XY63CW2V.js";
import "./chunks/chunk-5M6WBLYD.js";
import "./chunks/chunk-BCJI6DNV.js";
import "./chunks/chunk-4I4TCGCF.js";
import "./chunks/chunk-X5Y2LEUS.js";
import "./chunks/chunk-2JQPZKBK.js";
import "./chunks/chunk-43YIRDEG.js";
import "./chunks/chunk-MCN7LZVV.js";
import "./chunks/chunk-ZSNI7WWA.js";
import "./chunks/chunk-LOTIOZZO.js";
import "./chunks/chunk-KJFS3KH4.js";
import "./chunks/chunk-3ZP3AFFP.js";
import "./chunks/chunk-NNH6NQCZ.js";
import "./chunks/chunk-SY6LEZYK.js";
import "./chunks/chunk-YZBW7M6D.js";
import "./chunks/chunk-7YD3D4TT.js";
import "./chunks/chunk-AD2JC2XU.js";
import "./chunks/chunk-GDFLD4U5.js";
import "./chunks/chunk-TU26BVNO.js";
import "./chunks/chunk-7LQLP6SQ.js";

// src/post.ts
await runAction("post");
