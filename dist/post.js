import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-O4QOOJKJ.js";
import "./chunks/chunk-SGGLQ7QQ.js";
import "./chunks/chunk-4AWWWKJM.js";
import "./chunks/chunk-X5Y2LEUS.js";
import "./chunks/chunk-BBEU452R.js";
import "./chunks/chunk-RWDE6XTV.js";
import "./chunks/chunk-A2MLMSWU.js";
import "./chunks/chunk-45BHHECF.js";
import "./chunks/chunk-SY6LEZYK.js";
import "./chunks/chunk-BIFISILY.js";
import "./chunks/chunk-WGVFTGMN.js";
import "./chunks/chunk-77ODOZJM.js";
import "./chunks/chunk-AD2JC2XU.js";
import "./chunks/chunk-7LQLP6SQ.js";

// src/post.ts
await runAction("post");
