import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  runAction
} from "./chunks/chunk-CE6J76NQ.js";
import "./chunks/chunk-HPZFPUDC.js";
import "./chunks/chunk-3Y7RPGAW.js";
import "./chunks/chunk-LIOVRNER.js";
import "./chunks/chunk-O6UB46LL.js";
import "./chunks/chunk-MQV2UBXU.js";
import "./chunks/chunk-4SLAPG64.js";
import "./chunks/chunk-YELMJAV5.js";
import "./chunks/chunk-DPMGP35D.js";
import "./chunks/chunk-SFWSLJDO.js";
import "./chunks/chunk-WLD6CMBI.js";
import "./chunks/chunk-QF27ZMO6.js";
import "./chunks/chunk-3XTEDWNP.js";
import "./chunks/chunk-5ULX4MLQ.js";
import "./chunks/chunk-N47EUD2A.js";
import "./chunks/chunk-WDTOKHJQ.js";
import "./chunks/chunk-PCW7QE2Q.js";
import "./chunks/chunk-P5M7MNV3.js";
import "./chunks/chunk-WU742HZ6.js";
import "./chunks/chunk-CUPEGQLV.js";
import "./chunks/chunk-R5QX52YN.js";
import "./chunks/chunk-VR37WL5S.js";
import "./chunks/chunk-JCTGLZSJ.js";
import "./chunks/chunk-S7VI56VC.js";
import "./chunks/chunk-PH75XFP6.js";
import "./chunks/chunk-3M7CTMJA.js";
import "./chunks/chunk-S42OCB4Q.js";

// src/post.ts
await runAction("post");
