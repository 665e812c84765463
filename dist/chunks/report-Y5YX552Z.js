import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  check
} from "./chunk-IJQJ4ECY.js";
import "./chunk-Y2CIGJR4.js";
import "./chunk-KDWCMRVE.js";
import "./chunk-6K6MNMSC.js";
import "./chunk-U367BA7T.js";
import "./chunk-UYW4PZCJ.js";
import "./chunk-2MMTBS6I.js";
import "./chunk-TREZRVFJ.js";
import "./chunk-T5YARHQL.js";
import "./chunk-VGU33FST.js";
import "./chunk-GJ4ZENYE.js";
import "./chunk-N6MXI4NG.js";
import {
  renderReport
} from "./chunk-GPQJDDY4.js";
import "./chunk-5TSV5OG4.js";
import "./chunk-B3U5LVLN.js";
import "./chunk-6F4ZSZWY.js";
import "./chunk-XY63CW2V.js";
import "./chunk-BCJI6DNV.js";
import "./chunk-4I4TCGCF.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-43YIRDEG.js";
import "./chunk-SJZJWOGW.js";
import "./chunk-4ETSPWEU.js";
import "./chunk-KJFS3KH4.js";
import "./chunk-3ZP3AFFP.js";
import "./chunk-NNH6NQCZ.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-7YD3D4TT.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-YJJMQU7A.js";
import "./chunk-77ODOZJM.js";
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
