import { createRequire } from 'node:module';
import { c as check } from './chunk-D8WKEa_N.js';
import './chunk-BsWkxYVC.js';
import './chunk-CDXSnQZi.js';
import './chunk-B4GqvIY9.js';
import './chunk-BX1Yb5uV.js';
import './chunk-BtqEFqmD.js';
import './chunk-CD1mUn41.js';
import './chunk-DTgOEYbw.js';
import './chunk-B9aDIL6U.js';
import './chunk-BsCcd4UO.js';
import './chunk-BHdAqz4K.js';
import './chunk-QjBI2qBP.js';
import './chunk-CQfXtv7S.js';
import './chunk-B9Pf2tyX.js';
import './chunk-F7-_xG6A.js';
import { r as renderReport } from './chunk-Cv9Ps1V6.js';
import './chunk-BCrPTqn_.js';
import './chunk-Dju2DAD6.js';
import './chunk-BxqvyMCa.js';
import './chunk-BsLrw91K.js';
import './chunk-C4X8gpPg.js';
import './chunk-CLWDYslJ.js';
import './chunk-DAsxaX7j.js';
import './chunk-BEoSxS9a.js';
import './chunk-tQh32aOw.js';
import './chunk-CEmx3jLG.js';
import './chunk-3--QmnEn.js';
import './chunk-C6TsZhJY.js';
import './chunk-CqYyG2xV.js';
import './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-Dhnp4LvZ.js';
import './chunk-CE2JlTQc.js';
import './chunk-gJGdoriE.js';
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
