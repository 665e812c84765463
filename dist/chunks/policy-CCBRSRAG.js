import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  actionPolicyResult,
  hasPolicies,
  policyCommand,
  policyStep,
  runPolicyAction
} from "./chunk-KZLPLUAV.js";
import "./chunk-S3SJ2M7W.js";
import "./chunk-VAOSCXCG.js";
import "./chunk-4I4TCGCF.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-NNH6NQCZ.js";
import "./chunk-CXGD2TQX.js";
import "./chunk-QKH5TLKL.js";
import "./chunk-2VP65G5C.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-GDFLD4U5.js";
import "./chunk-7LQLP6SQ.js";
export {
  actionPolicyResult,
  hasPolicies,
  policyCommand,
  policyStep,
  runPolicyAction
};
