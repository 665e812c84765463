import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-JPMKKIOP.js";
import "./chunks/chunk-NXZEYFQI.js";
import "./chunks/chunk-XCPCNW26.js";
import "./chunks/chunk-KECFPT67.js";
import "./chunks/chunk-SEJZSY56.js";
import "./chunks/chunk-NFN5BP2Q.js";
import "./chunks/chunk-4I4TCGCF.js";
import "./chunks/chunk-XY63CW2V.js";
import "./chunks/chunk-X5Y2LEUS.js";
import "./chunks/chunk-BCJI6DNV.js";
import "./chunks/chunk-6PAUMSAL.js";
import "./chunks/chunk-2JQPZKBK.js";
import "./chunks/chunk-43YIRDEG.js";
import "./chunks/chunk-MCN7LZVV.js";
import "./chunks/chunk-MT3JOI6L.js";
import "./chunks/chunk-LOTIOZZO.js";
import "./chunks/chunk-KJFS3KH4.js";
import "./chunks/chunk-CQDUFDI6.js";
import "./chunks/chunk-NNH6NQCZ.js";
import "./chunks/chunk-CXGD2TQX.js";
import "./chunks/chunk-QKH5TLKL.js";
import "./chunks/chunk-2VP65G5C.js";
import "./chunks/chunk-SY6LEZYK.js";
import "./chunks/chunk-AD2JC2XU.js";
import "./chunks/chunk-GDFLD4U5.js";
import "./chunks/chunk-7LQLP6SQ.js";

// src/main.ts
await runAction("main");
