import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  actionPolicyResult,
  hasPolicies,
  policyCommand,
  policyStep,
  runPolicyAction
} from "./chunk-2HOVMF3E.js";
import "./chunk-7XMIM7CT.js";
import "./chunk-XTFU24XP.js";
import "./chunk-4I4TCGCF.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-2JQPZKBK.js";
import "./chunk-2WR53RW4.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-M4F5CEJX.js";
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
