import { createRequire } from 'node:module';
import { r as runAction } from './chunks/chunk-CNRFgf40.js';
import './chunks/chunk-Cv9Ps1V6.js';
import './chunks/chunk-M6jFkTyI.js';
import './chunks/chunk-BCrPTqn_.js';
import './chunks/chunk-Dju2DAD6.js';
import './chunks/chunk-BxqvyMCa.js';
import './chunks/chunk-BsLrw91K.js';
import './chunks/chunk-C4X8gpPg.js';
import './chunks/chunk-CLWDYslJ.js';
import './chunks/chunk-DAsxaX7j.js';
import './chunks/chunk-CIkhA6d1.js';
import './chunks/chunk-BEoSxS9a.js';
import './chunks/chunk-tQh32aOw.js';
import './chunks/chunk-CEmx3jLG.js';
import './chunks/chunk-Cg-4ilFK.js';
import './chunks/chunk-C5l3IOHt.js';
import './chunks/chunk-gJGdoriE.js';
import './chunks/chunk-C6TsZhJY.js';
import './chunks/chunk-CqYyG2xV.js';
import './chunks/chunk-Dn6_G6dh.js';
import './chunks/chunk-BfG_CG07.js';
import './chunks/chunk-Dhnp4LvZ.js';
import './chunks/chunk-CE2JlTQc.js';
import './chunks/chunk-DjFb5CTR.js';
import 'os';
import 'crypto';
import 'path';
import 'node:path';
import 'node:os';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/post.ts
await runAction("post");
