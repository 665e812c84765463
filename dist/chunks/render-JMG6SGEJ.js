import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  stepSection
} from "./chunk-KECFPT67.js";
import "./chunk-SEJZSY56.js";
import "./chunk-NFN5BP2Q.js";
import "./chunk-4I4TCGCF.js";
import "./chunk-XY63CW2V.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-BCJI6DNV.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-43YIRDEG.js";
import "./chunk-KJFS3KH4.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-7LQLP6SQ.js";

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
