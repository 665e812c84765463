import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  escapeCell
} from "./chunk-X5Y2LEUS.js";

// src/report/render.ts
var ICON = { ok: "\u2705", failed: "\u274C", skipped: "\u23ED\uFE0F" };
function renderMarkdown(command, results) {
  const rows = results.map((r) => `| ${ICON[r.status]} | ${r.step} | ${escapeCell(r.title)} | ${escapeCell(r.reason ?? "")} |`);
  const body = results.filter((r) => r.details).map((r) => `### ${r.step}

${r.details}
`);
  return [`## go-xenv ${command}`, "", "| | step | result | note |", "|---|---|---|---|", ...rows, "", ...body].join("\n");
}
function renderText(results) {
  const word = { ok: "ok     ", failed: "FAILED ", skipped: "skipped" };
  return results.map((r) => {
    const head = `${word[r.status]} ${r.step}: ${r.title.replace(new RegExp(`^${r.step}: `), "")}${r.reason ? ` (${r.reason})` : ""}`;
    return r.details ? `${head}
${indent(r.details)}` : head;
  }).join("\n");
}
var indent = (s) => s.split("\n").map((l) => `    ${l}`).join("\n");

export {
  renderMarkdown,
  renderText
};
