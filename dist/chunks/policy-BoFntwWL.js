import { createRequire } from 'node:module';
import { p as policyCommand } from './chunk-PMLaB5V1.js';
export { a as actionPolicyResult, h as hasPolicies, b as policyStep, r as runPolicyAction } from './chunk-PMLaB5V1.js';
import './chunk-Bn57YSRz.js';
import './chunk-DLM0f4ly.js';
import './chunk-BsLrw91K.js';
import './chunk-CLWDYslJ.js';
import './chunk-tQh32aOw.js';
import './chunk-D0YyRc_d.js';
import './chunk-CP2HaejI.js';
import './chunk-CZS6W12y.js';
import './chunk-vc85WfKI.js';
import './chunk--bJOUk90.js';
import './chunk-DjFb5CTR.js';
import 'node:path';
import 'node:url';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { policyCommand };
