import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  emulationCommand,
  emulationStep,
  logHostNotices,
  renderEmulation
} from "./chunk-YH6FSMWU.js";
import "./chunk-ZLVPXEUR.js";
import "./chunk-XCMX2GJL.js";
import "./chunk-DYIF62SM.js";
import "./chunk-IBHAI4TG.js";
import "./chunk-3XTEDWNP.js";
import "./chunk-5ULX4MLQ.js";
import "./chunk-VR37WL5S.js";
import "./chunk-JCTGLZSJ.js";
import "./chunk-S7VI56VC.js";
import "./chunk-PH75XFP6.js";
import "./chunk-3M7CTMJA.js";
import "./chunk-6DXABNRN.js";
import "./chunk-6CSNV4PK.js";
import "./chunk-HNBHNOSM.js";
import "./chunk-S42OCB4Q.js";
export {
  emulationCommand,
  emulationStep,
  logHostNotices,
  renderEmulation
};
