import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  canaryCommand,
  canaryStep,
  guardCanaryCredentials,
  runCanary,
  toStepResult
} from "./chunk-QJL4FYXZ.js";
import "./chunk-P5M7MNV3.js";
import "./chunk-WU742HZ6.js";
import "./chunk-CUPEGQLV.js";
import "./chunk-R5QX52YN.js";
import "./chunk-VR37WL5S.js";
import "./chunk-JCTGLZSJ.js";
import "./chunk-S7VI56VC.js";
import "./chunk-PH75XFP6.js";
import "./chunk-3M7CTMJA.js";
import "./chunk-6DXABNRN.js";
import "./chunk-S42OCB4Q.js";
export {
  canaryCommand,
  canaryStep,
  guardCanaryCredentials,
  runCanary,
  toStepResult
};
