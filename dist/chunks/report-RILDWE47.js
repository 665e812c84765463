import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  check
} from "./chunk-EGMLDGGY.js";
import "./chunk-DU4UNED2.js";
import "./chunk-2HOVMF3E.js";
import "./chunk-7XMIM7CT.js";
import "./chunk-XTFU24XP.js";
import "./chunk-K3XICCA7.js";
import "./chunk-B35LM3W3.js";
import "./chunk-WRAI3FW3.js";
import {
  renderReport
} from "./chunk-K3PBNTN4.js";
import "./chunk-K4S4H7G5.js";
import "./chunk-B3U5LVLN.js";
import "./chunk-6F4ZSZWY.js";
import "./chunk-XY63CW2V.js";
import "./chunk-BCJI6DNV.js";
import "./chunk-4I4TCGCF.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-VZBSLCHC.js";
import "./chunk-43YIRDEG.js";
import "./chunk-NGDC5IEX.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-J772CW2D.js";
import "./chunk-77ODOZJM.js";
import "./chunk-LZ3OI3SJ.js";
import "./chunk-KJFS3KH4.js";
import "./chunk-2WR53RW4.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-M4F5CEJX.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-YJJMQU7A.js";
import "./chunk-BIFISILY.js";
import "./chunk-UYW4PZCJ.js";
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
