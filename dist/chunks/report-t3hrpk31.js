import { createRequire } from 'node:module';
import { c as check } from './chunk-Cm_Elyet.js';
import './chunk-DeZZuNrU.js';
import './chunk-PMLaB5V1.js';
import './chunk-Bn57YSRz.js';
import './chunk-BNWKd6G1.js';
import './chunk-DLM0f4ly.js';
import './chunk-ym4CWvlG.js';
import './chunk-BhJRCzC0.js';
import './chunk-DYnLtQC8.js';
import './chunk-Djsl4lCz.js';
import './chunk-BSDT9x42.js';
import './chunk-CA9prrSw.js';
import './chunk-CSqRUtjA.js';
import './chunk-BCwMasf9.js';
import './chunk-F7-_xG6A.js';
import { r as renderReport } from './chunk-BIJZ-SuH.js';
import './chunk-BaruGth_.js';
import './chunk-EQba1ANn.js';
import './chunk-CLd4ibQm.js';
import './chunk-BsLrw91K.js';
import './chunk-C4X8gpPg.js';
import './chunk-CLWDYslJ.js';
import './chunk-C_JPcjXS.js';
import './chunk-DVP_NRYE.js';
import './chunk-tQh32aOw.js';
import './chunk-CEmx3jLG.js';
import './chunk-DaudxWTe.js';
import './chunk-C6TsZhJY.js';
import './chunk-Cb_9ah2R.js';
import './chunk-D0YyRc_d.js';
import './chunk-CP2HaejI.js';
import './chunk-CZS6W12y.js';
import './chunk-vc85WfKI.js';
import './chunk--bJOUk90.js';
import './chunk-DjFb5CTR.js';
import './chunk-DtjlLlnT.js';
import './chunk-HyW7ORsI.js';
import 'node:path';
import 'node:url';
import 'path';
import 'url';
import 'module';
import 'node:fs/promises';
import 'node:os';
import 'node:crypto';
import 'node:stream';
import 'node:stream/promises';
import 'node:zlib';
import 'node:timers/promises';
import 'node:child_process';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/pipeline/report.ts
var reportCommand = {
  name: "report",
  summary: "Run what check runs and print the Markdown report the pull-request comment would carry (posts nothing)",
  usage: "report [--json]",
  run: (ctx) => check.run(ctx),
  json: (results) => ({ command: "report", ok: !results.some((r) => r.status === "failed"), steps: results }),
  text: (results) => renderReport(results, { command: "check" })
};

export { reportCommand };
