import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-OSNKLXRO.js";
import "./chunks/chunk-REVCHNEY.js";

// src/main.ts
await runAction("main");
