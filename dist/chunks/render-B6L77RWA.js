import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  stepSection
} from "./chunk-LIOVRNER.js";
import "./chunk-O6UB46LL.js";
import "./chunk-MQV2UBXU.js";
import "./chunk-4SLAPG64.js";
import "./chunk-YELMJAV5.js";
import "./chunk-DPMGP35D.js";
import "./chunk-SFWSLJDO.js";
import "./chunk-3XTEDWNP.js";
import "./chunk-5ULX4MLQ.js";
import "./chunk-P5M7MNV3.js";
import "./chunk-R5QX52YN.js";
import "./chunk-PH75XFP6.js";
import "./chunk-3M7CTMJA.js";
import "./chunk-S42OCB4Q.js";

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
export {
  renderText
};
