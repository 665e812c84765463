import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-ECYMQQAS.js";
import "./chunks/chunk-BK33YK3M.js";
import "./chunks/chunk-4AWWWKJM.js";
import "./chunks/chunk-KASPE4LG.js";
import "./chunks/chunk-A2MLMSWU.js";
import "./chunks/chunk-SY6LEZYK.js";
import "./chunks/chunk-WGVFTGMN.js";
import "./chunks/chunk-3NBQPZSB.js";
import "./chunks/chunk-AGP57LFC.js";
import "./chunks/chunk-KRYSCPSE.js";
import "./chunks/chunk-IOMGH2NF.js";
import "./chunks/chunk-X5Y2LEUS.js";
import "./chunks/chunk-YZBW7M6D.js";
import "./chunks/chunk-GDFLD4U5.js";
import "./chunks/chunk-45BHHECF.js";
import "./chunks/chunk-AD2JC2XU.js";
import "./chunks/chunk-BIFISILY.js";
import "./chunks/chunk-77ODOZJM.js";
import "./chunks/chunk-7LQLP6SQ.js";

// src/main.ts
await runAction("main");
