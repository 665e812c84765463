import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  actionPolicyResult,
  hasPolicies,
  policyCommand,
  policyStep,
  runPolicyAction
} from "./chunk-KDWCMRVE.js";
import "./chunk-6K6MNMSC.js";
import "./chunk-U367BA7T.js";
import "./chunk-4I4TCGCF.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-4ETSPWEU.js";
import "./chunk-NNH6NQCZ.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-7YD3D4TT.js";
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
