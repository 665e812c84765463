import { createRequire } from 'node:module';
import { l as logSafe } from './chunk-DjFb5CTR.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/report/annotations.ts
var ANNOTATIONS_PER_KIND = 10;
var annotationProperties = (at) => at.file && !at.file.startsWith("input ") ? { file: at.file, startLine: at.line, startColumn: at.column } : void 0;
var findingText = (f) => logSafe(f.help ? `${f.message} \u2014 ${f.help}` : f.message);
var allFindings = (results) => results.flatMap((r) => r.findings);
function annotationsOf(findings) {
  const sent = { error: 0, warning: 0, notice: 0 };
  const omitted = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  for (const f of findings) {
    if (sent[f.severity] >= ANNOTATIONS_PER_KIND) {
      omitted[f.severity]++;
      continue;
    }
    sent[f.severity]++;
    annotations.push({ level: f.severity, message: findingText(f), properties: annotationProperties(f) });
  }
  return { annotations, omitted };
}
function omittedNote(omitted) {
  const parts = ["error", "warning", "notice"].filter((k) => omitted[k]).map((k) => `${omitted[k]} ${k}${omitted[k] === 1 ? "" : "s"}`);
  if (!parts.length) return void 0;
  return `${parts.join(", ")} more not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step): the sections below list them all.`;
}
function terminalLine(f) {
  const at = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}${f.column ? `:${f.column}` : ""}: ` : "";
  return `${f.severity}: ${at}${findingText(f)}`;
}

export { ANNOTATIONS_PER_KIND as A, allFindings as a, annotationProperties as b, annotationsOf as c, findingText as f, omittedNote as o, terminalLine as t };
