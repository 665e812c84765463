import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  actionPolicyResult,
  hasPolicies,
  policyCommand,
  policyStep,
  runPolicyAction
} from "./chunk-ZWAPBSHJ.js";
import "./chunk-XYHSFKJV.js";
import "./chunk-6PLJGYI7.js";
import "./chunk-X7X4UG2A.js";
import "./chunk-ZYJSUGIU.js";
import "./chunk-4SLAPG64.js";
import "./chunk-DPMGP35D.js";
import "./chunk-3XTEDWNP.js";
import "./chunk-CUPEGQLV.js";
import "./chunk-R5QX52YN.js";
import "./chunk-VR37WL5S.js";
import "./chunk-JCTGLZSJ.js";
import "./chunk-S7VI56VC.js";
import "./chunk-PH75XFP6.js";
import "./chunk-3M7CTMJA.js";
import "./chunk-S42OCB4Q.js";
export {
  actionPolicyResult,
  hasPolicies,
  policyCommand,
  policyStep,
  runPolicyAction
};
