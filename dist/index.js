import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-5MIC3XMB.js";
import "./chunks/chunk-ULHM5SPC.js";
import "./chunks/chunk-BIFISILY.js";
import "./chunks/chunk-WGVFTGMN.js";
import "./chunks/chunk-77ODOZJM.js";
import "./chunks/chunk-ESTE6WNA.js";
import "./chunks/chunk-7LQLP6SQ.js";

// src/main.ts
await runAction("main");
