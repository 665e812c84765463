import { createRequire } from 'node:module';
import { r as runAction } from './chunks/chunk-UWPtDJsN.js';
import './chunks/chunk-BIJZ-SuH.js';
import './chunks/chunk-D7N2xmo_.js';
import './chunks/chunk-BaruGth_.js';
import './chunks/chunk-EQba1ANn.js';
import './chunks/chunk-CLd4ibQm.js';
import './chunks/chunk-BsLrw91K.js';
import './chunks/chunk-C4X8gpPg.js';
import './chunks/chunk-CLWDYslJ.js';
import './chunks/chunk-C_JPcjXS.js';
import './chunks/chunk-DxmU-ayi.js';
import './chunks/chunk-DVP_NRYE.js';
import './chunks/chunk-tQh32aOw.js';
import './chunks/chunk-CEmx3jLG.js';
import './chunks/chunk-Cg-4ilFK.js';
import './chunks/chunk-Di8CiA_5.js';
import './chunks/chunk--bJOUk90.js';
import './chunks/chunk-C6TsZhJY.js';
import './chunks/chunk-Cb_9ah2R.js';
import './chunks/chunk-D0YyRc_d.js';
import './chunks/chunk-CP2HaejI.js';
import './chunks/chunk-CZS6W12y.js';
import './chunks/chunk-vc85WfKI.js';
import './chunks/chunk-DjFb5CTR.js';
import 'os';
import 'crypto';
import 'path';
import 'node:path';
import 'node:os';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/post.ts
await runAction("post");
