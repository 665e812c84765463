import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-T64OOGHF.js";
import "./chunks/chunk-I7ZPSFO5.js";
import "./chunks/chunk-RD36FAPH.js";
import "./chunks/chunk-B3U5LVLN.js";
import "./chunks/chunk-XY63CW2V.js";
import "./chunks/chunk-4VHX5FMK.js";
import "./chunks/chunk-6F4ZSZWY.js";
import "./chunks/chunk-BCJI6DNV.js";
import "./chunks/chunk-4I4TCGCF.js";
import "./chunks/chunk-X5Y2LEUS.js";
import "./chunks/chunk-WFGFNANB.js";
import "./chunks/chunk-5NEKDJEO.js";
import "./chunks/chunk-2JQPZKBK.js";
import "./chunks/chunk-EAN5CYDE.js";
import "./chunks/chunk-43YIRDEG.js";
import "./chunks/chunk-MCN7LZVV.js";
import "./chunks/chunk-LIX7WAXV.js";
import "./chunks/chunk-2MXUAIA6.js";
import "./chunks/chunk-KJFS3KH4.js";
import "./chunks/chunk-4ETSPWEU.js";
import "./chunks/chunk-3ZP3AFFP.js";
import "./chunks/chunk-NNH6NQCZ.js";
import "./chunks/chunk-SY6LEZYK.js";
import "./chunks/chunk-YZBW7M6D.js";
import "./chunks/chunk-7YD3D4TT.js";
import "./chunks/chunk-AD2JC2XU.js";
import "./chunks/chunk-GDFLD4U5.js";
import "./chunks/chunk-YJJMQU7A.js";
import "./chunks/chunk-CL6QRR5L.js";
import "./chunks/chunk-77ODOZJM.js";
import "./chunks/chunk-BIFISILY.js";
import "./chunks/chunk-7LQLP6SQ.js";

// src/post.ts
await runAction("post");
