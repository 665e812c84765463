import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-BOWJ7B2R.js";
import "./chunks/chunk-56O5U6WT.js";
import "./chunks/chunk-4AWWWKJM.js";
import "./chunks/chunk-4FWJSEVR.js";
import "./chunks/chunk-A2MLMSWU.js";
import "./chunks/chunk-SY6LEZYK.js";
import "./chunks/chunk-WGVFTGMN.js";
import "./chunks/chunk-GBDU55FA.js";
import "./chunks/chunk-OTPMISAR.js";
import "./chunks/chunk-6NESDUN7.js";
import "./chunks/chunk-IOMGH2NF.js";
import "./chunks/chunk-X5Y2LEUS.js";
import "./chunks/chunk-YZBW7M6D.js";
import "./chunks/chunk-GDFLD4U5.js";
import "./chunks/chunk-M4F5CEJX.js";
import "./chunks/chunk-AD2JC2XU.js";
import "./chunks/chunk-BIFISILY.js";
import "./chunks/chunk-77ODOZJM.js";
import "./chunks/chunk-7LQLP6SQ.js";

// src/main.ts
await runAction("main");
