import { createRequire } from 'node:module';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/log-text.ts
var CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
function logSafe(text) {
  const flat = String(text).replace(CONTROL, (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return flat.replace(/##\[/g, "#\u200B#[").replace(/^(\s*):/, "$1\u200B:");
}
var quoted = (text) => `"${logSafe(text).replace(/"/g, '\\"')}"`;

export { logSafe as l, quoted as q };
