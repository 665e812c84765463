import { createRequire } from 'node:module';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/report/escape.ts
var MD_SPECIAL = /[\\`*_{}[\]()<>#+!|~=&]/g;
function escapeMarkdown(text) {
  return String(text).replace(/\r\n?|\n/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").replace(MD_SPECIAL, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`).replace(/@(?=[A-Za-z0-9])/g, "@\u200D").replace(/\b(https?|ftp):\/\//gi, "$1\u200B://").replace(/\bwww\./gi, "www\u200B.");
}
var escapeCell = escapeMarkdown;

export { escapeCell as a, escapeMarkdown as e };
