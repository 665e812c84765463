import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  check
} from "./chunk-7W3NMHEZ.js";
import "./chunk-QWRK2Q2G.js";
import "./chunk-KZLPLUAV.js";
import "./chunk-S3SJ2M7W.js";
import "./chunk-VAOSCXCG.js";
import "./chunk-M6PYZBKZ.js";
import "./chunk-BGQSQOHF.js";
import "./chunk-XWYQSXZL.js";
import "./chunk-IIPNIYEC.js";
import "./chunk-CIP2AZDJ.js";
import "./chunk-J6OH5QJN.js";
import "./chunk-U54ZWQMV.js";
import "./chunk-77ODOZJM.js";
import {
  renderReport
} from "./chunk-NXZEYFQI.js";
import "./chunk-KECFPT67.js";
import "./chunk-SEJZSY56.js";
import "./chunk-NFN5BP2Q.js";
import "./chunk-4I4TCGCF.js";
import "./chunk-XY63CW2V.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-BCJI6DNV.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-43YIRDEG.js";
import "./chunk-YX6OI5AZ.js";
import "./chunk-KJFS3KH4.js";
import "./chunk-CQDUFDI6.js";
import "./chunk-NNH6NQCZ.js";
import "./chunk-CXGD2TQX.js";
import "./chunk-QKH5TLKL.js";
import "./chunk-2VP65G5C.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-YFSPALLA.js";
import "./chunk-YJJMQU7A.js";
import "./chunk-BIFISILY.js";
import "./chunk-7LQLP6SQ.js";

// src/pipeline/report.ts
var reportCommand = {
  name: "report",
  summary: "Run what check runs and print the Markdown report the pull-request comment would carry (posts nothing)",
  usage: "report [--json]",
  run: (ctx) => check.run(ctx),
  json: (results) => ({ command: "report", ok: !results.some((r) => r.status === "failed"), steps: results }),
  text: (results) => renderReport(results, { command: "check" })
};
export {
  reportCommand
};
