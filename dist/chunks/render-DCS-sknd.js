import { createRequire } from 'node:module';
import { s as stepSection } from './chunk-BCrPTqn_.js';
import './chunk-Dju2DAD6.js';
import './chunk-BxqvyMCa.js';
import './chunk-BsLrw91K.js';
import './chunk-C4X8gpPg.js';
import './chunk-CLWDYslJ.js';
import './chunk-DAsxaX7j.js';
import './chunk-tQh32aOw.js';
import './chunk-CEmx3jLG.js';
import './chunk-C6TsZhJY.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';
import './chunk-DjFb5CTR.js';
import 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/report/render.ts
function renderText(results) {
  const word = { ok: "ok     ", failed: "FAILED ", skipped: "skipped" };
  return results.map((r) => {
    const head = `${word[r.status]} ${r.step}: ${r.title.replace(new RegExp(`^${r.step}: `), "")}${r.reason ? ` (${r.reason})` : ""}`;
    const section = stepSection(r, "text");
    return section ? `${head}
${indent(section)}` : head;
  }).join("\n");
}
var indent = (s) => s.split("\n").map((l) => `    ${l}`).join("\n");

export { renderText };
